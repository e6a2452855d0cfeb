"""The filter bar: search as you type (debounced to fit what a search costs), facet filters, a result count and a
clear button. It holds the one SearchRequest of the window (the list's sort order included) and publishes every change
of it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle, QVBoxLayout, QWidget

from cityviewer.core import vocabulary
from cityviewer.core.records import DatasetInfo
from cityviewer.core.request import SearchRequest, SearchResults, Show, SortKey
from cityviewer.core.volume import Volume
from cityviewer.gui.localeformats import formats

# Typing waits for a pause that fits what a search costs (fit_debounce, measured by gui.searcher): none while a
# search costs less than a frame (nothing a person could see is saved), else about one search, up to MAX_DEBOUNCE_MS
# (searching runs off the GUI thread, and a newer search stops an older one, so it can be short).
FRAME_MS = 16
MAX_DEBOUNCE_MS = 40
# Room for a count such as "100 of 100 cities" (a longer one widens the label) and a few words in the search field
# and the combos.
_COUNT_SAMPLE = "00 cities, 00 provinces"
_SEARCH_MIN_CHARS = 18
_COMBO_MIN_CHARS = 5
_SEARCH_SHARE = 24  # the search field's share of the row's room, beside a filter's (its "All ..." in letters: _share)
_MARGIN = 6


def _least_width(widget: QWidget) -> int:
    """The width below which widget's text is cut: its minimum width if one is set, else its minimum size hint."""
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def _share(combo: QComboBox) -> int:
    """A filter's share of the room its row leaves: as its first choice is long ("All counties" more than "All
    tags"), so that each shows its "All ..." whole where the row has room for all of them."""
    return max(1, len(combo.itemText(0)))


class FilterBar(QWidget):
    """changed(SearchRequest) once typing pauses, or at once when a facet or the sort order changes; Esc clears the
    text and filters; Down (down_pressed) and Enter (enter_pressed) apply the text at once and ask for the top
    result, to move to it in the list or to open it."""

    changed = Signal(object)
    down_pressed = Signal()
    enter_pressed = Signal()

    def __init__(self, volume: Volume, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._volume = volume
        self._sort: tuple[SortKey | None, bool] = (None, False)
        self._starred: frozenset[str] = frozenset()  # the reader's starred entries, for Show.STARRED
        self.search = _SearchField(self._key_pressed, self)
        self.search.setObjectName("Search cities")
        self.search.setAccessibleName(self.tr("Search cities"))
        local = volume.local_system
        self.search.setPlaceholderText(
            self.tr("Search cities, in any spelling or in {script}…").format(script=local.label)
            if local
            else self.tr("Search cities, in any spelling…")
        )
        # A clear button of our own: Qt's built-in one stays visible in an empty field under some styles.
        self.clear_text = self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.clear_text.setText(self.tr("Clear the search text"))  # its name to a screen reader (drawn as an icon)
        self.clear_text.setToolTip(self.clear_text.text())
        self.clear_text.setVisible(False)
        self.clear_text.triggered.connect(self.search.clear)
        self.search.textChanged.connect(self._show_clear_text)

        # Each filter has a visible label: on Linux, Qt names a combo box by its current choice, and a screen
        # reader says what the combo filters from the label (its "labelled by" relation).
        self._labels: dict[QComboBox, QLabel] = {}
        # The divisions are called what the volume calls them (a province, a county, ...).
        words = volume.divisions
        self.showing = self._combo(
            "Show",
            self.tr("All places"),
            self.tr("Show cities, {divisions} or both").format(divisions=words.many),
            self.tr("Sho&w:"),
        )
        article = volume.source_article
        shows = [(self.tr("Cities"), Show.CITIES), (words.label_many, Show.DIVISIONS)]
        if article is not None:
            shows.append((self.tr("The source article's %n", "", article.size), Show.ARTICLE))
        shows.append((self.tr("Starred"), Show.STARRED))
        for text, show in shows:
            self.showing.addItem(text, show)
        if article is not None:
            self.showing.setItemData(
                self.showing.findData(Show.ARTICLE),
                self.tr("The %n cities of the source article “{title}”", "", article.size).format(title=article.title),
                Qt.ItemDataRole.ToolTipRole,
            )
        if volume.divisions_about:
            self.showing.setItemData(
                self.showing.findData(Show.DIVISIONS), volume.divisions_about, Qt.ItemDataRole.ToolTipRole
            )
        self.division = self._combo(
            "Division",
            self.tr("All {divisions}").format(divisions=words.many),
            self.tr("Filter by {division}").format(division=words.one),
            self.tr("&{division}:").format(division=words.label),
        )
        self.region = self._combo("Region", self.tr("All regions"), self.tr("Filter by region"), self.tr("&Region:"))
        self.tag = self._combo("Tag", self.tr("All tags"), self.tr("Filter by tag"), self.tr("&Tag:"))

        self.count = QLabel(self)
        self.count.setObjectName("Result count")  # no accessible name: the count itself is what it is called
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("Clear filters")
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clear)
        # Under the bar, above the list: the places outside the volume that the search names (false friends).
        self.notice = QLabel(self)
        self.notice.setObjectName("Not in this volume")
        self.notice.setAccessibleName(self.tr("Not in this volume"))
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        # One row where it fits; where it does not (a narrow window, a large zoom), the filters wrap to a second.
        self._first_row = QHBoxLayout()
        self._first_row.addWidget(self.search, _SEARCH_SHARE)
        for combo in self._combos():
            self._first_row.addWidget(self._labels[combo])
            self._first_row.addWidget(combo, _share(combo))
        self._first_row.addWidget(self.count)
        self._first_row.addWidget(self.clear_button)
        self._second_row = QHBoxLayout()
        self._one_row = True
        rows = QVBoxLayout(self)
        rows.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        rows.addLayout(self._first_row)
        rows.addLayout(self._second_row)
        rows.addWidget(self.notice)
        self._fit_to_font()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # at once, until a search is measured (fit_debounce)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)

    def _fit_to_font(self) -> None:
        """Room for a few words in the search field and a count, in the font of now (the window's zoom)."""
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x" * _SEARCH_MIN_CHARS))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(_COUNT_SAMPLE))
        self._wrap()

    def _row_widths(self) -> tuple[int, int]:
        """The least widths of the first row without the filters, and of the filters in a row of their own."""
        spacing = max(0, self._first_row.spacing())
        first = [self.search, self.count, self.clear_button]
        filters = [widget for combo in self._combos() for widget in (self._labels[combo], combo)]
        return (sum(_least_width(w) for w in first) + spacing * (len(first) - 1),
                sum(_least_width(w) for w in filters) + spacing * (len(filters) - 1))  # fmt: skip

    def _wrap(self) -> None:
        """The filters in the first row if the whole row fits, else in a second row under it."""
        first, combos = self._row_widths()
        one_row = self.width() >= first + combos + max(0, self._first_row.spacing()) + 2 * _MARGIN
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for combo in self._combos():
            (self._second_row if one_row else self._first_row).removeWidget(self._labels[combo])
            (self._second_row if one_row else self._first_row).removeWidget(combo)
        for n, combo in enumerate(self._combos()):
            if one_row:
                self._first_row.insertWidget(1 + 2 * n, self._labels[combo])
                self._first_row.insertWidget(2 + 2 * n, combo, _share(combo))
            else:
                self._second_row.addWidget(self._labels[combo])
                self._second_row.addWidget(combo, _share(combo))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider of the two rows (the filters wrap), as high as the rows are now."""
        first, combos = self._row_widths()
        return QSize(max(first, combos) + 2 * _MARGIN, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_first_row"):
            self._fit_to_font()

    @property
    def wrapped(self) -> bool:
        """Whether the filters are in a second row."""
        return not self._one_row

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.showing, self.division, self.region, self.tag)

    def combos(self) -> tuple[QComboBox, ...]:
        """The filters, in order on screen."""
        return self._combos()

    def label_of(self, combo: QComboBox) -> QLabel:
        """The visible label that says what combo filters."""
        return self._labels[combo]

    def _combo(self, name: str, everything: str, accessible: str, label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)  # Windows and macOS use it; Linux reads the label
        self._labels[combo] = buddy = QLabel(label, self)
        buddy.setObjectName(f"{name} label")
        buddy.setBuddy(combo)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(_COMBO_MIN_CHARS)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def set_facets(self, divisions: list[tuple[str, str]], regions: list[str], tags: list[str]) -> None:
        with _blocked(self.division, self.region, self.tag):
            for code, name in divisions:
                self.division.addItem(name, code)
            for region in regions:
                self.region.addItem(self._volume.region_label(region), region)
            for tag in tags:
                self.tag.addItem(vocabulary.term(tag, QCoreApplication.translate), tag)

    def request(self) -> SearchRequest:
        """What the list is asked to show: the text, the filters and the sort order."""
        sort, descending = self._sort
        show = self.showing.currentData() or Show.EVERYTHING
        return SearchRequest(
            text=self.search.text(),
            division=self.division.currentData(),
            region=self.region.currentData(),
            tag=self.tag.currentData(),
            show=show,
            sort=sort,
            descending=descending,
            starred=self._starred if show == Show.STARRED else frozenset(),
        )

    def described(self) -> str:
        """What narrows the list, in the words of its filters ("East coast", "Kangwon, Port", "Starred", "“Ham”"):
        the chosen filters' texts and the search text, or "" when nothing does (cities or provinces only is what
        a title counts, not a filter to name)."""
        chosen = [self.showing.currentText()] if self.showing.currentData() in (Show.ARTICLE, Show.STARRED) else []
        chosen += [combo.currentText() for combo in (self.division, self.region, self.tag) if combo.currentIndex() > 0]
        text = self.search.text().strip()
        if text:
            chosen.append(self.tr("“{text}”").format(text=text))
        return ", ".join(chosen)

    def set_starred(self, ids: frozenset[str]) -> None:
        """The ids the reader starred now; the list follows at once when it shows the starred entries."""
        self._starred = ids
        if self.showing.currentData() == Show.STARRED:
            self._emit()

    def set_sort(self, sort: SortKey | None, descending: bool) -> None:
        """Order the list by sort (None: by relevance); applied at once."""
        self._sort = (sort, descending)
        self._emit()

    def set_count(self, results: SearchResults, info: DatasetInfo) -> None:
        """How many cities and divisions are listed (the divisions counted in the volume's word); the tooltip says
        how many the dataset has."""
        cities, divisions = len(results.keys) - results.divisions, results.divisions
        words, number = self._volume.divisions, formats().integer
        parts = [self.tr("%Ln cities", "", cities)] if cities or not divisions else []
        if divisions:
            parts.append(words.count(divisions, number(divisions)))
        self.count.setText(", ".join(parts))
        everything = self.tr("%Ln cities", "", info.city_count)
        if info.division_count:
            everything = self.tr("{cities} and {divisions}").format(
                cities=everything, divisions=words.count(info.division_count, number(info.division_count))
            )
        self.count.setToolTip(self.tr("Listed now, of {everything} in the dataset").format(everything=everything))

    def set_notices(self, results: SearchResults) -> None:
        """Say, above the list, which places the search names that are not in this volume (hidden when none)."""
        sentences: list[str] = []
        if results.notices:  # imported when a search first names one: start-up does not import it
            from cityviewer.core.falsefriends import sentence

            sentences = [sentence(friend, QCoreApplication.translate) for friend in results.notices]
        self.notice.setText("\n".join(sentences))
        self.notice.setVisible(bool(sentences))

    def clear(self) -> None:
        """Clear the text and the filters (the sort order stays) and apply at once."""
        with _blocked(self.search, *self._combos()):
            self.search.clear()
            for combo in self._combos():
                combo.setCurrentIndex(0)
        self._show_clear_text()  # the field's signals were blocked
        self._emit()

    def _show_clear_text(self) -> None:
        self.clear_text.setVisible(bool(self.search.text()))

    def search_for(self, text: str) -> None:
        """Put text in the search field and search for it at once."""
        with QSignalBlocker(self.search):
            self.search.setText(text)
        self._show_clear_text()
        self._emit()

    def fit_debounce(self, search_ms: float) -> None:
        """Wait for a pause in the typing that fits what a search costs now, search_ms (see FRAME_MS)."""
        self._timer.setInterval(0 if search_ms < FRAME_MS else min(round(search_ms), MAX_DEBOUNCE_MS))

    def debounce_ms(self) -> int:
        """How long typing waits for a pause before searching, now."""
        return self._timer.interval()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush(self) -> None:
        """Apply the request now, without waiting for the pause after typing."""
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.request())

    def _key_pressed(self, event: QKeyEvent) -> bool:
        """A key pressed in the search field, before the field has it: True if the bar took it."""
        request = self.request()
        if event.key() == Qt.Key.Key_Escape and request != request.cleared():
            self.clear()
            return True
        if event.key() == Qt.Key.Key_Down:
            self.flush()
            self.down_pressed.emit()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.enter_pressed.emit()
            return True
        return False


class _SearchField(QLineEdit):
    """The search field, which hands each key pressed in it to the filter bar first (Esc, Down, Enter: key_pressed).
    Not through an event filter: that called into Python for every event the field had (each paint, resize, focus
    change and keystroke's several events), 13 times before the window's first paint."""

    def __init__(self, key_pressed: Callable[[QKeyEvent], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._key_pressed = key_pressed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key_pressed(event):
            super().keyPressEvent(event)


@contextlib.contextmanager
def _blocked(*widgets: QWidget) -> Iterator[None]:
    """The widgets' signals blocked for the length of a with block."""
    with contextlib.ExitStack() as stack:
        for widget in widgets:
            stack.enter_context(QSignalBlocker(widget))
        yield
