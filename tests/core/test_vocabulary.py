"""The vocabulary of tags every volume shares, and the volume's own regions in their order."""

from cityviewer.core import vocabulary


def test_keys_are_unique_and_every_key_has_a_label():
    keys = [term.key for term in vocabulary.TAGS]
    assert len(keys) == len(set(keys))
    assert all(vocabulary.label(key) and vocabulary.label(key) != key for key in keys)


def test_an_unknown_key_shows_as_it_is():
    assert vocabulary.label("lunar-base") == "lunar-base"


def test_tags_keep_the_vocabulary_order_and_unknown_ones_come_last():
    order = vocabulary.in_order(["port", "zeta", "capital", "alpha", "mining"], vocabulary.TAGS)
    assert order == ["capital", "port", "mining", "alpha", "zeta"]


def test_the_dataset_lists_regions_in_the_volumes_order(built_db):
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(built_db)
    try:
        regions = dataset.regions()
        declared = [region.key for region in dataset.info.volume.regions]
    finally:
        dataset.close()
    assert regions == [key for key in declared if key in regions]
    assert regions[0] == "west-coast" and regions[-1] == "east-coast"
