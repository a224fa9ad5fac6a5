"""The artisan income report of a period: what each artisan earned (production wages, their
share of consignment pieces sold, royalties on their motifs), what they were paid, and what
the centre still owed them at the period's end.

**What counts.** A wage counts on the day its batch was finished (``WageEntry.earned_on``).
A consignment share or a royalty counts on the day of the sale (``ArtisanAccrual.accrued_on``);
a return or a cancellation writes a negative accrual on the day of its credit note, so it
lowers that day, not the day sold — a month closed stays closed. "Paid" is the wage payments
and the settlement payouts dated in the period. "Owed at end" is everything earned up to the
last day less everything paid up to it (an advance, *kasbon*, makes it negative).

Every figure is a ``GROUP BY`` in the database over the wage entries, wage payments, accruals
and payouts (indexes ``ix_wage_entries_artisan_earned``, ``ix_wage_payments_artisan_paid`` and
``ix_artisan_accruals_open`` serve them).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, literal, select, union_all
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.production import STAGE_LABELS, Stage
from rumahbatik.domain.reports import Chart, Label, Progress, Report, ReportTable, no_progress
from rumahbatik.domain.sales import AccrualKind
from rumahbatik.domain.tables import Column
from rumahbatik.models import (
    ArtisanAccrual,
    ArtisanPayout,
    ArtisanSettlement,
    InvoiceLine,
    Motif,
    Person,
    WageEntry,
    WagePayment,
)
from rumahbatik.models.base import Money
from rumahbatik.services.context import Actor
from rumahbatik.services.report_common import check_period, total_label

TITLE = QT_TRANSLATE_NOOP("Reports", "Artisan income report")

T_INCOME = QT_TRANSLATE_NOOP("Reports", "Income per artisan")
T_CONSIGNMENT = QT_TRANSLATE_NOOP("Reports", "Consignment sales")
T_ROYALTIES = QT_TRANSLATE_NOOP("Reports", "Royalties by motif")
T_WAGES = QT_TRANSLATE_NOOP("Reports", "Wages by stage")
T_CHART = QT_TRANSLATE_NOOP("Reports", "Income per artisan (top 15)")

C_ARTISAN = Column("artisan", QT_TRANSLATE_NOOP("Reports", "Artisan"))
C_WAGES = Column("wages", QT_TRANSLATE_NOOP("Reports", "Wages"), "money")
C_CONSIGNMENT = Column("consignment", QT_TRANSLATE_NOOP("Reports", "Consignment"), "money")
C_ROYALTIES = Column("royalties", QT_TRANSLATE_NOOP("Reports", "Royalties"), "money")
C_INCOME = Column("income", QT_TRANSLATE_NOOP("Reports", "Total income"), "money")
C_PAID = Column("paid", QT_TRANSLATE_NOOP("Reports", "Paid"), "money")
C_OWED = Column("owed", QT_TRANSLATE_NOOP("Reports", "Owed at end"), "money")
C_PIECES = Column("pieces", QT_TRANSLATE_NOOP("Reports", "Pieces"), "decimal")

NO_MOTIF = QT_TRANSLATE_NOOP("Reports", "(no motif)")

#: The chart shows this many artisans, the highest incomes.
CHART_TOP = 15


def _d(value: Any) -> Decimal:
    return Decimal(value or 0)


def _in(column: Any, start: date, end: date) -> Any:
    return column.between(start, end)


def _flows(start: date, end: date) -> Any:
    """One row per wage, payment, accrual and payout up to ``end``, each split into the
    columns it feeds: income in the period, paid in the period, and owed (all history)."""
    # typed as Money, so SQLite's scaled integers come back as Rupiah in every column
    zero = literal(Decimal(0), Money())

    def part(
        person: Any,
        day: Any,
        amount: Any,
        *,
        wages: bool = False,
        kind: str = "",
        paid: bool = False,
    ) -> dict[str, Any]:
        inside = _in(day, start, end)
        return {
            "person_id": person,
            "wages": case((inside, amount), else_=zero) if wages else zero,
            "consignment": (
                case((inside, amount), else_=zero) if kind == AccrualKind.CONSIGNMENT else zero
            ),
            "royalties": case((inside, amount), else_=zero)
            if kind == AccrualKind.ROYALTY
            else zero,
            "paid": case((inside, amount), else_=zero) if paid else zero,
            "owed": -amount if paid else amount,
            "active": case((inside, 1), else_=0),
        }

    def select_of(cols: dict[str, Any]) -> Any:
        return select(*(expr.label(name) for name, expr in cols.items()))

    wages = select_of(
        part(WageEntry.artisan_id, WageEntry.earned_on, WageEntry.amount, wages=True)
    ).where(WageEntry.earned_on <= end)
    wage_paid = select_of(
        part(WagePayment.artisan_id, WagePayment.paid_on, WagePayment.amount, paid=True)
    ).where(WagePayment.paid_on <= end)
    consigned = select_of(
        part(
            ArtisanAccrual.person_id,
            ArtisanAccrual.accrued_on,
            ArtisanAccrual.amount,
            kind=AccrualKind.CONSIGNMENT,
        )
    ).where(ArtisanAccrual.accrued_on <= end, ArtisanAccrual.kind == AccrualKind.CONSIGNMENT.value)
    royalties = select_of(
        part(
            ArtisanAccrual.person_id,
            ArtisanAccrual.accrued_on,
            ArtisanAccrual.amount,
            kind=AccrualKind.ROYALTY,
        )
    ).where(ArtisanAccrual.accrued_on <= end, ArtisanAccrual.kind == AccrualKind.ROYALTY.value)
    payouts = (
        select_of(
            part(
                ArtisanSettlement.person_id, ArtisanPayout.paid_on, ArtisanPayout.amount, paid=True
            )
        )
        .select_from(ArtisanPayout)
        .join(ArtisanSettlement, ArtisanSettlement.id == ArtisanPayout.settlement_id)
        .where(ArtisanPayout.paid_on <= end)
    )
    return union_all(wages, wage_paid, consigned, royalties, payouts).subquery("f")


def _income_rows(session: Session, start: date, end: date) -> list[tuple[Any, ...]]:
    f = _flows(start, end)
    wages, consignment, royalties = (
        func.sum(f.c.wages),
        func.sum(f.c.consignment),
        func.sum(f.c.royalties),
    )
    income = wages + consignment + royalties
    stmt = (
        select(
            Person.full_name, wages, consignment, royalties, func.sum(f.c.paid), func.sum(f.c.owed)
        )
        .select_from(f)
        .join(Person, Person.id == f.c.person_id)
        .group_by(Person.id, Person.full_name)
        # only the people the period touched: income or a payment dated in it
        .having(func.sum(f.c.active) > 0)
        .order_by(income.desc(), Person.full_name)
    )
    rows = []
    for name, w, c, r, paid, owed in session.execute(stmt):
        w, c, r = _d(w), _d(c), _d(r)
        rows.append((name, w, c, r, w + c + r, _d(paid), _d(owed)))
    return rows


def _consignment_rows(session: Session, start: date, end: date) -> list[tuple[Any, ...]]:
    a = ArtisanAccrual
    stmt = (
        select(
            Person.full_name,
            func.sum(a.quantity),
            func.sum(a.gross),
            func.sum(a.amount),
        )
        .join(Person, Person.id == a.person_id)
        .where(_in(a.accrued_on, start, end), a.kind == AccrualKind.CONSIGNMENT.value)
        .group_by(Person.id, Person.full_name)
        .order_by(func.sum(a.amount).desc(), Person.full_name)
    )
    # commission = what the piece sold for at the asking price − the artisan's share
    return [
        (name, _d(qty), _d(gross), _d(gross) - _d(share), _d(share))
        for name, qty, gross, share in session.execute(stmt)
    ]


def _royalty_rows(session: Session, start: date, end: date) -> list[tuple[Any, ...]]:
    a = ArtisanAccrual
    stmt = (
        select(
            Person.full_name,
            Motif.name,
            func.sum(a.quantity),
            func.sum(a.gross),
            func.sum(a.amount),
        )
        .join(Person, Person.id == a.person_id)
        .join(InvoiceLine, InvoiceLine.id == a.invoice_line_id)
        .outerjoin(Motif, Motif.id == InvoiceLine.motif_id)
        .where(_in(a.accrued_on, start, end), a.kind == AccrualKind.ROYALTY.value)
        .group_by(Person.id, Person.full_name, Motif.id, Motif.name)
        .order_by(Person.full_name, func.sum(a.amount).desc())
    )
    return [
        (name, motif or Label("Reports", NO_MOTIF), _d(qty), _d(takings), _d(royalty))
        for name, motif, qty, takings, royalty in session.execute(stmt)
    ]


def _stage_label(value: str) -> Any:
    try:
        return Label("Production", STAGE_LABELS[Stage(value)])
    except (KeyError, ValueError):
        return value  # a stage code this version does not know stays as it is


def _wage_rows(session: Session, start: date, end: date) -> list[tuple[Any, ...]]:
    w = WageEntry
    stmt = (
        select(Person.full_name, w.stage, func.sum(w.pieces), func.sum(w.amount))
        .join(Person, Person.id == w.artisan_id)
        .where(_in(w.earned_on, start, end))
        .group_by(Person.id, Person.full_name, w.stage)
        .order_by(Person.full_name, func.sum(w.amount).desc(), w.stage)
    )
    return [
        (name, _stage_label(stage), int(pieces or 0), _d(amount))
        for name, stage, pieces, amount in session.execute(stmt)
    ]


def _sum_total(rows: list[tuple[Any, ...]], first: int, blanks: int = 0) -> tuple[Any, ...]:
    """The bold last row: "Total", ``blanks`` empty label cells, the sums of the rest."""
    width = len(rows[0]) if rows else first
    sums = [sum((r[i] for r in rows), Decimal(0)) for i in range(first, width)]
    return (total_label(), *("",) * blanks, *sums)


def artisan_income_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """What each artisan earned from ``start`` to ``end`` (both days included) — wages,
    consignment shares and motif royalties — with what they were paid in the period and what
    they were owed at its end; see the module docstring for what counts."""

    check_period(actor, start, end)
    steps = 4
    with db.read() as session:
        progress(0, steps)
        income = _income_rows(session, start, end)
        progress(1, steps)
        consigned = _consignment_rows(session, start, end)
        progress(2, steps)
        royalties = _royalty_rows(session, start, end)
        progress(3, steps)
        wages = _wage_rows(session, start, end)
        progress(steps, steps)

    income_total = _sum_total(income, 1) if income else (total_label(), *(Decimal(0),) * 6)
    tables = [
        ReportTable(
            T_INCOME,
            (C_ARTISAN, C_WAGES, C_CONSIGNMENT, C_ROYALTIES, C_INCOME, C_PAID, C_OWED),
            income,
            income_total,
        ),
        ReportTable(
            T_CONSIGNMENT,
            (
                C_ARTISAN,
                C_PIECES,
                Column("gross", QT_TRANSLATE_NOOP("Reports", "Sold at asking price"), "money"),
                Column("commission", QT_TRANSLATE_NOOP("Reports", "Commission"), "money"),
                Column("share", QT_TRANSLATE_NOOP("Reports", "Artisan's share"), "money"),
            ),
            consigned,
            _sum_total(consigned, 1) if consigned else None,
        ),
        ReportTable(
            T_ROYALTIES,
            (
                Column("designer", QT_TRANSLATE_NOOP("Reports", "Designer")),
                Column("motif", QT_TRANSLATE_NOOP("Reports", "Motif")),
                C_PIECES,
                Column("takings", QT_TRANSLATE_NOOP("Reports", "Sales (before VAT)"), "money"),
                Column("royalty", QT_TRANSLATE_NOOP("Reports", "Royalty"), "money"),
            ),
            royalties,
            _sum_total(royalties, 2, blanks=1) if royalties else None,
        ),
        ReportTable(
            T_WAGES,
            (
                C_ARTISAN,
                Column("stage", QT_TRANSLATE_NOOP("Reports", "Stage")),
                Column("pieces", QT_TRANSLATE_NOOP("Reports", "Pieces"), "int"),
                C_WAGES,
            ),
            wages,
            (
                total_label(),
                "",
                sum(r[2] for r in wages),
                sum((r[3] for r in wages), Decimal(0)),
            )
            if wages
            else None,
        ),
    ]
    top = income[:CHART_TOP]
    charts = [Chart("bar", T_CHART, [_short(r[0]) for r in top], [r[4] for r in top])]
    return Report(
        key="artisans",
        title=TITLE,
        start=start,
        end=end,
        tables=tables,
        charts=charts,
        notes=[
            QT_TRANSLATE_NOOP(
                "Reports",
                "Wages count on the day the batch was finished, consignment shares and "
                "royalties on the day of the sale; a return lowers the day of its credit note. "
                "Paid: wage payments and settlement payouts in the period; owed at end: "
                "everything earned less everything paid up to the last day.",
            )
        ],
        printed_by=actor.full_name or actor.username,
    )


def _short(name: str, limit: int = 12) -> str:
    """A name short enough to sit under a bar of the chart."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
