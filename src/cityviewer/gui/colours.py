"""Every colour Cityviewer paints, in one place: derived from the widget palette (QPalette) and the colour scheme
(QStyleHints.colorScheme(), Qt 6.5+), so a dark, light or high-contrast desktop just works.

colours_for(palette, scheme) is the whole rule: the article's text, links and boxes, the list's badge, star and
"Mentioned in" heading, the map (a light or a dark map, its labels on the palette's Base), the chart, the locator
and the quiz's feedback. Every text colour is moved, if it must be, just far enough towards black or white to meet
WCAG AA (4.5:1, core.contrast) against what it is painted on. A theme is a QPalette and a colour scheme handed to
the application: every widget that paints watches both (watch_colours) and repaints itself when either changes.

Printed sheets are always dark on white paper: their colours are core.paper.colours's PAPER (Qt-free, for
core.paper.sheet), re-exported here with their QColor forms. No other module names a colour
(tests/gui/test_colours.py greps for it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from cityviewer.core.contrast import (
    AA_NON_TEXT,
    AA_TEXT,
    RGB,
    WHITE,
    contrast,
    is_dark,
    mix,
    over,
    readable,
    rgb,
)

if TYPE_CHECKING:
    from cityviewer.core.paper.colours import PAPER, PaperColours

__all__ = [
    "FADED_OPACITY",
    "PAPER",
    "THEMES",
    "THEME_DARK",
    "THEME_HIGH_CONTRAST",
    "THEME_LIGHT",
    "THEME_SYSTEM",
    "ChartColours",
    "Colours",
    "MapColours",
    "PaperColours",
    "accessible_palette",
    "colours_for",
    "colours_of",
    "paper",
    "paper_chart",
    "paper_map",
    "theme_palette",
    "watch_colours",
]

# The hues the app chooses (the palette gives the rest); each is made readable against what it is painted on.
_STAR_GOLD: RGB = (0xE0, 0xA0, 0x00)
_NOTICE_AMBER: RGB = (0xFF, 0xC1, 0x07)
_RIGHT_GREEN: RGB = (0x2E, 0x7D, 0x32)
_WRONG_RED: RGB = (0xC6, 0x28, 0x28)
_QUIZ_BLUE: RGB = (0x1F, 0x4E, 0x79)
_MAP_LABEL_ALPHA = 205  # of 255: the map's labels lie on the palette's Base, a little see-through
FADED_OPACITY = 0.45  # a marker the search and filters leave out


class _MapHues(NamedTuple):
    """A map's own colours (land and sea are a picture, not the palette): one set for light desktops, one for
    dark ones."""

    sea: RGB
    land: RGB
    home_land: RGB  # the highlighted country
    border: RGB
    home_border: RGB
    graticule: tuple[int, int, int, int]
    city: RGB
    capital: RGB
    faded: RGB
    marker_edge: RGB  # a marker's outline and the capital's star
    shown_halo: RGB  # behind the label of the city on show, and around its marker
    sea_text: RGB
    country_text: RGB


_LIGHT_MAP = _MapHues(
    sea=(0xC9, 0xDC, 0xEA),
    land=(0xEC, 0xEB, 0xE4),
    home_land=(0xFB, 0xF3, 0xD9),
    border=(0x8E, 0x9A, 0xA6),
    home_border=(0x7A, 0x5C, 0x2E),
    graticule=(255, 255, 255, 150),
    city=(0xB8, 0x32, 0x2A),
    capital=(0x8B, 0x1A, 0x1A),
    faded=(0x8D, 0x8D, 0x8D),
    marker_edge=WHITE,
    shown_halo=(0xFF, 0xB0, 0x00),
    sea_text=(0x3F, 0x6E, 0x93),
    country_text=(0x6D, 0x6D, 0x66),
)
_DARK_MAP = _MapHues(
    sea=(0x17, 0x26, 0x33),
    land=(0x33, 0x36, 0x3A),
    home_land=(0x4A, 0x43, 0x30),
    border=(0x6F, 0x7B, 0x86),
    home_border=(0xC9, 0xA0, 0x63),
    graticule=(255, 255, 255, 40),
    city=(0xE0, 0x5A, 0x4F),
    capital=(0xFF, 0x8A, 0x80),
    faded=(0x8D, 0x8D, 0x8D),
    marker_edge=WHITE,
    shown_halo=(0xFF, 0xB0, 0x00),
    sea_text=(0x8F, 0xB8, 0xDA),
    country_text=(0xB5, 0xB5, 0xAA),
)


# The themes of View > Theme: System follows the desktop (its palette and colour scheme, live); the others are a
# palette and a colour scheme of Cityviewer's own, handed to the application (gui.themes applies them).
THEME_SYSTEM, THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
THEMES = (THEME_SYSTEM, THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST)


class _ThemeHues(NamedTuple):
    """A theme's palette roles. Every text role meets AA (4.5:1) on the backgrounds it is drawn on, the highlight
    (the selection, and the focus rings the styles draw in it) 3:1 against Base and Window."""

    window: RGB
    window_text: RGB
    base: RGB
    alternate: RGB
    text: RGB
    button: RGB
    button_text: RGB
    highlight: RGB
    highlighted_text: RGB
    link: RGB
    link_visited: RGB
    placeholder: RGB
    tooltip: RGB
    tooltip_text: RGB
    disabled_text: RGB  # disabled controls (WCAG asks no contrast of them; still kept legible)
    light: RGB
    mid: RGB
    dark: RGB
    accent: RGB


_THEME_HUES = {
    THEME_LIGHT: _ThemeHues(
        window=(0xEF, 0xEF, 0xEF), window_text=(0x1A, 0x1A, 0x1A), base=WHITE, alternate=(0xF5, 0xF5, 0xF5),
        text=(0x1A, 0x1A, 0x1A), button=(0xE6, 0xE6, 0xE6), button_text=(0x1A, 0x1A, 0x1A),
        highlight=(0x1F, 0x5F, 0xA8), highlighted_text=WHITE, link=(0x0B, 0x57, 0xB0), link_visited=(0x6A, 0x1B, 0x9A),
        placeholder=(0x5F, 0x5F, 0x5F), tooltip=(0xFF, 0xFF, 0xDC), tooltip_text=(0x1A, 0x1A, 0x1A),
        disabled_text=(0x70, 0x70, 0x70), light=WHITE, mid=(0xA0, 0xA0, 0xA0), dark=(0x60, 0x60, 0x60),
        accent=(0x1F, 0x5F, 0xA8),
    ),
    THEME_DARK: _ThemeHues(
        window=(0x2B, 0x2B, 0x2B), window_text=(0xE8, 0xE8, 0xE8), base=(0x1E, 0x1E, 0x1E),
        alternate=(0x26, 0x26, 0x26), text=(0xE8, 0xE8, 0xE8),
        button=(0x3A, 0x3A, 0x3A), button_text=(0xE8, 0xE8, 0xE8),
        highlight=(0x6C, 0xA6, 0xF0), highlighted_text=(0x0A, 0x0A, 0x0A), link=(0x8A, 0xB4, 0xF8),
        link_visited=(0xC5, 0x8A, 0xF9), placeholder=(0xA8, 0xA8, 0xA8), tooltip=(0x3A, 0x3A, 0x3A),
        tooltip_text=(0xE8, 0xE8, 0xE8), disabled_text=(0x9A, 0x9A, 0x9A), light=(0x50, 0x50, 0x50),
        mid=(0x60, 0x60, 0x60), dark=(0x15, 0x15, 0x15), accent=(0x6C, 0xA6, 0xF0),
    ),
    THEME_HIGH_CONTRAST: _ThemeHues(
        window=(0, 0, 0), window_text=WHITE, base=(0, 0, 0), alternate=(0x14, 0x14, 0x14), text=WHITE,
        button=(0, 0, 0), button_text=WHITE, highlight=(0xFF, 0xFF, 0x00), highlighted_text=(0, 0, 0),
        link=(0x7F, 0xDB, 0xFF), link_visited=(0xFF, 0xA8, 0xFF), placeholder=(0xD0, 0xD0, 0xD0),
        tooltip=(0, 0, 0), tooltip_text=WHITE, disabled_text=(0xB0, 0xB0, 0xB0), light=WHITE,
        mid=(0xC0, 0xC0, 0xC0), dark=WHITE, accent=(0xFF, 0xFF, 0x00),
    ),
}  # fmt: skip


def theme_palette(name: str) -> tuple[QPalette, Qt.ColorScheme]:
    """The palette and colour scheme of the theme called name (light, dark or high-contrast; not system)."""
    hues = _THEME_HUES[name]
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, colour in (
        (roles.Window, hues.window), (roles.WindowText, hues.window_text), (roles.Base, hues.base),
        (roles.AlternateBase, hues.alternate), (roles.Text, hues.text), (roles.Button, hues.button),
        (roles.ButtonText, hues.button_text), (roles.Highlight, hues.highlight),
        (roles.HighlightedText, hues.highlighted_text), (roles.Link, hues.link), (roles.LinkVisited, hues.link_visited),
        (roles.PlaceholderText, hues.placeholder), (roles.ToolTipBase, hues.tooltip),
        (roles.ToolTipText, hues.tooltip_text), (roles.BrightText, hues.text), (roles.Light, hues.light),
        (roles.Midlight, mix(hues.light, hues.mid, 0.5)), (roles.Mid, hues.mid), (roles.Dark, hues.dark),
        (roles.Shadow, (0, 0, 0)), (roles.Accent, hues.accent),
    ):  # fmt: skip
        palette.setColor(role, _q(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, _q(hues.disabled_text))
    dark = name != THEME_LIGHT
    return palette, (Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)


def accessible_palette(palette: QPalette) -> QPalette:
    """palette (a desktop's) with each text role moved, if it must be, just far enough to meet AA (4.5:1) on what
    it is drawn on, and the selection 3:1 on Base: the System theme, readable whatever the desktop hands Qt (a
    light Fusion's selected row is white on #308cc6, 3.69:1). Only the roles moved are set: the rest stay the
    desktop's."""
    roles = QPalette.ColorRole
    active = QPalette.ColorGroup.Active

    def role(r: QPalette.ColorRole, on: RGB | None = None) -> RGB:
        """The role's colour as painted: a see-through one (Qt's own placeholder is Text at half alpha) over on."""
        colour = palette.color(active, r)
        return over(_rgb(colour), colour.alphaF(), on) if on is not None and colour.alpha() < 255 else _rgb(colour)

    base, window, button, tip = role(roles.Base), role(roles.Window), role(roles.Button), role(roles.ToolTipBase)
    wanted = {
        roles.Text: _readable_on_all(role(roles.Text, base), [base, role(roles.AlternateBase)]),
        roles.WindowText: _readable_on_all(role(roles.WindowText, window), [window, base]),
        roles.ButtonText: readable(role(roles.ButtonText, button), button),
        roles.PlaceholderText: readable(role(roles.PlaceholderText, base), base),
        roles.Link: readable(role(roles.Link, base), base),
        roles.LinkVisited: readable(role(roles.LinkVisited, base), base),
        roles.ToolTipText: readable(role(roles.ToolTipText, tip), tip),
    }
    highlight = readable(role(roles.Highlight), base, AA_NON_TEXT)
    on_highlight = max((role(roles.HighlightedText), (0, 0, 0), WHITE), key=lambda c: contrast(c, highlight))
    if contrast(role(roles.HighlightedText), highlight) >= AA_TEXT:
        on_highlight = role(roles.HighlightedText)
    elif contrast(on_highlight, highlight) < AA_TEXT:
        highlight = _strong_back(highlight, on_highlight)
    wanted[roles.Highlight], wanted[roles.HighlightedText] = highlight, on_highlight
    result = QPalette(palette)
    for r, colour in wanted.items():
        if colour != role(r) or palette.color(active, r).alpha() < 255:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                result.setColor(group, r, _q(colour))
    return result


def _q(colour: RGB, alpha: int = 255) -> QColor:
    return QColor(colour[0], colour[1], colour[2], alpha)


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


class MapColours(NamedTuple):
    """The map's colours: the map pane, its exports, the locator and the quiz map."""

    sea: QColor
    land: QColor
    home_land: QColor
    border: QColor
    home_border: QColor
    graticule: QColor
    city: QColor
    capital: QColor
    faded: QColor
    marker_edge: QColor
    shown_halo: QColor
    label_text: QColor  # a city's label, on label_back over the map
    label_back: QColor
    faded_label_text: QColor  # the label of a city left out, on label_back at FADED_OPACITY
    shown_label_text: QColor  # the label of the city on show, on shown_halo
    sea_text: QColor
    country_text: QColor
    frame: QColor  # the locator's border


class ChartColours(NamedTuple):
    """The population chart's: on screen (Colours.chart()) or on paper (paper_chart())."""

    bar: QColor
    grid: QColor
    text: QColor  # on the window, or the paper


class Colours(NamedTuple):
    """Every colour painted on screen. Text colours meet WCAG AA against what they are painted on (the name after
    "on" in each comment)."""

    dark: bool  # a dark desktop: light text on dark backgrounds
    text: QColor  # the article's text, on base, facts_back and notice_back
    base: QColor
    link: QColor  # on base, facts_back and notice_back
    muted: QColor  # romanizations, a source's address, a correction's source: on base
    facts_label: QColor  # on facts_back
    facts_back: QColor
    facts_border: QColor
    facts_rule: QColor
    notice_back: QColor  # "... is not among the places listed": text and link on it
    notice_border: QColor
    starred_text: QColor  # "★ Starred" above the article: on base
    badge: QColor  # the source article's mark in the list
    badge_text: QColor  # on badge
    star: QColor  # a starred entry's star in the list
    star_edge: QColor
    mentioned: QColor  # the list's "Mentioned in" heading: on base and alternate base
    hover_row: QColor  # the list's row of the marker under the pointer; text on it
    chart_bar: QColor
    chart_grid: QColor
    chart_text: QColor  # on the window
    right: QColor  # the quiz: a right answer's button and marker
    wrong: QColor  # a wrong choice's
    quiz_marker: QColor  # a place before the answer
    on_feedback: QColor  # text and outlines on right, wrong and quiz_marker
    focus: QColor  # the focus frames (the map's, the article's, the note's): 3:1 on base and on the window
    field_border: QColor  # a text field's edge (gui.style): 3:1 on base and on the window
    map: MapColours

    def article_css(self) -> str:
        """The article's style sheet (QTextDocument's default style sheet): sizes and colours."""
        c = {name: getattr(self, name).name() for name in (
            "text", "link", "muted", "facts_label", "facts_back", "facts_border", "facts_rule", "notice_back",
            "notice_border", "starred_text")}  # fmt: skip
        return f"""
* {{ color: {c["text"]}; }}
a {{ color: {c["link"]}; }}
h1 {{ font-size: 170%; margin-bottom: 0; }}
h2 {{ font-size: 125%; margin-top: 14px; }}
.local {{ font-weight: normal; }}
.romanizations {{ color: {c["muted"]}; margin-top: 2px; }}
.summary {{ font-size: 110%; }}
.notice {{ background-color: {c["notice_back"]}; border: 1px solid {c["notice_border"]}; }}
table.facts {{ background-color: {c["facts_back"]}; border: 1px solid {c["facts_border"]}; border-collapse: collapse; }}
table.facts th, table.facts td {{ border-bottom: 1px solid {c["facts_rule"]}; }}
table.facts th {{ color: {c["facts_label"]}; font-weight: bold; }}
div.facts {{ background-color: {c["facts_back"]}; }}
p.fact {{ margin-top: 2px; margin-bottom: 4px; }}
.url, .backing {{ color: {c["muted"]}; }}
.star {{ color: {c["starred_text"]}; font-weight: bold; margin-bottom: 0; }}
"""

    def chart(self) -> ChartColours:
        return ChartColours(self.chart_bar, self.chart_grid, self.chart_text)

    def answer_button_css(self, right: bool) -> str:
        """A quiz button's style sheet once answered: the right answer green, a wrong choice red."""
        back = self.right if right else self.wrong
        # With a border of its own the button is filled with back itself: without one, a style (Fusion, GTK's)
        # draws its own lighter gradient from it, and the white text on it fails AA.
        return (f"background-color: {back.name()}; color: {self.on_feedback.name()};"
                f" border: 1px solid {back.name()}; border-radius: 4px; padding: 6px;")  # fmt: skip


def _readable_on_all(colour: RGB, backgrounds: list[RGB], minimum: float = AA_TEXT) -> RGB:
    """colour moved just far enough to meet minimum against every one of backgrounds (close to one another)."""
    for _ in range(3):
        for background in backgrounds:
            colour = readable(colour, background, minimum)
        if all(contrast(colour, b) >= minimum for b in backgrounds):
            break
    return colour


def _strong_back(colour: RGB, text: RGB) -> RGB:
    """colour as a background for text: moved away from text until text on it meets AA."""
    return readable(colour, text, AA_TEXT)


def _map_colours(hues: _MapHues, text: RGB, base: RGB) -> MapColours:
    label_backs = [over(base, _MAP_LABEL_ALPHA / 255, under) for under in (hues.sea, hues.land, hues.home_land)]
    label_text = _readable_on_all(text, label_backs)
    faded_backs = [over(base, FADED_OPACITY * _MAP_LABEL_ALPHA / 255, under)
                   for under in (hues.sea, hues.land, hues.home_land)]  # fmt: skip
    faded_label = _readable_on_all(mix(label_text, base, 0.3), faded_backs)
    halo = hues.shown_halo
    shown_label = (0, 0, 0) if contrast((0, 0, 0), halo) >= contrast(WHITE, halo) else WHITE
    return MapColours(
        sea=_q(hues.sea),
        land=_q(hues.land),
        home_land=_q(hues.home_land),
        border=_q(hues.border),
        home_border=_q(hues.home_border),
        graticule=QColor(*hues.graticule),
        city=_q(hues.city),
        capital=_q(hues.capital),
        faded=_q(hues.faded),
        marker_edge=_q(hues.marker_edge),
        shown_halo=_q(halo),
        label_text=_q(label_text),
        label_back=_q(base, _MAP_LABEL_ALPHA),
        faded_label_text=_q(faded_label),
        shown_label_text=_q(shown_label),
        sea_text=_q(readable(hues.sea_text, hues.sea)),
        country_text=_q(_readable_on_all(hues.country_text, [hues.land, hues.home_land])),
        frame=_q(hues.home_border),
    )


def colours_for(palette: QPalette, scheme: Qt.ColorScheme) -> Colours:
    """Every colour for a palette (its Active group) and a colour scheme (Unknown: judged from the palette)."""

    roles = QPalette.ColorRole
    read = (roles.Base, roles.Window, roles.AlternateBase, roles.Highlight, roles.HighlightedText, roles.Text,
            roles.WindowText, roles.Link)  # fmt: skip
    return _colours(tuple(_rgb(palette.color(QPalette.ColorGroup.Active, role)) for role in read), scheme)


@lru_cache(maxsize=16)
def _colours(roles: tuple[RGB, ...], scheme: Qt.ColorScheme) -> Colours:
    """colours_for's colours for the palette's colours it reads (in its order) and the scheme, kept: the panes and the
    style ask for the same ones (start-up six times, checking contrast 214 times instead of 44; a theme switched as
    often)."""
    base, window, alternate, highlight, highlighted_text, raw_text, window_text_role, link = roles
    dark = scheme == Qt.ColorScheme.Dark if scheme != Qt.ColorScheme.Unknown else is_dark(base)
    facts_back = mix(base, highlight, 0.07)
    notice_back = mix(base, _NOTICE_AMBER, 0.22 if dark else 0.18)
    article_backs = [base, facts_back, notice_back]
    text = _readable_on_all(raw_text, article_backs)
    hover_row = base
    for step in range(8, 0, -1):  # as much of the highlight as the text on it allows
        hover_row = mix(base, highlight, step * 0.05)
        if contrast(text, hover_row) >= AA_TEXT:
            break
    badge_text = highlighted_text
    badge = _strong_back(highlight, badge_text)
    on_feedback = WHITE
    window_text = _readable_on_all(window_text_role, [window, base])
    star_edge = readable(mix(_STAR_GOLD, (0, 0, 0), 0.25), base, AA_NON_TEXT)
    focus = _readable_on_all(highlight, [base, window], AA_NON_TEXT)
    return Colours(
        dark=dark,
        text=_q(text),
        base=_q(base),
        link=_q(_readable_on_all(link, article_backs)),
        muted=_q(_readable_on_all(mix(text, base, 0.35), article_backs)),
        facts_label=_q(_readable_on_all(mix(text, base, 0.15), [facts_back])),
        facts_back=_q(facts_back),
        facts_border=_q(mix(base, text, 0.2)),
        facts_rule=_q(mix(base, text, 0.12)),
        notice_back=_q(notice_back),
        notice_border=_q(mix(base, _NOTICE_AMBER, 0.7)),
        starred_text=_q(readable(_STAR_GOLD, base)),
        badge=_q(badge),
        badge_text=_q(badge_text),
        star=_q(_STAR_GOLD),
        star_edge=_q(star_edge),
        mentioned=_q(_readable_on_all(mix(text, base, 0.4), [base, alternate])),
        hover_row=_q(hover_row),
        chart_bar=_q(readable(highlight, window, AA_NON_TEXT)),
        chart_grid=_q(mix(window, window_text, 0.3)),
        chart_text=_q(window_text),
        right=_q(_strong_back(_RIGHT_GREEN, on_feedback)),
        wrong=_q(_strong_back(_WRONG_RED, on_feedback)),
        quiz_marker=_q(_strong_back(_QUIZ_BLUE, on_feedback)),
        on_feedback=_q(on_feedback),
        focus=_q(focus),
        field_border=_q(_readable_on_all(mix(base, window_text, 0.45), [base, window], AA_NON_TEXT)),
        map=_map_colours(_DARK_MAP if dark else _LIGHT_MAP, text, base),
    )


def colours_of(widget: QWidget | None = None) -> Colours:
    """The colours for widget's palette (the application's without one) and the application's colour scheme."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return colours_for(palette, QGuiApplication.styleHints().colorScheme())


# The paper's colours as QColors, for what printing paints itself (the footer, the chart and locator on paper).
def paper(name: str) -> QColor:
    """PAPER's colour called name (a field of core.paper.colours.PaperColours)."""
    from cityviewer.core.paper.colours import PAPER  # when first printed: the first paint prints nothing

    return _q(rgb(getattr(PAPER, name)))


def paper_chart() -> ChartColours:
    """The comparison's chart on paper."""
    return ChartColours(paper("chart_bar"), paper("chart_grid"), paper("chart_text"))


def paper_map() -> MapColours:
    """The map on paper: the light map, its labels black on white."""
    from cityviewer.core.paper.colours import PAPER

    return _map_colours(_LIGHT_MAP, rgb(PAPER.text), rgb(PAPER.paper))


def __getattr__(name: str) -> Any:
    """PAPER and PaperColours, re-exported from core.paper.colours when first asked for: start-up does not import
    it (the first paint prints nothing)."""
    if name in ("PAPER", "PaperColours"):
        from cityviewer.core.paper import colours

        return getattr(colours, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Watcher(QObject):
    """Calls changed(colours) when widget's palette or the application's colour scheme changes what colours_of
    gives (a theme switched while the app runs). One per widget, however many watch it (watch_colours): each event
    filter is a call from Qt into Python for every event the widget gets, ~26 of them before the first paint."""

    def __init__(self, widget: QWidget, changed: Callable[[Colours], None]) -> None:
        super().__init__(widget)
        self.setObjectName(_WATCHER)
        self._widget = widget
        self._changed = [changed]
        self._last = colours_of(widget)
        widget.installEventFilter(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.check)

    def add(self, changed: Callable[[Colours], None]) -> None:
        """changed(colours) is called too, after those added before it."""
        self._changed.append(changed)

    @property
    def colours(self) -> Colours:
        return self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: the garbage collector, taking a dead window apart, may clear this object's attributes before Qt
        # has sent the filter the widget's last events.
        if watched is getattr(self, "_widget", None) and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.check()
        return False

    def check(self) -> None:
        colours = colours_of(self._widget)
        if colours != self._last:
            self._last = colours
            for changed in list(self._changed):
                changed(colours)


_WATCHER = "Colour watcher"


def watch_colours(widget: QWidget, changed: Callable[[Colours], None]) -> Colours:
    """widget's colours now; changed(colours) is called whenever its palette or the colour scheme changes them."""
    watcher = widget.findChild(_Watcher, _WATCHER, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(watcher, _Watcher):
        watcher.add(changed)
        return watcher.colours
    return _Watcher(widget, changed).colours
