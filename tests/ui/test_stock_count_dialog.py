"""The stock count dialog driven with the keyboard: start a count, type what was found,
post the adjustments, and the stock follows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from rumahbatik.domain.roles import Role
from rumahbatik.domain.stock import CountStatus, ItemKind
from rumahbatik.services import items, stock, stock_counts, users
from rumahbatik.services.context import Actor
from rumahbatik.services.settings import get_settings
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.stock_count_dialog import (
    CountLinesModel,
    StockCountsDialog,
    parse_quantity,
)


@pytest.fixture
def ctx(sqlite_db):
    db = sqlite_db
    user = users.create_first_admin(db, "admin", "rahasia-123", "Administrator")
    admin = Actor(user.id, user.username, Role.ADMIN, user.full_name)
    staff_user = users.add_user(db, admin, "dewi", "rahasia-123", Role.STAFF, "Dewi Lestari")
    staff = Actor(staff_user.id, staff_user.username, Role.STAFF, staff_user.full_name)
    made = {}
    for name, unit, cost in (
        ("Kain mori primissima", "m", 25000),
        ("Canting tulis", "pcs", 15000),
        ("Malam tembok", "kg", 40000),
    ):
        made[name] = items.create_item(
            db, admin, ItemInput(kind=ItemKind.MATERIAL, name=name, unit=unit)
        )
        gudang = stock.list_locations(db, admin)[0].id
        stock.receive_stock(
            db,
            admin,
            ReceiptInput(gudang, date(2026, 11, 1), [ReceiptLine(made[name].id, D(10), D(cost))]),
        )
    made["Naptol AS"] = items.create_item(
        db, admin, ItemInput(kind=ItemKind.MATERIAL, name="Naptol AS", unit="g")
    )
    context = UiContext(db, staff, get_settings(db), ChangeBus())
    context.items = made
    context.gudang = gudang
    return context


def type_into(qtbot, view, text: str) -> None:
    """Type as a user does: the first key opens the editor, Return saves and goes down."""
    view.setFocus()
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget() or view, ch)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def open_dialog(qtbot, ctx) -> StockCountsDialog:
    dialog = StockCountsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def start_count(qtbot, dialog) -> None:
    new = dialog.new_count()
    qtbot.waitExposed(new)
    assert new.location.currentText() == "Gudang"
    new.date.setDate(QDate(2026, 11, 20))
    new.notes.setText("opname bulanan")
    qtbot.mouseClick(new.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.view.count is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.count_page, timeout=2000)
    activate(qtbot, dialog)


def activate(qtbot, widget) -> None:
    """Give the window the keyboard again (a closed child dialog had it)."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def test_count_typed_with_the_keyboard_and_posted(qtbot, ctx, boxes, tmp_path):
    changes: list[str] = []
    ctx.bus.changed.connect(changes.append)
    dialog = open_dialog(qtbot, ctx)
    start_count(qtbot, dialog)
    view = dialog.view
    count = view.count
    assert count.number == "SO/2026/0001" and count.notes == "opname bulanan"
    names = [line.name for line in view.model.lines]
    assert names == ["Canting tulis", "Kain mori primissima", "Malam tembok"]
    # the cursor starts on the first counted cell; Enter moves down the column
    table = view.table
    assert table.currentIndex().row() == 0
    assert table.currentIndex().column() == CountLinesModel.COUNTED
    type_into(qtbot, table, "12")  # canting: 2 more than the book
    assert table.currentIndex().row() == 1
    type_into(qtbot, table, "7,5")  # mori: 2,5 m less (Indonesian decimal comma)
    type_into(qtbot, table, "10")  # malam: as the book
    model = view.model
    assert model.data(model.index(1, CountLinesModel.COUNTED)) == "7,5"
    assert model.data(model.index(1, CountLinesModel.DIFFERENCE)) == "-2,5"
    assert model.data(model.index(1, CountLinesModel.VALUE)) == "-Rp62.500"
    assert model.data(model.index(1, CountLinesModel.VALUE), Qt.ItemDataRole.BackgroundRole)
    assert model.data(model.index(0, CountLinesModel.VALUE)) == "+Rp30.000"
    assert model.data(model.index(2, CountLinesModel.DIFFERENCE)) == "0"
    assert "Counted <b>3</b> of 3 lines" in view.totals.text()
    assert "-Rp32.500" in view.totals.text()
    view.flush()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    saved = stock_counts.get_count(ctx.db, ctx.actor, count.id)
    assert [line.counted for line in saved.lines] == [D(12), D("7.5"), D(10)]

    # an item found that was not on the sheet
    add = view.add_item()
    qtbot.waitExposed(add)
    qtbot.keyClicks(add.search, "naptol")
    add.find()
    assert add.results.count() == 1
    add.counted.setText("250")
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    assert model.lines[-1].name == "Naptol AS" and model.lines[-1].counted == D(250)

    # the count sheet shows in the preview
    view.print_pdf("blind")
    qtbot.waitUntil(lambda: view.preview is not None, timeout=10000)
    assert view.preview.page_count() == 1
    view.preview.grab().save(str(tmp_path / "preview.png"))
    view.preview.close()
    activate(qtbot, dialog)

    view.post()
    qtbot.waitUntil(lambda: view.count.status == CountStatus.POSTED, timeout=5000)
    question = [text for kind, _t, text in boxes.shown if kind == "question"]
    assert len(question) == 1
    assert "SO/2026/0001" in question[0] and "Net: -Rp32.500" in question[0]
    assert "Surplus: +Rp30.000" in question[0]  # the naptol has no cost: Rp0
    assert "stock" in changes
    rows = {r[2]: r[4] for r in stock.stock_at_location(ctx.db, ctx.actor, ctx.gudang)}
    assert rows == {
        "Canting tulis": D(12),
        "Kain mori primissima": D("7.5"),
        "Malam tembok": D(10),
        "Naptol AS": D(250),
    }
    assert not view.model.editable and not view.post_button.isEnabled()
    # back on the list: the posted count
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text() == "Posted", timeout=5000)
    assert dialog.table.item(0, 4).text() == "4 / 4"


def test_posting_refused_while_lines_are_missing_and_bad_input(qtbot, ctx, boxes):
    dialog = open_dialog(qtbot, ctx)
    start_count(qtbot, dialog)
    view = dialog.view
    table = view.table
    type_into(qtbot, table, "3")
    type_into(qtbot, table, "abc")  # refused by the validator: the cell stays empty
    assert view.model.lines[1].counted is None
    view.flush()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    # a half canting is refused by the service and the grid shows what is saved
    table.setCurrentIndex(view.model.index(0, CountLinesModel.COUNTED))
    type_into(qtbot, table, "2,5")
    view.flush()
    qtbot.waitUntil(lambda: any("whole" in text for text in boxes.texts("warning")), timeout=5000)
    qtbot.waitUntil(lambda: view.model.lines[0].counted == D(3), timeout=5000)
    view.post()
    qtbot.waitUntil(lambda: any("no counted quantity" in t for t in boxes.texts()), timeout=5000)
    assert not boxes.texts("question")
    assert stock_counts.get_count(ctx.db, ctx.actor, view.count.id).status == CountStatus.DRAFT
    # a second count of the same location is refused inside the new-count dialog
    new = dialog.new_count()
    qtbot.mouseClick(new.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: new.error.isVisible(), timeout=5000)
    assert "already open" in new.error.text()
    new.reject()
    # cancelling frees the location
    view.cancel_count()
    qtbot.waitUntil(lambda: view.count.status == CountStatus.CANCELLED, timeout=5000)
    assert not view.model.editable


def test_parse_quantity():
    assert parse_quantity("47,5") == D("47.5")
    assert parse_quantity("1.250") == D(1250)
    assert parse_quantity("2.5") == D("2.5")
    assert parse_quantity(" ") is None
    for bad in ("-1", "x", "1,2,3"):
        with pytest.raises(ValueError):
            parse_quantity(bad)


def test_model_passes_the_model_tester(qtmodeltester, ctx):
    count = stock_counts.start_count(ctx.db, ctx.actor, ctx.gudang, date(2026, 11, 20))
    model = CountLinesModel()
    model.load(count.lines, editable=True)
    qtmodeltester.check(model)
