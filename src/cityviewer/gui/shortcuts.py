"""Help > Keyboard Shortcuts (F1): every command that has keys, with its keys, in one window. The list is read from
the window's actions when it is opened (the menus in order, then the commands no menu holds), so it says what the
keys do now and cannot drift from them. Built the first time it is opened; its text follows the window's zoom (the
application's font) and language (the actions' own, translated, texts)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_NATIVE = QKeySequence.SequenceFormat.NativeText
_WIDTH_CHARS, _HEIGHT_LINES = 60, 20  # the least first size, in the font of the moment
_FRAME_LINES = 6  # the header, the Close button and the margins, in lines of text


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&File" is "File", "&&" an ampersand) or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_of(action: QAction) -> str:
    """An action's keys as the platform writes them, "Ctrl+F, Ctrl+L"; "" for none."""
    return ", ".join(sequence.toString(_NATIVE) for sequence in action.shortcuts() if not sequence.isEmpty())


def _in_menu(menu: QMenu) -> Iterator[QAction]:
    """menu's actions, those of its submenus in their place."""
    for action in menu.actions():
        if (submenu := action.menu()) is not None and isinstance(submenu, QMenu):
            yield from _in_menu(submenu)
        elif not action.isSeparator():
            yield action


def shortcut_groups(window: QMainWindow, other: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu, [(command, keys)]) for each menu of window's menu bar that has a command with keys, then (other, ...)
    for the window's commands that no menu holds (Esc leaving presentation mode, F10)."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        actions = list(_in_menu(menu))
        seen.update(actions)
        rows = [(plain(action.text()), keys) for action in actions if (keys := keys_of(action))]
        if rows:
            groups.append((plain(top.text()), rows))
    rest = [(plain(a.text()), keys) for a in window.actions() if a not in seen and (keys := keys_of(a))]
    if rest:
        groups.append((other, rest))
    return groups


class ShortcutsWindow(QDialog):
    """The keyboard shortcuts of window, as a tree: a branch per menu, a row per command and its keys. Not modal:
    it can stay open beside the window. refresh() reads the actions again (each time it is opened)."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.setObjectName("Keyboard shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("Shortcuts")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()  # the window's zoom: the application's font
        self.resize(metrics.horizontalAdvance("x" * _WIDTH_CHARS), metrics.height() * _HEIGHT_LINES)
        self.refresh()

    def refresh(self) -> None:
        """List the window's commands and keys as they are now."""
        self.tree.clear()
        lines = 0
        for menu, rows in shortcut_groups(self._window, self.tr("Other keys")):
            lines += 1 + len(rows)
            branch = QTreeWidgetItem(self.tree, [menu])
            font = branch.font(0)
            font.setBold(True)
            branch.setFont(0, font)
            branch.setFirstColumnSpanned(True)
            for command, keys in rows:
                QTreeWidgetItem(branch, [command, keys])
        self.tree.expandAll()
        wanted = self.fontMetrics().height() * (lines + _FRAME_LINES)  # every row, where the screen allows
        screen = self.screen()
        room = screen.availableGeometry().height() if screen is not None else wanted
        self.resize(self.width(), min(max(self.height(), wanted), room))
        if (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)

    def open_now(self) -> None:
        """Show it, up to date, in front, with the keyboard in the list."""
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.tree.setFocus()
