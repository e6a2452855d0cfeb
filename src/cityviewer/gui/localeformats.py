"""Numbers and dates as the interface's language writes them: a core.numbers.Formats built on QLocale().

QLocale() is the default locale, which translations.set_language sets to the language chosen (View > Language,
--lang, or the system's). English (and the C locale of a bare machine) keep the core's plain forms: commas and ISO
dates, unambiguous in any English-speaking classroom; another language groups and writes dates as its locale does
("3.255.288", "2026. 12. 5.").
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale

from cityviewer.core.numbers import PLAIN, Formats


class LocaleFormats:
    """A Formats of one QLocale."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale

    def integer(self, n: int) -> str:
        return self.locale.toString(n)

    def decimal(self, x: float, places: int) -> str:
        return self.locale.toString(float(x), "f", places)

    def date(self, d: datetime.date) -> str:
        # The locale's short form with the whole year ("yy. M. d." -> "2026. 12. 5.").
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        whole = short if "yyyy" in short else short.replace("yy", "yyyy")
        return self.locale.toString(QDate(d.year, d.month, d.day), whole)


def formats() -> Formats:
    """The Formats of the interface's language now (QLocale())."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return PLAIN
    return LocaleFormats(locale)
