"""A pseudo-locale for developers (`cityviewer --lang pseudo`): every interface text bracketed and accented
("Search" → "[Ŝéåŕçĥ]"), so a text that never reaches the translator stands out in English.

It is made when it is installed, from what Qt's lupdate extracts from the source now (never a committed file that
could drift): a text lupdate cannot see (a variable context, a wrapper it does not know) stays English, as it would
in any real translation. Placeholders ({name}, %n, %L1, %1), HTML tags and entities, the & of accelerators and the
letter it marks, and file-dialog patterns such as (*.json) are kept as they are. Qt's own texts (its contexts are
Q followed by a capital: QFileDialog, QPlatformTheme) are bracketed too, standing in for Qt's translations.
It needs lupdate and the sources, so a checkout, not the frozen app.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

from cityviewer.gui.translations import PSEUDO  # the code --lang takes

OPEN, CLOSE = "[", "]"
ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
ACCENTS = frozenset(ACCENTED.values())
# Kept as written: {placeholders}, %n %Ln %1 %L1, <tags>, &entities;, &X accelerators (and &&; an & before a
# {placeholder} is left as it is: the placeholder is kept whole), (*.glob) patterns.
_KEPT = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+|<[^<>]*>|&[A-Za-z#0-9]+;|&&|&[^{]|\(\*[^()]*\)", re.DOTALL)
_QT_CONTEXT = re.compile(r"Q[A-Z]")


def accented(text: str) -> str:
    """text with its letters accented and what must stay (placeholders, tags, accelerators) kept."""
    out, at = [], 0
    for kept in _KEPT.finditer(text):
        out.append("".join(ACCENTED.get(c, c) for c in text[at : kept.start()]))
        out.append(kept.group())
        at = kept.end()
    out.append("".join(ACCENTED.get(c, c) for c in text[at:]))
    return "".join(out)


def pseudo(text: str) -> str:
    """The pseudo-translation of text: "[Ŝéåŕçĥ]". A file-dialog filter ("Lists (*.json);;All files (*)") is done
    part by part with its patterns outside the brackets, so that the dialog still reads it."""
    if not text:
        return text
    if ";;" in text or re.search(r"\(\*[^()]*\)$", text):
        parts = []
        for part in text.split(";;"):
            found = re.match(r"(.*?)(\s*\(\*[^()]*\))$", part, re.DOTALL)
            head, tail = (found.group(1), found.group(2)) if found else (part, "")
            parts.append(f"{OPEN}{accented(head)}{CLOSE}{tail}" if head else tail)
        return ";;".join(parts)
    return f"{OPEN}{accented(text)}{CLOSE}"


def sources() -> list[Path]:
    """The Python sources lupdate reads: the package's own (a checkout; the frozen app has none)."""
    return sorted(Path(__file__).resolve().parent.parent.rglob("*.py"))


def lupdate() -> Path:
    """Qt's lupdate, as PySide6 ships it beside the interpreter."""
    tools = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (tools / name).exists():
            return tools / name
    raise FileNotFoundError("pyside6-lupdate")


Key = tuple[str, str, str]  # (context, source text, disambiguation)


def extract(files: Iterable[Path] | None = None) -> set[Key]:
    """What lupdate finds in files (the package's sources by default): each message's context, source text and
    disambiguation (its comment)."""
    import subprocess  # only here: start-up pays nothing for the pseudo-locale it does not use
    import tempfile
    import xml.etree.ElementTree as ET

    files = list(files) if files is not None else sources()
    if not files:
        raise FileNotFoundError("no Python sources to extract the texts from (the pseudo-locale needs a checkout)")
    with tempfile.TemporaryDirectory(prefix="cityviewer-pseudo-") as folder:
        ts = Path(folder) / "pseudo.ts"
        subprocess.run([str(lupdate()), *map(str, files), "-ts", str(ts)], check=True, capture_output=True)
        root = ET.parse(ts).getroot()
    found: set[Key] = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


class PseudoTranslator(QTranslator):
    """Answers every text lupdate extracted (and Qt's own) with its pseudo-translation; any other text is left to
    the translators installed before it, that is, stays English."""

    def __init__(self, messages: set[Key], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        self.setObjectName(PSEUDO)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return PSEUDO

    def translate(  # None: a null QString, which lets Qt ask the translators installed before it
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        key = (context, source, disambiguation or "")
        if key in self._messages or _QT_CONTEXT.match(context):
            return pseudo(source)
        return None


def pseudo_translator(parent: QObject | None = None) -> PseudoTranslator:
    """A translator for the pseudo-locale, made from the sources as they are now."""
    return PseudoTranslator(extract(), parent)
