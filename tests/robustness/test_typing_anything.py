"""Arbitrary Unicode typed into the window's search: the list always updates, nothing raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from cityviewer.core.dataset import Dataset
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_in_the_search_field_updates_the_list(qtbot, built_db, tmp_path, text):
    window = getattr(test_any_text_in_the_search_field_updates_the_list, "window", None)
    if window is None:
        store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Dataset.open(built_db), Settings(store))
        test_any_text_in_the_search_field_updates_the_list.window = window
    with qtbot.waitSignal(window.results_changed, timeout=5000) as published:
        window.filter_bar.search.setText(text)
        window.filter_bar.flush()
    assert published.args[0].request.text == text
    assert window.filter_bar.count.text().endswith(("cities", "city", "provinces", "province"))
    assert published.args[0].failure == ""  # the search itself never failed


def teardown_module():
    window = getattr(test_any_text_in_the_search_field_updates_the_list, "window", None)
    if window is not None:
        window.close()  # saves its state and stops its dataset thread
