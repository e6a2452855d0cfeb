"""The cityviewer command on the shipped dataset (its default): its counts, and a city named in Hangul or misspelt
in its romanization (the behaviour, on the made-up volume: tests/gui/test_app.py)."""

from cityviewer import app


def test_self_test_passes_on_the_shipped_dataset(capsys, qapp):
    assert app.main(["--self-test"]) == 0
    assert "self-test passed: 27 cities, 13 provinces" in capsys.readouterr().out


def test_the_city_to_open_may_be_given_by_any_of_its_names(tmp_path, qapp, capsys, monkeypatch):
    from cityviewer.gui.mainwindow import MainWindow

    shown = []
    original = MainWindow.show_city
    monkeypatch.setattr(MainWindow, "show_city", lambda self, city_id: shown.append(city_id) or original(self, city_id))
    assert app.main(["--screenshot", str(tmp_path / "a.png"), "--city", "평양"]) == 0
    assert "pyongyang" in shown and capsys.readouterr().err == ""
    assert app.main(["--screenshot", str(tmp_path / "b.png"), "--city", "Pyongyng"]) == 0  # the window still opens
    err = capsys.readouterr().err
    assert "Pyongyng" in err and "Pyongyang" in err  # what was asked, and the closest name offered
