"""The payment dialog: method keys, change, quick cash, references and validation."""

from __future__ import annotations

from decimal import Decimal as D
from io import BytesIO

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from rumahbatik.db import Database
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.services import settings, users
from rumahbatik.services.context import Actor
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.payment_dialog import PaymentDialog, quick_cash_amounts


@pytest.fixture
def ctx(sqlite_db: Database) -> UiContext:
    user = users.create_first_admin(sqlite_db, "admin", "admin-pass-123", "Administrator")
    actor = Actor(user.id, user.username, user.role, user.full_name)
    return UiContext(sqlite_db, actor, settings.get_settings(sqlite_db), ChangeBus())


def open_dialog(qtbot, ctx: UiContext, amount: str) -> PaymentDialog:  # type: ignore[no-untyped-def]
    dialog = PaymentDialog(ctx, None, D(amount), invoice_number="INV/2026/000007")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_quick_cash_amounts_round_up_to_likely_notes():
    assert quick_cash_amounts(D(287500)) == [D(287500), D(290000), D(300000), D(400000)]
    assert quick_cash_amounts(D(100000)) == [D(100000), D(105000), D(110000), D(150000)]


def test_cash_change_is_live_and_short_cash_is_refused(qtbot, ctx: UiContext):
    dialog = open_dialog(qtbot, ctx, "287500")
    assert dialog.method is PaymentMethod.CASH and dialog.cash_given.hasFocus()
    assert dialog.amount.text() == "287.500"
    qtbot.keyClicks(dialog.cash_given, "250.000")
    assert dialog.change.text() == "Short by Rp37.500"
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert "less than the amount to pay (Rp287.500)" in dialog.error.text()
    # The quick button "Rp300.000" fills the cash given; the change shows at once.
    qtbot.mouseClick(dialog.quick_buttons[2], Qt.MouseButton.LeftButton)
    assert dialog.cash_given.text() == "300.000"
    assert dialog.change.text() == "Change: Rp12.500" and dialog.change_amount() == D(12500)
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    pay = dialog.payment()
    assert (pay.method, pay.amount, pay.cash_given, pay.reference) == (
        PaymentMethod.CASH, D(287500), D(300000), ""
    )  # fmt: skip


def test_exact_cash_and_partial_amount(qtbot, ctx: UiContext):
    dialog = open_dialog(qtbot, ctx, "1000000")
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "400.000")  # a first part payment
    qtbot.mouseClick(dialog.quick_buttons[0], Qt.MouseButton.LeftButton)
    assert dialog.quick_buttons[0].text() == "Exact"
    assert dialog.cash_given.text() == "1.000.000"  # exact of the amount due
    dialog.cash_given.setText("400.000")
    assert dialog.change.text() == "Change: Rp0"
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)
    assert dialog.payment().amount == D(400000)
    # More than is due is refused.
    again = open_dialog(qtbot, ctx, "50000")
    again.amount.setText("60.000")
    qtbot.keyClick(again.cash_given, Qt.Key.Key_Return)
    assert again.isVisible() and "more than the Rp50.000 still due" in again.error.text()


def test_transfer_needs_a_reference_and_keys_choose_the_method(qtbot, ctx: UiContext):
    dialog = open_dialog(qtbot, ctx, "150000")
    qtbot.mouseClick(dialog.method_buttons[PaymentMethod.TRANSFER], Qt.MouseButton.LeftButton)
    assert dialog.method is PaymentMethod.TRANSFER
    assert dialog.reference.isVisible() and not dialog.cash_given.isVisible()
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Enter the reference of the payment by Bank transfer" in dialog.error.text()
    # Digits typed on a button (not in a field) choose the method: 1 cash, 3 QRIS.
    button = dialog.method_buttons[PaymentMethod.TRANSFER]
    qtbot.keyClick(button, Qt.Key.Key_1)
    assert (
        dialog.method is PaymentMethod.CASH
        and dialog.method_buttons[PaymentMethod.CASH].isChecked()
    )
    qtbot.keyClick(button, Qt.Key.Key_2)
    assert dialog.method is PaymentMethod.TRANSFER
    qtbot.keyClicks(dialog.reference, "BCA 2311-0042")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    pay = dialog.payment()
    assert pay.method is PaymentMethod.TRANSFER and pay.reference == "BCA 2311-0042"
    assert pay.cash_given is None and pay.amount == D(150000)


def test_qris_shows_the_centres_static_image(qtbot, ctx: UiContext):
    buffer = BytesIO()
    Image.new("RGB", (300, 300), "white").save(buffer, format="PNG")
    settings.update_settings(ctx.db, ctx.actor, {"qris_image": buffer.getvalue()})
    dialog = open_dialog(qtbot, ctx, "75000")
    assert not dialog.qris.isVisible()
    qtbot.keyClick(dialog.method_buttons[PaymentMethod.CASH], Qt.Key.Key_3)
    assert dialog.method is PaymentMethod.QRIS and dialog.qris.isVisible()
    assert dialog.qris.pixmap() is not None and not dialog.qris.pixmap().isNull()
    assert not dialog.change.isVisible()
    qtbot.keyClicks(dialog.reference, "QR-889812")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.payment().method is PaymentMethod.QRIS


def test_qris_without_an_image_says_where_to_add_it(qtbot, ctx: UiContext):
    dialog = open_dialog(qtbot, ctx, "75000")
    dialog.set_method(PaymentMethod.QRIS)
    assert "No QRIS image is set" in dialog.qris.text()
