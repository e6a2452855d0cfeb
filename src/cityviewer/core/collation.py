"""The order names in a volume's own script are sorted in: for Hangul, 가나다 order, as a Korean dictionary has it.

Modern Hangul syllables (U+AC00-U+D7A3) are encoded in dictionary order: initial consonant (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ
ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ), then vowel, then final consonant, so comparing names syllable by syllable by
code point is 가나다 order (가 < 각 < 간 < 나 < 다 < 힣). A lone jamo (ㄱ, ㅏ) sorts just before the syllables it
begins (ㄱ before 가, ㅏ as 아 does).

Names that mix scripts follow Unicode's default order (what ICU's root collation does): digits, then Latin letters
(case and accents ignored, then the accented after the plain), then Hangul, then Han characters (Hanja) by code
point, then anything else; spaces, hyphens, apostrophes and other punctuation are ignored unless two names differ in
nothing else. Hanja are not placed by their Hangul reading (a dictionary of readings is not part of a volume).
Plain Python: the dataset registers it on its connection as the SQLite collation COLLATION.
"""

from __future__ import annotations

import unicodedata

COLLATION = "local_names"

_SYLLABLES = range(0xAC00, 0xD7A4)
_PER_INITIAL = 21 * 28  # syllables per initial consonant
_PER_VOWEL = 28
# The compatibility jamo as written alone, in the order of the syllables' initials and vowels.
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_SILENT = _INITIALS.index("ㅇ")
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))

_DIGIT, _LATIN, _HANGUL, _HANJA, _OTHER = range(5)


def _weight(ch: str) -> tuple[int, int] | None:
    """(group, weight) of one character, or None for a character ignored at first (spaces, punctuation)."""
    cp = ord(ch)
    if cp in _SYLLABLES:
        return _HANGUL, 2 * cp
    if ch in _INITIALS:
        return _HANGUL, 2 * (0xAC00 + _INITIALS.index(ch) * _PER_INITIAL) - 1
    if ch in _VOWELS:
        return _HANGUL, 2 * (0xAC00 + _SILENT * _PER_INITIAL + _VOWELS.index(ch) * _PER_VOWEL) - 1
    if any(low <= cp <= high for low, high in _HAN):
        return _HANJA, cp
    category = unicodedata.category(ch)
    if category == "Nd":
        return _DIGIT, int(unicodedata.digit(ch))
    if category.startswith("L"):
        base = unicodedata.normalize("NFD", ch)[0].casefold()
        if base.isascii():
            return _LATIN, ord(base)
        return _OTHER, ord(base)
    return None


def sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...], tuple[bool, ...], int, str]:
    """The key that sorts text in the order above: the letters' weights; then, between names equal in them, the
    accents (a plain letter before its accented forms), the case (lower before upper), how many ignored marks
    (spaces, punctuation) there are, and last the text itself."""
    text = unicodedata.normalize("NFC", text)
    weighed = [(ch, w) for ch in text if (w := _weight(ch)) is not None]
    accents = tuple(unicodedata.normalize("NFD", ch)[1:] for ch, _ in weighed)
    cases = tuple(ch != ch.casefold() for ch, _ in weighed)
    return tuple(w for _, w in weighed), accents, cases, len(text) - len(weighed), text


def compare(a: str, b: str) -> int:
    """-1, 0 or 1, as sqlite3's create_collation asks."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)
