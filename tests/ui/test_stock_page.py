"""The stock page: a receipt shows up as on hand and history, low stock, barcode scans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rumahbatik.db import Database
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items, settings, stock, users
from rumahbatik.services.context import Actor
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.receipt_dialog import ReceiptDialog
from rumahbatik.ui.stock_page import LOW_BACKGROUND, StockPage

GUDANG = 1


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


def page_for(qtbot, ctx: UiContext) -> StockPage:  # type: ignore[no-untyped-def]
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(page: StockPage, row: int, title: str) -> str:
    col = [c.title for c in page.model.columns].index(title)
    return page.model.data(page.model.index(row, col))


def row_of(page: StockPage, name: str) -> int:
    return next(i for i in range(page.model.rowCount()) if page.model.row(i).name == name)


def test_a_receipt_shows_as_on_hand_and_in_the_history(qtbot, ctx: UiContext, boxes):
    mori = new_item(ctx, "Kain mori primissima")
    stock.receive_stock(
        ctx.db,
        ctx.actor,
        ReceiptInput(GUDANG, date(2026, 11, 2), [ReceiptLine(mori, D(10), D(20000))]),
    )
    page = page_for(qtbot, ctx)
    assert cell(page, 0, "On hand") == "10"
    dialog = ReceiptDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.lines.search, "mori")
    qtbot.keyClick(dialog.lines.search, Qt.Key.Key_Return)
    lines = dialog.lines
    lines.table.item(0, lines.col(lines.QTY)).setText("30")
    lines.table.item(0, lines.col(lines.COST)).setText("24.000")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=5000)
    # The page heard "stock" and reloaded.
    assert cell(page, 0, "On hand") == "40"
    assert cell(page, 0, "Gudang") == "40"
    assert cell(page, 0, "Avg. cost") == "Rp23.000"  # (10 × 20.000 + 30 × 24.000) / 40
    assert cell(page, 0, "Value") == "Rp920.000"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.history.rowCount() == 2, timeout=5000)
    top = [page.history.item(0, c).text() for c in range(page.history.columnCount())]
    assert top[1] == "Receipt" and top[2] == dialog.document.number
    assert top[3] == "Gudang" and top[4] == "30" and top[8] == "40"
    assert page.history.item(1, 8).text() == "10"  # the running balance before it
    assert "Gudang: 40 metre" in page.detail.text()


def test_low_stock_rows_are_highlighted_and_filtered(qtbot, ctx: UiContext):
    low = new_item(ctx, "Malam tembok", unit="kg", reorder_level=D(10))
    ok = new_item(ctx, "Naptol AS", unit="g", reorder_level=D(10))
    stock.receive_stock(
        ctx.db, ctx.actor,
        ReceiptInput(GUDANG, date(2026, 11, 2),
                     [ReceiptLine(low, D(4), D(1)), ReceiptLine(ok, D(500), D(1))]),
    )  # fmt: skip
    page = page_for(qtbot, ctx)
    r_low, r_ok = row_of(page, "Malam tembok"), row_of(page, "Naptol AS")
    brush = page.model.data(page.model.index(r_low, 1), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color() == LOW_BACKGROUND
    assert page.model.data(page.model.index(r_ok, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert cell(page, r_low, "Name").startswith("⚠")
    qtbot.waitUntil(lambda: page.count_label.text() == "2 item(s) · 1 low", timeout=5000)
    qtbot.mouseClick(page.low_only, Qt.MouseButton.LeftButton)
    assert [page.model.row(i).name for i in range(page.model.rowCount())] == ["Malam tembok"]


def test_scanning_a_barcode_selects_the_item(qtbot, ctx: UiContext):
    new_item(ctx, "Kain mori primissima")
    new_item(ctx, "Naptol AS", unit="g", barcode="8991234567")
    page = page_for(qtbot, ctx)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "8991234567")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.focusWidget() is page.table  # the page's focus moved to the table
    assert page.selected() is not None and page.selected().name == "Naptol AS"
    qtbot.waitUntil(lambda: "Naptol AS" in page.detail.text(), timeout=5000)


def test_sorting_by_a_header_re_queries(qtbot, ctx: UiContext):
    a = new_item(ctx, "Aa kain")
    b = new_item(ctx, "Bb kain")
    stock.receive_stock(
        ctx.db,
        ctx.actor,
        ReceiptInput(
            GUDANG, date(2026, 11, 2), [ReceiptLine(a, D(1), D(1)), ReceiptLine(b, D(5), D(1))]
        ),
    )
    page = page_for(qtbot, ctx)
    col = [c.title for c in page.model.columns].index("On hand")
    page.table.horizontalHeader().setSortIndicator(col, Qt.SortOrder.DescendingOrder)
    assert [page.model.row(i).name for i in range(2)] == ["Bb kain", "Aa kain"]
