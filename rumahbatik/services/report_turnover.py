"""The annual turnover summary for the final small-business income tax (PPh Final 0.5%,
PP 55/2022), for the centre's tax adviser.

**What counts.** Gross turnover (*peredaran bruto*) is the same figure as the sales report's:
the invoice lines' takings before VAT (after discounts) on the day they were sold, less the
goods credited back (returns, cancellations) on the day of the credit note. VAT is not
turnover.

**The tax.** 0.5% of each month's gross turnover, in whole Rupiah rounded down, due by the
15th of the next month. An individual taxpayer pays nothing on the first Rp500 million of a
tax year: tax starts in the month the year's cumulative turnover passes Rp500 million and
only on the part above it. The cumulative restarts every 1 January and, when the period starts
later in the year, includes the year's turnover before the period. A year's turnover above
Rp4.8 billion ends the scheme (the report says whether that ceiling was passed).

Every figure is a ``GROUP BY`` month over the sales report's movements (the issued lines and
credit-note lines of the period); only the twelve-odd monthly sums come into Python, where the
running cumulative and the tax are worked out.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import String, cast, func, select, union_all
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import (
    Chart,
    Label,
    Month,
    Progress,
    Report,
    ReportTable,
    no_progress,
)
from rumahbatik.domain.tables import Column
from rumahbatik.models import CreditNote, CreditNoteLine, InvoiceLine
from rumahbatik.services.context import Actor
from rumahbatik.services.report_common import check_period, sum_total

# The same movements as the sales report, so the two reports always agree.
from rumahbatik.services.report_sales import sales_movements

#: PP 55/2022: final income tax on gross turnover.
RATE = Decimal("0.005")
#: An individual's untaxed gross turnover per tax year.
THRESHOLD = Decimal(500_000_000)
#: Gross turnover per tax year up to which the final-tax scheme applies.
CEILING = Decimal(4_800_000_000)

TITLE = QT_TRANSLATE_NOOP("Reports", "Annual turnover (PP 55/2022)")
T_MONTH = QT_TRANSLATE_NOOP("Reports", "Turnover per month")
T_SUMMARY = QT_TRANSLATE_NOOP("Reports", "Summary")

C_MONTH = Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "text")
C_TURNOVER = Column("turnover", QT_TRANSLATE_NOOP("Reports", "Gross turnover"), "money")
C_CONSIGNED = Column("consigned", QT_TRANSLATE_NOOP("Reports", "of which consigned goods"), "money")
C_CUMULATIVE = Column("cumulative", QT_TRANSLATE_NOOP("Reports", "Cumulative in the year"), "money")
C_TAX = Column("tax", QT_TRANSLATE_NOOP("Reports", "PPh final 0.5%"), "money")
C_ABOVE = Column("above", QT_TRANSLATE_NOOP("Reports", "Individual: above Rp500 million"), "money")
C_TAX_INDIVIDUAL = Column(
    "tax_individual", QT_TRANSLATE_NOOP("Reports", "Individual: PPh final 0.5%"), "money"
)
MONTH_COLUMNS = (C_MONTH, C_TURNOVER, C_CONSIGNED, C_CUMULATIVE, C_TAX, C_ABOVE, C_TAX_INDIVIDUAL)

C_ITEM = Column("item", QT_TRANSLATE_NOOP("Reports", "Description"), "text")
C_AMOUNT = Column("amount", QT_TRANSLATE_NOOP("Reports", "Amount"), "money")
C_REMARK = Column("remark", QT_TRANSLATE_NOOP("Reports", "Remark"), "text")

S_BEFORE = QT_TRANSLATE_NOOP("Reports", "Turnover earlier in the year, before the period")
S_TURNOVER = QT_TRANSLATE_NOOP("Reports", "Gross turnover of the period")
S_CONSIGNED = QT_TRANSLATE_NOOP("Reports", "of which consigned artisans' goods")
S_TAX = QT_TRANSLATE_NOOP("Reports", "PPh final 0.5% (entity, no threshold)")
S_THRESHOLD = QT_TRANSLATE_NOOP("Reports", "Individual's untaxed turnover per tax year")
S_ABOVE = QT_TRANSLATE_NOOP("Reports", "Turnover above the threshold")
S_TAX_INDIVIDUAL = QT_TRANSLATE_NOOP("Reports", "PPh final 0.5% for an individual")
S_CEILING = QT_TRANSLATE_NOOP("Reports", "Ceiling of the final-tax scheme per tax year")
S_PASSED_IN = QT_TRANSLATE_NOOP("Reports", "Ceiling passed in")
PASSED = QT_TRANSLATE_NOOP("Reports", "passed")
NOT_PASSED = QT_TRANSLATE_NOOP("Reports", "not passed")

NOTES = [
    QT_TRANSLATE_NOOP(
        "Reports",
        "Gross turnover: sales before VAT, after discounts, on the day sold; returns and "
        "cancellations on the credit note's day (the same figures as the sales report).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "PPh final 0.5% (PP 55/2022) of each month's turnover is due by the 15th of the next "
        "month; whole Rupiah, rounded down per month; nil in a month with negative turnover.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Individual taxpayer: the first Rp500 million of each tax year is not taxed; tax starts "
        "in the month the cumulative passes it, on the part above. The cumulative restarts on "
        "1 January and includes the year's turnover before the period.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Above Rp4.8 billion a year the scheme ends. Consigned goods count at their full price; "
        "perhaps only the commission is the centre's turnover: ask the tax adviser. This is a "
        "summary for the tax adviser, not a tax return.",
    ),
]


def tax_of(turnover: Decimal) -> Decimal:
    """0.5% of ``turnover`` in whole Rupiah, rounded down; nothing on a negative month."""
    if turnover <= 0:
        return Decimal(0)
    return (turnover * RATE).quantize(Decimal(1), rounding=ROUND_DOWN)


def _month(day: Any) -> Any:
    # The ISO text of a date on both databases: its first seven characters are the month.
    return func.substr(cast(day, String), 1, 7)


def _turnover_by_month(session: Session, start: date, end: date) -> dict[str, Decimal]:
    m = sales_movements(start, end)
    month = _month(m.c.day)
    stmt = select(month, func.sum(m.c.amount)).group_by(month)
    return {key: Decimal(total or 0) for key, total in session.execute(stmt)}


def _consigned_by_month(session: Session, start: date, end: date) -> dict[str, Decimal]:
    """The part of each month's turnover that was consigned artisans' goods (lines with a
    consignor frozen on them when sold), returns on the credit note's day."""
    sold = select(InvoiceLine.sold_on.label("day"), InvoiceLine.taxable.label("amount")).where(
        InvoiceLine.consignor_id.is_not(None),
        InvoiceLine.sold_on >= start,
        InvoiceLine.sold_on <= end,
    )
    back = (
        select(CreditNote.credit_date.label("day"), (-CreditNoteLine.amount).label("amount"))
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .where(
            InvoiceLine.consignor_id.is_not(None),
            CreditNote.credit_date >= start,
            CreditNote.credit_date <= end,
        )
    )
    c = union_all(sold, back).subquery("c")
    month = _month(c.c.day)
    stmt = select(month, func.sum(c.c.amount)).group_by(month)
    return {key: Decimal(total or 0) for key, total in session.execute(stmt)}


def _turnover_between(session: Session, start: date, end: date) -> Decimal:
    m = sales_movements(start, end)
    return Decimal(session.scalar(select(func.sum(m.c.amount))) or 0)


def turnover_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """Gross turnover per month of ``start``..``end`` (both days included) with the PPh final
    0.5% for an entity and for an individual (Rp500 million untaxed per tax year); see the
    module docstring."""

    check_period(actor, start, end)
    steps = 4
    with db.read() as session:
        progress(0, steps)
        year_start = date(start.year, 1, 1)
        # The threshold is per tax year: what was sold that year before the period counts.
        before = (
            _turnover_between(session, year_start, start - timedelta(days=1))
            if start > year_start
            else Decimal(0)
        )
        progress(1, steps)
        turnover = _turnover_by_month(session, start, end)
        progress(2, steps)
        consigned = _consigned_by_month(session, start, end)
        progress(3, steps)

    rows: list[tuple[Any, ...]] = []
    passed_in: list[Month] = []
    # ``high``: the year's highest cumulative so far. Turnover above the threshold is taxed
    # once: after a month of returns, the goods sold again are not taxed a second time, so
    # the months' taxed parts add up to the year's turnover above the threshold.
    cumulative = high = before
    year = start.year
    for key in Month.every(start, end):
        if int(key[:4]) != year:
            cumulative = high = Decimal(0)
            year = int(key[:4])
        amount = turnover.get(key, Decimal(0))
        cumulative += amount
        above = max(Decimal(0), cumulative - max(high, THRESHOLD))
        if cumulative > CEILING >= high:
            passed_in.append(key)
        high = max(high, cumulative)
        rows.append(
            (
                key,
                amount,
                consigned.get(key, Decimal(0)),
                cumulative,
                tax_of(amount),
                above,
                tax_of(above),
            )
        )

    # a running cumulative does not add up
    month_total = sum_total(rows, MONTH_COLUMNS, skip={"cumulative"})

    def total(i: int) -> Decimal:
        return Decimal(month_total[i])

    summary: list[tuple[Any, ...]] = []
    if start > year_start:
        summary.append((Label("Reports", S_BEFORE), before, ""))
    summary += [
        (Label("Reports", S_TURNOVER), total(1), ""),
        (Label("Reports", S_CONSIGNED), total(2), ""),
        (Label("Reports", S_TAX), total(4), ""),
        (Label("Reports", S_THRESHOLD), THRESHOLD, ""),
        (Label("Reports", S_ABOVE), total(5), ""),
        (Label("Reports", S_TAX_INDIVIDUAL), total(6), ""),
        (
            Label("Reports", S_CEILING),
            CEILING,
            Label("Reports", PASSED if passed_in else NOT_PASSED),
        ),
    ]
    if passed_in:
        # one month (printed by name), or one per year of a period of several years
        when = passed_in[0] if len(passed_in) == 1 else ", ".join(passed_in)
        summary.append((Label("Reports", S_PASSED_IN), None, when))
    progress(steps, steps)
    return Report(
        key="turnover",
        title=TITLE,
        start=start,
        end=end,
        tables=[
            # the months first: a year's twelve rows and their total stay on the first page
            ReportTable(T_MONTH, MONTH_COLUMNS, rows, month_total),
            ReportTable(T_SUMMARY, (C_ITEM, C_AMOUNT, C_REMARK), summary),
        ],
        charts=[Chart("bar", T_MONTH, [r[0] for r in rows], [r[1] for r in rows])],
        notes=list(NOTES),
        printed_by=actor.full_name or actor.username,
    )
