"""The scores grid driven with the keyboard: typed scores reach the service, bad ones do not."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QInputDialog

from rumahbatik.services import training
from rumahbatik.ui.score_grid import ScoreGridWidget, parse_score
from tests.ui.training_helpers import NAMES, make_cohort


@pytest.fixture
def grid(qtbot, sqlite_db):
    setup = make_cohort(sqlite_db)
    widget = ScoreGridWidget(setup.ctx)
    qtbot.addWidget(widget)
    widget.load(setup.cohort.id)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setup = setup
    return widget


def saved(widget) -> dict:
    s = widget.setup
    grid = training.score_grid(s.db, s.admin, s.cohort.id)
    names = {t.enrollment_id: t.full_name for t in grid.trainees}
    units = {c.id: c.name for c in grid.competencies}
    return {(names[e], units[c]): cell for (e, c), cell in grid.scores.items()}


def wait_saved(qtbot, widget) -> None:
    widget.flush()
    qtbot.waitUntil(lambda: not widget.saving and not widget.pending, timeout=5000)


def type_score(qtbot, view, text: str) -> None:
    """Type into the current cell as a user does: the first key opens the editor."""
    from PySide6.QtWidgets import QApplication

    view.setFocus()
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget() or view, ch)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Return)
    # the delegate commits on Return through a queued call
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def test_typed_scores_are_saved_and_out_of_range_is_refused(qtbot, grid):
    view = grid.view
    units = [c.name for c in grid.model.grid.competencies]
    assert grid.model.rowCount() == len(NAMES) and grid.model.columnCount() == len(units) + 1
    view.setFocus()
    view.setCurrentIndex(grid.model.index(0, 0))
    type_score(qtbot, view, "85")
    view.setCurrentIndex(grid.model.index(0, 1))
    type_score(qtbot, view, "78,5")
    view.setCurrentIndex(grid.model.index(1, 0))
    type_score(qtbot, view, "150")  # the validator lets "15" through, not the "0"
    view.setCurrentIndex(grid.model.index(2, 0))
    type_score(qtbot, view, "abc")  # nothing typed: the cell stays empty
    wait_saved(qtbot, grid)
    scores = saved(grid)
    assert scores[("Ayu Lestari", units[0])].value == Decimal("85")
    assert scores[("Ayu Lestari", units[1])].value == Decimal("78.5")
    assert scores[("Bagus Pratama", units[0])].value == Decimal("15")
    assert ("Citra Dewi", units[0]) not in scores
    assert grid.model.data(grid.model.index(0, 1)) == "78,5"
    assert grid.model.data(grid.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert not grid.model.setData(grid.model.index(3, 0), "101")


def test_a_note_and_a_practical_photo(qtbot, grid, monkeypatch, tmp_path):
    view = grid.view
    view.setCurrentIndex(grid.model.index(0, 2))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("rapi", True)))
    grid.edit_note()  # no score yet: asks for the score first
    assert "score first" in grid.status.text()
    view.setFocus()
    type_score(qtbot, view, "90")
    assert grid.model.data(grid.model.index(0, 2)) == "90"
    view.setCurrentIndex(grid.model.index(0, 2))
    grid.edit_note()
    wait_saved(qtbot, grid)
    units = [c.name for c in grid.model.grid.competencies]
    assert saved(grid)[("Ayu Lestari", units[2])].note == "rapi"
    assert grid.model.data(grid.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "rapi"

    from PIL import Image

    photo = tmp_path / "karya.png"
    Image.new("RGB", (40, 30), "#8b5a2b").save(photo)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), ""))
    )
    grid.choose_photo()
    photo_col = len(units)
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(0, photo_col)) == "✓", timeout=5000)


def test_parse_score():
    assert parse_score("78,5") == Decimal("78.5") and parse_score("") is None
    for bad in ("101", "-1", "7,555", "x"):
        with pytest.raises(ValueError):
            parse_score(bad)


def test_model_passes_the_model_tester(qtmodeltester, grid):
    qtmodeltester.check(grid.model)
