"""Settings: typed keys, portable mode, and a file that cannot be written, cannot be read, or is damaged."""

from PySide6.QtCore import QSettings

from cityviewer.gui import settings as keys
from cityviewer.gui.settings import FileState, Settings, inspect


def store(path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_values_come_back_as_their_type(tmp_path):
    settings = Settings(store(tmp_path / "settings.ini"))
    assert settings.get(keys.ZOOM) == 100  # the default
    settings.set(keys.ZOOM, 250)
    assert settings.save()
    assert Settings(store(tmp_path / "settings.ini")).get(keys.ZOOM) == 250


def test_the_value_the_user_has_already_is_not_written_again(tmp_path):
    """Setting it again would have QSettings write the whole file anew (start-up did, before the first paint)."""
    path = tmp_path / "settings.ini"
    settings = Settings(store(path))
    settings.set(keys.ZOOM, 250)
    settings.set(keys.LIST_SHOWN, False)
    assert settings.save()
    again = Settings(store(path))
    path.unlink()
    again.set(keys.ZOOM, 250)
    again.set(keys.LIST_SHOWN, False)
    assert again.save() and not path.exists()  # nothing to write
    again.set(keys.ZOOM, 200)
    assert again.save() and Settings(store(path)).get(keys.ZOOM) == 200  # a new value is


def test_unwritable_settings_are_reported_not_fatal(tmp_path):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    settings = Settings(store(blocker / "settings.ini"))
    assert not settings.writable()
    assert settings.notice == ""  # nothing to read there: not a problem
    settings.set(keys.ZOOM, 250)
    assert settings.save() is False
    assert settings.get(keys.ZOOM) == 250  # the session keeps working with what it has


def test_an_unreadable_file_is_told_apart_from_a_damaged_one_and_left_alone(tmp_path):
    unreadable = tmp_path / "settings.ini"
    unreadable.mkdir()  # reading it fails as a file that may not be read does (root reads any file)
    assert inspect(unreadable)[0] is FileState.UNREADABLE
    settings = Settings(store(unreadable))
    assert "cannot be read" in settings.notice and "damaged" not in settings.notice
    settings.set(keys.ZOOM, 200)
    assert settings.save() is False  # never written over
    assert unreadable.is_dir() and not list(tmp_path.glob("*.damaged-*"))

    damaged = tmp_path / "other.ini"
    damaged.write_bytes(b"\x00\x01 not an ini file")
    assert inspect(damaged)[0] is FileState.DAMAGED
    assert "damaged" in Settings(store(damaged)).notice
    assert list(tmp_path.glob("other.ini.damaged-*"))


def test_portable_marker_keeps_settings_beside_the_program(tmp_path, monkeypatch):
    from cityviewer import resources
    from cityviewer.gui.settings import PORTABLE_MARKER

    stick = tmp_path / "USB stick Ü 교실"
    stick.mkdir()
    monkeypatch.setattr(resources, "app_dir", lambda: stick)
    assert Settings().location() != str(stick / "settings" / "cityviewer.ini")
    (stick / PORTABLE_MARKER).write_text("portable")
    settings = Settings()
    assert settings.location() == str(stick / "settings" / "cityviewer.ini")
    settings.set(keys.LAST_CITY, "castorby")
    assert settings.save()
    assert "castorby" in (stick / "settings" / "cityviewer.ini").read_text()
    assert str(stick) not in (stick / "settings" / "cityviewer.ini").read_text()  # no absolute paths inside


def test_a_file_that_cannot_be_read_is_never_written_over(tmp_path, monkeypatch):
    """As for a file this user may not read (which root, running the tests, always may): the session's settings
    are not saved over it, whatever is in it."""
    from cityviewer.gui import settings as module

    path = tmp_path / "settings.ini"
    path.write_text("[view]\nuiZoom=350\n", encoding="utf-8")
    monkeypatch.setattr(module, "inspect", lambda _path: (FileState.UNREADABLE, "Permission denied"))
    settings = Settings(store(path))
    assert "Permission denied" in settings.notice
    settings.set(keys.ZOOM, 150)
    assert settings.save() is False
    assert path.read_text(encoding="utf-8") == "[view]\nuiZoom=350\n"
