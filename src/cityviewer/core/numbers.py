"""Numbers and dates as a reader's locale writes them, with no Qt: the core's functions that show a population, an
area, a distance, a rank or a date take a Formats (the GUI passes one built on the interface language's QLocale,
gui.localeformats); PLAIN is the default, English's grouping with commas and ISO dates."""

from __future__ import annotations

import datetime
from typing import Protocol


class Formats(Protocol):
    def integer(self, n: int) -> str:
        """A whole number with the locale's grouping ("3,255,288", "3.255.288")."""
        ...

    def decimal(self, x: float, places: int) -> str:
        """A number rounded to places decimals, grouped, with the locale's decimal point."""
        ...

    def date(self, d: datetime.date) -> str:
        """A day as the locale writes it in short, with the whole year."""
        ...


class PlainFormats:
    """English's grouping (commas, a decimal point) and ISO dates: what the core writes when no locale is given."""

    def integer(self, n: int) -> str:
        return f"{n:,}"

    def decimal(self, x: float, places: int) -> str:
        return f"{x:,.{places}f}"

    def date(self, d: datetime.date) -> str:
        return d.isoformat()


PLAIN: Formats = PlainFormats()
