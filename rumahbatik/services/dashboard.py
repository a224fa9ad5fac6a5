"""Figures for the dashboard, each read in one short query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select, union_all

from rumahbatik.db import Database
from rumahbatik.domain.production import BatchStatus
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import InvoiceStatus, PaymentStatus
from rumahbatik.domain.stock import round_money
from rumahbatik.domain.training import CohortStatus, EnrollmentStatus
from rumahbatik.models import Item, ProductionBatch
from rumahbatik.models.sales import CreditNoteLine, Invoice, InvoiceLine
from rumahbatik.models.training import Attendance, Cohort, Course, Enrollment
from rumahbatik.services import sales, training_grades
from rumahbatik.services.context import Actor
from rumahbatik.services.training_common import scope


@dataclass(frozen=True)
class StockOverview:
    items: int  # active items
    low: int  # of those, at or below their reorder level
    value: Decimal | None  # stock at average cost; None for roles that may not see prices
    batches_in_progress: int
    batches_planned: int


def stock_overview(db: Database, actor: Actor) -> StockOverview:
    """Active items, how many are low, the stock's value and the batches under way."""
    actor.require(Permission.MANAGE_STOCK)
    low = and_(Item.reorder_level > 0, Item.on_hand <= Item.reorder_level)
    with db.read() as session:
        items, low_count = session.execute(
            select(func.count(Item.id), func.count(Item.id).filter(low)).where(
                Item.active.is_(True)
            )
        ).one()
        value = None
        if actor.can(Permission.VIEW_PRICES):
            # Exact Decimal per item, as the stock page computes it (the dashboard reads
            # this in the background; 50,000 items take ~0.1 s).
            total = Decimal(0)
            for on_hand, avg in session.execute(
                select(Item.on_hand, Item.avg_cost).where(Item.on_hand > 0)
            ):
                total += on_hand * avg
            value = round_money(total)
        status_counts = dict(
            session.execute(
                select(ProductionBatch.status, func.count(ProductionBatch.id))
                .where(
                    ProductionBatch.status.in_(
                        [BatchStatus.IN_PROGRESS.value, BatchStatus.PLANNED.value]
                    )
                )
                .group_by(ProductionBatch.status)
            ).all()
        )
    return StockOverview(
        items=int(items or 0),
        low=int(low_count or 0),
        value=value,
        batches_in_progress=int(status_counts.get(BatchStatus.IN_PROGRESS.value, 0)),
        batches_planned=int(status_counts.get(BatchStatus.PLANNED.value, 0)),
    )


# ---------------------------------------------------------------- sales

TOP_N = 5
CHART_DAYS = 30


@dataclass(frozen=True)
class Takings:
    """One row of a top list or a chart: what was sold, net of credit notes (before VAT)."""

    key: int | None  # item id or motif id (None: lines without a motif)
    name: str
    amount: Decimal


@dataclass(frozen=True)
class DaySales:
    day: date
    count: int  # issued invoices dated that day
    amount: Decimal  # their total − credited (with VAT, as the sales list shows)


@dataclass(frozen=True)
class SalesOverview:
    today: date
    today_count: int
    today_amount: Decimal
    month_start: date
    month_amount: Decimal  # from the 1st to today
    last_month_same: Decimal  # last month, from the 1st to the same day
    last_month_total: Decimal  # the whole of last month
    unpaid_count: int  # issued, unpaid or partly paid
    unpaid_amount: Decimal
    overdue_count: int  # of those, past their due date
    top_products: list[Takings]
    top_motifs: list[Takings]
    by_day: list[DaySales]  # the last 30 days, oldest first, every day present
    by_motif: list[Takings]  # this month, largest first

    @property
    def month_change(self) -> Decimal | None:
        """This month against the same days of last month, in percent (None: nothing then)."""
        if self.last_month_same == 0:
            return None
        return (self.month_amount - self.last_month_same) * 100 / self.last_month_same


def _month_before(day: date) -> tuple[date, date]:
    """The first and last day of the month before ``day``'s."""
    last = day.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def _takings(first: date, last: date, key: Any, name: Any) -> Any:
    """Sold lines minus credit-note lines of ``first``..``last``, grouped by ``key``.

    Only issued invoices give their lines a ``sold_on`` (drafts have none), and a cancelled
    invoice is credited in full, so it nets to nothing without a look at its status."""
    sold = select(key.label("key"), name.label("name"), InvoiceLine.taxable.label("amount")).where(
        InvoiceLine.sold_on.between(first, last)
    )
    credited = (
        select(key.label("key"), name.label("name"), (-CreditNoteLine.amount).label("amount"))
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .where(InvoiceLine.sold_on.between(first, last))
    )
    both = union_all(sold, credited).subquery()
    total = func.sum(both.c.amount)
    return (
        select(both.c.key, func.max(both.c.name), total)
        .group_by(both.c.key)
        .having(total != 0)
        .order_by(total.desc(), both.c.key)
    )


def _rows(session: Any, stmt: Any) -> list[Takings]:
    return [Takings(k, n or "", Decimal(a)) for k, n, a in session.execute(stmt)]


def sales_overview(db: Database, actor: Actor, today: date | None = None) -> SalesOverview:
    """Today's and this month's sales against last month, unpaid invoices, the month's top
    products and motifs, and the sales of the last 30 days, each in one grouped query."""
    if not actor.can(Permission.SELL):
        actor.require(Permission.VIEW_SALES)
    day = today or sales.today()
    month_start = day.replace(day=1)
    prev_start, prev_end = _month_before(day)
    prev_same = min(prev_start + timedelta(days=day.day - 1), prev_end)
    chart_start = day - timedelta(days=CHART_DAYS - 1)
    issued = Invoice.status == InvoiceStatus.ISSUED.value
    net = Invoice.total - Invoice.credited

    def between(first: date, last: date) -> Any:
        return func.coalesce(func.sum(net).filter(Invoice.invoice_date.between(first, last)), 0)

    open_ = and_(issued, Invoice.payment_status != PaymentStatus.PAID.value)
    due = net - Invoice.paid
    with db.read() as session:
        r = session.execute(
            select(
                func.count(Invoice.id).filter(Invoice.invoice_date == day),
                between(day, day),
                between(month_start, day),
                between(prev_start, prev_same),
                between(prev_start, prev_end),
            ).where(issued, Invoice.invoice_date.between(prev_start, day))
        ).one()
        u = session.execute(
            select(
                func.count(Invoice.id),
                func.coalesce(func.sum(due), 0),
                func.count(Invoice.id).filter(
                    func.coalesce(Invoice.due_date, Invoice.invoice_date) < day
                ),
            ).where(open_, due > 0, Invoice.invoice_date <= day)
        ).one()
        per_day = {
            d: (int(c), Decimal(a))
            for d, c, a in session.execute(
                select(Invoice.invoice_date, func.count(Invoice.id), func.sum(net))
                .where(issued, Invoice.invoice_date.between(chart_start, day))
                .group_by(Invoice.invoice_date)
            )
        }
        products = _rows(
            session,
            _takings(month_start, day, InvoiceLine.item_id, InvoiceLine.description).limit(TOP_N),
        )
        # Item names change; the line keeps the one printed, the item the current one.
        names = dict(
            session.execute(
                select(Item.id, Item.name).where(Item.id.in_([p.key for p in products]))
            ).all()
        )
        products = [Takings(p.key, names.get(p.key, p.name), p.amount) for p in products]
        motifs = _rows(
            session, _takings(month_start, day, InvoiceLine.motif_id, InvoiceLine.motif_name)
        )
    return SalesOverview(
        today=day,
        today_count=int(r[0] or 0),
        today_amount=Decimal(r[1]),
        month_start=month_start,
        month_amount=Decimal(r[2]),
        last_month_same=Decimal(r[3]),
        last_month_total=Decimal(r[4]),
        unpaid_count=int(u[0] or 0),
        unpaid_amount=Decimal(u[1]),
        overdue_count=int(u[2] or 0),
        top_products=products,
        top_motifs=[m for m in motifs if m.key is not None][:TOP_N],
        by_day=[
            DaySales(d, *per_day.get(d, (0, Decimal(0))))
            for d in (chart_start + timedelta(days=i) for i in range(CHART_DAYS))
        ],
        by_motif=motifs,
    )


# ---------------------------------------------------------------- training


@dataclass(frozen=True)
class TrainingCounts:
    running: int
    planned: int


def training_counts(db: Database, actor: Actor) -> TrainingCounts:
    """Cohorts running and planned (an instructor: their own)."""
    actor.require(Permission.VIEW_TRAINING)
    with db.read() as session:
        stmt = scope(
            select(Cohort.status, func.count(Cohort.id))
            .where(Cohort.status.in_([CohortStatus.RUNNING.value, CohortStatus.PLANNED.value]))
            .group_by(Cohort.status),
            actor,
        )
        n = dict(session.execute(stmt).all())
    return TrainingCounts(
        running=int(n.get(CohortStatus.RUNNING.value, 0)),
        planned=int(n.get(CohortStatus.PLANNED.value, 0)),
    )


@dataclass(frozen=True)
class CohortToday:
    cohort_id: int
    code: str
    course_name: str
    status: CohortStatus
    start_date: date
    end_date: date
    enrolled: int
    training_day: bool  # today is one of its days
    to_mark: int  # enrolled trainees without an attendance mark for today
    at_risk: list[str]  # names of trainees who may not pass


@dataclass(frozen=True)
class InstructorOverview:
    today: date
    cohorts: list[CohortToday]  # running first, then planned, by start date

    @property
    def to_mark(self) -> int:
        return sum(c.to_mark for c in self.cohorts)

    @property
    def at_risk(self) -> int:
        return sum(len(c.at_risk) for c in self.cohorts)


def instructor_overview(
    db: Database, actor: Actor, today: date | None = None
) -> InstructorOverview:
    """The cohorts ``actor`` teaches (all, for a manager) that run or are planned, with the
    attendance still to take today and the trainees at risk (training_grades' rule)."""
    actor.require(Permission.VIEW_TRAINING)
    day = today or date.today()
    with db.read() as session:
        rows = session.execute(
            scope(
                select(Cohort, Course.name)
                .join(Course, Course.id == Cohort.course_id)
                .where(Cohort.status.in_([CohortStatus.RUNNING.value, CohortStatus.PLANNED.value]))
                .order_by(Cohort.status.desc(), Cohort.start_date, Cohort.code),
                actor,
            )
        ).all()
        ids = [c.id for c, _ in rows]
        enrolled: dict[int, int] = {}
        marked: dict[int, int] = {}
        if ids:
            is_enrolled = and_(
                Enrollment.cohort_id.in_(ids), Enrollment.status == EnrollmentStatus.ENROLLED
            )
            enrolled = dict(
                session.execute(
                    select(Enrollment.cohort_id, func.count(Enrollment.id))
                    .where(is_enrolled)
                    .group_by(Enrollment.cohort_id)
                ).all()
            )
            marked = dict(
                session.execute(
                    select(Enrollment.cohort_id, func.count(Attendance.enrollment_id))
                    .join(Attendance, Attendance.enrollment_id == Enrollment.id)
                    .where(is_enrolled, Attendance.day == day)
                    .group_by(Enrollment.cohort_id)
                ).all()
            )
        cohorts = [
            (c.id, c.code, name, CohortStatus(c.status), c.start_date, c.end_date)
            for c, name in rows
        ]
    out: list[CohortToday] = []
    for cid, code, name, status, start, end in cohorts:
        running = status == CohortStatus.RUNNING
        training_day = running and start <= day <= end
        risk: list[str] = []
        if running:
            # The rule lives in training_grades (attendance and scores against the course's
            # thresholds); a running cohort has at most a few dozen trainees.
            progress = training_grades.cohort_progress(db, actor, cid)
            risk = [p.full_name for p in progress.rows if p.at_risk]
        n = int(enrolled.get(cid, 0))
        out.append(
            CohortToday(
                cohort_id=cid,
                code=code,
                course_name=name,
                status=status,
                start_date=start,
                end_date=end,
                enrolled=n,
                training_day=training_day,
                to_mark=n - int(marked.get(cid, 0)) if training_day else 0,
                at_risk=risk,
            )
        )
    return InstructorOverview(today=day, cohorts=out)
