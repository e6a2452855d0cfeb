import pytest

from cityviewer.core.folding import MAX_QUERY_WORDS, MAX_WORD_CHARS, fold, normalize, query_words

SPELLINGS = {
    "pyongyang": ["P'yŏngyang", "pyongyang", "Pyeongyang", "Phyongyang", "PYONGYANG", "P’yŏng-yang"],
    "chongjin": ["Ch'ŏngjin", "Cheongjin", "Chongjin"],
    "kaesong": ["Kaesŏng", "Gaeseong", "Kaesong"],
    "hamhung": ["Hamhŭng", "Hamheung", "Hamhung"],
    "sinuiju": ["Sinŭiju", "Sinuiju", "Sin-uiju"],
    "kimchaek": ["Kimch'aek", "Gimchaek", "Kimchaek"],
    "nampo": ["Namp'o", "Nampho", "Nampo"],
    "rason": ["Rasŏn", "Raseon", "Rason"],
}


@pytest.mark.parametrize("city", sorted(SPELLINGS))
def test_romanizations_fold_to_one_key(city):
    assert len({fold(s) for s in SPELLINGS[city]}) == 1


def test_different_cities_stay_apart():
    keys = {fold(spellings[0]) for spellings in SPELLINGS.values()}
    assert len(keys) == len(SPELLINGS)


def test_normalize_drops_case_diacritics_and_in_word_punctuation():
    assert normalize("  P'yŏng-Yang   Ŭiju ") == "pyongyang uiju"


def test_hangul_is_kept_whole():
    assert normalize("평양") == "평양"
    assert fold("평양 직할시") == "평양 직할시"


def test_query_words_are_bounded():
    words = query_words(" ".join(["word"] * 100))
    assert len(words) == MAX_QUERY_WORDS
    assert all(len(w) <= MAX_WORD_CHARS for w in query_words("x" * 10_000))


@pytest.mark.parametrize("text", ['"', "*", "()", "'; --", "\x00", "   ", "", "🙂"])
def test_punctuation_only_has_no_words(text):
    assert query_words(text) == []


def test_the_first_list_compiles_no_expression(lorvania_db):
    """The first list (nothing typed) searches for no words: the folding's expressions are compiled when words are
    first searched for, not before the first paint."""
    from cityviewer.core import folding
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.request import SearchRequest

    folding._compiled.cache_clear()
    dataset = Dataset.open(lorvania_db, verify=False)
    try:
        assert dataset.answer(SearchRequest()).keys
        assert dataset.answer(SearchRequest(" \t")).keys
    finally:
        dataset.close()
    assert folding._compiled.cache_info().currsize == 0
    assert query_words(" P’yŏng-yang ") == ["pyongyang"]
    assert folding._compiled.cache_info().currsize > 0  # (it does count what is compiled)
