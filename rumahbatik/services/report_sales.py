"""The sales report of a period: by day or month, product, motif, technique, customer type
and payment method, with the margin over the moving-average cost.

**What counts.** Sales are the invoice lines' takings before VAT (``taxable``: after line
and invoice discounts) on the day they were sold; goods that come back (a return or a
cancellation's credit note) count against the day of the credit note, at the amount and cost
credited. So a month closed stays closed: a return in June lowers June, not the May it was
sold in. The cost is the moving-average cost frozen on each line when it was sold. Payments
by method are the money received (refunds negative) on its own day.

Every figure is a ``GROUP BY`` over the issued lines and credit-note lines of the period, in
three passes (measured by the ``sales.report_*`` benchmark cases on a million lines): the days
or months and the products from the lines alone, which the covering index
``ix_invoice_lines_sold`` serves by date without reading the table; motif, technique and
customer type in one pass grouped by all three together (a few hundred groups at most; the
lines' own columns and the invoice are read once instead of three times), rolled up here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import (
    CUSTOMER_TYPE_LABELS,
    TECHNIQUE_LABELS,
    CustomerType,
    Technique,
)
from rumahbatik.domain.reports import (
    Chart,
    Label,
    Month,
    Progress,
    Report,
    ReportTable,
    no_progress,
)
from rumahbatik.domain.sales import PAYMENT_METHOD_LABELS, PaymentMethod
from rumahbatik.domain.tables import Column
from rumahbatik.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Item,
    Motif,
    Payment,
)
from rumahbatik.services.context import Actor
from rumahbatik.services.report_common import check_period, sum_total, total_label

TITLE = QT_TRANSLATE_NOOP("Reports", "Sales report")

T_DAY = QT_TRANSLATE_NOOP("Reports", "Sales by day")
T_MONTH = QT_TRANSLATE_NOOP("Reports", "Sales by month")
T_PRODUCT = QT_TRANSLATE_NOOP("Reports", "Sales by product")
T_MOTIF = QT_TRANSLATE_NOOP("Reports", "Sales by motif")
T_TECHNIQUE = QT_TRANSLATE_NOOP("Reports", "Sales by technique")
T_CUSTOMER = QT_TRANSLATE_NOOP("Reports", "Sales by customer type")
T_METHOD = QT_TRANSLATE_NOOP("Reports", "Payments by method")

C_QTY = Column("quantity", QT_TRANSLATE_NOOP("Reports", "Quantity"), "decimal")
C_SALES = Column("sales", QT_TRANSLATE_NOOP("Reports", "Sales (before VAT)"), "money")
C_COST = Column("cost", QT_TRANSLATE_NOOP("Reports", "Cost"), "money")
C_MARGIN = Column("margin", QT_TRANSLATE_NOOP("Reports", "Margin"), "money")
C_MARGIN_PCT = Column("margin_pct", QT_TRANSLATE_NOOP("Reports", "Margin %"), "decimal")
MONEY_COLUMNS = (C_QTY, C_SALES, C_COST, C_MARGIN, C_MARGIN_PCT)

NO_MOTIF = QT_TRANSLATE_NOOP("Reports", "(no motif)")
NO_TECHNIQUE = QT_TRANSLATE_NOOP("Reports", "(none)")

PAYMENT_COLUMNS = (
    Column("method", QT_TRANSLATE_NOOP("Reports", "Method")),
    Column("count", QT_TRANSLATE_NOOP("Reports", "Payments"), "int"),
    Column("received", QT_TRANSLATE_NOOP("Reports", "Received"), "money"),
    Column("refunded", QT_TRANSLATE_NOOP("Reports", "Refunded"), "money"),
    Column("net", QT_TRANSLATE_NOOP("Reports", "Net"), "money"),
)

#: Up to this many days the report has a row per day; longer periods have a row per month.
DAILY_UP_TO = 62


def _slim_movements(start: date, end: date) -> Any:
    """Day, item and the sums' columns of :func:`sales_movements`: all the by-period and by-product
    tables need. The sold side reads only the covering index ``ix_invoice_lines_sold`` (no
    join: every line has its invoice)."""
    sold = select(
        InvoiceLine.sold_on.label("day"),
        InvoiceLine.item_id.label("item_id"),
        InvoiceLine.quantity.label("qty"),
        InvoiceLine.taxable.label("amount"),
        InvoiceLine.cost.label("cost"),
    ).where(InvoiceLine.sold_on >= start, InvoiceLine.sold_on <= end)
    back = (
        select(
            CreditNote.credit_date.label("day"),
            InvoiceLine.item_id,
            (-CreditNoteLine.quantity).label("qty"),
            (-CreditNoteLine.amount).label("amount"),
            (-CreditNoteLine.cost).label("cost"),
        )
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .where(CreditNote.credit_date >= start, CreditNote.credit_date <= end)
    )
    return union_all(sold, back).subquery("s")


def sales_movements(start: date, end: date) -> Any:
    """Sales (+) and goods credited back (−) of the period, one row per line."""
    sold = (
        select(
            InvoiceLine.sold_on.label("day"),
            InvoiceLine.item_id.label("item_id"),
            InvoiceLine.motif_id.label("motif_id"),
            InvoiceLine.technique.label("technique"),
            Invoice.customer_type.label("customer_type"),
            InvoiceLine.quantity.label("qty"),
            InvoiceLine.taxable.label("amount"),
            InvoiceLine.cost.label("cost"),
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(InvoiceLine.sold_on >= start, InvoiceLine.sold_on <= end)
    )
    back = (
        select(
            CreditNote.credit_date.label("day"),
            InvoiceLine.item_id,
            InvoiceLine.motif_id,
            InvoiceLine.technique,
            Invoice.customer_type,
            (-CreditNoteLine.quantity).label("qty"),
            (-CreditNoteLine.amount).label("amount"),
            (-CreditNoteLine.cost).label("cost"),
        )
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(CreditNote.credit_date >= start, CreditNote.credit_date <= end)
    )
    return union_all(sold, back).subquery("m")


def _pct(margin: Decimal, sales: Decimal) -> Decimal:
    if sales == 0:
        return Decimal(0)
    return (margin * 100 / sales).quantize(Decimal("0.1"))


def _money_row(label: Any, qty: Any, sales: Any, cost: Any) -> tuple[Any, ...]:
    qty, sales, cost = Decimal(qty or 0), Decimal(sales or 0), Decimal(cost or 0)
    return (label, qty, sales, cost, sales - cost, _pct(sales - cost, sales))


def _total(rows: Sequence[tuple[Any, ...]], label_columns: int = 1) -> tuple[Any, ...]:
    qty = sum((r[label_columns] for r in rows), Decimal(0))
    sales = sum((r[label_columns + 1] for r in rows), Decimal(0))
    cost = sum((r[label_columns + 2] for r in rows), Decimal(0))
    blanks = ("",) * (label_columns - 1)
    return (
        total_label(),
        *blanks,
        qty,
        sales,
        cost,
        sales - cost,
        _pct(sales - cost, sales),
    )


def _sums(m: Any) -> tuple[Any, ...]:
    return (func.sum(m.c.qty), func.sum(m.c.amount), func.sum(m.c.cost))


def _grouped(session: Session, stmt: Select) -> list[Any]:
    return list(session.execute(stmt))


def _add(groups: dict[Any, list[Any]], key: Any, sums: Sequence[Any]) -> None:
    """Add one group's (quantity, sales, cost) sums to the roll-up under ``key``."""
    acc = groups.setdefault(key, [Decimal(0), Decimal(0), Decimal(0)])
    for i, value in enumerate(sums):
        acc[i] += Decimal(value or 0)


def _by_sales(groups: dict[Any, list[Any]]) -> list[tuple[Any, list[Any]]]:
    """The roll-up's groups, the biggest sales first (as ``ORDER BY sum(amount) DESC``)."""
    return sorted(groups.items(), key=lambda kv: kv[1][1], reverse=True)


def sales_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """The sales of ``start``..``end`` (both days included); see the module docstring."""

    check_period(actor, start, end)
    steps = 7
    tables: list[ReportTable] = []
    charts: list[Chart] = []
    with db.read() as session:
        m = _slim_movements(start, end)

        # by day or by month: grouped by day in SQL (the index order), months rolled up here
        progress(0, steps)
        by_day = {
            day: sums
            for day, *sums in _grouped(
                session, select(m.c.day, *_sums(m)).group_by(m.c.day).order_by(m.c.day)
            )
        }
        daily = (end - start).days < DAILY_UP_TO
        if daily:
            rows = {day: _money_row(day, *sums) for day, sums in by_day.items()}
            every_day = [start + timedelta(days=i) for i in range((end - start).days + 1)]
            day_rows = [rows.get(d, _money_row(d, 0, 0, 0)) for d in every_day]
            tables.append(
                ReportTable(
                    T_DAY,
                    (Column("day", QT_TRANSLATE_NOOP("Reports", "Date"), "date"), *MONEY_COLUMNS),
                    day_rows,
                    _total(day_rows),
                )
            )
            charts.append(
                Chart("bar", T_DAY, [f"{d.day}" for d in every_day], [r[2] for r in day_rows])
            )
        else:
            # every month of the period, as every day above: a month without a sale reads 0
            by_month: dict[str, list[Any]] = {m: [0, 0, 0] for m in Month.every(start, end)}
            for day, sums in by_day.items():
                _add(by_month, Month(day.isoformat()[:7]), sums)  # in day order
            month_rows = [_money_row(key, *sums) for key, sums in by_month.items()]
            tables.append(
                ReportTable(
                    T_MONTH,
                    (
                        Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "text"),
                        *MONEY_COLUMNS,
                    ),
                    month_rows,
                    _total(month_rows),
                )
            )
            charts.append(
                Chart("bar", T_MONTH, [r[0] for r in month_rows], [r[2] for r in month_rows])
            )

        # by product
        progress(1, steps)
        # Grouped by item id first, then the few thousand groups joined to the items: joining
        # every line to its item before grouping was three times slower on SQLite.
        per_item = (
            select(
                m.c.item_id,
                func.sum(m.c.qty).label("qty"),
                func.sum(m.c.amount).label("amount"),
                func.sum(m.c.cost).label("cost"),
            )
            .group_by(m.c.item_id)
            .subquery("p")
        )
        product_rows = [
            (sku, name, *_money_row("", *sums)[1:])
            for sku, name, *sums in _grouped(
                session,
                select(Item.sku, Item.name, per_item.c.qty, per_item.c.amount, per_item.c.cost)
                .join(Item, Item.id == per_item.c.item_id)
                .order_by(per_item.c.amount.desc(), Item.sku),
            )
        ]
        tables.append(
            ReportTable(
                T_PRODUCT,
                (
                    Column("sku", QT_TRANSLATE_NOOP("Reports", "SKU")),
                    Column("product", QT_TRANSLATE_NOOP("Reports", "Product")),
                    *MONEY_COLUMNS,
                ),
                product_rows,
                _total(product_rows, label_columns=2),
            )
        )

        # by motif, by technique and by customer type: one pass grouped by the three (the
        # frozen copies on the line and the invoice), rolled up here
        progress(2, steps)
        full = sales_movements(start, end)
        by_motif: dict[Any, list[Any]] = {}
        by_technique: dict[Any, list[Any]] = {}
        by_customer: dict[Any, list[Any]] = {}
        for motif_id, motif_name, technique, customer_type, *sums in _grouped(
            session,
            select(full.c.motif_id, Motif.name, full.c.technique, full.c.customer_type)
            .add_columns(*_sums(full))
            .select_from(full)
            .outerjoin(Motif, Motif.id == full.c.motif_id)
            .group_by(full.c.motif_id, Motif.name, full.c.technique, full.c.customer_type),
        ):
            for groups, key in (
                (by_motif, (motif_id, motif_name)),
                (by_technique, technique),
                (by_customer, customer_type),
            ):
                _add(groups, key, sums)

        motif_rows = [
            _money_row(name or Label("Reports", NO_MOTIF), *sums)
            for (_id, name), sums in _by_sales(by_motif)
        ]
        tables.append(
            ReportTable(
                T_MOTIF,
                (Column("motif", QT_TRANSLATE_NOOP("Reports", "Motif")), *MONEY_COLUMNS),
                motif_rows,
                _total(motif_rows),
            )
        )
        top = motif_rows[:8]
        charts.append(Chart("pie", T_MOTIF, [r[0] for r in top], [r[2] for r in top]))

        progress(3, steps)
        for title, groups, col_title, labels, enum, context, blank in (
            (
                T_TECHNIQUE, by_technique, QT_TRANSLATE_NOOP("Reports", "Technique"),
                TECHNIQUE_LABELS, Technique, "People", NO_TECHNIQUE,
            ),
            (
                T_CUSTOMER, by_customer, QT_TRANSLATE_NOOP("Reports", "Customer type"),
                CUSTOMER_TYPE_LABELS, CustomerType, "People", NO_TECHNIQUE,
            ),
        ):  # fmt: skip
            rows_ = [
                _money_row(_label(labels, enum, context, key, blank), *sums)
                for key, sums in _by_sales(groups)
            ]
            tables.append(
                ReportTable(title, (Column("key", col_title), *MONEY_COLUMNS), rows_, _total(rows_))
            )

        # payments by method
        progress(5, steps)
        pay_rows = [
            (
                _label(PAYMENT_METHOD_LABELS, PaymentMethod, "Sales", method, ""),
                int(count or 0),
                Decimal(received or 0),
                Decimal(refunded or 0),
                Decimal(net or 0),
            )
            for method, count, received, refunded, net in _grouped(
                session,
                select(
                    Payment.method,
                    func.count().filter(Payment.amount > 0),
                    func.sum(Payment.amount).filter(Payment.amount > 0),
                    -func.sum(Payment.amount).filter(Payment.amount < 0),
                    func.sum(Payment.amount),
                )
                .where(Payment.pay_date >= start, Payment.pay_date <= end)
                .group_by(Payment.method)
                .order_by(Payment.method),
            )
        ]
        tables.append(
            ReportTable(
                T_METHOD,
                PAYMENT_COLUMNS,
                pay_rows,
                sum_total(pay_rows, PAYMENT_COLUMNS),
            )
        )
        progress(steps, steps)
    return Report(
        key="sales",
        title=TITLE,
        start=start,
        end=end,
        tables=tables,
        charts=charts,
        notes=[
            QT_TRANSLATE_NOOP(
                "Reports",
                "Sales are before VAT, after discounts, on the day sold; goods returned or "
                "cancelled count against the day of the credit note. Margin = sales − cost at "
                "the moving-average cost when sold.",
            )
        ],
        printed_by=actor.full_name or actor.username,
    )


def _label(labels: dict[Any, str], enum: Any, context: str, value: str, blank: str) -> Any:
    """A stored code as a word to translate (unknown codes stay as they are)."""
    if not value:
        return Label("Reports", blank) if blank else ""
    try:
        return Label(context, labels[enum(value)])
    except (KeyError, ValueError):
        return value
