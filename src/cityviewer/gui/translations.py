"""The app's translations: installed on the application before its first widget is built.

Ours are resources/translations/cityviewer_<language>.qm, compiled by Qt's lrelease from the .ts files beside them
(which lupdate keeps in step with the source). English has a file of its own too: it carries the plural forms of
the texts written with %n ("1 city", "2 cities"), as Qt asks. Qt's own translations load where Qt has them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cityviewer import resources

TRANSLATIONS = "resources/translations"
APP_DOMAIN = "cityviewer"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translators(app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None) -> list[str]:
    """Install the translations for locale (the system's by default) from folder (the bundled one by default);
    the files installed, in order. English goes first, so any other language's texts take precedence over it."""
    locale = locale if locale is not None else QLocale()
    folder = folder if folder is not None else resources.path(TRANSLATIONS)
    candidates = [
        (ENGLISH, APP_DOMAIN, str(folder)),
        (locale, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (locale, APP_DOMAIN, str(folder)),
    ]
    installed: list[str] = []
    for language, domain, where in candidates:
        translator = QTranslator(app)
        loaded = translator.load(language, domain, "_", where) and translator.filePath() not in installed
        if loaded and app.installTranslator(translator):
            installed.append(translator.filePath())
        else:
            translator.deleteLater()
    return installed
