from PySide6.QtCore import Qt

from cityviewer.gui.citymodel import CITY_ID_ROLE, CitySortProxy, CityTableModel, Column


def test_models_pass_the_model_tester(qtmodeltester, dataset):
    model = CityTableModel()
    model.set_rows(dataset.search(""))
    qtmodeltester.check(model)
    proxy = CitySortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_population_sorts_as_numbers(dataset):
    model = CityTableModel()
    model.set_rows(dataset.search(""))
    proxy = CitySortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.POPULATION, Qt.SortOrder.AscendingOrder)
    ids = [proxy.index(r, 0).data(CITY_ID_ROLE) for r in range(proxy.rowCount())]
    assert ids[0] == "hyesan" and ids[-1] == "pyongyang"
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_display_formats_numbers(dataset):
    model = CityTableModel()
    model.set_rows(dataset.search("Pyongyang"))
    row = model.row_of("pyongyang")
    assert model.index(row, Column.POPULATION).data() == "3,255,288"
    assert model.index(row, Column.HANGUL).data() == "평양"
    assert model.headerData(Column.CENSUS_RANK, Qt.Orientation.Horizontal) == "Rank"
