"""The app's translations: installed on the application before its first widget is built.

Ours are resources/translations/cityviewer_<language>.qm, compiled by Qt's lrelease from the .ts files beside them
(which lupdate keeps in step with the source). English has a file of its own too: it carries the plural forms of
the texts written with %n ("1 city", "2 cities"), as Qt asks. Qt's own translations (qtbase_<language>.qm: the
file and print dialogs, the standard buttons) load from where Qt keeps them (QLibraryInfo's TranslationsPath,
which the frozen app bundles too).

set_language(app, code) puts the translators of one language in place of those installed: "" the system's, a code
such as "en" or "ko", or PSEUDO (gui.pseudolocale, for developers). Qt then sends every widget a LanguageChange.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cityviewer import resources
from cityviewer.core.volume import FALLBACK_LANGUAGE

PSEUDO = "pseudo"  # the pseudo-locale's code (gui.pseudolocale, imported when it is chosen), which --lang takes
TRANSLATIONS = "resources/translations"
APP_DOMAIN = "cityviewer"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def qt_translations() -> str:
    """Where Qt keeps its own translations (qtbase_ko.qm): PySide6's Qt/translations, in a checkout as in the
    frozen app (which bundles those of the languages Cityviewer is translated into: packaging/cityviewer.spec)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None) -> list[str]:
    """Install the translations for locale (the system's by default) from folder (the bundled one by default);
    the files installed, in order. English goes first, so any other language's texts take precedence over it.
    Qt's own (qtbase: its dialogs and buttons) only for a language Cityviewer has a translation in, so that a
    file dialog never speaks a language the rest of the window does not."""
    locale = locale if locale is not None else QLocale()
    folder = folder if folder is not None else resources.path(TRANSLATIONS)

    def loaded(language: QLocale, domain: str, where: str) -> QTranslator:
        translator = QTranslator()  # the application's child once installed: installed_translations lists them
        translator.load(language, domain, "_", where)  # its filePath() is "" where there is no such file
        return translator

    ours = loaded(locale, APP_DOMAIN, str(folder))  # read once: whether there is one decides Qt's; installed last
    translators = [loaded(ENGLISH, APP_DOMAIN, str(folder))]
    if ours.filePath() or locale.language() == QLocale.Language.English:
        translators.append(loaded(locale, "qtbase", qt_translations()))
    translators.append(ours)
    installed: list[str] = []
    for translator in translators:
        if translator.filePath() not in ("", *installed) and app.installTranslator(translator):
            translator.setParent(app)
            installed.append(translator.filePath())
    return installed


def installed_translations() -> list[str]:
    """The translations installed on the application, by file name ("pseudo" for the pseudo-locale)."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    return [Path(t.filePath()).name if t.filePath() else t.language() for t in app.findChildren(QTranslator)]


def available(folder: Path | None = None) -> list[tuple[str, str]]:
    """The languages Cityviewer has a translation in: (code, its name in itself), English first."""
    folder = folder if folder is not None else resources.path(TRANSLATIONS)
    codes = {path.stem.split("_", 1)[1] for path in folder.glob(f"{APP_DOMAIN}_*.qm")} | {FALLBACK_LANGUAGE}
    return [(code, name_of(code)) for code in sorted(codes, key=lambda c: (c != FALLBACK_LANGUAGE, c))]


def name_of(code: str) -> str:
    """A language's name in itself ("한국어"); English's is "English" (Qt's is "American English")."""
    if code == FALLBACK_LANGUAGE:
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def reading_language(chosen: str) -> str:
    """The language the volume is read in for a chosen language ("" the system's): the pseudo-locale's is
    English."""
    if chosen == PSEUDO:
        return FALLBACK_LANGUAGE
    return chosen or QLocale().name().split("_")[0]


def locale_of(code: str) -> QLocale:
    """The locale a language code names: "" the system's; the pseudo-locale's is English's."""
    if not code:
        return QLocale.system()
    return ENGLISH if code == PSEUDO else QLocale(code)


def set_language(app: QCoreApplication, code: str) -> list[str]:
    """Remove the translators installed on app and install those of code ("" the system's language, "en", "ko",
    or PSEUDO), and make its locale the default one (QLocale()); the files installed, in order (PSEUDO adds "pseudo",
    made from the sources as they are now)."""
    for old in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)
    locale = locale_of(code)
    QLocale.setDefault(locale)  # numbers and dates follow the interface's language (gui.localeformats)
    installed = install_translators(app, locale)
    if code == PSEUDO:
        from cityviewer.gui.pseudolocale import pseudo_translator  # for developers: start-up does not import it

        translator = pseudo_translator(app)
        if app.installTranslator(translator):
            installed.append(PSEUDO)
    return installed
