"""The counter ("Kasir") and the order dialog driven by keyboard and mouse."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D
from io import BytesIO
from unittest import mock

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.domain.invoicing import DiscountKind
from rumahbatik.domain.sales import Channel, InvoiceStatus, PaymentMethod, PaymentStatus
from rumahbatik.models import Invoice, Payment
from rumahbatik.services import items, sales, settings
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import SaleInput, SaleLineInput
from rumahbatik.ui import sale_printing
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.counter_page import CounterPage
from rumahbatik.ui.order_dialog import OrderDialog
from rumahbatik.ui.sale_editor import CustomerChoice, SaleEditor, parse_discount
from tests.services.sales_helpers import customer, product
from tests.services.test_stock_ledger import balance

TOKO = 2


@pytest.fixture
def ctx(db: Database, staff: Actor) -> UiContext:
    return UiContext(db, staff, settings.get_settings(db), ChangeBus())


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str, str]]:
    """PDFs that would have been previewed (nothing modal opens in a test)."""
    shown: list[tuple[bytes, str, str]] = []

    def capture(_parent, pdf, title, file_name):  # type: ignore[no-untyped-def]
        shown.append((pdf, title, file_name))

    monkeypatch.setattr(sale_printing, "show_preview", capture)
    return shown


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def receipt_renderer_exists() -> bool:
    try:
        import rumahbatik.reports.receipt_pdf  # noqa: F401
    except ImportError:
        return False
    return True


def invoices(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Invoice)) or 0


def open_counter(qtbot, ctx: UiContext) -> CounterPage:  # type: ignore[no-untyped-def]
    page = CounterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def scan(qtbot, page: CounterPage, code: str) -> None:  # type: ignore[no-untyped-def]
    field = page.editor.scan
    field.setFocus()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_in_cell(qtbot, table, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type over the current cell as a cashier does: the first key opens the editor."""
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table and editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on a queued call.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_counter_sale_by_keyboard_scan_twice_pay_cash_and_print(
    qtbot, ctx: UiContext, db: Database, printed, boxes
):
    kawung = product(db, ctx.actor, "Kain batik tulis Kawung", "287500", on_shelf="5")
    code = items.get_item(db, ctx.actor, kawung).scan_code
    changed: list[str] = []
    ctx.bus.changed.connect(changed.append)
    page = open_counter(qtbot, ctx)
    assert page.editor.scan.hasFocus()
    assert "Walk-in" in page.editor.customer_label.text()

    scan(qtbot, page, code)
    scan(qtbot, page, code)  # the same piece again: one line, quantity 2
    editor = page.editor
    assert editor.item_ids() == [kawung]
    assert editor.table.item(0, SaleEditor.QTY).text() == "2"
    assert editor.table.item(0, SaleEditor.ON_HAND).text() == "5"
    assert editor.table.item(0, SaleEditor.TOTAL).text() == "Rp575.000"
    assert page.big_total.text() == "Rp575.000"
    assert editor.scan.hasFocus()  # ready for the next scan

    qtbot.keyClick(editor.scan, Qt.Key.Key_F9)
    dialog = page.payment_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.method is PaymentMethod.CASH
    qtbot.waitUntil(dialog.cash_given.hasFocus)
    qtbot.keyClicks(dialog.cash_given, "600.000")
    assert dialog.change.text() == "Change: Rp25.000"
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_invoice is not None, timeout=10000)

    inv = page.last_invoice
    year = sales.today().year
    assert inv.number == f"INV/{year}/000001"
    assert inv.status is InvoiceStatus.ISSUED and inv.payment_status is PaymentStatus.PAID
    assert inv.channel is Channel.COUNTER and inv.total == D(575000)
    assert inv.cash_change == D(25000)
    assert balance(db, kawung, TOKO) == D(3)
    with db.read() as s:
        pay = s.scalars(select(Payment)).one()
        assert (pay.method, pay.amount, pay.cash_given, pay.change_given) == (
            "cash",
            D(575000),
            D(600000),
            D(25000),
        )
    assert "Rp25.000" in page.last_sale.text() and inv.number in page.last_sale.text()
    # The screen is ready for the next customer.
    assert editor.line_count() == 0 and page.big_total.text() == "Rp0"
    assert {"sales", "stock"} <= set(changed)
    # The receipt went to the preview.
    if receipt_renderer_exists():
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=10000)
        pdf, title, name = printed[0]
        assert inv.number in title and name.endswith(".pdf")
        text = pdf_text(pdf)
        assert inv.number in text and "Rp575.000" in text and "Rp25.000" in text
    else:
        qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=10000)
        assert "cannot print" in boxes.texts("information")[0]


def test_picker_line_discount_invoice_discount_and_keys(qtbot, ctx: UiContext, db: Database):
    product(db, ctx.actor, "Selendang sutra Parang", "150000", on_shelf="3")
    product(db, ctx.actor, "Kemeja batik cap Truntum", "200000", on_shelf="3")
    page = open_counter(qtbot, ctx)
    editor = page.editor
    chosen = []

    def pick_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        chosen.append(dialog.results.count())
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    QTimer.singleShot(200, pick_in_dialog)
    scan(qtbot, page, "parang")  # not a code: the picker opens, Enter takes the match
    assert chosen == [1] and editor.line_count() == 1
    assert editor.table.item(0, SaleEditor.NAME).text() == "Selendang sutra Parang"
    if not page.isActiveWindow():  # the offscreen platform does not hand activation back
        with qtbot.waitActive(page):
            page.activateWindow()

    table = editor.table
    table.setFocus()
    table.setCurrentCell(0, SaleEditor.QTY)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert table.item(0, SaleEditor.QTY).text() == "3"
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert table.item(0, SaleEditor.QTY).text() == "2"
    # Typing over the discount cell: "10%" is a percentage of the line.
    table.setCurrentCell(0, SaleEditor.DISCOUNT)
    type_in_cell(qtbot, table, "10%")
    assert table.item(0, SaleEditor.DISCOUNT).text() == "10%"
    assert table.item(0, SaleEditor.TOTAL).text() == "Rp270.000"
    # F8 jumps to the invoice discount; an amount there comes off the subtotal.
    qtbot.keyClick(table, Qt.Key.Key_F8)
    assert editor.discount.hasFocus()
    qtbot.keyClicks(editor.discount, "20.000")
    assert editor.total_labels["line_discounts"].text() == "-Rp30.000"
    assert editor.total_labels["subtotal"].text() == "Rp270.000"
    assert editor.total_labels["invoice_discount"].text() == "-Rp20.000"
    assert page.big_total.text() == "Rp250.000"
    inp = editor.sale_input()
    assert inp.discount.kind is DiscountKind.AMOUNT and inp.discount.value == D(20000)
    assert inp.lines[0].discount.kind is DiscountKind.PERCENT and inp.customer_id is None
    # Delete removes the line; Esc (after asking) clears the sale.
    table.setFocus()
    table.setCurrentCell(0, SaleEditor.SKU)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.line_count() == 0 and page.big_total.text() == "Rp0"
    assert parse_discount("12,5%").value == D("12.5")


def test_vat_on_shows_dpp_and_ppn(qtbot, ctx: UiContext, db: Database, admin: Actor):
    settings.update_settings(db, admin, {"vat_enabled": True})
    kain = product(db, ctx.actor, "Kain batik", "1200000", on_shelf="2")
    page = open_counter(qtbot, ctx)
    scan(qtbot, page, items.get_item(db, ctx.actor, kain).scan_code)
    labels = page.editor.total_labels
    assert labels["vat_base"].isVisible() and labels["vat_base"].text() == "Rp1.100.000"
    assert labels["vat"].text() == "Rp132.000" and labels["total"].text() == "Rp1.332.000"


def test_shortfall_refused_with_the_message_and_nothing_written(
    qtbot, ctx: UiContext, db: Database, boxes
):
    kain = product(db, ctx.actor, "Kain batik Sidomukti", "500000", on_shelf="1")
    page = open_counter(qtbot, ctx)
    scan(qtbot, page, items.get_item(db, ctx.actor, kain).scan_code)
    scan(qtbot, page, items.get_item(db, ctx.actor, kain).scan_code)
    assert page.editor.shortfall.isVisible()
    assert "Not enough Kain batik Sidomukti" in page.editor.shortfall.text()
    qtbot.keyClick(page.editor.scan, Qt.Key.Key_F9)
    assert page.payment_dialog is None  # no money asked for goods the shop lacks
    assert page.error.isVisible() and "Not enough Kain batik Sidomukti" in page.error.text()
    assert "1 " in page.error.text() and "2 " in page.error.text()
    assert invoices(db) == 0 and balance(db, kain, TOKO) == D(1)
    assert page.editor.line_count() == 1  # nothing lost from the screen

    # Sold elsewhere between the scan and the payment: the service refuses, nothing lost.
    page.editor.set_cell(0, SaleEditor.QTY, "1")
    page.editor.refresh_on_hand = lambda: None  # the screen still believes in its stale count
    sales.sell(db, ctx.actor, SaleInput(lines=(SaleLineInput(kain, D(1)),)))
    qtbot.keyClick(page.editor.scan, Qt.Key.Key_F9)
    dialog = page.payment_dialog
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.operation is None and page.error.isVisible(), timeout=10000)
    assert "Not enough Kain batik Sidomukti" in page.error.text()
    assert boxes.texts() == []  # said once, on the screen, not in a box on top
    assert invoices(db) == 1 and page.editor.line_count() == 1
    assert page.last_invoice is None


def test_order_saved_as_draft_reopened_and_issued(
    qtbot, ctx: UiContext, db: Database, boxes, printed
):
    batik = product(db, ctx.actor, "Seragam batik cap", "175000", on_shelf="40")
    buyer = customer(db, ctx.actor, "SMA Negeri 3 Yogyakarta", "institution")
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    terms = int(ctx.settings["payment_terms_days"])
    assert dialog.due_date.date().toPython() == sales.today() + timedelta(days=terms)
    scan(qtbot, dialog, items.get_item(db, ctx.actor, batik).scan_code)
    dialog.editor.set_cell(0, SaleEditor.QTY, "30")
    dialog.editor.set_cell(0, SaleEditor.PRICE, "160.000")  # the wholesale price
    # An order needs a customer.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Customer" in dialog.error.text()
    assert invoices(db) == 0
    dialog.editor.set_customer(CustomerChoice(buyer, "SMA Negeri 3 Yogyakarta"))
    qtbot.keyClicks(dialog.editor.notes, "Seragam guru angkatan 2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.invoice is not None, timeout=10000)
    draft = dialog.invoice
    assert draft.status is InvoiceStatus.DRAFT and draft.quotation_number
    assert draft.total == D(4800000) and draft.channel is Channel.ORDER
    assert balance(db, batik, TOKO) == D(40)  # a draft takes no stock
    dialog.close()

    again = OrderDialog(ctx, None, draft.id)
    qtbot.addWidget(again)
    again.show()
    assert again.editor.line_count() == 1
    assert again.editor.table.item(0, SaleEditor.PRICE).text() == "160.000"
    assert again.editor.customer_label.text() == "SMA Negeri 3 Yogyakarta"
    assert again.editor.notes.text() == "Seragam guru angkatan 2026"
    assert draft.quotation_number in again.title.text()
    again.editor.set_cell(0, SaleEditor.QTY, "32")
    # Issue: no payment now (No), then print it (Yes).
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def answer(_p, title, text, *a, **k):  # type: ignore[no-untyped-def]
        boxes.shown.append(("question", title, text))
        return next(answers)

    with mock.patch.object(QMessageBox, "question", staticmethod(answer)):
        qtbot.mouseClick(again.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: again.invoice is not None and again.invoice.number is not None, timeout=10000
        )
        qtbot.waitUntil(
            lambda: len(printed) == 1 or bool(boxes.texts("information")), timeout=10000
        )
    issued = again.invoice
    assert issued.number == f"INV/{sales.today().year}/000001"
    assert issued.total == D(5120000) and issued.payment_status is PaymentStatus.UNPAID
    assert issued.due_date == sales.today() + timedelta(days=terms)
    assert balance(db, batik, TOKO) == D(8)
    assert not again.save_button.isEnabled() and not again.editor.isEnabled()
    assert "Print it now?" in boxes.texts("question")[-1]


def test_staff_open_the_counter_from_the_sidebar(qtbot, window_for):
    window = window_for("dewi")
    keys = window.page_keys()
    assert keys.index("counter") == keys.index("sales") - 1
    page = window.open_page("counter")
    assert isinstance(page, CounterPage)
    qtbot.waitUntil(page.editor.scan.hasFocus)
    assert page.pay_button.text() == "F9  Pay"


def test_f4_customer_qris_payment_and_esc_clear(
    qtbot, ctx: UiContext, db: Database, boxes, printed
):
    sarung = product(db, ctx.actor, "Sarung batik cap Sekar Jagad", "95000", on_shelf="10")
    code = items.get_item(db, ctx.actor, sarung).scan_code
    buyer = customer(db, ctx.actor, "Ibu Ratna Sari", "retail")
    page = open_counter(qtbot, ctx)

    # Esc with lines asks first; "No" keeps the sale.
    scan(qtbot, page, code)
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(page.editor.scan, Qt.Key.Key_Escape)
    assert boxes.texts("question") == ["Remove all lines of this sale?"]
    assert page.editor.line_count() == 1
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.editor.scan, Qt.Key.Key_Escape)
    assert page.editor.line_count() == 0 and page.big_total.text() == "Rp0"

    scan(qtbot, page, code)
    picked: list[int] = []

    def pick_customer() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.search, "ratna")
        dialog.run_search()
        picked.append(dialog.results.count())
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    QTimer.singleShot(200, pick_customer)
    qtbot.keyClick(page.editor.scan, Qt.Key.Key_F4)
    assert picked == [1] and page.editor.customer_label.text() == "Ibu Ratna Sari"
    with qtbot.waitActive(page):
        page.activateWindow()
    page.editor.scan.setFocus()
    qtbot.keyClick(page.editor.scan, Qt.Key.Key_F9)
    dialog = page.payment_dialog
    qtbot.keyClick(dialog.method_buttons[PaymentMethod.CASH], Qt.Key.Key_3)
    assert dialog.method is PaymentMethod.QRIS
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)  # no reference: refused, stays open
    assert dialog.isVisible() and "reference" in dialog.error.text()
    qtbot.keyClicks(dialog.reference, "QRIS-5531")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_invoice is not None, timeout=10000)
    inv = page.last_invoice
    assert inv.customer_id == buyer and inv.payment_status is PaymentStatus.PAID
    assert inv.payments[0].method is PaymentMethod.QRIS
    assert inv.payments[0].reference == "QRIS-5531"
    # The next customer is a walk-in again.
    assert "Walk-in" in page.editor.customer_label.text()
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=10000)  # the receipt
    assert "QRIS-5531" in pdf_text(printed[0][0])


def test_order_issued_with_a_first_payment(qtbot, ctx: UiContext, db: Database, printed):
    kain = product(db, ctx.actor, "Kain batik cap Mega Mendung", "120000", on_shelf="20")
    buyer = customer(db, ctx.actor, "Koperasi Batik Giriloyo", "wholesale")
    dialog = OrderDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    scan(qtbot, dialog, items.get_item(db, ctx.actor, kain).scan_code)
    dialog.editor.set_cell(0, SaleEditor.QTY, "10")
    dialog.editor.set_customer(CustomerChoice(buyer, "Koperasi Batik Giriloyo"))
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])

    def answer(*_a, **_k):  # type: ignore[no-untyped-def]
        return next(answers)

    with mock.patch.object(QMessageBox, "question", staticmethod(answer)):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.payment_dialog is not None, timeout=10000)
        pay = dialog.payment_dialog
        assert pay.amount_due == D(1200000)
        pay.set_method(PaymentMethod.TRANSFER)
        pay.amount.setText("500.000")
        qtbot.keyClicks(pay.reference, "BRI 7781")
        qtbot.keyClick(pay.reference, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.invoice.number is not None, timeout=10000)
    inv = dialog.invoice
    assert inv.paid == D(500000) and inv.payment_status is PaymentStatus.PARTIAL
    assert inv.amount_due == D(700000) and printed == []  # "No" to printing
    assert balance(db, kain, TOKO) == D(10)
    assert dialog.quotation_button.text() == "Print invoice"


def test_close_cash_button_opens_the_cash_closing(qtbot, ctx: UiContext):
    from rumahbatik.ui.cash_closing_dialog import CashClosingDialog

    page = open_counter(qtbot, ctx)
    qtbot.mouseClick(page.close_cash_button, Qt.MouseButton.LeftButton)
    dialogs = page.findChildren(CashClosingDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
