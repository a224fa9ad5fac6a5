"""The daily cash closing dialog driven by keyboard and mouse: the takings per method, the
counted cash typed in Indonesian notation, the difference as you type, closing writes the
row, a closed day shows read-only, managers close another cashier's drawer."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from rumahbatik.domain.roles import Role
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.models import CashClosing
from rumahbatik.services import sales, users
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, SaleInput, SaleLineInput
from rumahbatik.services.settings import get_settings
from rumahbatik.ui.cash_closing_dialog import GOOD, CashClosingDialog
from rumahbatik.ui.context import ChangeBus, UiContext
from tests.services.sales_helpers import product


def _actor(u: users.UserData) -> Actor:
    return Actor(u.id, u.username, u.role, u.full_name)


@pytest.fixture
def shop(sqlite_db):
    """Dewi sold for cash, transfer and QRIS today; Siti (manager) for cash."""
    db = sqlite_db
    admin = _actor(users.create_first_admin(db, "admin", "rahasia-123", "Administrator"))
    dewi = _actor(users.add_user(db, admin, "dewi", "rahasia-123", Role.STAFF, "Dewi Lestari"))
    siti = _actor(users.add_user(db, admin, "siti", "rahasia-123", Role.MANAGER, "Siti Aminah"))
    kain = product(db, admin, "Kain batik cap Manggur", "225000", on_shelf="20")

    def sell(actor: Actor, qty: int, payment: PaymentInput) -> None:
        sales.sell(db, actor, SaleInput((SaleLineInput(kain, D(qty)),)), [payment])

    sell(dewi, 1, PaymentInput(PaymentMethod.CASH, cash_given=D(250_000)))
    sell(dewi, 2, PaymentInput(PaymentMethod.TRANSFER, reference="TRF-9"))
    sell(dewi, 1, PaymentInput(PaymentMethod.QRIS, reference="QR-1"))
    sell(siti, 4, PaymentInput(PaymentMethod.CASH))
    return db, dewi, siti


def make(qtbot, db, actor: Actor) -> CashClosingDialog:
    ctx = UiContext(db, actor, get_settings(db), ChangeBus())
    dialog = CashClosingDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.day_data is not None, timeout=5000)
    return dialog


def test_type_the_count_see_the_difference_and_close(qtbot, shop) -> None:
    db, dewi, _siti = shop
    dialog = make(qtbot, db, dewi)
    assert dialog.cashier.currentText() == "Dewi Lestari"
    assert not dialog.cashier.isEnabled()  # staff close only their own drawer
    assert dialog.method_values[PaymentMethod.CASH].text() == "Rp225.000"
    assert dialog.method_values[PaymentMethod.TRANSFER].text() == "Rp450.000"
    assert dialog.method_values[PaymentMethod.QRIS].text() == "Rp225.000"
    assert dialog.total_value.text() == "Rp900.000"
    assert dialog.payments.rowCount() == 3
    assert "3" in dialog.count_label.text()

    # the opening float: 500.000 in Indonesian notation
    dialog.float_edit.selectAll()
    qtbot.keyClicks(dialog.float_edit, "500.000")
    assert dialog.expected_label.text() == "Rp725.000"
    assert dialog.difference_label.text() == "–"
    qtbot.keyClicks(dialog.counted_edit, "720.000")
    assert dialog.difference_label.text() == "Rp5.000 short"
    assert GOOD not in dialog.difference_label.styleSheet()
    dialog.counted_edit.clear()
    qtbot.keyClicks(dialog.counted_edit, "725.000")
    assert dialog.difference_label.text() == "Rp0 (exact)"
    assert GOOD in dialog.difference_label.styleSheet()
    # a typing slip is said, not guessed
    qtbot.keyClicks(dialog.counted_edit, "x")
    assert not dialog.error.isHidden()
    assert dialog.difference_label.text() == ""
    qtbot.keyClick(dialog.counted_edit, Qt.Key.Key_Backspace)
    assert dialog.error.isHidden()
    qtbot.keyClick(dialog.counted_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.counted_edit, "720.000")  # 5.000 short after all
    assert dialog.difference_label.text() == "Rp5.000 short"
    assert dialog.error.isHidden()
    qtbot.keyClicks(dialog.notes_edit, "Uang kembalian tercecer")
    dialog.grab().save("/tmp/cash_closing_open.png")

    with qtbot.waitSignal(dialog.closed, timeout=5000) as done:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    closing = done.args[0]
    assert closing.difference == D(-5_000)
    with db.read() as s:
        row = s.scalars(select(CashClosing)).one()
        assert row.cashier_id == dewi.user_id
        assert (D(row.cash_counted), D(row.cash_expected), D(row.difference)) == (
            D(720_000),
            D(725_000),
            D(-5_000),
        )
        assert D(row.opening_float) == D(500_000)
        assert row.notes == "Uang kembalian tercecer"
    # the recorded closing stays on screen, read-only
    assert dialog.counted_edit.isReadOnly()
    assert not dialog.close_button.isVisible()
    assert "Dewi Lestari" in dialog.status_label.text()
    dialog.grab().save("/tmp/cash_closing_closed.png")


def test_a_closed_day_opens_read_only(qtbot, shop) -> None:
    db, dewi, _siti = shop
    from rumahbatik.services import cash_closing

    cash_closing.close_cash_day(db, dewi, sales.today(), D(225_000), notes="pas")
    dialog = make(qtbot, db, dewi)
    assert dialog.day_data.closing is not None
    assert dialog.counted_edit.text() == "225.000"
    assert dialog.counted_edit.isReadOnly() and dialog.float_edit.isReadOnly()
    assert not dialog.close_button.isVisible()
    assert dialog.difference_label.text() == "Rp0 (exact)"
    # Enter in the count does not close twice
    qtbot.keyClick(dialog.counted_edit, Qt.Key.Key_Return)
    with db.read() as s:
        assert len(s.scalars(select(CashClosing)).all()) == 1


def test_a_manager_closes_another_cashiers_drawer(qtbot, shop) -> None:
    db, dewi, siti = shop
    dialog = make(qtbot, db, siti)
    assert dialog.method_values[PaymentMethod.CASH].text() == "Rp900.000"
    qtbot.waitUntil(lambda: dialog.cashier.count() >= 3, timeout=5000)
    assert dialog.cashier.isEnabled()
    dialog.cashier.setCurrentIndex(dialog.cashier.findData(dewi.user_id))
    qtbot.waitUntil(
        lambda: dialog.day_data is not None and dialog.day_data.cashier_id == dewi.user_id,
        timeout=5000,
    )
    assert dialog.method_values[PaymentMethod.CASH].text() == "Rp225.000"
    qtbot.keyClicks(dialog.counted_edit, "225.000")
    with qtbot.waitSignal(dialog.closed, timeout=5000):
        qtbot.keyClick(dialog.counted_edit, Qt.Key.Key_Return)
    with db.read() as s:
        row = s.scalars(select(CashClosing)).one()
        assert (row.cashier_id, row.closed_by_id, D(row.difference)) == (
            dewi.user_id,
            siti.user_id,
            D(0),
        )
