"""Where a save dialog opens: the user's folder for that kind of file (Documents, Pictures) when it exists, their
home folder otherwise; never the working directory, which for a double-clicked app may be the program's own
read-only folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths

Location = QStandardPaths.StandardLocation


def folder(location: Location = Location.DocumentsLocation) -> Path:
    """The folder a file dialog opens in."""
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found and Path(found).is_dir() else Path(QDir.homePath())


def suggested(name: str, location: Location = Location.DocumentsLocation) -> str:
    """The path a save dialog proposes for a file called name."""
    return str(folder(location) / name)
