from PySide6.QtCore import Qt

from cityviewer.core.request import SearchRequest, SortKey
from cityviewer.gui.citymodel import CITY_ID_ROLE, PAGE_SIZE, CityTableModel, Column


def test_the_model_passes_the_model_tester(qtmodeltester, dataset):
    model = CityTableModel(dataset.rows, dataset.info.volume)
    model.set_keys(list(dataset.answer(SearchRequest()).keys))
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily_a_page_at_a_time(dataset):
    fetched = []

    def fetch(keys):
        fetched.append(list(keys))
        return dataset.rows(keys)

    model = CityTableModel(fetch, dataset.info.volume)
    keys = list(dataset.answer(SearchRequest()).keys)
    model.set_keys(keys)
    assert fetched == []  # nothing read until a view asks
    assert model.index(3, Column.NAME).data() == dataset.rows([keys[3]])[0].name
    assert model.index(5, Column.NAME).data()
    assert fetched == [keys[:PAGE_SIZE]]  # one page served both


def test_header_click_asks_the_core_to_sort(qtbot, dataset):
    model = CityTableModel(dataset.rows, dataset.info.volume)
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(Column.POPULATION, Qt.SortOrder.DescendingOrder)
    assert blocker.args == [SortKey.POPULATION, True]
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(-1)
    assert blocker.args == [None, False]


def test_display_formats_numbers(dataset):
    model = CityTableModel(dataset.rows, dataset.info.volume)
    first = dataset.rows(dataset.answer(SearchRequest()).keys)[0]
    keys = list(dataset.answer(SearchRequest(first.name)).keys)
    model.set_keys(keys)
    row = model.row_of_key(dataset.rows_of([first.id])[0].key)
    assert first.population is not None and first.population >= 1000
    assert model.index(row, Column.POPULATION).data() == f"{first.population:,}"
    assert model.index(row, 0).data(CITY_ID_ROLE) == first.id
    assert model.headerData(Column.CENSUS_RANK, Qt.Orientation.Horizontal) == "Rank"


def test_the_first_click_on_a_number_column_sorts_largest_first(dataset):
    model = CityTableModel(dataset.rows, dataset.info.volume)
    first = Qt.ItemDataRole.InitialSortOrderRole
    for column in (Column.POPULATION, Column.CENSUS_RANK):
        assert model.headerData(column, Qt.Orientation.Horizontal, first) == Qt.SortOrder.DescendingOrder
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal, first) == Qt.SortOrder.AscendingOrder


def test_a_row_the_dataset_leaves_out_stays_in_its_place_empty(dataset):
    """rows(keys) leaves out a key it cannot read; the model keeps the rows after it where they belong."""
    keys = list(dataset.answer(SearchRequest()).keys)
    model = CityTableModel(
        lambda asked: [row for row in dataset.rows(asked) if row.key != keys[1]], dataset.info.volume
    )
    model.set_keys(keys)
    assert model.city_at(1) is None
    assert [model.city_at(n).key for n in (0, 2, 3)] == [keys[0], keys[2], keys[3]]


class _UnaskedIndex:
    """An index that fails the test when it is asked anything."""

    def row(self) -> int:
        raise AssertionError("data() asked the index before answering a role it never sets")

    column = isValid = row


def test_the_roles_no_cell_answers_are_answered_before_the_index_is_asked(dataset):
    """A view asks every visible cell for seven roles as it paints it, each a call into Python: those the model
    never sets cost no more than a look at the role, and the font and background read no row they do not need."""
    fetched = []

    def fetch(keys):
        fetched.append(list(keys))
        return dataset.rows(keys)

    model = CityTableModel(fetch, dataset.info.volume)
    model.set_keys(list(dataset.answer(SearchRequest()).keys))
    never_set = (Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole, Qt.ItemDataRole.StatusTipRole,
                 Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.EditRole)  # fmt: skip
    for role in never_set:
        assert model.data(_UnaskedIndex(), int(role.value)) is None  # type: ignore[arg-type]
    assert model.index(3, Column.NAME).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(3, Column.POPULATION).data(Qt.ItemDataRole.BackgroundRole) is None  # none highlighted
    assert model.index(3, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None  # only "Mentioned in" has one
    for column in (Column.LOCAL_NAME, Column.DIVISION, Column.POPULATION):  # the marks are the name's
        assert model.index(3, column).data(Qt.ItemDataRole.DecorationRole) is None
        assert model.index(3, column).data(Qt.ItemDataRole.AccessibleTextRole) is None
    assert fetched == []
    assert model.index(3, Column.NAME).data()  # the text reads its page
    assert len(fetched) == 1


class _UnaskedOrientation:
    """An orientation that fails the test when it is compared."""

    def __eq__(self, other: object) -> bool:
        raise AssertionError("headerData() looked at the orientation before answering a role it never sets")

    __hash__ = None  # type: ignore[assignment]


def test_the_header_roles_no_section_answers_are_answered_first(dataset):
    """The header asks each section for its font, size, colours and decoration as it paints: calls into Python
    that cost no more than a look at the role."""
    model = CityTableModel(dataset.rows, dataset.info.volume)
    never_set = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.SizeHintRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)  # fmt: skip
    for role in never_set:
        assert model.headerData(Column.NAME, _UnaskedOrientation(), int(role.value)) is None  # type: ignore[arg-type]
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"


def test_each_index_the_list_makes_is_one_call_into_python(qtbot, dataset, monkeypatch):
    """Qt's own index() asks rowCount and columnCount: two calls into Python for every cell the list paints. The
    model answers index() itself, so painting the list asks neither for each cell."""
    from PySide6.QtWidgets import QTableView

    counted = {"rowCount": 0, "columnCount": 0}
    for name in counted:
        method = getattr(CityTableModel, name)

        def count(model, *args, _name=name, _method=method):
            counted[_name] += 1
            return _method(model, *args)

        monkeypatch.setattr(CityTableModel, name, count)
    model = CityTableModel(dataset.rows, dataset.info.volume)
    model.set_keys(dataset.answer(SearchRequest()).keys)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    counted.update(rowCount=0, columnCount=0)
    view.viewport().grab()  # paints every cell in view
    cells = sum(view.visualRect(model.index(row, 0)).isValid() for row in range(model.rowCount())) * len(Column)
    assert cells > 20
    assert counted["rowCount"] + counted["columnCount"] < cells / 4
