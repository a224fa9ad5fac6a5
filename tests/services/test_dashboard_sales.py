"""The dashboard's sales and training figures against sums computed here from the same
invoices: today, the month against last month, unpaid invoices, top lists net of credit
notes (a cancelled invoice nets to nothing), 30 days with zeros; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.services import credit_notes, dashboard, motifs, sales
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import (
    InvoiceData,
    PaymentInput,
    ReturnLine,
    SaleInput,
    SaleLineInput,
)
from tests.services.sales_helpers import customer, product

TODAY = date(2026, 11, 20)


def _sell(
    db: Database, actor: Actor, day: date, lines: list[tuple[int, str]], *, pay: bool = True,
    customer_id: int | None = None, due: date | None = None,
) -> InvoiceData:  # fmt: skip
    inp = SaleInput(
        lines=tuple(SaleLineInput(item, D(qty)) for item, qty in lines),
        invoice_date=day,
        customer_id=customer_id,
        due_date=due,
    )
    payments = [PaymentInput(PaymentMethod.CASH, pay_date=day)] if pay else []
    return sales.sell(db, actor, inp, payments)


@pytest.fixture
def shop(db: Database, admin: Actor, staff: Actor) -> dict[str, int]:
    parang = motifs.create_motif(db, admin, motifs.MotifInput(name="Parang Rusak")).id
    kawung = motifs.create_motif(db, admin, motifs.MotifInput(name="Kawung")).id
    return {
        "parang": parang,
        "kawung": kawung,
        "kain": product(db, staff, "Kain Parang", "500000", on_shelf="50", motif_id=parang),
        "kemeja": product(db, staff, "Kemeja Kawung", "300000", on_shelf="50", motif_id=kawung),
        "syal": product(db, staff, "Syal polos", "100000", on_shelf="50"),
        "taplak": product(db, staff, "Taplak Kawung", "200000", on_shelf="50", motif_id=kawung),
    }


def test_sales_figures_equal_independent_sums(
    db: Database, staff: Actor, manager: Actor, shop: dict[str, int]
) -> None:
    kain, kemeja, syal, taplak = shop["kain"], shop["kemeja"], shop["syal"], shop["taplak"]
    buyer = customer(db, staff)
    # last month: the 5th (inside the same period as the 1st–20th) and the 25th (after it)
    _sell(db, staff, date(2026, 10, 5), [(kain, "1")])  # 500,000
    _sell(db, staff, date(2026, 10, 25), [(syal, "3")])  # 300,000
    # this month
    a = _sell(db, staff, date(2026, 11, 3), [(kain, "2"), (kemeja, "1")])  # 1,300,000
    _sell(db, staff, date(2026, 11, 10), [(taplak, "2")])  # 400,000
    _sell(db, staff, TODAY, [(syal, "1"), (kemeja, "2")])  # 700,000
    d = _sell(db, staff, TODAY, [(kain, "1")])  # 500,000, then cancelled
    # unpaid: one overdue, one not yet due (partly paid)
    _sell(
        db, staff, date(2026, 11, 1), [(kemeja, "1")], pay=False, customer_id=buyer,
        due=date(2026, 11, 15),
    )  # fmt: skip
    f = _sell(
        db, staff, date(2026, 11, 18), [(taplak, "1")], pay=False, customer_id=buyer,
        due=date(2026, 12, 18),
    )  # fmt: skip
    sales.record_payment(
        db,
        staff,
        f.id,
        PaymentInput(PaymentMethod.TRANSFER, D(50_000), reference="BRI-1", pay_date=TODAY),
    )
    credit_notes.cancel_invoice(db, manager, d.id, "salah barang")
    # one Kain of invoice a comes back: 500,000 credited on its line
    kain_line = next(ln for ln in a.lines if ln.item_id == kain)
    credit_notes.return_goods(db, manager, a.id, [ReturnLine(kain_line.id, D(1))], "cacat")

    o = dashboard.sales_overview(db, staff, TODAY)
    assert o.today_count == 1  # the cancelled one is not counted
    assert o.today_amount == D(700_000)
    # 1,300,000 − 500,000 credited + 400,000 + 700,000 + 300,000 (e) + 200,000 (f)
    assert o.month_amount == D(800_000 + 400_000 + 700_000 + 300_000 + 200_000)
    assert o.last_month_same == D(500_000)
    assert o.last_month_total == D(800_000)
    assert o.month_change == (o.month_amount - D(500_000)) * 100 / D(500_000)
    assert (o.unpaid_count, o.overdue_count) == (2, 1)
    assert o.unpaid_amount == D(300_000 + 150_000)

    # top products: taxable of the month's lines minus their credit-note lines
    expected = {
        kemeja: D(300_000 + 600_000 + 300_000),
        kain: D(1_000_000 - 500_000),  # d is cancelled: + 500,000 − 500,000
        taplak: D(400_000 + 200_000),
        syal: D(100_000),
    }
    assert [(p.key, p.amount) for p in o.top_products] == sorted(
        expected.items(), key=lambda kv: (-kv[1], kv[0])
    )
    assert o.top_products[0].name == "Kemeja Kawung"
    kawung = expected[kemeja] + expected[taplak]
    assert [(m.name, m.amount) for m in o.top_motifs] == [
        ("Kawung", kawung),
        ("Parang Rusak", expected[kain]),
    ]
    # the chart by motif also has the lines without one
    assert {m.key: m.amount for m in o.by_motif} == {
        shop["kawung"]: kawung,
        shop["parang"]: expected[kain],
        None: D(100_000),
    }
    # 30 days, every one present, zeros included, matching the invoices dated that day
    assert len(o.by_day) == 30
    assert o.by_day[0].day == TODAY - timedelta(days=29) and o.by_day[-1].day == TODAY
    days = {x.day: (x.count, x.amount) for x in o.by_day}
    assert days[date(2026, 10, 25)] == (1, D(300_000))
    assert days[date(2026, 11, 3)] == (1, D(800_000))
    assert days[TODAY] == (1, D(700_000))
    assert days[date(2026, 11, 4)] == (0, D(0))
    assert sum(x.amount for x in o.by_day) == D(300_000) + o.month_amount
    assert sum(1 for x in o.by_day if x.count == 0) == 30 - 6


def test_an_empty_month_and_the_31st(db: Database, staff: Actor) -> None:
    o = dashboard.sales_overview(db, staff, date(2026, 3, 31))
    assert (o.today_count, o.today_amount, o.month_amount) == (0, D(0), D(0))
    assert o.month_change is None
    assert o.top_products == [] and o.top_motifs == [] and o.by_motif == []
    assert [x.amount for x in o.by_day] == [D(0)] * 30
    # the same period of February ends on its last day
    assert dashboard._month_before(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))


def test_instructors_may_not_see_sales(db: Database, instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        dashboard.sales_overview(db, instructor, TODAY)


def test_training_counts_and_instructor_overview(
    db: Database, admin: Actor, instructor: Actor
) -> None:
    # an empty database: nothing running, nothing to mark
    assert dashboard.training_counts(db, admin) == dashboard.TrainingCounts(0, 0)
    o = dashboard.instructor_overview(db, instructor, TODAY)
    assert o.cohorts == [] and o.to_mark == 0 and o.at_risk == 0
