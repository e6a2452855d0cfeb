"""gui.sourcescan: PySide6's check of each imported module gives the same answer and keeps no source."""

import linecache
import sys

import cityviewer.core.folding
import cityviewer.gui.style
from cityviewer.gui import sourcescan


def test_the_check_answers_as_pyside_asks_without_keeping_the_source():
    linecache.clearcache()
    assert sourcescan._uses_pyside(cityviewer.gui.style) is True
    assert sourcescan._uses_pyside(cityviewer.core.folding) is False
    assert sourcescan._uses_pyside(sys) is False  # built in: no source
    assert linecache.cache == {}


def test_it_replaces_pysides_check():
    assert sourcescan.read_sources_uncached() is True
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is sourcescan._uses_pyside
