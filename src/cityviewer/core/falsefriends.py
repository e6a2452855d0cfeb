"""False friends: places outside the volume whose names a reader may type for one of its entries (a city in
another country spelled like one of ours, or written with the same Hangul). The dataset keeps them (built from
data/false-friends.toml); a search that names one still lists the entry, and carries a notice that the place it
names is a different one, not in this volume (SearchResults.notices).

Qt-free: sentence() takes the GUI's translate function, as vocabulary.term() does.
"""

from __future__ import annotations

from typing import NamedTuple

from cityviewer.core.folding import normalize
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "FalseFriend"

# One whole sentence per kind of place, so that a translation never glues a sentence from pieces.
_SENTENCES = {
    "city": QT_TRANSLATE_NOOP(
        "FalseFriend", "{name} ({local_name}) is a different city, in {where}: it is not in this volume."
    ),
    "province": QT_TRANSLATE_NOOP(
        "FalseFriend", "{name} ({local_name}) is a different province, in {where}: it is not in this volume."
    ),
    "county": QT_TRANSLATE_NOOP(
        "FalseFriend", "{name} ({local_name}) is a different county, in {where}: it is not in this volume."
    ),
}
KINDS = tuple(_SENTENCES)


class FalseFriend(NamedTuple):
    """A place outside the volume: its name and Hangul, its kind (one of KINDS), where it is (as the data says it),
    and the entry of the volume it may be confused with (id and name)."""

    name: str
    local_name: str
    kind: str
    where: str
    entry_id: str
    entry_name: str


def key(text: str) -> str:
    """What a query and a false friend's names are compared by: the same letters (case, diacritics, apostrophes and
    hyphens aside), never romanization-folded, so that Cheongju is not Chongju."""
    return normalize(text).replace(" ", "")


def sentence(friend: FalseFriend, tr: Translate = untranslated) -> str:
    """The notice for friend, in the reader's language: "Cheongju (청주) is a different city, in ...: it is not in
    this volume.\""""
    return tr(CONTEXT, _SENTENCES[friend.kind]).format(
        name=friend.name, local_name=friend.local_name, where=friend.where
    )
