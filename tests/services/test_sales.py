"""Selling: counter sales, drafts and issuing, totals with discounts and VAT, payments and
their status, cancellation and returns by credit note, gapless numbers; SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.invoicing import Discount, DiscountKind
from rumahbatik.domain.sales import (
    Channel,
    CreditKind,
    InvoiceStatus,
    PaymentMethod,
    PaymentStatus,
)
from rumahbatik.models import AuditEntry, Invoice, Payment, StockMove
from rumahbatik.services import credit_notes, sales, settings
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, ReturnLine, SaleInput, SaleLineInput
from tests.services.sales_helpers import TOKO, customer, product
from tests.services.test_stock_ledger import balance

PCT = DiscountKind.PERCENT


def sale(*lines: SaleLineInput, **kw: object) -> SaleInput:
    return SaleInput(lines=tuple(lines), **kw)  # type: ignore[arg-type]


def line(item_id: int, qty: str = "1", **kw: object) -> SaleLineInput:
    return SaleLineInput(item_id, D(qty), **kw)  # type: ignore[arg-type]


def test_counter_sale_issues_numbers_takes_stock_and_gives_change(
    db: Database, staff: Actor
) -> None:
    kain = product(db, staff, "Kain batik tulis Parang", "1250000", on_shelf="3")
    inv = sales.sell(
        db,
        staff,
        sale(line(kain, "2")),
        [PaymentInput(PaymentMethod.CASH, cash_given=D(2_600_000))],
    )
    year = date.today().year
    assert inv.number == f"INV/{year}/000001"
    assert inv.status is InvoiceStatus.ISSUED
    assert inv.customer_name == "Pelanggan umum"
    assert inv.total == D(2_500_000)
    assert inv.paid == D(2_500_000)
    assert inv.payment_status is PaymentStatus.PAID
    assert inv.payments[0].change_given == D(100_000)
    assert inv.cash_change == D(100_000)
    assert balance(db, kain, TOKO) == D(1)
    # the cost of the goods is frozen on the line (2 × the average cost 100,000)
    assert inv.lines[0].cost == D(200_000)
    second = sales.sell(
        db, staff, sale(line(kain)), [PaymentInput(PaymentMethod.QRIS, reference="QR1")]
    )
    assert second.number == f"INV/{year}/000002"


def test_discounts_and_vat_follow_the_settings(db: Database, admin: Actor, staff: Actor) -> None:
    a = product(db, staff, "Kemeja batik cap", "350000")
    b = product(db, staff, "Selendang", "150000")
    lines = (
        line(a, "2", discount=Discount(PCT, D(10))),  # 700,000 − 70,000 = 630,000
        line(b, "1", discount=Discount(value=D(5_000))),  # 145,000
    )
    plain = sales.sell(db, staff, sale(*lines, discount=Discount(value=D(25_000))))
    assert (plain.subtotal, plain.invoice_discount, plain.total) == (
        D(775_000),
        D(25_000),
        D(750_000),
    )
    assert plain.vat == 0 and plain.vat_rate == 0
    assert sum(ln.taxable for ln in plain.lines) == D(750_000)

    settings.update_settings(db, admin, {"vat_enabled": True})
    taxed = sales.sell(db, staff, sale(*lines, discount=Discount(value=D(25_000))))
    # DPP 11/12 × 750,000 = 687,500; VAT 12 % = 82,500 (effectively 11 %)
    assert (taxed.vat_base, taxed.vat, taxed.total) == (D(687_500), D(82_500), D(832_500))
    assert taxed.vat_rate == D(12) and taxed.vat_base_fraction == "11/12"


def test_stock_shortfall_refuses_the_sale_and_writes_nothing(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain Sidomukti", "900000", on_shelf="1")
    with pytest.raises(ValidationError) as err:
        sales.sell(db, staff, sale(line(kain, "2")), [PaymentInput(PaymentMethod.CASH)])
    assert err.value.code == "stock_insufficient"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
    # the failed sale did not use up a number
    inv = sales.sell(db, staff, sale(line(kain)))
    assert inv.number is not None and inv.number.endswith("/000001")


@pytest.mark.parametrize(
    ("payment", "code"),
    [
        (PaymentInput(PaymentMethod.CASH, amount=D(0)), "payment_not_positive"),
        (PaymentInput(PaymentMethod.CASH, amount=D(600_000)), "payment_exceeds_due"),
        (PaymentInput(PaymentMethod.CASH, cash_given=D(100_000)), "cash_not_enough"),
        (PaymentInput(PaymentMethod.TRANSFER), "payment_reference_required"),
        (PaymentInput(PaymentMethod.CASH, amount=D("10.5")), "amount_not_whole"),
    ],
)
def test_bad_payments_are_refused(
    db: Database, staff: Actor, payment: PaymentInput, code: str
) -> None:
    kain = product(db, staff, "Kain", "500000")
    with pytest.raises(ValidationError) as err:
        sales.sell(db, staff, sale(line(kain)), [payment])
    assert err.value.code == code
    assert balance(db, kain, TOKO) == D(10)


def test_partial_payments_move_the_status(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain", "1000000")
    buyer = customer(db, staff)
    inv = sales.sell(db, staff, sale(line(kain, "3"), customer_id=buyer, channel=Channel.ORDER))
    assert inv.payment_status is PaymentStatus.UNPAID
    assert inv.due_date == inv.invoice_date + timedelta(days=30)
    inv = sales.record_payment(
        db, staff, inv.id, PaymentInput(PaymentMethod.TRANSFER, D(1_000_000), reference="BCA-1")
    )
    assert inv.payment_status is PaymentStatus.PARTIAL and inv.amount_due == D(2_000_000)
    inv = sales.record_payment(db, staff, inv.id, PaymentInput(PaymentMethod.CASH))
    assert inv.payment_status is PaymentStatus.PAID and inv.amount_due == 0
    with pytest.raises(ValidationError) as err:
        sales.record_payment(db, staff, inv.id, PaymentInput(PaymentMethod.CASH, D(1)))
    assert err.value.code == "nothing_due"


def test_draft_is_editable_until_issued_then_frozen(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain", "800000")
    buyer = customer(db, staff)
    draft = sales.create_draft(
        db, staff, sale(line(kain, "5"), customer_id=buyer, channel=Channel.ORDER)
    )
    year = date.today().year
    assert draft.status is InvoiceStatus.DRAFT and draft.number is None
    assert draft.quotation_number == f"PNW/{year}/0001"
    assert balance(db, kain, TOKO) == D(10)  # a draft takes no stock
    draft = sales.update_draft(
        db, staff, draft.id, sale(line(kain, "4"), customer_id=buyer, channel=Channel.ORDER)
    )
    assert draft.total == D(3_200_000)
    issued = sales.issue_invoice(db, staff, draft.id)
    assert issued.number == f"INV/{year}/000001"
    assert balance(db, kain, TOKO) == D(6)
    for change in (
        lambda: sales.update_draft(db, staff, draft.id, sale(line(kain))),
        lambda: sales.delete_draft(db, staff, draft.id),
    ):
        with pytest.raises(ValidationError) as err:
            change()
        assert err.value.code == "invoice_not_draft"


def test_cancellation_reverses_stock_payments_and_needs_a_manager(
    db: Database, staff: Actor, manager: Actor
) -> None:
    kain = product(db, staff, "Kain", "600000")
    inv = sales.sell(
        db,
        staff,
        sale(line(kain, "2")),
        [
            PaymentInput(PaymentMethod.TRANSFER, D(500_000), reference="BRI-9"),
            PaymentInput(PaymentMethod.CASH, cash_given=D(700_000)),
        ],
    )
    with pytest.raises(PermissionDenied):
        credit_notes.cancel_invoice(db, staff, inv.id, "salah input")
    with pytest.raises(ValidationError) as err:
        credit_notes.cancel_invoice(db, manager, inv.id, "  ")
    assert err.value.code == "reason_required"

    note = credit_notes.cancel_invoice(db, manager, inv.id, "Pembeli batal")
    assert note.number == f"CN/{date.today().year}/0001"
    assert note.kind is CreditKind.CANCELLATION
    assert (note.total, note.refunded) == (D(1_200_000), D(1_200_000))
    assert balance(db, kain, TOKO) == D(10)
    after = sales.get_invoice(db, manager, inv.id)
    assert after.status is InvoiceStatus.CANCELLED
    assert after.credited == D(1_200_000) and after.paid == 0
    refunds = {p.method: p.amount for p in after.payments if p.amount < 0}
    assert refunds == {PaymentMethod.CASH: D(-700_000), PaymentMethod.TRANSFER: D(-500_000)}
    # the goods came back at the cost they left with
    with db.read() as s:
        back = s.scalars(select(StockMove).where(StockMove.kind == "return")).one()
        assert back.value == D(200_000)
        assert (
            s.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "cancel")
            )
            == 1
        )
    with pytest.raises(ValidationError) as err:
        credit_notes.cancel_invoice(db, manager, inv.id, "lagi")
    assert err.value.code == "invoice_cancelled"


def test_returns_in_parts_credit_exactly_what_was_charged(
    db: Database, admin: Actor, staff: Actor, manager: Actor
) -> None:
    settings.update_settings(db, admin, {"vat_enabled": True})
    kain = product(db, staff, "Kain", "333333", on_shelf="3")
    inv = sales.sell(
        db,
        staff,
        sale(line(kain, "3"), discount=Discount(value=D(1))),
        [PaymentInput(PaymentMethod.CASH)],
    )
    first = credit_notes.return_goods(
        db, manager, inv.id, [ReturnLine(inv.lines[0].id, D(1))], "ukuran salah"
    )
    mid = sales.get_invoice(db, manager, inv.id)
    assert mid.status is InvoiceStatus.ISSUED
    assert mid.paid == mid.net_total and mid.payment_status is PaymentStatus.PAID
    assert first.refunded == first.total
    with pytest.raises(ValidationError) as err:
        credit_notes.return_goods(
            db, manager, inv.id, [ReturnLine(inv.lines[0].id, D(3))], "terlalu banyak"
        )
    assert err.value.code == "return_too_many"
    credit_notes.return_goods(
        db, manager, inv.id, [ReturnLine(inv.lines[0].id, D(2))], "semua kembali"
    )
    end = sales.get_invoice(db, manager, inv.id)
    # two credit notes add up to the invoice to the Rupiah, VAT included
    assert end.credited == end.total and end.paid == 0
    assert end.status is InvoiceStatus.CANCELLED
    assert balance(db, kain, TOKO) == D(3)


def test_invoice_amount_in_words_and_find_by_number(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain", "1250000")
    inv = sales.sell(db, staff, sale(line(kain)))
    assert inv.number is not None
    found = sales.find_invoice(db, staff, inv.number)
    assert found.id == inv.id
    from rumahbatik.domain.invoicing import amount_in_words

    assert amount_in_words(found.total) == "satu juta dua ratus lima puluh ribu rupiah"


def test_inactive_item_and_foreign_person_refused(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain", "100000")
    with pytest.raises(ValidationError) as err:
        sales.sell(db, staff, sale(line(kain, discount=Discount(PCT, D(120)))))
    assert err.value.code == "discount_percent_range"
    with pytest.raises(ValidationError) as err:
        sales.sell(db, staff, sale(line(kain, unit_price=D(-1))))
    assert err.value.code == "price_negative"


def test_sales_list_pages_by_date_and_filters(db: Database, staff: Actor) -> None:
    from rumahbatik.services import sales_list
    from rumahbatik.services.sales_types import SalesQuery

    kain = product(db, staff, "Kain", "100000", on_shelf="20")
    buyer = customer(db, staff, "Toko Sinar Jaya")
    start = date.today() - timedelta(days=10)
    ids = []
    for i in range(7):
        inv = sales.sell(
            db,
            staff,
            sale(
                line(kain),
                invoice_date=start + timedelta(days=i % 4),
                customer_id=buyer if i % 2 else None,
            ),
        )
        ids.append(inv.id)
    pages, after = [], None
    while True:
        page = sales_list.list_invoices(db, staff, after=after, limit=3)
        pages.extend(page)
        if len(page) < 3:
            break
        after = page[-1]
    keys = [(r.invoice_date, r.id) for r in pages]
    assert keys == sorted(keys, reverse=True) and len(keys) == 7
    sinar = sales_list.list_invoices(db, staff, SalesQuery(text="sinar"))
    assert len(sinar) == 3 and {r.customer_name for r in sinar} == {"Toko Sinar Jaya"}
    number = sales.get_invoice(db, staff, ids[0]).number
    assert number is not None
    assert [r.id for r in sales_list.list_invoices(db, staff, SalesQuery(text=number))] == [ids[0]]
    totals = sales_list.sales_totals(db, staff, SalesQuery(customer_id=buyer))
    assert (totals.count, totals.total, totals.due) == (3, D(300_000), D(300_000))


def test_receivables_age_from_the_due_date(db: Database, staff: Actor) -> None:
    from rumahbatik.services import sales_list

    kain = product(db, staff, "Kain", "100000", on_shelf="20")
    buyer = customer(db, staff)
    today = date(2027, 3, 1)
    for days_before, due_in in ((5, 30), (50, 10), (200, 30)):
        day = today - timedelta(days=days_before)
        sales.sell(
            db,
            staff,
            sale(
                line(kain),
                customer_id=buyer,
                invoice_date=day,
                due_date=day + timedelta(days=due_in),
            ),
        )
    paid = sales.sell(db, staff, sale(line(kain), customer_id=buyer, invoice_date=today))
    sales.record_payment(db, staff, paid.id, PaymentInput(PaymentMethod.CASH, pay_date=today))
    rec = sales_list.receivables(db, staff, as_of=today)
    assert [r.bucket for r in rec.rows] == ["over_90", "31_60", "current"]
    assert rec.totals["over_90"] == D(100_000) and rec.total == D(300_000)
    assert rec.rows[1].days_overdue == 40


def test_sales_list_filters_by_a_motif_on_any_line(
    db: Database, admin: Actor, staff: Actor
) -> None:
    from rumahbatik.services import motifs, sales_list
    from rumahbatik.services.sales_types import SalesQuery

    parang = motifs.create_motif(db, admin, motifs.MotifInput(name="Parang")).id
    kawung = motifs.create_motif(db, admin, motifs.MotifInput(name="Kawung")).id
    kain = product(db, staff, "Kain Parang", "500000", motif_id=parang)
    kemeja = product(db, staff, "Kemeja Kawung", "300000", motif_id=kawung)
    polos = product(db, staff, "Kain polos", "100000")
    both = sales.sell(db, staff, sale(line(polos), line(kain)))
    only_kawung = sales.sell(db, staff, sale(line(kemeja)))
    plain = sales.sell(db, staff, sale(line(polos)))

    def ids(**kw: object) -> set[int]:
        return {r.id for r in sales_list.list_invoices(db, staff, SalesQuery(**kw))}  # type: ignore[arg-type]

    assert ids(motif_id=parang) == {both.id}
    assert ids(motif_id=kawung) == {only_kawung.id}
    assert ids(motif_id=0) == {both.id, plain.id}  # a line without a motif
    totals = sales_list.sales_totals(db, staff, SalesQuery(motif_id=kawung))
    assert (totals.count, totals.total) == (1, D(300_000))
