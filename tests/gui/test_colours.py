"""One palette (gui.colours): no colour is named anywhere else in src/; every text colour meets WCAG AA against what
it is painted on, with a light and with a dark desktop; the article, as the detail pane renders it, is readable
fragment by fragment; a theme switched while the app runs reaches what is on show."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor, QTextDocument

from cityviewer.core.contrast import AA_LARGE_TEXT, AA_NON_TEXT, AA_TEXT, contrast, over
from cityviewer.core.records import DIVISION
from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui.colours import FADED_OPACITY, Colours, colours_for, colours_of
from cityviewer.gui.detailview import DetailView

SRC = Path(__file__).resolve().parents[2] / "src" / "cityviewer"
# The only modules that may name a colour: the palette, and the paper's Qt-free palette it re-exports.
ALLOWED = {SRC / "gui" / "colours.py", SRC / "core" / "paper" / "colours.py"}

_HEX = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b")
_CSS_FUNCTION = re.compile(r"\b(?:rgba?|hsla?)\s*\(", re.IGNORECASE)
_NAMES = {name.lower() for name in QColor.colorNames()}
_ANY_NAME = "|".join(sorted(_NAMES, key=len, reverse=True))
_CSS_PROPERTY = r"(?:color|background|border(?:-[a-z]+)?)\s*:\s*[^;'\"}]*?"
_CSS_NAMED = re.compile(_CSS_PROPERTY + r"\b(" + _ANY_NAME + r")\b", re.IGNORECASE)
_NOT_COLOURS = {"transparent", "color0", "color1"}  # Qt.GlobalColor members that paint nothing or are bit values
_GLOBAL_COLOR = re.compile(r"\bQt\.GlobalColor\.(\w+)|\bGlobalColor\.(\w+)")
_QCOLOR_LITERAL = re.compile(r"\bQColor\s*\(\s*(?:[-\d.]|['\"])|\bQColor\.from(?:Rgb|Hsl|Hsv|String)\w*\s*\(")


def colour_literals(source: str) -> list[tuple[int, str]]:
    """(line, what) for every colour named in source: hex colours, rgb()/rgba() and named colours in strings,
    QColor built from literals, Qt.GlobalColor's colours. Comments are not code: they may name a colour."""
    found: list[tuple[int, str]] = []
    code_lines: dict[int, list[str]] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        line = token.start[0]
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            text = token.string
            for pattern in (_HEX, _CSS_FUNCTION, _CSS_NAMED):
                for match in pattern.finditer(text):
                    found.append((line, match.group(0)))
            bare = text.strip("rRbBuUfF").strip("'\"").strip().lower()
            if bare in _NAMES:
                found.append((line, text))
        elif token.type != tokenize.COMMENT:
            for row in range(token.start[0], token.end[0] + 1):
                code_lines.setdefault(row, []).append(token.string if row == token.start[0] else "")
    for line, parts in code_lines.items():
        code = "".join(parts)
        for match in _GLOBAL_COLOR.finditer(code):
            if (match.group(1) or match.group(2)) not in _NOT_COLOURS:
                found.append((line, match.group(0)))
        found += [(line, match.group(0)) for match in _QCOLOR_LITERAL.finditer(code)]
    return found


@pytest.mark.parametrize(
    "line",
    [
        'STYLE = ".star { color: #a06f00; }"',
        "BADGE = QColor('#1f5fa8')",
        "edge = QColor(255, 200, 60, 110)",
        'pen = QPen(QColor("white"), 1.2)',
        "image.fill(Qt.GlobalColor.white)",
        'css = f"background-color: {x}; color: white;"',
        'css = "border: 1px solid rgba(0, 0, 0, 0.5)"',
        'name = "red"',
        "grey = QColor.fromRgb(128, 128, 128)",
        'short = "#fff"',
        'argb = "#80ffffff"',
    ],
)
def test_the_grep_finds_every_kind_of_colour(line):
    assert colour_literals(line + "\n"), line


@pytest.mark.parametrize(
    "line",
    [
        "pixmap.fill(Qt.GlobalColor.transparent)",
        "painter.setPen(colours.text)  # white on #333, as before",
        'label = "The Red Sea and the White Sea"',
        "colour = QColor(palette.color(role))",
        'heading = "#1 of the list"',
    ],
)
def test_the_grep_lets_through_what_is_not_a_colour(line):
    assert colour_literals(line + "\n") == []


def test_no_module_but_the_palette_names_a_colour():
    """Every colour comes from gui.colours: a hex colour, rgb(), a named colour or a QColor made from literals
    anywhere else in src/ is reported as file:line."""
    offences = []
    for path in sorted(SRC.rglob("*.py")):
        if path in ALLOWED:
            continue
        for line, what in colour_literals(path.read_text(encoding="utf-8")):
            offences.append(f"{path.relative_to(SRC.parent)}:{line}: {what}")
    assert offences == [], "colours named outside gui/colours.py:\n" + "\n".join(offences)


# -- palettes as desktops hand them to Qt ---------------------------------------------------------------------


def _palette(**roles: str) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def light_palette() -> QPalette:
    """The style's own light palette (what offscreen and a light desktop give)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.style().standardPalette()


def dark_palette() -> QPalette:
    """Roughly what a dark GNOME (Adwaita-dark) or Windows 11 hands Qt."""
    return _palette(
        Window="#353535", WindowText="#eeeeec", Base="#2d2d2d", AlternateBase="#383838", Text="#eeeeec",
        Button="#353535", ButtonText="#eeeeec", Highlight="#3584e4", HighlightedText="#ffffff", Link="#3584e4",
        PlaceholderText="#8a8a8a", ToolTipBase="#353535", ToolTipText="#eeeeec",
    )  # fmt: skip


def careless_dark_palette() -> QPalette:
    """A dark palette that sets only the obvious roles: Link stays Qt's dark blue, Highlight a dark one."""
    return _palette(Window="#202020", WindowText="#ffffff", Base="#101010", AlternateBase="#181818", Text="#dddddd",
                    Highlight="#203050", HighlightedText="#ffffff", Link="#0000ff")  # fmt: skip


def high_contrast_palette() -> QPalette:
    """Light on black, as GTK's HighContrastInverse."""
    return _palette(Window="#000000", WindowText="#ffffff", Base="#000000", AlternateBase="#000000", Text="#ffffff",
                    Highlight="#ffff00", HighlightedText="#000000", Link="#ffff00")  # fmt: skip


PALETTES = {
    "light": (light_palette, Qt.ColorScheme.Light),
    "dark": (dark_palette, Qt.ColorScheme.Dark),
    "careless dark": (careless_dark_palette, Qt.ColorScheme.Dark),
    "high contrast": (high_contrast_palette, Qt.ColorScheme.Dark),
    "dark, scheme unknown": (dark_palette, Qt.ColorScheme.Unknown),
}


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def text_pairs(c: Colours, palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """(what, text, what it is painted on) for every text the palette colours."""
    window = palette.color(QPalette.ColorRole.Window)
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    pairs = [
        ("article text", c.text, c.base),
        ("article text in the facts", c.text, c.facts_back),
        ("article text in the notice", c.text, c.notice_back),
        ("link", c.link, c.base),
        ("link in the facts", c.link, c.facts_back),
        ("link in the notice", c.link, c.notice_back),
        ("romanizations and sources' addresses", c.muted, c.base),
        ("facts' labels", c.facts_label, c.facts_back),
        ("'Starred' above the article", c.starred_text, c.base),
        ("badge", c.badge_text, c.badge),
        ("'Mentioned in'", c.mentioned, c.base),
        ("'Mentioned in' on an alternate row", c.mentioned, alternate),
        ("the row of the marker under the pointer", c.text, c.hover_row),
        ("chart's labels", c.chart_text, window),
        ("right answer", c.on_feedback, c.right),
        ("wrong answer", c.on_feedback, c.wrong),
        ("quiz marker's number", c.on_feedback, c.quiz_marker),
        ("sea names", c.map.sea_text, c.map.sea),
        ("country names on land", c.map.country_text, c.map.land),
        ("country names on the highlighted country", c.map.country_text, c.map.home_land),
        ("the label of the city on show", c.map.shown_label_text, c.map.shown_halo),
    ]
    alpha = c.map.label_back.alphaF()
    for under in ("sea", "land", "home_land"):
        ground = _rgb(getattr(c.map, under))
        label_back = QColor(*over(_rgb(c.map.label_back), alpha, ground))
        faded_back = QColor(*over(_rgb(c.map.label_back), alpha * FADED_OPACITY, ground))
        pairs.append((f"map label on {under}", c.map.label_text, label_back))
        pairs.append((f"faded map label on {under}", c.map.faded_label_text, faded_back))
    return pairs


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_text_colour_meets_aa_against_what_it_is_painted_on(name):
    make, scheme = PALETTES[name]
    palette = make()
    colours = colours_for(palette, scheme)
    assert colours.dark == (name != "light")
    failing = [
        f"{what}: {text.name()} on {back.name()} is {contrast(_rgb(text), _rgb(back)):.2f}:1"
        for what, text, back in text_pairs(colours, palette)
        if contrast(_rgb(text), _rgb(back)) < AA_TEXT
    ]
    assert failing == []
    window = _rgb(palette.color(QPalette.ColorRole.Window))
    assert contrast(_rgb(colours.chart_bar), window) >= AA_NON_TEXT  # the bars are what the chart says


def test_a_palettes_colours_are_worked_out_once(monkeypatch):
    """The panes and the style ask for the same palette's colours (start-up six times): each contrast is checked
    once, and a palette that differs in a colour colours_for reads gets colours of its own."""
    from cityviewer.gui import colours as module

    checks = []
    real = module.readable
    monkeypatch.setattr(module, "readable", lambda *args: checks.append(args) or real(*args))
    palette = dark_palette()
    first = colours_for(palette, Qt.ColorScheme.Dark)
    checks.clear()
    assert colours_for(QPalette(palette), Qt.ColorScheme.Dark) is first
    assert checks == []
    palette.setColor(QPalette.ColorRole.Link, palette.color(QPalette.ColorRole.Text))
    relinked = colours_for(palette, Qt.ColorScheme.Dark)
    assert checks != []
    assert relinked.link == relinked.text != first.link
    assert colours_for(palette, Qt.ColorScheme.Light) != relinked  # and the scheme counts


@pytest.fixture
def app_theme(qapp):
    """Hand the application a palette and a colour scheme, as a desktop would; put Qt's own back afterwards."""
    original = QPalette(qapp.palette())

    def apply(palette: QPalette, scheme: Qt.ColorScheme) -> None:
        QGuiApplication.styleHints().setColorScheme(scheme)
        qapp.setPalette(palette)

    yield apply
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setPalette(original)


def test_the_application_palette_and_scheme_give_the_colours(app_theme):
    app_theme(dark_palette(), Qt.ColorScheme.Dark)
    assert colours_of().dark and colours_of().base == QColor("#2d2d2d")
    app_theme(light_palette(), Qt.ColorScheme.Light)
    assert not colours_of().dark


# -- the article as the detail pane renders it -----------------------------------------------------------------


def _brush_colour(brush) -> QColor | None:
    return brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None


def _behind(cursor: QTextCursor, block_back: QColor | None, base: QColor) -> QColor:
    """The colour behind the text at cursor: its block's background, else its table cell's, else the tables' and
    frames' around it (innermost first), else the viewport's Base."""
    if block_back is not None:
        return block_back
    table = cursor.currentTable()
    if table is not None:
        cell = table.cellAt(cursor)
        found = _brush_colour(cell.format().background()) if cell.isValid() else None
        if found is not None:
            return found
    frame = cursor.currentFrame()
    while frame is not None:
        found = _brush_colour(frame.frameFormat().background())
        if found is not None:
            return found
        frame = frame.parentFrame()
    return base


def unreadable_fragments(document: QTextDocument, text: QColor, base: QColor) -> list[str]:
    """Every fragment of text whose colour against what is behind it is below AA (3:1 for large text)."""
    failing = []
    block = document.begin()
    while block.isValid():
        block_back = _brush_colour(block.blockFormat().background())
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            fmt = fragment.charFormat()
            words = fragment.text().replace("\ufffc", "").strip()
            if not words or fmt.isImageFormat():
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            back = _brush_colour(fmt.background()) or _behind(cursor, block_back, base)
            fore = _brush_colour(fmt.foreground()) or text
            font = fmt.font()
            large = font.pointSizeF() >= 18 or (font.pointSizeF() >= 14 and font.bold())
            ratio = contrast(_rgb(fore), _rgb(back))
            if ratio < (AA_LARGE_TEXT if large else AA_TEXT):
                failing.append(f"{words[:40]!r}: {fore.name()} on {back.name()} is {ratio:.2f}:1")
        block = block.next()
    return failing


def _division_id(dataset) -> str:
    rows = dataset.rows(list(dataset.answer(SearchRequest("")).keys))
    return next(row.id for row in rows if row is not None and row.kind == DIVISION)


@pytest.mark.parametrize("name", ["dark", "careless dark", "high contrast", "light"])
def test_every_fragment_of_the_article_is_readable(qtbot, dataset, app_theme, name):
    """The detail pane's article in a dark (or light) application palette: every fragment's colour against the cell,
    block or frame behind it, else the viewport's Base, with the notice and the star at its top."""
    make, scheme = PALETTES[name]
    app_theme(make(), scheme)
    view = DetailView(dataset)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.set_star_lookup(lambda _id: True)
    view.show()
    qtbot.waitExposed(view)
    assert view.colours.dark == (name != "light")
    viewport = view.viewport().palette()
    text, base = viewport.color(QPalette.ColorRole.Text), viewport.color(QPalette.ColorRole.Base)
    for entry in ("amberlee", "castorby", _division_id(dataset)):  # the capital, a town with a former name
        view.on_city_shown(entry)
        view.on_results(SearchResults(SearchRequest("xqxq"), ()))  # the notice: the entry is not listed
        plain = view.toPlainText()
        assert "not among the places listed" in plain and "Starred" in plain
        for narrow in (False, True):
            view._narrow = narrow  # both layouts of the facts: a table, or labels above values
            view._show_entry()
            assert unreadable_fragments(view.document(), text, base) == [], (entry, narrow)


def test_a_theme_switched_while_the_article_is_on_show_reaches_it(qtbot, dataset, app_theme):
    app_theme(light_palette(), Qt.ColorScheme.Light)
    view = DetailView(dataset)
    qtbot.addWidget(view)
    view.show()
    view.on_city_shown("castorby")
    light_link = view.colours.link
    app_theme(dark_palette(), Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: view.colours.dark)
    assert view.colours.link != light_link
    assert view.colours.link.name() in view.document().defaultStyleSheet()
    viewport = view.viewport().palette()
    text, base = viewport.color(QPalette.ColorRole.Text), viewport.color(QPalette.ColorRole.Base)
    assert base == QColor("#2d2d2d")
    assert unreadable_fragments(view.document(), text, base) == []


def test_the_article_and_its_focus_ring_share_one_colour_watcher(qtbot, dataset, app_theme):
    """Each event filter is a call into Python for every event its widget gets: the article pane's own colours and
    its focus ring's are watched by one filter, and a theme switched reaches both, in the order they asked."""
    from cityviewer.gui.colours import _Watcher, watch_colours

    app_theme(light_palette(), Qt.ColorScheme.Light)
    view = DetailView(dataset)
    qtbot.addWidget(view)
    heard: list[str] = []
    watch_colours(view, lambda colours: heard.append(f"first {colours.dark}"))
    watch_colours(view, lambda colours: heard.append(f"second {colours.dark}"))
    assert len(view.findChildren(_Watcher)) == 1
    view.show()
    app_theme(dark_palette(), Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: view.colours.dark and view.focus_ring.colour.dark and len(heard) == 2)
    assert heard == ["first True", "second True"]


# -- paper ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dark", "light"])
def test_a_printed_sheet_is_dark_on_white_whatever_the_screens_theme(dataset, app_theme, name, volume):
    """The sheet's document drawn as printing draws it (with the application's palette in its paint context):
    every fragment readable on white paper, even when the desktop is dark."""
    from cityviewer.core.paper.sheet import sheet_html
    from cityviewer.gui.colours import PAPER
    from cityviewer.gui.paper.printing import _style

    make, scheme = PALETTES[name]
    app_theme(make(), scheme)
    paper = QColor(PAPER.paper)
    for entry in ("castorby", _division_id(dataset)):
        document = QTextDocument()
        document.setDefaultStyleSheet(_style())
        document.setHtml(sheet_html(dataset.entry(entry), volume))
        text = QGuiApplication.palette().color(QPalette.ColorRole.Text)  # what drawContents paints unstyled text in
        assert unreadable_fragments(document, text, paper) == [], entry


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("right", [True, False])
def test_an_answered_quiz_button_is_filled_with_its_colour(qtbot, app_theme, name, right):
    """The button's own fill, not the style's lighter gradient from it: its text meets AA on what is painted."""
    from PySide6.QtWidgets import QPushButton

    make, scheme = PALETTES[name]
    app_theme(make(), scheme)
    colours = colours_of()
    button = QPushButton("1   Amberlee")
    qtbot.addWidget(button)
    button.resize(400, 60)
    button.setStyleSheet(colours.answer_button_css(right))
    image = button.grab().toImage()
    painted = {_rgb(image.pixelColor(x, image.height() // 2)) for x in range(6, 40)}  # left of the text
    assert painted == {_rgb(colours.right if right else colours.wrong)}
    assert contrast(_rgb(colours.on_feedback), painted.pop()) >= AA_TEXT


def test_a_dead_windows_filters_take_its_last_events_quietly(qtbot):
    """The garbage collector, taking a dead window apart, may clear the Python attributes of its colour watcher and
    focus ring before Qt has sent their event filters the widget's last events: those must not raise."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QPlainTextEdit

    from cityviewer.gui.colours import _Watcher
    from cityviewer.gui.focusring import FocusRing

    area = QPlainTextEdit()
    qtbot.addWidget(area)
    watcher, ring = _Watcher(area, lambda _colours: None), FocusRing(area)
    kept = dict(watcher.__dict__), dict(ring.__dict__)
    watcher.__dict__.clear()  # as the collector's tp_clear leaves them
    ring.__dict__.clear()
    try:
        assert watcher.eventFilter(area, QEvent(QEvent.Type.Hide)) is False
        assert ring.eventFilter(area, QEvent(QEvent.Type.FocusOut)) is False
    finally:
        watcher.__dict__.update(kept[0])  # the test's own teardown closes the area with them in place
        ring.__dict__.update(kept[1])
