"""The attendance grid driven with the keyboard and the mouse; the service holds the marks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rumahbatik.domain.training import Mark
from rumahbatik.services import training
from rumahbatik.ui.attendance_grid import AttendanceGridWidget, next_mark
from tests.ui.training_helpers import NAMES, make_cohort

DAY1, DAY2 = date(2022, 5, 23), date(2022, 5, 24)


@pytest.fixture
def grid(qtbot, sqlite_db):
    setup = make_cohort(sqlite_db)
    widget = AttendanceGridWidget(setup.ctx)
    qtbot.addWidget(widget)
    widget.load(setup.cohort.id)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setup = setup
    return widget


def saved_marks(widget) -> dict:
    s = widget.setup
    grid = training.attendance_grid(s.db, s.admin, s.cohort.id)
    names = {t.enrollment_id: t.full_name for t in grid.trainees}
    return {(names[e], d): m for (e, d), m in grid.marks.items()}


def wait_saved(qtbot, widget) -> None:
    widget.flush()
    qtbot.waitUntil(lambda: not widget.saving and not widget.pending, timeout=5000)


def test_roll_call_with_the_keys(qtbot, grid):
    view = grid.view
    assert grid.model.rowCount() == len(NAMES) and grid.model.columnCount() == 5
    view.setFocus()
    view.setCurrentIndex(grid.model.index(0, 0))
    for key in (Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_I, Qt.Key.Key_A):  # one per trainee
        qtbot.keyClick(view, key)
    assert view.currentIndex().row() == 3  # moved down after each, stops at the last
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_H)  # hadir: present
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # cycles: (none) -> present
    qtbot.keyClick(view, Qt.Key.Key_Space)  # present -> late
    wait_saved(qtbot, grid)
    assert saved_marks(grid) == {
        ("Ayu Lestari", DAY1): Mark.PRESENT,
        ("Bagus Pratama", DAY1): Mark.LATE,
        ("Citra Dewi", DAY1): Mark.EXCUSED,
        ("Dimas Saputra", DAY1): Mark.ABSENT,
        ("Dimas Saputra", DAY2): Mark.PRESENT,
        ("Citra Dewi", DAY2): Mark.LATE,
    }
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_saved(qtbot, grid)
    assert ("Citra Dewi", DAY2) not in saved_marks(grid)


def test_one_click_cycles_and_all_present_fills_the_day(qtbot, grid):
    view = grid.view
    rect = view.visualRect(grid.model.index(1, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert grid.model.mark(grid.model.index(1, 2)) == Mark.LATE
    assert grid.model.data(grid.model.index(1, 2)) == "late"
    assert grid.model.data(grid.model.index(1, 2), Qt.ItemDataRole.BackgroundRole) is not None
    view.setCurrentIndex(grid.model.index(0, 2))
    qtbot.mouseClick(grid.all_present_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, grid)
    day3 = {k: v for k, v in saved_marks(grid).items() if k[1] == date(2022, 5, 25)}
    assert day3[("Bagus Pratama", date(2022, 5, 25))] == Mark.LATE  # kept
    assert sum(1 for v in day3.values() if v == Mark.PRESENT) == len(NAMES) - 1
    assert grid.model.percent(1) == 100  # late counts as present


def test_the_cycle():
    assert [next_mark(m) for m in (None, Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT)] == [
        Mark.PRESENT,
        Mark.LATE,
        Mark.EXCUSED,
        Mark.ABSENT,
        None,
    ]


def test_model_passes_the_model_tester(qtmodeltester, grid):
    qtmodeltester.check(grid.model)
