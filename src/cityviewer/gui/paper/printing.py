"""Sheets on paper: a city's sheet, or a class handout (an optional cover, then one sheet per city), painted on any
paged device (a QPdfWriter for Export as PDF and --export-pdf, a QPrinter for Print) and written as a PDF.

The HTML comes from core.paper.sheet; here it is laid out on the page (A4 or Letter, portrait, print margins, fonts of
their own in points, laid out at LAYOUT_DPI and scaled to the device: the window's text zoom never reaches it), page
breaks are made to fall between blocks, a footer is drawn on every page ("Cityviewer VERSION, data DATA_VERSION",
the date, "n / N"), and the PDF is made reproducible (fixed dates and document id, QHash's seed fixed so the fonts
are written in the same order), its related-city links made jumps, its subset fonts named so, and it is written
atomically (core.paper.pdffile).

Nothing here touches a widget: the painting runs on any thread (the window exports on its dataset thread).

The locator map: a LocatorMap (a function from an entry to a QImage, or None) puts it beside the facts; by default
paper_locator() draws it (a city's, marked; a division has none: its facts take the whole width). no_map leaves
it out.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QHashSeed,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    QUuid,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from cityviewer import APP_NAME
from cityviewer.core.compare import compare
from cityviewer.core.dataset import Dataset
from cityviewer.core.map.basemap import LOCATOR
from cityviewer.core.paper.pdffile import fix_dates, link_pages, name_subsets, source_date, write_atomically
from cityviewer.core.paper.sheet import CSS_PX_PER_INCH, MAP_POINTS, STYLE, comparison_html, cover_html, sheet_html
from cityviewer.core.records import CityEntry, DatasetInfo, Entry, EntryRow
from cityviewer.gui.colours import paper, paper_map
from cityviewer.gui.hangulfont import FAMILY as HANGUL_FAMILY
from cityviewer.gui.localeformats import formats
from cityviewer.gui.map.locator import WIDTH as LOCATOR_WIDTH
from cityviewer.gui.map.locator import Locator
from cityviewer.gui.populationchart import axis_label, chart_image
from cityviewer.gui.zoom import base_font

LocatorMap = Callable[[Entry], QImage | None]
MARGINS_MM = QMarginsF(14, 12, 14, 10)  # left, top, right, bottom; the footer is the last lines inside them
# The sheets are laid out at this many dots per inch whatever they are painted on (scaled to the device): the same
# line breaks in the PDF, the preview and on paper; a PDF is written at it too (part of its reproducible bytes).
LAYOUT_DPI = 300
_MAX_MOVES = 50  # blocks moved to the next page, at most, per document
# The bundled Hangul font (gui.hangulfont) comes after the installed ones: registered only where none writes Korean.
BODY_FAMILIES = ["Noto Serif CJK KR", "Noto Serif", "DejaVu Serif", HANGUL_FAMILY, "serif"]
HEADING_FAMILIES = ["Noto Sans CJK KR", "Noto Sans", "DejaVu Sans", HANGUL_FAMILY, "sans-serif"]
BODY_POINTS = 9.0
FOOTER_POINTS = 7.5
# A sheet is one or two pages: a longer one is laid out again in smaller type, a step at a time, until it fits
# (the smallest step still reads at 7.2 pt); what will not fit even then keeps the smallest type.
SHEET_PAGES = 2
_FIT_SCALES = (1.0, 0.95, 0.9, 0.85, 0.8)
# Territories that use Letter paper although their measurement system is metric (QLocale says ImperialUS for the
# United States and a few others already).
_LETTER_TERRITORIES = {"CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "SV", "NI", "PA", "DO", "BZ"}
_ID_NAMESPACE = uuid.UUID("4f0b7a9c-8d1e-4c58-9d3f-2a6b5e1c7d90")  # the PDF's document id: from what it holds
# The locator map on paper is MAP_POINTS wide (core.paper.sheet): drawn at this many pixels per logical pixel of the
# window's locator (150 wide) it has about LAYOUT_DPI dots per inch there.
PAPER_LOCATOR_RATIO = LAYOUT_DPI * MAP_POINTS / 72 / LOCATOR_WIDTH


def paper_locator(handout: Handout) -> LocatorMap:
    """A city's locator map for its sheet (a division has none), from the outlines read with the handout. A new one
    for each layout: each thread that lays out sheets draws its own."""
    locator = Locator(handout.info.volume.map, lambda: handout.locator_outlines, paper_map(), PAPER_LOCATOR_RATIO)
    drawn: dict[str, QImage | None] = {}  # by entry: a handout is laid out more than once until its pages settle

    def locator_map(entry: Entry) -> QImage | None:
        if entry.id not in drawn:
            drawn[entry.id] = locator.image(entry.longitude, entry.latitude) if isinstance(entry, CityEntry) else None
        return drawn[entry.id]

    return locator_map


def no_map(_entry: Entry) -> None:
    """A LocatorMap that leaves every map out."""
    return None


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    def page_size(self) -> QPageSize:
        return QPageSize(QPageSize.PageSizeId.A4 if self is Paper.A4 else QPageSize.PageSizeId.Letter)


def default_paper(locale: QLocale | None = None) -> Paper:
    """Letter where the locale's country prints on Letter (the US and its neighbours), A4 elsewhere; locale: the
    default locale when None."""
    loc = locale if locale is not None else QLocale()
    if loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return Paper.LETTER
    return Paper.LETTER if QLocale.territoryToCode(loc.territory()) in _LETTER_TERRITORIES else Paper.A4


def export_date() -> datetime.datetime:
    """When the sheets say they were made: SOURCE_DATE_EPOCH when set, otherwise today at 00:00 UTC (so two
    exports of one day give the same bytes)."""
    fixed = source_date()
    if fixed is not None:
        return fixed
    today = datetime.date.today()
    return datetime.datetime(today.year, today.month, today.day, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class SheetOptions:
    paper: Paper = Paper.A4
    cover: bool = False
    when: datetime.datetime = field(default_factory=export_date)
    # The handout's own title and subtitle, on its cover and in the PDF's metadata ("": the dataset's title, none)
    title: str = ""
    subtitle: str = ""


@dataclass(frozen=True)
class Handout:
    """What the sheets hold, read from the dataset (on whichever thread has a connection): entries and their list
    rows in the handout's order, the dataset's facts and the app's version."""

    entries: tuple[Entry, ...]
    rows: tuple[EntryRow, ...]
    info: DatasetInfo
    app_version: str
    compared: bool = False  # one sheet comparing the entries (two to four cities) instead of a sheet each
    locator_outlines: str = ""  # the dataset's LOCATOR map (core.map.basemap), for the sheets' locator maps

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entries)


def read_handout(dataset: Dataset, ids: Sequence[str]) -> Handout:
    """The entries of ids (unknown ids left out, each city once), in that order. Raises DatasetError."""
    from cityviewer import version

    entries = [e for e in (dataset.entry(i) for i in dict.fromkeys(ids)) if e is not None]
    rows = dataset.rows([e.key for e in entries])
    outlines = dataset.basemap(LOCATOR) or ""
    return Handout(tuple(entries), tuple(rows), dataset.info, version(), locator_outlines=outlines)


def read_comparison(dataset: Dataset, ids: Sequence[str]) -> Handout:
    """The sheet comparing the cities of ids (two to four, in that order). Raises DatasetError, or ValueError when
    ids are not two to four cities."""
    handout = read_handout(dataset, ids)
    cities = [e for e in handout.entries if isinstance(e, CityEntry)]
    if len(cities) != len(handout.entries):
        raise ValueError("only cities are compared")
    compare(cities)  # raises ValueError for fewer than two or more than four
    return replace(handout, compared=True)


def _font(families: list[str], points: float) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(points)
    font.setStyleHint(QFont.StyleHint.Serif if families is BODY_FAMILIES else QFont.StyleHint.SansSerif)
    # Noto CJK's Korean "locl" swaps the digits for glyphs that Qt's PDF text map (ToUnicode) cannot name: the
    # digits would print but not copy or search. Without it they are the font's usual digits.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def _style(scale: float = 1.0) -> str:
    """The sheet's style sheet, every size in it (points) times scale."""
    headings = ", ".join(f"'{f}'" for f in HEADING_FAMILIES)
    sized = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:g}pt", STYLE)
    # Qt's rich text measures an em of a rule without a font-size by the application's font (QFont()), so the
    # window's zoom would reach the paper: there an em is the height of a line of the application's font before
    # any zoom, as Qt measures it (a rule with a font-size measures by its own font, whatever the zoom).
    line = QFontMetrics(base_font()).height()

    def fixed(rule: re.Match[str]) -> str:
        if "font-size" in rule.group(0):
            return rule.group(0)
        return re.sub(r"(\d+(?:\.\d+)?)em\b", lambda m: f"{float(m.group(1)) * line:g}px", rule.group(0))

    sized = re.sub(r"\{[^}]*\}", fixed, sized)
    return sized + f"\nh1, h2, th, .cover-title, .cover-subtitle {{ font-family: {headings}; }}\n"


class _Layout:
    """The documents of a handout laid out on a page_layout at LAYOUT_DPI, whatever device they are painted on
    (paint() scales them to it: the same line breaks on paper, in the PDF and in the preview): the page's body size
    in layout pixels, each document's pages, and where each sheet starts."""

    def __init__(self, handout: Handout, options: SheetOptions, page_layout: QPageLayout,
                 locator_map: LocatorMap | None) -> None:  # fmt: skip
        self.handout, self.options = handout, options
        self.volume = handout.info.volume
        self.locator_map = locator_map if locator_map is not None else paper_locator(handout)
        # A PDF writer into a buffer that is never written: the fonts' metrics at LAYOUT_DPI, as in a PDF.
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.reference = QPdfWriter(self._buffer)
        self.reference.setResolution(LAYOUT_DPI)
        self.reference.setPageLayout(page_layout)
        paint = page_layout.paintRectPixels(LAYOUT_DPI)
        self.footer_font = _font(HEADING_FAMILIES, FOOTER_POINTS)
        self.footer_font.setPixelSize(round(FOOTER_POINTS * LAYOUT_DPI / 72))  # scaled with the page, not again
        footer_height = QFontMetricsF(self.footer_font, self.reference).height() * 2.2
        self.width, self.height = float(paint.width()), float(paint.height())
        self.body = QSizeF(self.width, self.height - footer_height)
        self.pages: dict[str, int] = {}
        self.documents = self._documents()
        for _ in range(3):  # a "see page N" may itself move a page break: lay out until the pages settle
            starts = self._starts()
            if starts == self.pages:
                break
            self.pages = starts
            self.documents = self._documents()

    def _document(self, html: str, images: dict[str, QImage] | None = None, scale: float = 1.0) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.reference)
        doc.setDefaultFont(_font(BODY_FAMILIES, BODY_POINTS * scale))
        doc.setDefaultStyleSheet(_style(scale))
        doc.setDocumentMargin(0)
        doc.setPageSize(self.body)
        for url, image in (images or {}).items():  # before the HTML, so that it is laid out at the image's size
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        doc.setHtml(html)
        _keep_blocks_whole(doc, self.body.height())
        return doc

    def _documents(self) -> list[QTextDocument]:
        if self.handout.compared:
            return [self._comparison()]
        docs = []
        if self.options.cover:
            title = self.options.title or self.volume.title or APP_NAME  # the volume's in the reading language
            docs.append(self._document(cover_html(title, self.handout.rows, self.pages, self.volume,
                                                  QCoreApplication.translate, self.options.subtitle,
                                                  formats())))  # fmt: skip
        for entry in self.handout.entries:
            image = self.locator_map(entry)
            images = {f"map:{entry.id}": image} if image is not None and not image.isNull() else {}
            html = sheet_html(entry, self.volume, QCoreApplication.translate, map_url=next(iter(images), None),
                              pages=self.pages, fmt=formats())  # fmt: skip
            for scale in _FIT_SCALES:
                doc = self._document(html, images, scale)
                if doc.pageCount() <= SHEET_PAGES:
                    break
            docs.append(doc)
        return docs

    def _comparison(self) -> QTextDocument:
        """The comparison's sheet, its bar chart an image as wide as the page (drawn as in the Compare window); on
        one page if smaller type makes it fit."""
        cities = tuple(e for e in self.handout.entries if isinstance(e, CityEntry))
        comparison = compare(cities)
        width = round(self.body.width() * CSS_PX_PER_INCH / LAYOUT_DPI)  # the page's width in CSS pixels
        for scale in _FIT_SCALES:
            font = _font(HEADING_FAMILIES, BODY_POINTS)
            font.setPixelSize(round(BODY_POINTS * scale * CSS_PX_PER_INCH / 72))
            image = chart_image(cities, width, font, LAYOUT_DPI / CSS_PX_PER_INCH, axis_label(self.volume))
            chart = ("chart:compared", width, round(image.height() / image.devicePixelRatio()))
            doc = self._document(comparison_html(comparison, self.volume, QCoreApplication.translate, chart=chart,
                                                 fmt=formats()),
                                 {"chart:compared": image}, scale)  # fmt: skip
            if doc.pageCount() == 1:
                break
        return doc

    def _starts(self) -> dict[str, int]:
        if self.handout.compared:
            return {}
        counts = [doc.pageCount() for doc in self.documents]
        sheets = counts[1:] if self.options.cover else counts
        page = (counts[0] if self.options.cover else 0) + 1
        starts = {}
        for entry, count in zip(self.handout.entries, sheets, strict=True):
            starts[entry.id] = page
            page += count
        return starts

    def page_count(self) -> int:
        return sum(doc.pageCount() for doc in self.documents)

    def paint(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        total = self.page_count()
        number = 0
        for doc in self.documents:
            for page in range(doc.pageCount()):
                if number:
                    device.newPage()
                number += 1
                painter.save()
                top = page * self.body.height()
                painter.translate(0, -top)
                # A device pixel inside the page: Qt skips a line that starts below it (one that starts a pixel before
                # the page's end because of rounding would otherwise be written, clipped, at its foot).
                doc.drawContents(painter, QRectF(0, top + 1, self.body.width(), self.body.height() - 2))
                painter.restore()
                self._footer(painter, number, total)

    def _footer(self, painter: QPainter, number: int, total: int) -> None:
        info = self.handout.info
        left = QCoreApplication.translate("Sheet", "{app} {version}, data {data_version}").format(
            app=APP_NAME, version=self.handout.app_version, data_version=info.data_version)  # fmt: skip
        right = QCoreApplication.translate("Sheet", "{page} / {pages}").format(page=number, pages=total)
        line_y = self.body.height() + QFontMetricsF(self.footer_font, self.reference).height() * 0.6
        painter.save()
        pen = QPen(paper("footer_rule"))
        pen.setWidthF(LAYOUT_DPI / 144)  # half a point
        painter.setPen(pen)
        painter.drawLine(0, round(line_y), round(self.width), round(line_y))
        painter.setPen(paper("footer_text"))
        painter.setFont(self.footer_font)
        box = QRectF(0, line_y, self.width, self.height - line_y)
        middle = Qt.AlignmentFlag.AlignBottom
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | middle, left)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | middle, formats().date(self.options.when.date()))
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | middle, right)
        painter.restore()


def _keep_blocks_whole(doc: QTextDocument, page_height: float) -> None:
    """Make every page break fall between blocks, and never just after a heading. Qt paints every line of a block
    that reaches into a page, those above the page clipped away but still written into the PDF: the text at a
    break would be found twice by search, copy and pdftotext. A paragraph a break would split becomes two blocks,
    split at the line that starts the new page (no gap between them: it reads as one); a list item starts on the
    next page whole; a heading goes with what follows it."""
    layout = doc.documentLayout()

    def page(y: float) -> int:
        return int(y // page_height)

    def relayout(block: QTextBlock) -> None:  # from block on, now (not lazily later): what precedes is as it was
        layout.documentChanged(block.position(), 0, doc.characterCount() - block.position())

    block, moves = doc.begin(), 0
    rect = layout.blockBoundingRect(block)
    while block.isValid() and moves < _MAX_MOVES:
        first, last = page(rect.top() + 0.5), page(rect.bottom() - 0.5)
        following = block.next()
        following_rect = layout.blockBoundingRect(following) if following.isValid() else QRectF()
        alone = following.isValid() and page(following_rect.top() + 0.5) != first
        if block.blockFormat().headingLevel() and alone:  # a heading at a page's foot, its text overleaf
            _break_before(block, 0)
        elif first != last and QTextCursor(block).currentTable() is None:
            _break_before(block, (first + 1) * page_height - block.layout().position().y())
        else:
            block, rect = following, following_rect
            continue
        moves += 1
        relayout(block)  # and look at the same block again: it now starts a page, or ends before one
        rect = layout.blockBoundingRect(block)


def _break_before(block: QTextBlock, page_top: float) -> None:
    """Start the block, or the part of it from its first line at page_top (relative to the block's text layout) on,
    on a page of its own."""
    lines = block.layout()
    moved = next((n for n in range(lines.lineCount()) if lines.lineAt(n).y() >= page_top - 1), 0)
    cursor = QTextCursor(block)
    if moved == 0 or block.textList() is not None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)
        return
    head = block.blockFormat()
    tail = QTextBlockFormat(head)
    head.setBottomMargin(0)
    cursor.setBlockFormat(head)
    cursor.setPosition(block.position() + lines.lineAt(moved).textStart())
    tail.setTopMargin(0)
    tail.setTextIndent(0)
    tail.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(tail)


def set_page(device: QPagedPaintDevice, paper: Paper) -> None:
    device.setPageLayout(QPageLayout(paper.page_size(), QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))  # fmt: skip


def paint_handout(device: QPagedPaintDevice, handout: Handout, options: SheetOptions,
                  locator_map: LocatorMap | None = None) -> int:  # fmt: skip
    """Paint the handout's pages on device (its page layout already set); the number of pages."""
    return paint_layout(device, _Layout(handout, options, device.pageLayout(), locator_map))


def paint_layout(device: QPagedPaintDevice, layout: _Layout) -> int:
    """Paint a laid-out document's pages on device; the number of pages (the handouts', the quiz's result sheet)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Sheet", "The printer or file could not be opened for printing."))
    try:
        layout.paint(painter, device)
    finally:
        painter.end()
    return layout.page_count()


class HandoutTitle(QObject):
    """The context of a handout's titles: self.tr, which lupdate reads as plurals (a module function's
    QCoreApplication.translate with a counted %n it reads as one form)."""

    def title(self, described: str, cities: int, places: int, everything: bool) -> str:
        if places != cities:  # some sheets are divisions: count them all as places
            if described:
                return self.tr("{what}: %n places", "", places).format(what=described)
            return self.tr("All %n places", "", places) if everything else self.tr("%n places", "", places)
        if described:
            return self.tr("{what}: %n cities", "", cities).format(what=described)
        return self.tr("All %n cities", "", cities) if everything else self.tr("%n cities", "", cities)


def handout_title(described: str, cities: int, places: int, everything: bool) -> str:
    """The title a handout gets unless the teacher writes another: what is in it, from the list's filters
    (described: FilterBar.described()) and how many sheets it has ("East coast: 7 cities", "All 27 cities");
    places counts every sheet when some are divisions (else it equals cities); everything: nothing filters the
    list and every listed entry is in the handout."""
    return HandoutTitle().title(described, cities, places, everything)


def pdf_title(handout: Handout, options: SheetOptions) -> str:
    """The PDF's title: the comparison's cities, the handout's own title when it has one, else the city's names or
    the dataset's title."""
    if handout.compared:
        names = ", ".join(e.name for e in handout.entries)
        return QCoreApplication.translate("Sheet", "Cities compared: {cities}").format(cities=names)
    if options.title:
        return options.title
    if len(handout.entries) == 1:
        entry = handout.entries[0]
        return f"{entry.name} {entry.local_name}".strip()
    title = handout.info.volume.title or APP_NAME
    return QCoreApplication.translate("Sheet", "{title}: a handout").format(title=title)


def pdf_bytes(handout: Handout, options: SheetOptions, locator_map: LocatorMap | None = None) -> tuple[bytes, int]:
    """The handout as a PDF and its number of pages: the same handout and options give the same bytes."""
    QHashSeed.setDeterministicGlobalSeed()  # Qt writes the fonts in the order of a QHash: the same every time
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    set_page(writer, options.paper)
    writer.setTitle(pdf_title(handout, options))
    writer.setCreator(f"{APP_NAME} {handout.app_version}")
    what = "|".join([handout.info.data_version, handout.app_version, *handout.ids, options.paper,
                     str(options.cover), str(handout.compared), options.when.isoformat(), options.title,
                     options.subtitle])  # fmt: skip
    writer.setDocumentId(QUuid(str(uuid.uuid5(_ID_NAMESPACE, what))))
    pages = paint_handout(writer, handout, options, locator_map)  # ending the painter ends the PDF
    data: QByteArray = buffer.data()
    return name_subsets(link_pages(fix_dates(bytes(data.data()), options.when))), pages


def export_pdf(dataset: Dataset, ids: Sequence[str], path: Path, options: SheetOptions,
               locator_map: LocatorMap | None = None, *, compared: bool = False) -> int:  # fmt: skip
    """Write the sheets of ids (compared: the sheet comparing them) to path atomically; the number of pages. Raises
    OSError (path as it was), DatasetError, or ValueError (compared: not two to four cities)."""
    handout = read_comparison(dataset, ids) if compared else read_handout(dataset, ids)
    data, pages = pdf_bytes(handout, options, locator_map)
    write_atomically(path, data)
    return pages
