"""Hangul place names to McCune-Reischauer, Revised Romanization and the DPRK's own romanization.

Three public converters and two helpers built on them:

- ``to_mccune_reischauer("평양")`` -> ``"P'yŏngyang"``
- ``to_revised("평양")`` -> ``"Pyeongyang"``
- ``to_dprk("평양")`` -> ``"Phyongyang"`` (``breves=True`` gives the full form ``"Phyŏngyang"``)
- ``spellings("평양")``: every romanized spelling a reader could type for the name
- ``disagreements(hangul, mr, rr, dprk)``: how an entry's hand-written forms differ from the engine

The systems followed, and the choices made where they leave room:

McCune-Reischauer (McCune & Reischauer 1939, as applied to place names by BGN/PCGN and the Library of
Congress): breves (ŏ ŭ), apostrophes for aspirates (k' t' p' ch'), ㄱㄷㅂㅈ voiced to g d b j between voiced
sounds and voiceless after an obstruent, ㄹ after ㄹ tensing ㄷㅅㅈ (Kilchu), the apostrophe in n'g
(Man'gyŏngdae), ㅅ written sh only before ㅟ (shwi; 신의주 is Sinŭiju, the "shi" of the 1984 South Korean
variant is offered by spellings() only). Sound changes across the hyphen before an administrative generic
are written (BGN/PCGN 1945 note 3, LC "Hyphens"): 송림리 Songnim-ni, 신리 Sil-li, 안악읍 Anag-ŭp (a carried ㄹ
stays l: 은률읍 Ŭllyul-ŭp), 경상북도 Kyŏngsang-bukto; provinces split before 남도/북도 (P'yŏngan-namdo). A river
(강) after a name of two syllables or more is hyphenated as BGN does (Taedong-gang, Amnok-kang): that is this
engine's convention. Many references join it instead (Taedonggang, Ch'ŏngch'ŏn'gang); spellings() offers that form
too, so a search finds the river either way, and disagreements() accepts it. A station (역) is joined, with the ㄴ
inserted after a final consonant as it is pronounced (안국역 An'gungnyŏk, 서울역 Sŏullyŏk).

Revised Romanization (Ministry of Culture and Tourism proclamation 2000-8): eo eu, g d b j before a vowel
and k t p before a consonant or at the end, r/l, assimilation written (Jongno, Wangsimni, Silla), aspiration
with ㅎ written except after ㄱㄷㅂ in nouns (Mukho), tensing not written. Administrative units take a hyphen
and no sound change across it (Inwang-ri, Chungcheongbuk-do, Pyeongannam-do); rivers and mountains are
joined (Amnokgang), and so are stations, with the inserted ㄴ written (안국역 Angungnyeok). The optional hyphen
against misreading (Jung-ang) is not written. A station written apart (Anguk-yeok, Wikipedia's habit) is a
generic written apart as references do: disagreements() accepts it.

DPRK (the national system of 1992 as updated in 2002, UNGEGN E/CONF.94/INF.72): ŏ ŭ (dropped on maps:
``breves=False``, the default, also reduces an initial doubled consonant), aspirates kh th ph ch, ㅈ always
j, ㄱㄷㅂ voiced after vowels and resonants. North Korean pronunciation keeps ㄹ after a consonant other than
ㄴ/ㄹ (압록강 Amrokgang, 송림 Songrim); ㄴㄹ is written ll only in names of long standing (Chŏllima,
Hallasan), otherwise nr (은률 Unryul). Administrative units are hyphenated with no sound change across the
hyphen and a fixed voiced generic (Phyŏngannam-do, Kobi-ri, Kyogu-dong); the generic of a natural feature
is joined and voiced too (삿갓봉 Satkatbong), and so is a station (역), with no ㄴ inserted: the DPRK's
pronunciation does not insert it as the South's does. The optional hyphen of n-g is not written. The rules give
Phyŏngyang and Phanmunjŏm; the DPRK itself keeps the established Pyongyang and Panmunjom, which the engine
does not imitate (spellings() has them anyway, from the other systems).

Initial ㄹ and ㄴ: North Korea does not apply the South's initial-sound rule (두음법칙) and spells 라선, 량강도,
로동자구, 녕변. All three converters romanize the name as it is spelled (Rasŏn, Raseon, Rason), as BGN/PCGN
note 4 and the DPRK system do; a South Korean spelling (나선) romanizes as such (Naseon). spellings() adds
the South Korean reading of a North Korean spelling (Naseon, Yanggang-do, Eunyul), since readers type both.

Not covered, because they depend on the word and not on its letters: ㄴ insertion in compounds (학여울) other
than before 역,
tensing after a genitive ㅅ that is not written (DPRK 기대산 Kittaesan), ㄴㄹ read nn before a suffix
(신문로 Sinmunno), and which final syllable is a generic. A one-syllable generic (시 군 구 읍 면 리 동 도) is
recognised only after a name of two syllables or more (신도 stays Sindo, but 왕십리 becomes Wangsim-ni), or after a
one-syllable name of position (동 서 남 북 중: 중구 Chung-gu / Jung-gu, 북구 Puk-ku / Buk-gu, 남면 Nam-myŏn) before
구 군 동 리 면 읍; 도 only after 남/북 or a province name (울릉도 stays Ulleungdo); a longer one (구역, 로동자구) after
any name; 역 (a station) after a name of two syllables or more. A hyphen
typed in the Hangul forces a split: ``to_revised("신-리")`` -> ``"Sin-ri"``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

__all__ = ["disagreements", "spellings", "to_dprk", "to_mccune_reischauer", "to_revised"]

System = Literal["mr", "rr", "dprk"]

_FIRST, _LAST = 0xAC00, 0xD7A3
_ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_CODAS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

_VOWEL_LETTERS: dict[str, list[str]] = {  # in the order of _VOWELS
    system: letters.split()
    for system, letters in (
        ("mr", "a ae ya yae ŏ e yŏ ye o wa wae oe yo u wŏ we wi yu ŭ ŭi i"),
        ("rr", "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i"),
        ("dprk", "a ae ya yae ŏ e yŏ ye o wa wae oe yo u wŏ we wi yu ŭ ŭi i"),
    )
}

# Onsets that are written the same wherever they stand.
_FIXED_ONSETS: dict[str, dict[str, str]] = {  # ㄲ ㄸ ㅃ ㅆ ㅉ ㅊ ㅋ ㅌ ㅍ
    system: dict(zip("ㄲㄸㅃㅆㅉㅊㅋㅌㅍ", letters.split(), strict=True))
    for system, letters in (
        ("mr", "kk tt pp ss tch ch' k' t' p'"),
        ("rr", "kk tt pp ss jj ch k t p"),
        ("dprk", "kk tt pp ss jj ch kh th ph"),
    )
}
_COMMON_ONSETS = {"ㄴ": "n", "ㅁ": "m", "ㅅ": "s", "ㅎ": "h", "": ""}
_LAX = {"ㄱ": ("k", "g"), "ㄷ": ("t", "d"), "ㅂ": ("p", "b"), "ㅈ": ("ch", "j")}  # (voiceless, voiced) in MR
_ASPIRATED = {"ㄱ": "ㅋ", "ㄷ": "ㅌ", "ㅂ": "ㅍ", "ㅈ": "ㅊ"}

# Final consonants by the sound they make before another consonant or at the end of a word.
_CODA_CLASS = {
    "ㄱ": "K", "ㄲ": "K", "ㅋ": "K", "ㄳ": "K", "ㄺ": "K",
    "ㄴ": "N", "ㄵ": "N", "ㄶ": "N",
    "ㄷ": "T", "ㅅ": "T", "ㅆ": "T", "ㅈ": "T", "ㅊ": "T", "ㅌ": "T", "ㅎ": "T",
    "ㄹ": "L", "ㄼ": "L", "ㄽ": "L", "ㄾ": "L", "ㅀ": "L",
    "ㅁ": "M", "ㄻ": "M",
    "ㅂ": "P", "ㅍ": "P", "ㅄ": "P", "ㄿ": "P",
    "ㅇ": "NG",
}  # fmt: skip
_CODA_LETTERS = {"K": "k", "N": "n", "T": "t", "L": "l", "M": "m", "P": "p", "NG": "ng"}
_NASALIZED = {"K": "NG", "T": "N", "P": "M"}
_SPLIT_CLUSTER = {
    "ㄳ": ("ㄱ", "ㅅ"), "ㄵ": ("ㄴ", "ㅈ"), "ㄺ": ("ㄹ", "ㄱ"), "ㄻ": ("ㄹ", "ㅁ"), "ㄼ": ("ㄹ", "ㅂ"),
    "ㄽ": ("ㄹ", "ㅅ"), "ㄾ": ("ㄹ", "ㅌ"), "ㄿ": ("ㄹ", "ㅍ"), "ㅄ": ("ㅂ", "ㅅ"),
}  # fmt: skip
_VOICED_AFTER = {None, "N", "M", "NG", "L"}  # what may precede a voiced g d b j (None: a vowel)

# DPRK: ㄴㄹ is ll only in names of long standing (2002 rules, note 3.2).
_DPRK_LONGSTANDING_LL = ("천리", "한라", "전라", "신라")

# Administrative generics, longest first. 도 is taken for a province only after 남/북 or a province name.
_GENERICS = (
    "로동자구", "노동자구", "특별시", "직할시", "광역시", "특급시", "구역", "지구",
    "시", "군", "구", "읍", "면", "리", "동", "도",
)  # fmt: skip
# One-syllable names of position (east, west, south, north, centre) that take a one-syllable generic: 중구, 북면.
_POSITIONS = "동서남북중"
_POSITION_GENERICS = ("구", "군", "동", "리", "면", "읍")
_STATION = "역"
_DIVISIONS = ("강원", "경기", "자강", "량강", "양강", "황해", "함경", "평안", "전라", "경상", "충청", "제주")
# RR 2000 (special provisions 5): 시, 군 and 읍 may be left out; spellings() offers the name without them.
_OMITTABLE = ("시", "군", "읍", "구역", "특별시", "직할시", "광역시", "특급시")
# A river after a name of two syllables or more: hyphenated in McCune-Reischauer (BGN), joined otherwise.
_RIVER = "강"
# Generics of natural features and structures the DPRK system writes voiced and joined (2002, note 4.3):
# 삿갓봉 Satkatbong, 압록강 Amrokgang.
_DPRK_FEATURES = ("고개", "거리", "강", "산", "봉", "골", "교", "벌", "관", "곶", "대", "각")

Syllable = tuple[str, str, str]  # onset ("" for ㅇ), vowel, coda ("" for none), as compatibility jamo


def _decompose(word: str) -> list[Syllable]:
    syllables = []
    for ch in word:
        index = ord(ch) - _FIRST
        onset, rest = divmod(index, 21 * 28)
        vowel, coda = divmod(rest, 28)
        lead = _ONSETS[onset]
        syllables.append(("" if lead == "ㅇ" else lead, _VOWELS[vowel], _CODAS[coda]))
    return syllables


def _is_hangul(text: str) -> bool:
    return bool(text) and all(_FIRST <= ord(ch) <= _LAST for ch in text)


def is_hangul(name: str) -> bool:
    """Whether name is written in Hangul syllables (words may be parted by spaces and hyphens): one to romanize."""
    return all(_is_hangul(word) for word in re.split(r"[\s-]+", name.strip()))


def _sounds(sylls: list[Syllable], system: System) -> tuple[list[str], list[str], list[bool]]:
    """Apply the sound changes between syllables. Returns onsets (jamo), coda classes, and which onsets came
    from the syllable before (for where a hyphen goes: 안악읍 is Anag-ŭp)."""
    onsets = [s[0] for s in sylls]
    codas = [s[2] for s in sylls]
    moved = [False] * len(sylls)
    classes = [""] * len(sylls)
    for i in range(len(sylls)):
        coda = codas[i]
        if i + 1 == len(sylls):
            classes[i] = _CODA_CLASS.get(coda, "") if coda != "ㅎ" else "T"
            break
        onset = onsets[i + 1]
        if not coda:
            continue
        if onset == "":  # the final consonant is carried over to the next syllable
            if coda == "ㅇ":
                classes[i] = "NG"
            elif coda in ("ㅎ", "ㄶ", "ㅀ"):
                if coda != "ㅎ":
                    onsets[i + 1], moved[i + 1] = ("ㄴ" if coda == "ㄶ" else "ㄹ"), True
            elif coda in _SPLIT_CLUSTER:
                kept, carried = _SPLIT_CLUSTER[coda]
                classes[i] = _CODA_CLASS[kept]
                onsets[i + 1] = carried
            else:
                carried = coda
                if sylls[i + 1][1] == "ㅣ" and coda in ("ㄷ", "ㅌ"):  # palatalization: 해돋이, 같이
                    carried = "ㅈ" if coda == "ㄷ" else "ㅊ"
                onsets[i + 1], moved[i + 1] = carried, True
            continue
        if coda in ("ㅎ", "ㄶ", "ㅀ"):  # ㅎ aspirates the next lax consonant
            rest = {"ㅎ": "", "ㄶ": "N", "ㅀ": "L"}[coda]
            if onset in _ASPIRATED:
                onsets[i + 1] = _ASPIRATED[onset]
            elif onset == "ㅅ":
                onsets[i + 1] = "ㅆ"
            elif onset == "ㄴ":
                rest = rest or "N"
                if rest == "L":
                    onsets[i + 1] = "ㄹ"
            classes[i] = rest
            continue
        cls = _CODA_CLASS[coda]
        if onset in ("ㄴ", "ㅁ") and cls in _NASALIZED:
            cls = _NASALIZED[cls]
        elif onset == "ㄹ":
            if cls == "N":
                if system != "dprk" or any(_syllables_spell(sylls, i, w) for w in _DPRK_LONGSTANDING_LL):
                    cls = "L"
            elif cls in _NASALIZED or cls in ("M", "NG"):
                cls = _NASALIZED.get(cls, cls)
                if system != "dprk":
                    onsets[i + 1] = "ㄴ"
        elif onset == "ㄴ" and cls == "L":
            onsets[i + 1] = "ㄹ"
        classes[i] = cls
    return onsets, classes, moved


def _syllables_spell(sylls: list[Syllable], i: int, word: str) -> bool:
    """Whether syllables i and i+1 spell the two-syllable word."""
    first, second = _decompose(word)
    return sylls[i] == first and sylls[i + 1] == second


def _onset_letters(onset: str, before: str | None, vowel: str, system: System, *, initial: bool) -> str:
    """The letters of an onset; before is the class of the final consonant before it (None: a vowel)."""
    if onset in _FIXED_ONSETS[system]:
        return _FIXED_ONSETS[system][onset]
    if onset == "ㄹ":
        return "l" if before == "L" else "r"
    if onset == "ㅅ" and system == "mr" and vowel == "ㅟ":
        return "sh"
    if onset in _LAX:
        voiceless, voiced = _LAX[onset]
        if system == "rr":
            return voiced
        if system == "dprk" and onset == "ㅈ":
            return "j"
        if initial or before not in _VOICED_AFTER:
            return voiceless
        if before == "L" and onset in ("ㄷ", "ㅈ"):  # tensed after ㄹ in Sino-Korean words: 일동, 길주
            return voiceless
        return voiced
    return _COMMON_ONSETS[onset]


def _romanize_run(sylls: list[Syllable], system: System, *, voiced_start: bool = False) -> list[tuple[str, str, bool]]:
    """Romanize syllables pronounced as one run. Returns, per syllable, its onset letters, the rest of its
    letters (vowel and final), and whether the onset was carried over from the syllable before."""
    onsets, classes, moved = _sounds(sylls, system)
    pieces = []
    for i, (_, vowel, _) in enumerate(sylls):
        before = (classes[i - 1] or None) if i else None
        initial = i == 0 and not voiced_start
        onset = _onset_letters(onsets[i], before, vowel, system, initial=initial)
        coda = _CODA_LETTERS.get(classes[i], "")
        if system == "mr" and coda == "l" and i + 1 < len(sylls) and onsets[i + 1] == "ㅎ":
            coda = "r"  # 발해 Parhae, 일하 irha
        if system == "mr" and coda == "t" and i + 1 < len(sylls) and onsets[i + 1] == "ㅅ":
            coda = "s"  # 갓사기 kassagi
        pieces.append((onset, _VOWEL_LETTERS[system][_VOWELS.index(vowel)] + coda, moved[i]))
    return pieces


def _join(pieces: list[tuple[str, str, bool]], hyphen_before: set[int], system: System) -> str:
    out = ""
    for i, (onset, rest, moved) in enumerate(pieces):
        if i in hyphen_before:
            # A final carried over a hyphen stays before it, voiced as pronounced (LC: P'yŏngt'aeg-ŭp), but ㄹ
            # keeps its final l: the hyphen already marks the syllable's end (Ŭllyul-ŭp, as BGN writes it).
            out += ("l" if onset == "r" else onset) + "-" if moved else "-" + onset
        else:
            if system == "mr" and out.endswith("n") and onset.startswith("g"):
                out += "'"
            out += onset
        out += rest
    return out


def _split(word: str) -> tuple[str, str, str]:
    """(specific, generic, kind): 평양시 -> (평양, 시, "admin"), 중구 -> (중, 구, "admin"), 평안남도 -> (평안남, 도,
    "province"), 대동강 -> (대동, 강, "river"), 안국역 -> (안국, 역, "station"); a word with no generic ->
    (word, "", "")."""
    for generic in _GENERICS:
        specific = word[: -len(generic)]
        if not word.endswith(generic) or not specific:
            continue
        if len(specific) == 1 and len(generic) == 1:
            if specific in _POSITIONS and generic in _POSITION_GENERICS:
                return specific, generic, "admin"
            continue
        if generic != "도":
            return specific, generic, "admin"
        if (specific[-1] in "남북" and len(specific) >= 3) or specific in _DIVISIONS:
            return specific, generic, "province"
    if word.endswith(_RIVER) and len(word) >= 3:
        return word[:-1], _RIVER, "river"
    if word.endswith(_STATION) and len(word) >= 3:
        return word[:-1], _STATION, "station"
    return word, "", ""


def _with_inserted_n(specific: str) -> str:
    """specific followed by 역 as it is pronounced in the South: 녁 after a final consonant (안국역 [안궁녁]), 역
    after a vowel."""
    return specific + ("녁" if _decompose(specific[-1])[0][2] else _STATION)


def _romanize_word(word: str, system: System, *, joined_river: bool = False) -> str:
    """One word: its sound run(s), with the hyphens and joins each system writes before a generic; joined_river:
    a river in McCune-Reischauer joined to its name (Ch'ŏngch'ŏn'gang) rather than hyphenated (Ch'ŏngch'ŏn-gang)."""
    explicit = [p for p in word.split("-") if p]
    specific, generic, kind = _split(word) if len(explicit) == 1 else ("-".join(explicit[:-1]), explicit[-1], "admin")
    if kind == "station":  # one word, one run, the ㄴ inserted (but not in the North): Angungnyeok, An'gungnyŏk
        spoken = word if system == "dprk" else _with_inserted_n(specific)
        return _join(_romanize_run(_decompose(spoken), system), set(), system)
    if system == "mr":  # one run of sound, the hyphen placed in it afterwards (Songnim-ni, Anag-ŭp)
        if kind == "province" and specific[-1] in "남북":  # P'yŏngan-namdo
            specific, generic = specific[:-1], specific[-1] + generic
        if kind == "river" and joined_river:
            specific, generic = specific + generic, ""
        parts = [*specific.split("-"), generic] if generic else [specific]
        hyphens, at = set(), 0
        for part in parts[:-1]:
            at += len(part)
            hyphens.add(at)
        return _join(_romanize_run(_decompose("".join(parts)), "mr"), hyphens, "mr")
    if kind == "river" and system == "rr":  # one word, one run: Amnokgang
        return _join(_romanize_run(_decompose(word), "rr"), set(), "rr")
    if system == "dprk" and not generic:
        feature = next((f for f in _DPRK_FEATURES if word.endswith(f) and len(word) - len(f) >= 2), "")
        if feature:
            specific, generic, kind = word[: -len(feature)], feature, "river"
    # RR and DPRK write no sound change across the generic; the DPRK writes the generic voiced (Kobi-ri, -gun,
    # Amrokgang); rivers and other features are joined, administrative units hyphenated.
    runs = [
        _join(_romanize_run(_decompose(part), system, voiced_start=n > 0 and system == "dprk"), set(), system)
        for n, part in enumerate([*specific.split("-"), generic] if generic else [specific])
    ]
    return ("" if kind == "river" else "-").join(runs)


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


_HANGUL_RUN = re.compile(r"([\uac00-\ud7a3](?:-?[\uac00-\ud7a3])*)")  # hyphens only inside


def _romanize(hangul: str, system: System, *, joined_river: bool = False) -> str:
    """Words apart, each capitalized; Hangul inside a word romanized, anything else (digits, Latin) kept."""
    words = unicodedata.normalize("NFC", hangul).split()
    return " ".join(
        _capitalize(
            "".join(
                _romanize_word(run, system, joined_river=joined_river) if n % 2 else run
                for n, run in enumerate(_HANGUL_RUN.split(w))
            )
        )
        for w in words
    )


def to_mccune_reischauer(hangul: str) -> str:
    """McCune-Reischauer, with breves and apostrophes: 평양 -> P'yŏngyang, 평안남도 -> P'yŏngan-namdo."""
    return _romanize(hangul, "mr")


def to_revised(hangul: str) -> str:
    """Revised Romanization of Korean (2000): 평양 -> Pyeongyang, 평안남도 -> Pyeongannam-do."""
    return _romanize(hangul, "rr")


def _without_breves(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c != "\u0306"))


def to_dprk(hangul: str, *, breves: bool = False) -> str:
    """The DPRK's romanization (1992, updated 2002): 평양 -> Phyongyang, 남포 -> Nampho.

    By default in the simplified form of DPRK maps (no breves, an initial doubled consonant single);
    breves=True gives the full form (Phyŏngyang)."""
    full = _romanize(hangul, "dprk")
    if breves:
        return full
    words = _without_breves(full).split()
    return " ".join(_capitalize(w[1:]) if w[:2].lower() in ("kk", "tt", "pp", "ss", "jj") else w for w in words)


_IY_VOWELS = set("ㅑㅕㅖㅛㅠㅣ")


def _compose(onset: str, vowel: str, coda: str) -> str:
    lead = _ONSETS.index(onset or "ㅇ")
    return chr(_FIRST + (lead * 21 + _VOWELS.index(vowel)) * 28 + _CODAS.index(coda))


def _south_spelling(word: str) -> str:
    """The South Korean spelling of a North Korean one: the initial-sound rule (라선 -> 나선, 량강 -> 양강) and
    렬/률 after a vowel or ㄴ (은률 -> 은율)."""
    if not _is_hangul(word):
        return word
    sylls = _decompose(word)
    onset, vowel, coda = sylls[0]
    if onset == "ㄹ":
        sylls[0] = ("" if vowel in _IY_VOWELS else "ㄴ", vowel, coda)
    elif onset == "ㄴ" and vowel in ("ㅕ", "ㅛ", "ㅠ", "ㅣ"):
        sylls[0] = ("", vowel, coda)
    for i in range(1, len(sylls)):
        onset, vowel, coda = sylls[i]
        if onset == "ㄹ" and vowel in ("ㅕ", "ㅠ") and coda == "ㄹ" and sylls[i - 1][2] in ("", "ㄴ"):
            sylls[i] = ("", vowel, coda)
    return "".join(_compose(*s) for s in sylls)


def _typed_variants(form: str) -> set[str]:
    """A romanized form as people type it: with and without breves, apostrophes and hyphens."""
    variants = {form}
    for f in list(variants):
        variants |= {f.replace("'", "’"), f.replace("'", ""), _without_breves(f), _without_breves(f).replace("'", "")}
    for f in list(variants):
        if "-" in f:
            variants |= {f.replace("-", ""), f.replace("-", " ")}
    return {v for v in variants if v}


def spellings(hangul: str) -> set[str]:
    """Every romanized spelling of a Hangul name that a reader could type: the three systems with and without
    breves, apostrophes and hyphens; a river in McCune-Reischauer joined as well as hyphenated (Ch'ŏngch'ŏn'gang,
    Ch'ŏngch'ŏn-gang); the 1984 South Korean "shi"; the name without an omittable generic (시, 군,
    읍: Kusŏng for 구성시); and the South Korean reading of a North Korean spelling (Naseon for 라선)."""
    names = {unicodedata.normalize("NFC", hangul).strip()}
    for name in list(names):
        words = name.split()
        last = words[-1] if words else ""
        specific, generic, _ = _split(last)
        if generic in _OMITTABLE and "-" not in last:
            names.add(" ".join([*words[:-1], specific]))
    for name in list(names):
        names.add(" ".join(_south_spelling(w) for w in name.split()))
    forms: set[str] = set()
    for name in names:
        if not name:
            continue
        mr = to_mccune_reischauer(name)
        forms |= {mr, _romanize(name, "mr", joined_river=True), to_revised(name), to_dprk(name, breves=True)}
        forms.add(to_dprk(name))
        forms.add(_rok_1984_shi(mr))
    return {v for form in forms for v in _typed_variants(form)}


def _rok_1984_shi(mr: str) -> str:
    """The 1984 South Korean McCune-Reischauer wrote ㅅ before ㅣ as sh: Sinŭiju -> Shinŭiju, Chamsil -> Chamshil."""
    return re.sub(r"(?<![sS])([sS])(?=i)", r"\1h", mr)


_SYSTEM_NAMES = {"mr": "McCune-Reischauer", "rr": "Revised Romanization", "dprk": "DPRK romanization"}


def _comparable(text: str) -> str:
    text = unicodedata.normalize("NFC", text).strip()
    for mark in "’‘ʼ`´":
        text = text.replace(mark, "'")
    return text.casefold()


def _generic_apart(hangul: str) -> str | None:
    """The name with its generic written as a word of its own (평안북도 -> 평안 북도, 평양직할시 -> 평양 직할시), or
    None if it has none: BGN and most references write P'yŏngan-pukto and P'yŏngyang Chikhalsi, the generic
    romanized as if it began a word, where the engine (LC) writes the sound change (P'yŏngan-bukto)."""
    words = unicodedata.normalize("NFC", hangul).split()
    if not words or "-" in words[-1]:
        return None
    specific, generic, kind = _split(words[-1])
    if not generic:
        return None
    if kind == "province" and specific[-1] in "남북":
        specific, generic = specific[:-1], specific[-1] + generic
    return " ".join([*words[:-1], specific, generic])


def _loosely(text: str) -> str:
    """A form compared with the generic's hyphen or space aside."""
    return _comparable(text).replace("-", "").replace(" ", "")


def disagreements(hangul: str, mccune_reischauer: str | None, revised: str | None, dprk: str | None) -> list[str]:
    """One message for each hand-written form that differs from the engine's (case ignored; any apostrophe
    sign accepted; a DPRK form may be written with or without breves). Also accepted: a river in McCune-Reischauer
    joined (Ch'ŏngch'ŏn'gang: the other convention), the generic written apart as references do (P'yŏngan-pukto,
    P'yŏngyang Chikhalsi, Anguk-yŏk), and a Revised Romanization of the South Korean
    spelling (Yanggang-do for 량강도). A missing form (None or "") is not compared."""
    engine = {
        "mr": {to_mccune_reischauer(hangul), _romanize(hangul, "mr", joined_river=True)},
        "rr": {to_revised(hangul)},
        "dprk": {to_dprk(hangul), to_dprk(hangul, breves=True)},
    }
    loose: dict[str, set[str]] = {"mr": set(), "rr": set(), "dprk": set()}
    south = " ".join(_south_spelling(w) for w in unicodedata.normalize("NFC", hangul).split())
    for name in {hangul, south}:
        apart = _generic_apart(name) or name
        for system, convert in (("mr", to_mccune_reischauer), ("rr", to_revised), ("dprk", to_dprk)):
            if name == hangul or system == "rr":
                loose[system] |= {_loosely(convert(apart)), _loosely(convert(name))}
    messages = []
    for system, written in (("mr", mccune_reischauer), ("rr", revised), ("dprk", dprk)):
        if not written:
            continue
        if _comparable(written) in {_comparable(e) for e in engine[system]} or _loosely(written) in loose[system]:
            continue
        expected = " or ".join(sorted(engine[system], key=len, reverse=True))
        messages.append(f"{hangul}: {_SYSTEM_NAMES[system]} is written {written!r}, the engine gives {expected!r}")
    return messages
