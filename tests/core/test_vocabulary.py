"""The one vocabulary of regions and tags."""

from cityviewer.core import vocabulary


def test_keys_are_unique_and_every_key_has_a_label():
    for terms in (vocabulary.REGIONS, vocabulary.TAGS):
        keys = [term.key for term in terms]
        assert len(keys) == len(set(keys))
        assert all(vocabulary.label(key) and vocabulary.label(key) != key for key in keys)


def test_an_unknown_key_shows_as_it_is():
    assert vocabulary.label("lunar-base") == "lunar-base"


def test_regions_run_west_to_east_and_unknown_ones_come_last():
    order = vocabulary.in_order(["east-coast", "zeta", "west-coast", "alpha", "inland"], vocabulary.REGIONS)
    assert order == ["west-coast", "inland", "east-coast", "alpha", "zeta"]


def test_the_dataset_lists_regions_in_the_vocabulary_order(built_db):
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(built_db)
    try:
        regions = dataset.regions()
    finally:
        dataset.close()
    assert regions == [key for key in vocabulary.REGION_KEYS if key in regions]
    assert regions[0] == "west-coast" and regions[-1] == "east-coast"
