"""The receipt, transfer and item dialogs driven with keyboard and mouse."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.domain.stock import ItemKind
from rumahbatik.models import StockMove
from rumahbatik.services import items, settings, stock, users
from rumahbatik.services.context import Actor
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.item_dialog import ItemDialog
from rumahbatik.ui.receipt_dialog import ReceiptDialog
from rumahbatik.ui.transfer_dialog import TransferDialog

GUDANG, TOKO = 1, 2


@pytest.fixture
def ctx(sqlite_db: Database) -> UiContext:
    user = users.create_first_admin(sqlite_db, "admin", "admin-pass-123", "Administrator")
    actor = Actor(user.id, user.username, user.role, user.full_name)
    return UiContext(sqlite_db, actor, settings.get_settings(sqlite_db), ChangeBus())


def new_item(ctx: UiContext, name: str, **kw: object) -> int:
    kind = kw.pop("kind", ItemKind.MATERIAL)
    unit = kw.pop("unit", "m")
    inp = ItemInput(kind=kind, name=name, unit=unit, **kw)  # type: ignore[arg-type]
    return items.create_item(ctx.db, ctx.actor, inp).id


def save_button(dialog) -> object:  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def moves(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(StockMove)) or 0


def test_receive_by_scanning_the_sku_typing_quantity_and_cost(qtbot, ctx: UiContext, boxes):
    mori = new_item(ctx, "Kain mori primissima", purchase_unit="gulung", purchase_factor=D(50))
    sku = items.get_item(ctx.db, ctx.actor, mori).sku
    changed: list[str] = []
    ctx.bus.changed.connect(changed.append)
    dialog = ReceiptDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.lines.search, sku.lower())
    qtbot.keyClick(dialog.lines.search, Qt.Key.Key_Return)
    assert dialog.lines.item_ids() == [mori]
    table = dialog.lines.table
    # The cursor is on the quantity: typing starts editing it.
    assert table.currentColumn() == dialog.lines.col(dialog.lines.QTY)
    table.item(0, dialog.lines.col(dialog.lines.QTY)).setText("2")
    box = table.cellWidget(0, dialog.lines.col(dialog.lines.IN_PURCHASE))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # two rolls, not two metres
    assert box.isChecked()
    table.item(0, dialog.lines.col(dialog.lines.COST)).setText("1.000.000")
    assert dialog.total.text() == "Total: Rp2.000.000"
    qtbot.keyClicks(dialog.reference, "NOTA-77")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=5000)
    doc = dialog.document
    assert doc.number.startswith("PB/") and doc.reference == "NOTA-77"
    assert "Goods receipt PB/" in boxes.texts("information")[0]
    assert "Rp2.000.000" in boxes.texts("information")[0]
    data = items.get_item(ctx.db, ctx.actor, mori)
    assert data.on_hand == D(100) and data.avg_cost == D(20000)
    assert changed == ["stock"]


def test_transfer_moves_stock_to_the_shop(qtbot, ctx: UiContext, boxes):
    sel = new_item(ctx, "Selendang sutra", kind=ItemKind.PRODUCT, unit="pcs")
    stock.receive_stock(
        ctx.db, ctx.actor, ReceiptInput(GUDANG, date(2026, 11, 2), [ReceiptLine(sel, D(10), D(1))])
    )
    dialog = TransferDialog(ctx, "transfer")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.source.currentData() == GUDANG and dialog.target.currentData() == TOKO
    qtbot.keyClicks(dialog.lines.search, "selendang")
    qtbot.keyClick(dialog.lines.search, Qt.Key.Key_Return)
    on_hand = dialog.lines.table.item(0, dialog.lines.col(dialog.lines.ON_HAND)).text()
    assert on_hand == "10"
    dialog.lines.set_quantity(0, "4")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=5000)
    assert dialog.document.number.startswith("MT/")
    holders = {h.location_id: h.quantity for h in stock_holders(ctx, sel)}
    assert holders == {GUDANG: D(6), TOKO: D(4)}


def stock_holders(ctx: UiContext, item_id: int):  # type: ignore[no-untyped-def]
    from rumahbatik.services.stock_list import item_holders

    return item_holders(ctx.db, ctx.actor, item_id)


def test_not_enough_stock_is_shown_in_the_dialog_and_nothing_is_written(
    qtbot, ctx: UiContext, boxes
):
    malam = new_item(ctx, "Malam tembok", unit="kg")
    stock.receive_stock(
        ctx.db, ctx.actor, ReceiptInput(GUDANG, date(2026, 11, 2), [ReceiptLine(malam, D(3), D(1))])
    )
    before = moves(ctx.db)
    dialog = TransferDialog(ctx, "transfer")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lines.add_item(items.get_item(ctx.db, ctx.actor, malam))
    dialog.lines.set_quantity(0, "5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    text = dialog.message.text()
    assert "Not enough Malam tembok at Gudang: 3 kg on hand, 5 kg needed" in text
    assert dialog.isVisible() and dialog.document is None
    assert dialog.lines.table.item(0, dialog.lines.col(dialog.lines.QTY)).text() == "5"
    assert moves(ctx.db) == before
    assert boxes.shown == []


def test_unreadable_quantity_is_refused_before_saving(qtbot, ctx: UiContext):
    malam = new_item(ctx, "Malam tembok", unit="kg")
    dialog = ReceiptDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.lines.add_item(items.get_item(ctx.db, ctx.actor, malam))
    dialog.lines.set_quantity(0, "lima")
    dialog.save()
    assert "Quantity (Malam tembok)" in dialog.message.text()
    assert not dialog.saving


def test_hand_out_to_an_artisan(qtbot, ctx: UiContext, boxes):
    from rumahbatik.services.people import ArtisanInput, PersonInput, create_artisan

    mori = new_item(ctx, "Kain mori prima")
    stock.receive_stock(
        ctx.db, ctx.actor, ReceiptInput(GUDANG, date(2026, 11, 2), [ReceiptLine(mori, D(30), D(1))])
    )
    sri = create_artisan(ctx.db, ctx.actor, PersonInput(full_name="Bu Sri"), ArtisanInput())
    dialog = TransferDialog(ctx, "handout")
    qtbot.addWidget(dialog)
    dialog.lines.add_item(items.get_item(ctx.db, ctx.actor, mori))
    dialog.lines.set_quantity(0, "12")
    dialog.save()
    assert dialog.message.text() == "Choose the artisan first."
    dialog.set_artisan(sri.id, sri.full_name)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=5000)
    assert dialog.document.number.startswith("SP/")
    assert {h.location_name: h.quantity for h in stock_holders(ctx, mori)} == {
        "Gudang": D(18),
        "Bu Sri": D(12),
    }


def test_create_an_item_through_the_dialog(qtbot, ctx: UiContext):
    changed: list[str] = []
    ctx.bus.changed.connect(changed.append)
    dialog = ItemDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.motif.isVisible()  # a material has no motif
    dialog.kind.setCurrentIndex(dialog.kind.findData("product"))
    assert dialog.motif.isVisible()
    qtbot.keyClicks(dialog.name, "Kemeja batik cap")
    dialog.unit.setCurrentIndex(dialog.unit.findData("pcs"))
    dialog.sale_price.clear()
    qtbot.keyClicks(dialog.sale_price, "275.000")
    dialog.reorder_level.clear()
    qtbot.keyClicks(dialog.reorder_level, "3")
    dialog.technique.setCurrentIndex(dialog.technique.findData("cap"))
    qtbot.keyClicks(dialog.category.lineEdit(), "Busana")
    dialog.save()
    assert dialog.saved is not None
    saved = items.get_item(ctx.db, ctx.actor, dialog.saved.id)
    assert saved.sku == "PRD-00001" and saved.kind == ItemKind.PRODUCT
    assert (saved.sale_price, saved.reorder_level) == (D(275000), D(3))
    assert (saved.technique, saved.category) == ("cap", "Busana")
    assert changed == ["items"]


def test_item_dialog_keeps_the_input_on_a_refusal(qtbot, ctx: UiContext):
    new_item(ctx, "Kain mori", sku="KAIN-1")
    dialog = ItemDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Kain kedua")
    qtbot.keyClicks(dialog.sku, "kain-1")
    dialog.save()
    assert dialog.saved is None
    assert "KAIN-1" in dialog.message.text() and "Kain mori" in dialog.message.text()
    assert dialog.name.text() == "Kain kedua"
    dialog.sale_price.setText("abc")
    dialog.sku.clear()
    dialog.save()
    assert dialog.saved is None and "Sale price" in dialog.message.text()
