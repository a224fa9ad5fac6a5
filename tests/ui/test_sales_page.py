"""The sales page: the list newest first, search, detail; cancelling and returning through the
credit dialog by keyboard and mouse; staff may not cancel; receivables in their buckets."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rumahbatik.db import Database
from rumahbatik.domain.roles import Role
from rumahbatik.domain.sales import InvoiceStatus, PaymentMethod
from rumahbatik.services import credit_notes, items, sales, settings, users
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import (
    InvoiceData,
    PaymentInput,
    ReturnLine,
    SaleInput,
    SaleLineInput,
)
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.credit_dialog import CreditDialog, credit_preview
from rumahbatik.ui.pdf_preview import PdfPreviewDialog
from rumahbatik.ui.sales_page import (
    PARTIAL_BACKGROUND,
    UNPAID_BACKGROUND,
    InvoicesTab,
    SalesPage,
)
from tests.services.sales_helpers import customer, product

PASSWORD = "rahasia-123"


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    user = users.create_first_admin(sqlite_db, "admin", PASSWORD, "Administrator")
    return Actor(user.id, user.username, user.role, user.full_name)


def ctx_for(db: Database, admin: Actor, role: Role | None = None) -> UiContext:
    actor = admin
    if role is not None:
        user = users.add_user(db, admin, f"u{role.value}", PASSWORD, role, f"User {role.value}")
        actor = Actor(user.id, user.username, user.role, user.full_name)
    return UiContext(db, actor, settings.get_settings(db), ChangeBus())


def page_for(qtbot, ctx: UiContext) -> SalesPage:  # type: ignore[no-untyped-def]
    page = SalesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1360, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(tab: InvoicesTab, row: int, title: str) -> str:
    col = [c.title for c in tab.model.columns].index(title)
    return tab.model.data(tab.model.index(row, col))


def sell(db: Database, actor: Actor, lines: list[tuple[int, str]], **kw: object) -> InvoiceData:
    payments = kw.pop("payments", ())
    inp = SaleInput(tuple(SaleLineInput(i, D(q)) for i, q in lines), **kw)  # type: ignore[arg-type]
    return sales.sell(db, actor, inp, payments)  # type: ignore[arg-type]


def select(qtbot, tab: InvoicesTab, invoice_id: int) -> InvoiceData:  # type: ignore[no-untyped-def]
    assert tab.select_invoice(invoice_id)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.id == invoice_id, timeout=5000)
    assert tab.current is not None
    return tab.current


def table_texts(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def on_hand(db: Database, actor: Actor, item_id: int) -> D:
    return items.get_item(db, actor, item_id).on_hand


# ---------------------------------------------------------------- the list and the detail


def test_list_is_newest_first_search_filters_and_totals(qtbot, sqlite_db, admin):
    db = sqlite_db
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    cv = customer(db, admin, "CV Batik Sejahtera")
    day = sales.today()
    old = sell(db, admin, [(kemeja, "1")], customer_id=cv, invoice_date=day - timedelta(days=20))
    paid = sell(
        db, admin, [(kemeja, "2")], invoice_date=day - timedelta(days=3),
        payments=[PaymentInput(PaymentMethod.CASH)],
    )  # fmt: skip
    part = sell(
        db, admin, [(kemeja, "1")], customer_id=cv,
        payments=[PaymentInput(PaymentMethod.TRANSFER, D(100000), reference="BCA 1")],
    )  # fmt: skip
    page = page_for(qtbot, ctx_for(db, admin))
    tab = page.invoices
    assert [tab.model.row(i).id for i in range(tab.model.rowCount())] == [part.id, paid.id, old.id]
    assert cell(tab, 0, "Total") == "Rp450.000"
    assert cell(tab, 0, "Paid") == "Rp100.000"
    assert cell(tab, 0, "Due") == "Rp350.000"
    assert cell(tab, 0, "Payment") == "Partly paid"
    assert cell(tab, 1, "Payment") == "Paid"
    assert cell(tab, 2, "Payment") == "Unpaid"
    assert cell(tab, 2, "Status") == "Issued"
    background = Qt.ItemDataRole.BackgroundRole
    assert tab.model.data(tab.model.index(0, 0), background).color() == PARTIAL_BACKGROUND
    assert tab.model.data(tab.model.index(2, 0), background).color() == UNPAID_BACKGROUND
    assert tab.model.data(tab.model.index(1, 0), background) is None
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Total"
    qtbot.waitUntil(lambda: "3 invoice(s)" in tab.totals_label.text(), timeout=5000)
    assert "total Rp1.800.000" in tab.totals_label.text()
    assert "paid Rp1.000.000" in tab.totals_label.text()
    assert "due Rp800.000" in tab.totals_label.text()

    # Search as you type (debounced): a customer's name, then a number.
    qtbot.keyClicks(tab.search, "sejahtera")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
    assert {tab.model.row(i).id for i in range(2)} == {old.id, part.id}
    qtbot.waitUntil(lambda: "2 invoice(s)" in tab.totals_label.text(), timeout=5000)
    tab.search.clear()
    qtbot.keyClicks(tab.search, paid.number or "")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # Enter searches at once and selects
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.row(0).id == paid.id
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.id == paid.id, timeout=5000)

    # The payment status filter.
    tab.clear_filters()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=3000)
    assert tab.search.text() == ""
    with qtbot.waitSignal(tab.loaded, timeout=3000):
        tab.payment.setCurrentIndex(tab.payment.findText("Unpaid"))
    assert [tab.model.row(i).id for i in range(tab.model.rowCount())] == [old.id]


def test_detail_shows_lines_payments_and_totals(qtbot, sqlite_db, admin):
    db = sqlite_db
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    kain = product(db, admin, "Kain batik cap Kawung", "275000", technique="cap")
    inv = sell(
        db, admin, [(kemeja, "2"), (kain, "1")],
        payments=[
            PaymentInput(PaymentMethod.CASH, D(1000000), cash_given=D(1000000)),
            PaymentInput(PaymentMethod.QRIS, reference="QR 7781290"),
        ],
    )  # fmt: skip
    page = page_for(qtbot, ctx_for(db, admin))
    tab = page.invoices
    data = select(qtbot, tab, inv.id)
    assert data.total == D(1175000)
    lines = table_texts(tab.lines)
    assert len(lines) == 2
    assert "Kemeja batik tulis Parang" in lines[0][0]
    assert lines[0][3] == "2 pcs" and lines[0][4] == "Rp450.000" and lines[0][6] == "Rp900.000"
    assert lines[1][2] == "cap (stamped)"
    payments = table_texts(tab.payments)
    assert [p[1] for p in payments] == ["Cash", "QRIS"]
    assert payments[0][2] == "Rp1.000.000"
    assert payments[1][2] == "Rp175.000" and payments[1][3] == "QR 7781290"
    assert payments[0][5] == "Administrator"
    detail = tab.detail.text()
    assert inv.number in detail and "Rp1.175.000" in detail
    assert tab.detail_tabs.tabText(1) == "Payments (2)"
    # Issued and paid: nothing to pay, but it may be printed; admins may cancel.
    assert not tab.pay_button.isEnabled()
    assert tab.print_button.isEnabled() and tab.receipt_button.isEnabled()
    assert tab.cancel_button.isEnabled() and tab.return_button.isEnabled()
    assert not tab.edit_button.isEnabled() and not tab.credit_print_button.isEnabled()


# ---------------------------------------------------------------- cancelling and returning


def test_manager_cancels_an_invoice_through_the_dialog(qtbot, sqlite_db, admin, boxes):
    db = sqlite_db
    ctx = ctx_for(db, admin, Role.MANAGER)
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    inv = sell(db, admin, [(kemeja, "2")], payments=[PaymentInput(PaymentMethod.CASH)])
    assert on_hand(db, admin, kemeja) == D(8)
    page = page_for(qtbot, ctx)
    tab = page.invoices
    select(qtbot, tab, inv.id)
    assert tab.cancel_button.isVisible() and tab.cancel_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CreditDialog) and dialog.isVisible()
    assert "Cash Rp900.000" in dialog.summary.text()  # the refund, by method
    # No reason: refused in the dialog, which stays open.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "reason" in dialog.error.text()
    boxes.answer = QMessageBox.StandardButton.No  # "Print it now?"
    qtbot.keyClicks(dialog.reason, "Pelanggan batal membeli")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.last_credit_note is not None, timeout=5000)
    note = tab.last_credit_note
    assert note is not None and note.number.startswith("CN/")
    assert any(note.number in text for text in boxes.texts("question"))
    # The list heard "sales": the invoice is cancelled, its detail shows the credit note.
    qtbot.waitUntil(lambda: cell(tab, 0, "Status") == "Cancelled", timeout=5000)
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    qtbot.waitUntil(
        lambda: tab.current is not None and tab.current.status is InvoiceStatus.CANCELLED,
        timeout=5000,
    )
    assert table_texts(tab.credits)[0][0] == note.number
    assert table_texts(tab.credits)[0][1] == "Cancellation"
    assert [p[2] for p in table_texts(tab.payments)] == ["Rp900.000", "-Rp900.000"]
    assert "Pelanggan batal membeli" in tab.detail.text()
    assert not tab.cancel_button.isEnabled() and not tab.return_button.isEnabled()
    assert tab.credit_print_button.isEnabled()
    # The goods are back on the shelf.
    assert on_hand(db, admin, kemeja) == D(10)
    assert sales.get_invoice(db, admin, inv.id).status is InvoiceStatus.CANCELLED


def test_staff_do_not_see_cancel_or_return(qtbot, sqlite_db, admin):
    db = sqlite_db
    ctx = ctx_for(db, admin, Role.STAFF)
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    inv = sell(db, admin, [(kemeja, "1")], customer_id=customer(db, admin))
    page = page_for(qtbot, ctx)
    tab = page.invoices
    select(qtbot, tab, inv.id)
    for b in (tab.cancel_button, tab.return_button):
        assert not b.isVisible() and not b.isEnabled()
    assert tab.pay_button.isEnabled()  # staff sell and take payments
    tab.cancel()  # the action itself refuses too
    assert tab.dialog is None


def test_a_partial_return_credits_one_line(qtbot, sqlite_db, admin, boxes):
    db = sqlite_db
    ctx = ctx_for(db, admin, Role.MANAGER)
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    kain = product(db, admin, "Kain batik cap Kawung", "275000")
    inv = sell(
        db, admin, [(kemeja, "3"), (kain, "1")],
        payments=[PaymentInput(PaymentMethod.TRANSFER, reference="BCA 42")],
    )  # fmt: skip
    page = page_for(qtbot, ctx)
    tab = page.invoices
    select(qtbot, tab, inv.id)
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CreditDialog) and dialog.mode == "return"
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    line = inv.lines[0]
    spin = dialog.spins[line.id]
    assert spin.maximum() == 3
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    assert dialog.quantities() == {line.id: D(2)}
    assert "Rp900.000" in dialog.summary.text()
    assert "Bank transfer Rp900.000" in dialog.summary.text()  # as paid
    dialog.refund_method.setCurrentIndex(dialog.refund_method.findText("Cash"))
    assert "Cash Rp900.000" in dialog.summary.text()
    qtbot.keyClicks(dialog.reason, "Ukuran tidak pas")
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_credit_note is not None, timeout=5000)
    note = tab.last_credit_note
    assert note is not None and note.total == D(900000) and note.refunded == D(900000)
    qtbot.waitUntil(
        lambda: tab.current is not None and bool(tab.current.credit_notes), timeout=5000
    )
    assert cell(tab, 0, "Status") == "Issued"
    assert cell(tab, 0, "Credited") == "Rp900.000"
    assert table_texts(tab.lines)[0][7] == "2"  # returned
    assert table_texts(tab.credits)[0][1] == "Return"
    refund = table_texts(tab.payments)[-1]
    assert refund[1] == "Cash" and refund[2] == "-Rp900.000"
    assert on_hand(db, admin, kemeja) == D(9)
    assert on_hand(db, admin, kain) == D(9)
    assert tab.return_button.isEnabled()  # one kemeja and the kain may still come back


def test_the_preview_matches_the_credit_note(sqlite_db, admin):
    db = sqlite_db
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "333333")
    inv = sell(db, admin, [(kemeja, "3")], payments=[PaymentInput(PaymentMethod.CASH)])
    line = inv.lines[0]
    total, refund = credit_preview(inv, {line.id: D(1)})
    note = credit_notes.return_goods(db, admin, inv.id, [ReturnLine(line.id, D(1))], "rusak")
    assert (total, refund) == (note.total, note.refunded)
    inv = sales.get_invoice(db, admin, inv.id)
    total, refund = credit_preview(inv, {line.id: D(2)})  # the last pieces take what is left
    note = credit_notes.cancel_invoice(db, admin, inv.id, "batal")
    assert (total, refund) == (note.total, note.refunded)


def test_print_credit_note_shows_the_pdf(qtbot, sqlite_db, admin, monkeypatch):
    db = sqlite_db
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    inv = sell(db, admin, [(kemeja, "1")], payments=[PaymentInput(PaymentMethod.CASH)])
    note = credit_notes.cancel_invoice(db, admin, inv.id, "Salah input")
    page = page_for(qtbot, ctx_for(db, admin))
    tab = page.invoices
    select(qtbot, tab, inv.id)
    assert tab.selected_credit_note_id() == note.id
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self))
    qtbot.mouseClick(tab.credit_print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(opened[0].pdf_bytes())).pages)
    assert note.number in text.replace("\n", " ") or note.number in text
    assert opened[0].suggested_name.endswith(".pdf")


# ---------------------------------------------------------------- receivables


def test_receivables_show_an_unpaid_invoice_in_its_bucket(qtbot, sqlite_db, admin):
    db = sqlite_db
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    cv = customer(db, admin, "CV Batik Sejahtera")
    day = sales.today()
    late = sell(
        db, admin, [(kemeja, "2")], customer_id=cv,
        invoice_date=day - timedelta(days=70), due_date=day - timedelta(days=40),
    )  # fmt: skip
    fresh = sell(db, admin, [(kemeja, "1")], customer_id=cv, due_date=day + timedelta(days=30))
    sell(db, admin, [(kemeja, "1")], payments=[PaymentInput(PaymentMethod.CASH)])  # paid
    # Push the late one off the first page of the list, to see that opening it finds it.
    page = page_for(qtbot, ctx_for(db, admin))
    page.invoices.model.page_size = 1
    with qtbot.waitSignal(page.invoices.loaded, timeout=3000):
        page.invoices.status.setCurrentIndex(page.invoices.status.findText("Draft"))
    assert page.invoices.model.rowCount() == 0
    page.tabs.setCurrentWidget(page.receivables)
    rec = page.receivables
    qtbot.waitUntil(lambda: rec.table.rowCount() == 2, timeout=5000)
    rows = table_texts(rec.table)
    assert rows[0][0] == late.number and rows[0][4] == "40" and rows[0][5] == "Rp900.000"
    assert rows[0][6] == "31–60 days"
    assert rows[1][0] == fresh.number and rows[1][6] == "Not yet due"
    assert "Rp900.000" in rec.bucket_labels["31_60"].text()
    assert "Rp450.000" in rec.bucket_labels["current"].text()
    assert "Rp1.350.000" in rec.total_label.text()
    # Double-click opens the invoice in the Invoices tab, selected.
    rect = rec.table.visualItemRect(rec.table.item(0, 1))
    qtbot.mouseClick(rec.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert rec.pay_button.isEnabled()
    qtbot.mouseDClick(rec.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.currentWidget() is page.invoices
    qtbot.waitUntil(
        lambda: page.invoices.current is not None and page.invoices.current.id == late.id,
        timeout=5000,
    )
    assert page.invoices.selected() is not None and page.invoices.selected().id == late.id
    assert page.invoices.status.currentIndex() == 0  # the filter that hid it is gone
    assert page.invoices.current.id == late.id


def test_recording_a_payment_from_the_receivables(qtbot, sqlite_db, admin, monkeypatch):
    from rumahbatik.ui import payment_dialog

    db = sqlite_db
    kemeja = product(db, admin, "Kemeja batik tulis Parang", "450000")
    cv = customer(db, admin, "CV Batik Sejahtera")
    inv = sell(db, admin, [(kemeja, "1")], customer_id=cv)
    asked: list[tuple[D, str]] = []

    def fake_open(self):  # type: ignore[no-untyped-def]
        asked.append((self.amount_due, self.invoice_number))
        self.payment = lambda: PaymentInput(PaymentMethod.TRANSFER, D(150000), reference="BRI 9")
        self.accepted.emit()
        self.finished.emit(1)

    monkeypatch.setattr(payment_dialog.PaymentDialog, "open", fake_open)
    page = page_for(qtbot, ctx_for(db, admin))
    page.tabs.setCurrentWidget(page.receivables)
    rec = page.receivables
    qtbot.waitUntil(lambda: rec.table.rowCount() == 1, timeout=5000)
    rec.table.selectRow(0)
    qtbot.mouseClick(rec.pay_button, Qt.MouseButton.LeftButton)
    assert asked == [(D(450000), inv.number)]
    qtbot.waitUntil(lambda: "Rp300.000" in rec.total_label.text(), timeout=5000)
    assert sales.get_invoice(db, admin, inv.id).paid == D(150000)
    qtbot.waitUntil(lambda: cell(page.invoices, 0, "Payment") == "Partly paid", timeout=5000)


def test_sales_page_is_in_the_main_window(qtbot, sqlite_db, admin):
    from rumahbatik.ui.main_window import PAGES

    spec = next(p for p in PAGES if p.key == "sales")
    widget = spec.factory(ctx_for(sqlite_db, admin), None)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    assert isinstance(widget, SalesPage)


def test_drafts_are_edited_in_the_order_dialog_and_deleted(qtbot, sqlite_db, admin, monkeypatch):
    from rumahbatik.ui import order_dialog

    db = sqlite_db
    kain = product(db, admin, "Kain batik cap Kawung", "275000")
    draft = sales.create_draft(
        db, admin, SaleInput((SaleLineInput(kain, D(20)),), customer_id=customer(db, admin))
    )
    opened: list[int | None] = []
    monkeypatch.setattr(
        order_dialog.OrderDialog, "open", lambda self: opened.append(self.invoice.id)
    )
    page = page_for(qtbot, ctx_for(db, admin))
    tab = page.invoices
    assert cell(tab, 0, "Status") == "Draft" and cell(tab, 0, "Paid") == ""
    select(qtbot, tab, draft.id)
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    assert tab.print_button.text() == "&Print quotation…"
    assert not tab.cancel_button.isEnabled() and not tab.pay_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert opened == [draft.id]
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)  # boxes answer Yes
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    assert sales_list_count(db, admin) == 0


def sales_list_count(db: Database, actor: Actor) -> int:
    from rumahbatik.services import sales_list

    return sales_list.sales_totals(db, actor).count
