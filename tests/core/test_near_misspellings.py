"""Near-misspellings of every name meet "Did you mean": for each name of each entry of the shipped dataset (its
English name, its romanizations and its other names), every one-letter slip (a letter dropped, doubled, swapped
with its neighbour, a vowel changed) that finds nothing is offered a name of that entry.

A name in Hangul is typed syllable by syllable: its slips are a syllable's vowel changed (to ㅏ ㅓ ㅗ ㅜ ㅡ ㅣ) or
its final consonant dropped, and those are offered the entry as well."""

from cityviewer.core.folding import strip_diacritics
from cityviewer.core.request import SearchRequest
from cityviewer.core.romanize import is_hangul

_VOWELS = "aeiou"
_SYLLABLES, _VOWEL_STEP, _LEAD_STEP = 0xAC00, 28, 588
_HANGUL_VOWELS = (0, 4, 8, 13, 18, 20)  # ㅏ ㅓ ㅗ ㅜ ㅡ ㅣ, as indexes in a syllable


def _hanja(name: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in name)


def slips(name: str) -> set[str]:
    """Every text one slip away from name: a letter dropped, doubled or swapped with the next, a vowel changed."""
    found = set()
    for i, letter in enumerate(name):
        found.add(name[:i] + name[i + 1 :])
        found.add(name[:i] + letter + name[i:])
        if i + 1 < len(name):
            found.add(name[:i] + name[i + 1] + letter + name[i + 2 :])
        if strip_diacritics(letter).lower() in _VOWELS:
            found |= {name[:i] + vowel + name[i + 1 :] for vowel in _VOWELS}
    return {slip for slip in found - {name} if slip.strip()}


def hangul_slips(name: str) -> set[str]:
    """Every text one slip away from a name in Hangul: a syllable's vowel changed, or its final consonant dropped."""
    found = set()
    for i, syllable in enumerate(name):
        lead, rest = divmod(ord(syllable) - _SYLLABLES, _LEAD_STEP)
        vowel, final = divmod(rest, _VOWEL_STEP)
        made = [lead * _LEAD_STEP + v * _VOWEL_STEP + final for v in _HANGUL_VOWELS]
        made += [lead * _LEAD_STEP + vowel * _VOWEL_STEP] if final else []
        found |= {name[:i] + chr(_SYLLABLES + code) + name[i + 1 :] for code in made}
    return found - {name}


def test_slips_are_the_four_kinds():
    assert {"Anu", "Anjuu", "nAju", "Anjo", "enju", "Aju"} <= slips("Anju")
    assert "Anju" not in slips("Anju") and all(len(s) in (3, 4, 5) for s in slips("Anju"))
    assert {"안자", "아주", "언주"} <= hangul_slips("안주") and "안주" not in hangul_slips("안주")


def test_every_near_misspelling_that_finds_nothing_is_offered_its_entry(dataset):
    checked, missed = 0, []
    for entry_id in dataset.entry_ids():
        entry = dataset.entry(entry_id)
        assert entry is not None
        names = {
            entry.name,
            entry.spelling("mccune_reischauer"),
            entry.spelling("revised_romanization"),
            entry.spelling("dprk"),
        }
        names |= {other.name for other in entry.other_names}
        ours = {entry.name, entry.local_name}
        # Names in letters: a Hanja name less one character is another word (州 of 熙州), not a slip of it.
        for name in sorted(n for n in names if n and not is_hangul(n) and not _hanja(n)):
            for typed in sorted(slips(name)):
                answered = dataset.answer(SearchRequest(typed))
                if answered.keys:
                    continue  # found: nothing to offer
                checked += 1
                offered = answered.suggestions
                if not ours & set(offered):
                    missed.append(f"{entry_id}: {typed!r} (for {name!r}) is offered {offered}")
    print(f"\n{checked} near-misspellings that find nothing; {len(missed)} not offered their entry")
    assert checked > 5000  # the whole dataset was walked
    assert not missed, "\n".join(missed[:40])


def test_every_slip_in_a_hangul_name_that_finds_nothing_is_offered_its_entry(dataset):
    checked, missed = 0, []
    for entry_id in dataset.entry_ids():
        entry = dataset.entry(entry_id)
        assert entry is not None
        names = {entry.local_name, *(other.name for other in entry.other_names)}
        for name in sorted(n for n in names if n and is_hangul(n) and " " not in n and "-" not in n):
            for typed in sorted(hangul_slips(name)):
                answered = dataset.answer(SearchRequest(typed))
                if answered.keys:
                    continue
                checked += 1
                offered = answered.suggestions
                if not {entry.name, entry.local_name} & set(offered):
                    missed.append(f"{entry_id}: {typed!r} (for {name!r}) is offered {offered}")
    print(f"\n{checked} slips in Hangul names that find nothing; {len(missed)} not offered their entry")
    assert checked > 500
    assert not missed, "\n".join(missed[:40])
