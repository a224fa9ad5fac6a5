"""The Production page driven through real widgets: a batch from plan to finish (new batch,
issue materials, assign artisans, finish), cancelling, hang tags, wages and the statement."""

from __future__ import annotations

import sys
import types
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rumahbatik.domain.production import BatchStatus, Stage
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items, people, production, stock
from rumahbatik.services.context import system_actor
from rumahbatik.services.people import ArtisanInput, PersonInput
from rumahbatik.services.settings import get_settings
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine
from rumahbatik.ui.batch_dialog import FinishDialog, IssueDialog, NewBatchDialog, ProgressDialog
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.production_page import ProductionPage
from rumahbatik.ui.wage_dialog import WageDialog
from tests.ui.conftest import login_as

D = Decimal


@pytest.fixture
def setup(demo_db):
    actor = system_actor()
    gudang = next(loc.id for loc in stock.list_locations(demo_db, actor) if loc.code == "GUDANG")
    mori = items.create_item(demo_db, actor, ItemInput(ItemKind.MATERIAL, "Ujicoba mori", "m"))
    malam = items.create_item(demo_db, actor, ItemInput(ItemKind.MATERIAL, "Ujicoba malam", "kg"))
    kain = items.create_item(
        demo_db, actor, ItemInput(ItemKind.PRODUCT, "Ujicoba kain tulis", "pcs")
    )
    stock.receive_stock(
        demo_db,
        actor,
        ReceiptInput(
            gudang,
            date.today(),
            [ReceiptLine(mori.id, D(50), D(20000)), ReceiptLine(malam.id, D(5), D(50000))],
        ),
    )
    production.set_recipe(
        demo_db,
        actor,
        kain.id,
        [(mori.id, D("2.15")), (malam.id, D("0.25"))],
        [(Stage.POLA, D(10000)), (Stage.NGLOWONG, D(50000))],
    )
    ani = people.create_artisan(
        demo_db, actor, PersonInput(full_name="Ujicoba Ani"), ArtisanInput()
    )
    budi = people.create_artisan(
        demo_db, actor, PersonInput(full_name="Ujicoba Budi"), ArtisanInput()
    )
    return {"kain": kain, "mori": mori, "ani": ani.id, "budi": budi.id, "gudang": gudang}


@pytest.fixture
def page(qtbot, demo_db, setup):
    actor = login_as(demo_db, "dewi")  # staff
    ctx = UiContext(db=demo_db, actor=actor, settings=get_settings(demo_db), bus=ChangeBus())
    widget = ProductionPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_into_spin(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def _assign(qtbot, editor, stage: Stage, artisan_id: int, pieces: int) -> None:
    editor.select_stage(stage)
    combo = editor.artisan
    combo.setFocus()
    # choose the artisan with the keyboard: type the start of the name in the combo
    while combo.currentData() != artisan_id:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    _type_into_spin(qtbot, editor.pieces, str(pieces))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)


def test_a_batch_from_plan_to_finish(qtbot, page, setup, demo_db, monkeypatch):
    # ---- a new batch of 4 pieces
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NewBatchDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.product.search, "ujicoba kain")
    dialog.product.timer.timeout.emit()  # the debounce firing
    assert dialog.product.current_id() == setup["kain"].id
    _type_into_spin(qtbot, dialog.quantity, "4")
    assert "Ujicoba mori 8,6 m" in dialog.recipe_note.text()
    assert "Rp60.000 a piece" in dialog.recipe_note.text()
    page.grab().save("/tmp/production_page_empty.png")
    dialog.grab().save("/tmp/production_new_batch.png")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    batch = page.batch
    assert batch is not None and batch.status == BatchStatus.PLANNED
    assert batch.number in page.heading.text()
    assert page.model.row(page.table.currentIndex().row()).id == batch.id
    assert page.materials.item(0, 1).text() == "8,6"

    # ---- issue what the recipe plans
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, IssueDialog)
    assert [e.text() for e in dialog.edits] == ["8,6", "1"]
    dialog.grab().save("/tmp/production_issue.png")
    _ok(qtbot, dialog)
    assert page.batch.status == BatchStatus.IN_PROGRESS
    assert page.materials.item(0, 2).text() == "8,6"
    assert page.materials.item(0, 4).text() == "Rp172.000"
    assert items.get_item(demo_db, system_actor(), setup["mori"].id).on_hand == D("41.4")

    # ---- who works the stages
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ProgressDialog)
    _assign(qtbot, dialog.editor, Stage.POLA, setup["ani"], 4)
    qtbot.mouseClick(dialog.editor.started_today, Qt.MouseButton.LeftButton)
    _assign(qtbot, dialog.editor, Stage.NGLOWONG, setup["ani"], 2)
    _assign(qtbot, dialog.editor, Stage.NGLOWONG, setup["budi"], 2)
    assert dialog.editor.stages.item(1, 4).text() == "Ujicoba Ani (2), Ujicoba Budi (2)"
    dialog.grab().save("/tmp/production_progress.png")
    _ok(qtbot, dialog)
    assert page.stages.item(0, 4).text() == "Ujicoba Ani (4)"
    assert page.stages.item(0, 2).text() == date.today().strftime("%d/%m/%Y")
    assert page.stages.item(1, 2).text() == "–"

    # ---- finish: 3 good, 1 rejected
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, FinishDialog)
    _type_into_spin(qtbot, dialog.finished, "3")
    _type_into_spin(qtbot, dialog.rejected, "1")
    # 172.000 + 50.000 materials, 4 × 10.000 + 4 × 50.000 wages = 462.000; / 3 = 154.000
    assert "Rp462.000" in dialog.cost.text() and "Rp154.000" in dialog.cost.text()
    dialog.grab().save("/tmp/production_finish.png")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.batch.status == BatchStatus.FINISHED, timeout=5_000)
    assert "Rp154.000" in page.costs.text()
    kain = items.get_item(demo_db, system_actor(), setup["kain"].id)
    assert (kain.on_hand, kain.avg_cost) == (D(3), D(154000))
    assert not page.finish_button.isEnabled() and page.tags_button.isEnabled()
    page.grab().save("/tmp/production_page.png")

    # ---- hang tags for the finished pieces
    opened = []

    class FakeLabels:
        def __init__(self, ctx, wanted, parent):
            opened.append(wanted)

        def open(self):
            pass

    monkeypatch.setitem(
        sys.modules, "rumahbatik.ui.labels_dialog", types.SimpleNamespace(LabelsDialog=FakeLabels)
    )
    qtbot.mouseClick(page.tags_button, Qt.MouseButton.LeftButton)
    assert opened == [[(setup["kain"].id, 3)]]


def test_wages_payment_and_statement(qtbot, page, setup, demo_db):
    actor = system_actor()
    batch = production.create_batch(demo_db, actor, production.BatchInput(setup["kain"].id, 2))
    from rumahbatik.services.production_types import StageInput

    production.finish_batch(
        demo_db,
        actor,
        batch.id,
        2,
        0,
        date.today(),
        [
            StageInput(Stage.POLA, ((setup["ani"], 2),)),
            StageInput(Stage.NGLOWONG, ((setup["ani"], 2),)),
        ],
    )
    page.reload()
    assert page.select_batch(batch.id)
    qtbot.mouseClick(page.wages_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, WageDialog)
    assert dialog.artisan.current_id() == setup["ani"]
    assert "Rp120.000" in dialog.owed.text()
    qtbot.keyClicks(dialog.amount, "50.000")
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    assert "Rp70.000" in dialog.owed.text()
    assert "Rp50.000" in dialog.message.text()
    dialog.grab().save("/tmp/production_wages.png")
    qtbot.mouseClick(dialog.statement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.page_count() == 1
    assert dialog.statement.earned == D(120000) and dialog.statement.paid == D(50000)
    dialog.preview.close()


def test_cancel_returns_materials_when_asked(qtbot, page, setup, demo_db, boxes):
    actor = system_actor()
    batch = production.create_batch(demo_db, actor, production.BatchInput(setup["kain"].id, 2))
    production.issue_materials(demo_db, actor, batch.id, setup["gudang"])
    page.reload()
    assert page.select_batch(batch.id)
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts("question")) == 2
    assert page.batch.status == BatchStatus.CANCELLED
    assert items.get_item(demo_db, actor, setup["mori"].id).on_hand == D(50)
    assert not page.issue_button.isEnabled()


def test_errors_stay_in_the_dialog(qtbot, page, setup, demo_db):
    actor = system_actor()
    batch = production.create_batch(
        demo_db, actor, production.BatchInput(setup["kain"].id, 30)
    )  # needs 64,5 m of mori; 50 m in stock
    page.reload()
    assert page.select_batch(batch.id)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Not enough Ujicoba mori" in dialog.error.text()
    dialog.reject()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "nobody is recorded" in dialog.error.text()
    dialog.reject()


def test_recipe_dialog_edits_the_recipe(qtbot, page, setup, demo_db):
    from rumahbatik.ui.recipe_dialog import RecipeDialog

    batch = production.create_batch(
        demo_db, system_actor(), production.BatchInput(setup["kain"].id, 1)
    )
    page.reload()
    assert page.select_batch(batch.id)
    qtbot.mouseClick(page.recipe_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RecipeDialog)
    assert dialog.product.current_id() == setup["kain"].id
    assert dialog.materials.rowCount() == 2
    # take the malam off, change the mori to 2,5 m a piece, pay nembok 20.000 a piece
    dialog.materials.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.material.search, "ujicoba mori")
    dialog.material.timer.timeout.emit()
    qtbot.keyClicks(dialog.quantity, "2,5")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.rates[Stage.NEMBOK], "20.000")
    assert dialog.stage_boxes[Stage.NEMBOK].isChecked()
    assert dialog.summary.text() == "Wages per piece: Rp80.000"
    dialog.grab().save("/tmp/production_recipe.png")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    recipe = production.get_recipe(demo_db, system_actor(), setup["kain"].id)
    assert [(m.name, m.quantity) for m in recipe.materials] == [("Ujicoba mori", D("2.5"))]
    assert [(s.stage, s.piece_rate) for s in recipe.stages] == [
        (Stage.POLA, D(10000)),
        (Stage.NGLOWONG, D(50000)),
        (Stage.NEMBOK, D(20000)),
    ]


def test_hang_tags_open_the_real_labels_dialog(qtbot, page, setup, demo_db):
    from rumahbatik.services.production_types import StageInput
    from rumahbatik.ui.labels_dialog import LabelsDialog

    actor = system_actor()
    batch = production.create_batch(demo_db, actor, production.BatchInput(setup["kain"].id, 2))
    production.finish_batch(
        demo_db,
        actor,
        batch.id,
        2,
        0,
        date.today(),
        [
            StageInput(Stage.POLA, ((setup["ani"], 2),)),
            StageInput(Stage.NGLOWONG, ((setup["budi"], 2),)),
        ],
    )
    page.reload()
    assert page.select_batch(batch.id)
    qtbot.mouseClick(page.tags_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, LabelsDialog) and page.dialog.isVisible()
    page.dialog.reject()
