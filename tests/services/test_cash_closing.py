"""The daily cash closing: takings per method and cashier net of refunds, the counted cash
against the expected, one closing per day and cashier, a closed day refuses payments, who may
close whose day; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.models import AuditEntry, CashClosing
from rumahbatik.services import cash_closing, credit_notes, sales
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, SaleInput, SaleLineInput
from tests.services.sales_helpers import product

CASH, TRANSFER, QRIS = PaymentMethod.CASH, PaymentMethod.TRANSFER, PaymentMethod.QRIS


def sell(db: Database, actor: Actor, item: int, qty: str, *payments: PaymentInput) -> int:
    inv = sales.sell(db, actor, SaleInput((SaleLineInput(item, D(qty)),)), payments)
    return inv.id


@pytest.fixture
def day_of_sales(db: Database, staff: Actor, manager: Actor) -> dict[str, int]:
    """Dewi (staff) sells for cash, transfer and QRIS; Siti (manager) sells for cash and
    later cancels one of Dewi's cash sales, refunding it from her own drawer."""
    kain = product(db, staff, "Kain batik cap Manggur", "225000", on_shelf="20")
    masker = product(db, staff, "Masker batik", "15000", on_shelf="50")
    ids = {"kain": kain, "masker": masker}
    # Dewi: cash 225,000 (given 250,000) + cash 30,000 + transfer 450,000 + QRIS 15,000
    sell(db, staff, kain, "1", PaymentInput(CASH, cash_given=D(250_000)))
    ids["refunded"] = sell(db, staff, masker, "2", PaymentInput(CASH))
    sell(db, staff, kain, "2", PaymentInput(TRANSFER, reference="TRF-01"))
    sell(db, staff, masker, "1", PaymentInput(QRIS, reference="QR-77"))
    # Siti: cash 675,000 and a part payment by QRIS of 100,000 on a 225,000 sale
    sell(db, manager, kain, "3", PaymentInput(CASH, cash_given=D(700_000)))
    sell(db, manager, kain, "1", PaymentInput(QRIS, amount=D(100_000), reference="QR-78"))
    # Siti cancels Dewi's masker sale: 30,000 goes back in cash out of Siti's drawer
    credit_notes.cancel_invoice(db, manager, ids["refunded"], "Salah ukuran", refund_method=CASH)
    return ids


def test_takings_per_method_and_cashier_net_of_refunds(
    db: Database, staff: Actor, manager: Actor, day_of_sales: dict[str, int]
) -> None:
    today = sales.today()
    dewi = cash_closing.cash_day(db, staff, today)
    assert dewi.cashier_id == staff.user_id
    assert dewi.cashier_name == "Dewi Lestari"
    assert dewi.totals == {CASH: D(255_000), TRANSFER: D(450_000), QRIS: D(15_000)}
    assert dewi.cash == D(255_000)  # the change given back never counts
    assert dewi.refunds == D(0)
    assert dewi.payment_count == 4
    assert len(dewi.payments) == 4
    assert {p.reference for p in dewi.payments} == {"", "TRF-01", "QR-77"}
    assert all(p.invoice_number.startswith("INV/") for p in dewi.payments)
    assert dewi.closing is None

    siti = cash_closing.cash_day(db, manager, today)
    assert siti.totals == {CASH: D(645_000), TRANSFER: D(0), QRIS: D(100_000)}
    assert siti.refunds == D(30_000)
    assert siti.payment_count == 2  # the refund is listed, not counted as a payment
    refund = [p for p in siti.payments if p.amount < 0]
    assert len(refund) == 1 and refund[0].credit_note_number.startswith("CN/")

    # a manager reads Dewi's day too; another day is empty
    assert cash_closing.cash_day(db, manager, today, staff.user_id).totals == dewi.totals
    empty = cash_closing.cash_day(db, staff, today - timedelta(days=1))
    assert empty.payment_count == 0 and empty.cash == D(0)


def test_closing_records_the_difference_once(
    db: Database, staff: Actor, manager: Actor, day_of_sales: dict[str, int]
) -> None:
    today = sales.today()
    closed = cash_closing.close_cash_day(
        db, staff, today, D(750_000), opening_float=D(500_000), notes="  kurang lima ribu  "
    )
    # expected = 500,000 float + 255,000 cash; counted 750,000 → 5,000 short
    assert closed.cash_expected == D(755_000)
    assert closed.cash_counted == D(750_000)
    assert closed.difference == D(-5_000)
    assert (closed.cash_total, closed.transfer_total, closed.qris_total) == (
        D(255_000),
        D(450_000),
        D(15_000),
    )
    assert closed.payment_count == 4
    assert closed.notes == "kurang lima ribu"
    assert closed.closed_by == "Dewi Lestari"
    with db.read() as s:
        row = s.scalars(select(CashClosing)).one()
        assert D(row.difference) == D(-5_000)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "close_cash")).one()
        assert entry.entity == "cash_closing"
        assert "-5000" in str(entry.changes)

    # the day now shows its closing; a second close is refused
    assert cash_closing.cash_day(db, staff, today).closing == closed
    with pytest.raises(ValidationError) as err:
        cash_closing.close_cash_day(db, staff, today, D(755_000))
    assert err.value.code == "cash_day_already_closed"
    # Siti's drawer is her own: she closes it exactly (refund already out of the cash)
    siti = cash_closing.close_cash_day(db, manager, today, D(645_000))
    assert siti.difference == D(0)
    listed = cash_closing.list_closings(db, manager, today, today)
    assert sorted(c.cashier_name for c in listed) == ["Dewi Lestari", "Siti Aminah"]
    # a cashier lists only their own closings
    assert [c.id for c in cash_closing.list_closings(db, staff, today, today)] == [closed.id]


def test_a_closed_day_takes_no_payment_or_refund(
    db: Database, staff: Actor, manager: Actor, day_of_sales: dict[str, int]
) -> None:
    today = sales.today()
    cash_closing.close_cash_day(db, staff, today, D(255_000))
    inv = sales.sell(db, staff, SaleInput((SaleLineInput(day_of_sales["kain"], D(1)),)))
    with pytest.raises(ValidationError) as err:
        sales.record_payment(db, staff, inv.id, PaymentInput(CASH))
    assert err.value.code == "cash_day_closed"
    # a sale paid at once is refused as a whole: nothing is left half-written
    with pytest.raises(ValidationError) as err:
        sell(db, staff, day_of_sales["masker"], "1", PaymentInput(CASH))
    assert err.value.code == "cash_day_closed"
    # another cashier's drawer is still open
    paid = sales.record_payment(db, manager, inv.id, PaymentInput(CASH))
    assert paid.amount_due == D(0)
    # once Siti closes, her refunds for the day are refused too
    cash_closing.close_cash_day(db, manager, today, D(870_000))
    with pytest.raises(ValidationError) as err:
        credit_notes.cancel_invoice(db, manager, inv.id, "Batal", refund_method=CASH)
    assert err.value.code == "cash_day_closed"


def test_who_may_close_whose_day(
    db: Database, admin: Actor, staff: Actor, manager: Actor, instructor: Actor,
    day_of_sales: dict[str, int],
) -> None:  # fmt: skip
    today = sales.today()
    with pytest.raises(PermissionDenied):
        cash_closing.close_cash_day(db, staff, today, D(0), cashier_id=manager.user_id)
    with pytest.raises(PermissionDenied):
        cash_closing.cash_day(db, staff, today, manager.user_id)
    with pytest.raises(PermissionDenied):
        cash_closing.cash_day(db, instructor, today)
    with pytest.raises(ValidationError) as err:
        cash_closing.close_cash_day(db, staff, today, D(-1))
    assert err.value.code == "cash_counted_negative"
    with pytest.raises(ValidationError) as err:
        cash_closing.close_cash_day(db, staff, today, D("1.5"))
    assert err.value.code == "amount_not_whole"
    # a manager closes Dewi's day for her; it is Dewi's closing, closed by Siti
    closed = cash_closing.close_cash_day(db, manager, today, D(255_000), cashier_id=staff.user_id)
    assert (closed.cashier_name, closed.closed_by, closed.difference) == (
        "Dewi Lestari",
        "Siti Aminah",
        D(0),
    )
    # the cashier choice: managers see every seller, staff only themselves
    everyone = dict(cash_closing.list_cashiers(db, manager))
    assert {"Dewi Lestari", "Siti Aminah", "Administrator"} <= set(everyone.values())
    assert "Ratna Kusumawati" not in everyone.values()  # instructors do not sell
    assert cash_closing.list_cashiers(db, staff) == [(staff.user_id, "Dewi Lestari")]
