"""What a person asked the list to show (SearchRequest) and what the dataset answered (SearchResults).

One request travels from the filter bar through the searcher to the dataset; the results carry it back, so every
pane that shows them knows what they answer. Both are frozen: a change is a new request (_replace). Both are
NamedTuples: a frozen dataclass compiles its methods when the module is imported, before the first paint.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cityviewer.core.falsefriends import FalseFriend


class SortKey(StrEnum):
    """The columns the list can be sorted by (the dataset turns each into its own ORDER BY)."""

    NAME = "name"
    LOCAL_NAME = "local_name"
    DIVISION = "division"
    POPULATION = "population"
    RANK = "rank"

    @property
    def numeric(self) -> bool:
        """Numbers read best largest first on the first click; text A to Z."""
        return self in (SortKey.POPULATION, SortKey.RANK)


class Show(StrEnum):
    """Which entries the list shows: cities and divisions, only one of the two, or the ten cities
    of the source article."""

    EVERYTHING = "everything"
    CITIES = "cities"
    DIVISIONS = "divisions"
    ARTICLE = "article"
    STARRED = "starred"


class _Request(NamedTuple):
    """SearchRequest's fields (a NamedTuple cannot convert its values as it is made: SearchRequest.__new__ does)."""

    text: str = ""
    division: str | None = None
    region: str | None = None
    tag: str | None = None
    show: Show = Show.EVERYTHING
    sort: SortKey | None = None
    descending: bool = False
    starred: frozenset[str] = frozenset()


class SearchRequest(_Request):
    """text: what was typed (any text at all); division: a division's code; region and tag: vocabulary keys;
    show: which kinds of entry; starred: the ids of the entries the reader starred (what Show.STARRED lists).
    sort None lists by relevance (the city named exactly first, then name matches, then mentions, each group
    largest first); a SortKey orders by that column instead, descending or not."""

    __slots__ = ()

    def __new__(
        cls,
        text: str = "",
        division: str | None = None,
        region: str | None = None,
        tag: str | None = None,
        show: Show | str = Show.EVERYTHING,
        sort: SortKey | str | None = None,
        descending: bool = False,
        starred: Iterable[str] = frozenset(),
    ) -> SearchRequest:
        # A sort key given by its name becomes the SortKey (or fails: unknown key), as does show.
        sort = None if sort is None else SortKey(sort)
        return super().__new__(cls, text, division, region, tag, Show(show), sort, descending, frozenset(starred))

    def has_filters(self) -> bool:
        """Whether a facet (division, region, tag, which entries) narrows the list, whatever the text."""
        return self.show != Show.EVERYTHING or any(
            value is not None for value in (self.division, self.region, self.tag)
        )

    def is_everything(self) -> bool:
        """Whether nothing narrows the list: no words to search for and no filters."""
        return not self.text.strip() and not self.has_filters()

    def cleared(self) -> SearchRequest:
        """The same request with no text and no filters; the order stays as the person chose it."""
        return self._replace(text="", division=None, region=None, tag=None, show=Show.EVERYTHING)


class SearchResults(NamedTuple):
    """The keys of the entries that answer request, in order; failure is a sentence for the person when the search
    could not be done (then keys is empty); suggestions are the names closest to what was typed when nothing
    matched (Did you mean ...?). mentioned_from: where the entries that only mention the text begin (the name
    matches come before), when the list is in the order of relevance and some only mention it; else None.
    divisions: how many of keys are divisions (the rest are cities). notices: the places outside the volume that the
    text names (false friends: core.falsefriends), whatever the list holds."""

    request: SearchRequest
    keys: tuple[int, ...]
    failure: str = ""
    suggestions: tuple[str, ...] = ()
    mentioned_from: int | None = None
    divisions: int = 0
    notices: tuple[FalseFriend, ...] = ()
