"""Save dialogs open in the user's Documents (or Pictures) folder, or their home when it is missing: never in the
working directory, which for a double-clicked app can be the program's read-only folder."""

from __future__ import annotations

from PySide6.QtCore import QDir, QStandardPaths

from cityviewer.gui import savefolder


def test_the_users_folder_when_it_exists_and_home_otherwise(qapp, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(documents))
    assert savefolder.suggested("a.pdf") == str(QDir.homePath() + "/a.pdf")  # not made yet: home
    documents.mkdir()
    assert savefolder.suggested("a.pdf") == str(documents / "a.pdf")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: "")
    assert savefolder.folder() == savefolder.Path(QDir.homePath())
