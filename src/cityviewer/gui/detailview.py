"""The detail pane: a city's article, with links between cities, in the window's font (gui.zoom scales it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from cityviewer.core.article import CITY_SCHEME, city_link, escape, render
from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.records import CityEntry, Entry, EntryRow
from cityviewer.core.request import SearchResults
from cityviewer.gui import articleaccess
from cityviewer.gui.articleaccess import ArticleParts
from cityviewer.gui.background import DatasetThread, Op
from cityviewer.gui.colours import Colours, watch_colours
from cityviewer.gui.diagnostics import phases
from cityviewer.gui.errortext import describe
from cityviewer.gui.focusring import FocusRing
from cityviewer.gui.localeformats import formats
from cityviewer.gui.syncreads import SyncRead, outlines, sync_read

if TYPE_CHECKING:  # the locator map and the distances are imported after the first paint (start-up's budget)
    from PySide6.QtCore import QUrl

    from cityviewer.core.distances import CityDistances
    from cityviewer.gui.map.locator import Locator

DOCUMENT_MARGIN = 14  # pixels around the article
# Narrower than this many average characters, the facts' labels go above their values instead of beside them.
TWO_COLUMNS_MIN_CHARS = 52
ACTION_SCHEME = "cityviewer"  # links that act on the window rather than show a city
CLEAR_LINK = f"{ACTION_SCHEME}:clear"


def _url(text: QUrl | str) -> QUrl:
    """text as a QUrl (made when a link is followed or an image is asked for: the first paint makes no QUrl class,
    nor its 5 enums)."""
    from PySide6.QtCore import QUrl

    return QUrl(text)


class DetailView(QTextBrowser):
    """The article of the city the window shows, a pane of the main window (see MainWindow.subscribe).

    When the list no longer holds the city on show, the article says so at its top, with links to the first city
    listed and to clear the search. Signals: city_chosen(id) when a link to a city is followed; clear_requested
    from that notice. Nothing is ever loaded from outside (no network, no files): the article is HTML made by
    core.article from escaped dataset text.
    """

    city_chosen = Signal(str)
    clear_requested = Signal()
    ARTICLE_DOCUMENT = True  # read as a document, its parts as objects (gui.articleaccess)

    def __init__(self, dataset: Dataset, parent: QWidget | None = None, thread: DatasetThread | None = None) -> None:
        """thread: where each article and its distances are read (gui.background); the article on show stays until
        the next one arrives. The first, before the window is shown, is read here (gui.syncreads FIRST_ARTICLE), its
        distances on the thread. Without a thread (--self-test, no window: NO_WINDOW) everything is read here."""
        articleaccess.install()
        super().__init__(parent)
        self.parts = ArticleParts(self, lambda href: self._on_anchor(_url(href)))
        self._dataset = dataset
        self._thread = thread
        self._shown: str | None = None
        self._first_listed: Callable[[SearchResults], EntryRow | None] = lambda _results: None
        self._entry: Entry | None = None
        self._distances: CityDistances | None = None
        self._locator_image: Any = None  # the locator map of the city on show, made when the article asks for it
        self._with_locator = False  # from just after the first paint: start-up does not wait for the locator
        self._after_first_paint: list[Callable[[], None]] = []  # the first article's distances, asked for then
        self._held = False  # the first article, drawn when the window shows (release_first_article)
        self._relink = QTimer(self)  # the notice's new first listed, drawn after the list (on_results)
        self._relink.setSingleShot(True)
        self._relink.setInterval(0)
        self._relink.timeout.connect(self._show_entry)
        self._results: SearchResults | None = None  # the latest: is the city on show among them?
        self._notice = ""  # HTML above the article: the city is not among the results
        self._is_starred: Callable[[str], bool] = lambda _id: False
        self._starred = False  # whether the article on show has its star (the reader starred the entry)
        self._narrow = False
        self._rendered_narrow = False  # the layout of the facts in the article on show
        self._width = 0  # the viewport's, from the latest resize event
        self._char_width = 0.0
        self.setObjectName("City details")
        self.setAccessibleName(self.tr("City details"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Links reached by Tab and followed by Enter (as QTextBrowser's own), and a caret to read by line and word.
        flags = Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word, whatever the text size
        self.colours = watch_colours(self, self._set_colours)
        self.focus_ring = FocusRing(self)  # Fusion and GTK draw no focus on a text area
        self._locator: Locator | None = None  # made when the first article asks for its map (after the first paint)
        self.document().setDefaultStyleSheet(self.colours.article_css())
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.anchorClicked.connect(self._on_anchor)
        self._follow_font()

    def _set_colours(self, colours: Colours) -> None:
        """The palette or the colour scheme changed: the article again in the new colours."""
        self.colours = colours
        if self._locator is not None:
            self._locator.set_colours(colours.map)
        self._locator_image = None
        self.document().setDefaultStyleSheet(colours.article_css())
        self._show_entry()

    @property
    def entry_id(self) -> str | None:
        """The id of the entry whose article is on show (None: none yet, or a notice in its place)."""
        return self._entry.id if self._entry is not None else None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the window's zoom (gui.zoom) changed the application's font
            self._follow_font()

    def _follow_font(self) -> None:
        """The article in the pane's font (the window's zoom), its facts in one or two columns to suit it."""
        font = QFont(self.font())
        self.document().setDefaultFont(font)
        self._char_width = QFontMetricsF(font).averageCharWidth()
        self._update_layout()

    # -- a pane: the window's events ------------------------------------------------------------------
    def on_results(self, results: SearchResults) -> None:
        """Say at the top of the article when the city on show is not among results. While it says so already,
        a new first listed (its link) is drawn once the event loop has painted the list: typing changes it at
        every keystroke, and laying out the whole article again would hold up the list it follows."""
        self._results = results
        notice = self._notice_for(results)
        if notice != self._notice:
            relink = bool(notice and self._notice)
            self._notice = notice
            if relink:
                self._relink.start()
            else:
                self._relink.stop()
                self._show_entry()

    def on_city_shown(self, city_id: str) -> None:
        """Show city_id's article, read on the dataset thread (the one on show stays until it arrives); the same
        city again keeps the reader's place in it."""
        if city_id == self._shown:
            return
        self._shown = city_id
        if self._thread is None:
            try:
                with sync_read(SyncRead.NO_WINDOW):  # --self-test
                    article = _article_of(self._dataset, city_id)
                self._arrived(city_id, article)
            except DatasetError as exc:
                self.show_notice(describe(exc))
            return
        if not self.window().isVisible():
            self._first_article(city_id, self._thread)
            return
        self._thread.run(
            Op(
                work=lambda dataset: _article_of(dataset, city_id),
                done=lambda article: self._arrived(city_id, article),
                stale=lambda: self._shown != city_id,
                pane=self,
            )
        )

    def _first_article(self, city_id: str, thread: DatasetThread) -> None:
        """The article before the window is first shown: the entry read here (gui.syncreads FIRST_ARTICLE), so the
        first paint has it; its distances from thread, when they come."""
        try:
            with sync_read(SyncRead.FIRST_ARTICLE):
                entry = self._dataset.entry(city_id)
        except DatasetError as exc:
            self.show_notice(describe(exc))
            return
        self._held = True
        QTimer.singleShot(0, self.release_first_article)  # a window never shown: on the event loop's next turn
        self._arrived(city_id, (entry, None))
        if not isinstance(entry, CityEntry):
            return

        def measured(distances: CityDistances | None) -> None:
            if self._entry is entry:
                self._distances = distances
                self._show_entry()

        ask = Op(
            work=lambda dataset: _distances_of(dataset, entry),
            done=measured,
            failed=lambda _failure: None,  # the article stands without them
            stale=lambda: self._entry is not entry,
        )
        if self._with_locator:
            thread.run(ask)
        else:  # after the first paint: the dataset thread's work would share the interpreter with it
            self._after_first_paint.append(lambda: thread.run(ask))

    def _arrived(self, city_id: str, article: tuple[Entry | None, CityDistances | None]) -> None:
        self._entry, self._distances = article
        self._locator_image = None
        if self._entry is None:
            self.show_notice(self.tr("The dataset has no city “{city}”.").format(city=city_id))
            return
        self._notice = self._notice_for(self._results) if self._results is not None else ""
        self._show_entry(keep_place=False)

    def show_notice(self, text: str) -> None:
        """Say in place of the article why it cannot be shown (gui.messages)."""
        self._entry, self._notice = None, ""
        self.setHtml(f"<p>{escape(text)}</p>")

    def set_first_listed(self, first_listed: Callable[[SearchResults], EntryRow | None]) -> None:
        """Where the pane finds the first row listed, for its notice that the city on show is not listed (the list's
        own row: the list shows it)."""
        self._first_listed = first_listed

    def set_star_lookup(self, is_starred: Callable[[str], bool]) -> None:
        """Where the pane asks whether an entry is starred (a star above its title)."""
        self._is_starred = is_starred
        self.stars_changed()

    def stars_changed(self) -> None:
        """Redraw the article if its star came or went."""
        if self._entry is not None and self._is_starred(self._entry.id) != self._starred:
            self._show_entry()

    # -- drawing --------------------------------------------------------------------------------------
    def _notice_for(self, results: SearchResults) -> str:
        if self._entry is None:
            return ""
        if self._entry.key in results.keys:
            return ""
        first = self._first_listed(results) if results.keys else None
        text = escape(self.tr("{city} is not among the places listed.").format(city=self._entry.name))
        clear = escape(self.tr("Clear the search"))
        links = [f"<a href='{CLEAR_LINK}'>{clear}</a>"]
        if first is not None:
            show = escape(self.tr("Show {city}, the first listed").format(city=first.name))
            links.insert(0, f"<a href='{escape(city_link(first.id))}'>{show}</a>")
        return f"<p class='notice'>{text} {' · '.join(links)}</p>"

    def _show_entry(self, *, keep_place: bool = True) -> None:
        self._relink.stop()  # drawn now, with the latest notice
        if self._entry is None or self._held:
            return
        locator = None  # the first paint goes without the locator map (start-up's budget): it follows at once
        if self._with_locator:
            from cityviewer.gui.map.locator import SCHEME  # first imported here, just after the first paint

            locator = f"{SCHEME}:{self._entry.id}"
        bar = self.verticalScrollBar()
        place = bar.value()
        self._rendered_narrow = self._narrow
        self._set_html(
            self._notice
            + self._star_html()
            + render(
                self._entry,
                self._dataset.info.volume,
                QCoreApplication.translate,
                narrow=self._narrow,
                distances=self._distances,
                locator=locator,
                fmt=formats(),
            )
        )
        if keep_place:
            bar.setValue(place)
        if self._with_locator and (self._distances is not None or not isinstance(self._entry, CityEntry)):
            phases.mark(phases.ARTICLE)  # the first article is whole (for the benchmark)

    def _set_html(self, html: str) -> None:
        """setHtml with the scroll bar held as it is until the new document is whole. setHtml first clears the
        document; the cleared document's new size made QTextEdit show or hide its scroll bar at once, which
        resized the viewport and laid out the half-cleared document again, and the floated locator image's frame
        was already gone: a segfault in QTextFrame::layoutData (seen under the offscreen platform, after the
        fourth zoom step). With the bar's policy fixed, the scroll bar waits for the finished document.

        An article with a float (the locator map) is laid out again at once: _lay_out_floats_again."""
        policy = self.verticalScrollBarPolicy()
        shown = self.verticalScrollBar().isVisibleTo(self)
        held = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if shown else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setVerticalScrollBarPolicy(held)
        try:
            self.setHtml(html)
            if self._with_locator:  # the floated locator map comes after the first paint (and its classes with it)
                self._lay_out_floats_again()
        finally:
            self.setVerticalScrollBarPolicy(policy)

    def _lay_out_floats_again(self) -> None:
        """Lay the whole document out a second time if it has a float. Qt's first layout of a new document puts the
        facts table beside the floated locator map, over it (a bare QTextDocument given a text width does the same);
        any later layout of it puts the table below the map. The scroll bar coming or going during setHtml laid it
        out again (at another width) by chance, at some starts; the held bar never does (after a theme change,
        the star). Laid out again here, the table is below the map at every start, theme, zoom, language and city
        (~3 ms for the longest article, after the first paint)."""
        from PySide6.QtGui import QTextFrameFormat

        document = self.document()
        inflow = QTextFrameFormat.Position.InFlow
        if any(frame.frameFormat().position() != inflow for frame in document.rootFrame().childFrames()):
            document.markContentsDirty(0, document.characterCount())

    def release_first_article(self) -> None:
        """Draw the first article (read before the window is shown: _first_article) now, once: the window shows it
        (MainWindow.showEvent), the pane at its width. Drawn as it was read, it was laid out at a placeholder width
        and again at each width the window's layout passed the pane through, and drawn twice where that final width
        puts the facts in one column (a zoomed window)."""
        if self._held:
            self._held = False
            # Most articles are longer than the pane: laid out beside its scroll bar from the start, the first is
            # laid out once, not again at the narrower width when the bar appears (the viewport's resize event, ~4
            # ms of the first paint). One that fits loses the bar here, and is laid out again, as before.
            policy = self.verticalScrollBarPolicy()
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            try:
                self._show_entry(keep_place=False)
            finally:
                self.setVerticalScrollBarPolicy(policy)

    def _star_html(self) -> str:
        self._starred = self._entry is not None and self._is_starred(self._entry.id)
        starred = escape(self.tr("Starred"))
        return f"<p class='star'>★ {starred}</p>" if self._starred else ""

    def _update_layout(self) -> None:
        """Two columns of facts where they fit at this text size, labels above values where they do not. Decided
        once the pane has its size (until its first resize event it has a placeholder), so the first article is
        drawn once."""
        if not self._width:
            return
        narrow = self._width < TWO_COLUMNS_MIN_CHARS * self._char_width
        if narrow != self._narrow:
            self._narrow = narrow
            if self._with_locator:
                self._show_entry()
            else:  # the window is being laid out for its first paint, its panes resized more than once: the
                QTimer.singleShot(0, self._relayout)  # article again once they settle, if it must (start-up's budget)

    def _relayout(self) -> None:
        if self._narrow != self._rendered_narrow:
            self._show_entry()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._with_locator:
            self._with_locator = True
            QTimer.singleShot(0, self._painted)  # once the whole window is painted
        elif self._locator is not None and self._locator.ratio != self.devicePixelRatioF():
            QTimer.singleShot(0, self._ratio_changed)  # on a screen of another ratio: the locator drawn at its own

    def _ratio_changed(self) -> None:
        if self._locator is not None and self._locator.ratio != self.devicePixelRatioF():
            self._locator.set_ratio(self.devicePixelRatioF())
            self._locator_image = None
            self._show_entry()

    def _painted(self) -> None:
        """Just after the first paint: the article again, now with its locator map, and its distances asked for."""
        for then in self._after_first_paint:
            then()
        self._after_first_paint.clear()
        self._show_entry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._width = event.size().width()  # a scroll area's resize events are its viewport's
        self._update_layout()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab: to the next or previous link (QTextBrowser's), which assistive technology is told."""
        moved = super().focusNextPrevChild(next)
        self.parts.cursor_moved()
        return moved

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == CITY_SCHEME:
            self.city_chosen.emit(url.path())
        elif url.toString() == CLEAR_LINK:
            self.clear_requested.emit()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Nothing to load but the locator map, drawn here: dataset text is escaped, and the app never reaches the
        network or the disk for an article. (Qt passes a QUrl; a str is taken too, as QTextBrowser's own does.)"""
        from cityviewer.gui.map.locator import SCHEME, Locator  # the article asks only after the first paint

        entry, url = self._entry, _url(name)
        if url.scheme() == SCHEME and isinstance(entry, CityEntry) and url.path() == entry.id:
            if self._locator is None:
                from cityviewer.core.map.basemap import LOCATOR

                dataset = self._dataset
                self._locator = Locator(  # drawn at the screen's ratio (set_ratio if the view moves to another)
                    dataset.info.volume.map,
                    lambda: outlines(dataset, LOCATOR),
                    self.colours.map,
                    self.devicePixelRatioF(),
                )
            if self._locator_image is None:
                self._locator_image = self._locator.image(entry.longitude, entry.latitude)
            return self._locator_image
        return None


def _article_of(dataset: Dataset, entry_id: str) -> tuple[Entry | None, CityDistances | None]:
    """What an article shows: the entry (None: no such entry) and its distances."""
    entry = dataset.entry(entry_id)
    return entry, _distances_of(dataset, entry)


def _distances_of(dataset: Dataset, entry: Entry | None) -> CityDistances | None:
    """entry's distances to the capital and to the nearest other city (none for a division: an area has no one
    point to measure from)."""
    if not isinstance(entry, CityEntry):
        return None
    from cityviewer.core.distances import NEARBY_CANDIDATES, city_distances  # on the dataset thread, when first used

    near = (entry.latitude, entry.longitude)
    capitals = dataset.map_points(near=near, limit=2, capitals_only=True)
    nearby = dataset.map_points(near=near, limit=NEARBY_CANDIDATES)
    return city_distances(entry.key, entry.latitude, entry.longitude, capitals, nearby)
