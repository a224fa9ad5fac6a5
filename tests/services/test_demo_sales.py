"""The sales demo: months of counter sales and orders, some unpaid and overdue, credit notes,
cash closings and a consignment settled; every sum consistent and the stock ledger whole."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from sqlalchemy import func, select

from rumahbatik.domain.sales import Channel, CreditKind, InvoiceStatus, PaymentStatus
from rumahbatik.models import (
    ArtisanSettlement,
    CashClosing,
    ConsignmentIntake,
    CreditNote,
    Invoice,
    InvoiceLine,
    Item,
    Payment,
    StockMove,
)
from rumahbatik.services import cash_closing, demo, sales_list, users
from rumahbatik.services.stock_ledger import check_balances


def test_demo_sales(demo_filled):
    db = demo_filled
    today = date.today()
    with db.read() as s:
        issued = list(s.scalars(select(Invoice).where(Invoice.number.is_not(None))))
        assert 150 <= len(issued) <= 300
        months = {(i.invoice_date.year, i.invoice_date.month) for i in issued}
        assert len(months) >= 5  # five months of history
        assert min(i.invoice_date for i in issued) <= today - timedelta(days=140)
        # numbers follow the dates: the series was taken in the order of the history
        by_number = sorted(issued, key=lambda i: (i.number[:8], int(i.number.rsplit("/")[-1])))
        dates = [i.invoice_date for i in by_number if i.invoice_date.year == today.year]
        assert dates == sorted(dates)

        # every invoice's paid sum is its payments' sum; totals never below what was paid
        paid = dict(
            s.execute(
                select(Payment.invoice_id, func.sum(Payment.amount)).group_by(Payment.invoice_id)
            ).all()
        )
        for inv in issued:
            assert D(inv.paid) == D(paid.get(inv.id, 0)), inv.number
            assert D(inv.paid) <= D(inv.total) - D(inv.credited)
        methods = set(s.scalars(select(Payment.method).distinct()))
        assert methods == {"cash", "qris", "transfer"}
        # change was given back to some cash customers
        assert s.scalar(select(func.count()).where(Payment.change_given > 0)) > 10

        # orders on credit: some unpaid, some partly paid, some of them overdue
        orders = [i for i in issued if i.channel == Channel.ORDER.value]
        assert len(orders) >= 6
        status = {PaymentStatus(i.payment_status) for i in orders}
        assert {PaymentStatus.UNPAID, PaymentStatus.PARTIAL, PaymentStatus.PAID} <= status
        overdue = [
            i for i in orders if i.payment_status != PaymentStatus.PAID.value and i.due_date < today
        ]
        assert len(overdue) >= 2
        assert any(i.customer_npwp for i in orders)  # an institution with its NPWP

        # a quotation not yet issued
        drafts = list(s.scalars(select(Invoice).where(Invoice.status == "draft")))
        assert len(drafts) == 1 and drafts[0].quotation_number.startswith("PNW/")
        assert "Dinas Perindustrian" in drafts[0].customer_organisation

        # a cancelled sale with its refund, and returns
        kinds = [CreditKind(k) for k in s.scalars(select(CreditNote.kind))]
        assert CreditKind.CANCELLATION in kinds and kinds.count(CreditKind.RETURN) >= 1
        cancelled = s.scalars(
            select(Invoice).where(Invoice.status == InvoiceStatus.CANCELLED.value)
        ).one()
        assert D(cancelled.paid) == 0 and D(cancelled.credited) == D(cancelled.total)

        # the stock: never below zero at any move, the cached balances match the ledger,
        # and what left the toko by sale is what the invoice lines say
        assert check_balances(s) == []
        assert s.scalar(select(func.min(StockMove.location_balance_after))) >= 0
        sold = s.scalar(select(func.sum(InvoiceLine.quantity)).join(Invoice).where(
            Invoice.number.is_not(None)))  # fmt: skip
        moved = -s.scalar(select(func.sum(StockMove.quantity)).where(StockMove.kind == "sale"))
        assert D(sold) == D(moved)

        # cash closings of the last working days; one drawer short
        closings = list(s.scalars(select(CashClosing)))
        assert len(closings) >= 10
        assert all(c.closing_date < today for c in closings)
        assert any(D(c.difference) < 0 for c in closings)
        closed = (closings[0].closing_date, closings[0].cashier_id, closings[0].payment_count)
        assert all(D(c.cash_expected) == D(c.opening_float) + D(c.cash_total) for c in closings)

        # consignment: an intake whose pieces partly sold, settled and paid out
        assert s.scalar(select(func.count()).select_from(ConsignmentIntake)) == 1
        settled = s.scalars(select(ArtisanSettlement)).one()
        assert D(settled.total_owed) > 0 and D(settled.paid) == D(settled.total_owed)
        consigned_sold = s.scalar(
            select(func.count())
            .select_from(InvoiceLine)
            .where(InvoiceLine.consignor_id.is_not(None))
        )
        assert consigned_sold >= 1
        assert s.scalar(select(func.count()).where(Item.consignor_id.is_not(None))) == 3

    # the services read it back: receivables with overdue buckets, a closed day
    siti = users.login(db, "siti", demo.DEMO_PASSWORD)
    owed = sales_list.receivables(db, siti, today)
    assert owed.total > 0 and any(r.days_overdue > 0 for r in owed.rows)
    day = cash_closing.cash_day(db, siti, closed[0], closed[1])
    assert day.closing is not None and day.payment_count == closed[2]
    # today is still open, with this morning's sales
    dewi = users.login(db, "dewi", demo.DEMO_PASSWORD)
    agus = users.login(db, "agus", demo.DEMO_PASSWORD)
    today_count = sum(cash_closing.cash_day(db, who, today).payment_count for who in (dewi, agus))
    assert today_count >= 1
