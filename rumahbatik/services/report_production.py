"""The production report of a period: batches, output and rejects, material use against the
recipe, and wages per artisan and per stage.

**What counts.**

- *Batches* are those at work in the period: started on or before its last day and either
  still in progress, finished on or after its first day, or cancelled after starting in the
  period (a batch that was only planned did nothing yet). Their figures are the batch's as
  it stands: material cost is the value of what was issued to it so far; wages and unit cost
  are known once it is finished.
- *Output*, *material use* and the month chart count the batches **finished** in the period
  (``finished_on``), so a batch is counted once, in the month it came off the line.
- *Material use* compares what was issued with what the batch planned, which is the
  recipe's quantity per piece × the pieces planned, copied when the batch was planned (and
  as edited on the batch since). A material issued without being planned has no plan.
- *Wages* are the wage entries earned in the period (written when a batch is finished, one
  per artisan and stage); *paid* is the wage payments of the period; *owed* is everything
  earned minus everything paid up to the period's last day (as on the wage statement).

Every figure is a ``GROUP BY`` in the database; Python only merges the grouped rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.production import BATCH_STATUS_LABELS, STAGE_LABELS, BatchStatus, Stage
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
from rumahbatik.models import (
    BatchMaterial,
    Item,
    Motif,
    Person,
    ProductionBatch,
    WageEntry,
    WagePayment,
)
from rumahbatik.services.context import Actor
from rumahbatik.services.report_common import check_period, total_label

TITLE = QT_TRANSLATE_NOOP("Reports", "Production report")

T_BATCHES = QT_TRANSLATE_NOOP("Reports", "Batches")
T_BATCH_COSTS = QT_TRANSLATE_NOOP("Reports", "Batch output and cost")
T_OUTPUT = QT_TRANSLATE_NOOP("Reports", "Output by product")
T_MATERIALS = QT_TRANSLATE_NOOP("Reports", "Material use against plan")
T_WAGES = QT_TRANSLATE_NOOP("Reports", "Wages per artisan")
T_STAGES = QT_TRANSLATE_NOOP("Reports", "Wages by stage")
CH_OUTPUT_MONTH = QT_TRANSLATE_NOOP("Reports", "Cost of finished output by month")
CH_WAGES = QT_TRANSLATE_NOOP("Reports", "Wages earned per artisan")

NO_MOTIF = QT_TRANSLATE_NOOP("Reports", "(no motif)")
OTHERS = QT_TRANSLATE_NOOP("Reports", "(others)")

C_NUMBER = Column("number", QT_TRANSLATE_NOOP("Reports", "Batch"))
C_PRODUCT = Column("product", QT_TRANSLATE_NOOP("Reports", "Product"))
C_GOOD = Column("good", QT_TRANSLATE_NOOP("Reports", "Finished"), "int")
C_REJECTED = Column("rejected", QT_TRANSLATE_NOOP("Reports", "Rejected"), "int")
C_REJECT_PCT = Column("reject_pct", QT_TRANSLATE_NOOP("Reports", "Reject %"), "decimal")
C_MATERIAL_COST = Column("material_cost", QT_TRANSLATE_NOOP("Reports", "Materials"), "money")
C_WAGE_COST = Column("wage_cost", QT_TRANSLATE_NOOP("Reports", "Wages"), "money")
C_COST = Column("cost", QT_TRANSLATE_NOOP("Reports", "Cost"), "money")
C_UNIT_COST = Column("unit_cost", QT_TRANSLATE_NOOP("Reports", "Unit cost"), "money")

# Two tables per batch, not one wide one: the PDF gives each figure column a fixed width, and
# thirteen columns leave no room for the batch number and the product's name.
BATCH_COLUMNS = (
    C_NUMBER,
    C_PRODUCT,
    Column("motif", QT_TRANSLATE_NOOP("Reports", "Motif")),
    Column("started", QT_TRANSLATE_NOOP("Reports", "Started"), "date"),
    Column("finished_on", QT_TRANSLATE_NOOP("Reports", "Finished on"), "date"),
    Column("planned", QT_TRANSLATE_NOOP("Reports", "Planned"), "int"),
)
BATCH_COST_COLUMNS = (
    C_NUMBER,
    Column("status", QT_TRANSLATE_NOOP("Reports", "Status")),
    C_GOOD,
    C_REJECTED,
    C_REJECT_PCT,
    C_MATERIAL_COST,
    C_WAGE_COST,
    C_UNIT_COST,
)
OUTPUT_COLUMNS = (
    C_PRODUCT,
    Column("batches", QT_TRANSLATE_NOOP("Reports", "Batches"), "int"),
    C_GOOD,
    C_REJECTED,
    C_REJECT_PCT,
    C_COST,
    C_UNIT_COST,
)
MATERIAL_COLUMNS = (
    Column("material", QT_TRANSLATE_NOOP("Reports", "Material (unit)")),
    Column("planned", QT_TRANSLATE_NOOP("Reports", "Planned"), "decimal"),
    Column("issued", QT_TRANSLATE_NOOP("Reports", "Issued"), "decimal"),
    Column("difference", QT_TRANSLATE_NOOP("Reports", "Difference"), "decimal"),
    Column("difference_pct", QT_TRANSLATE_NOOP("Reports", "Difference %"), "decimal"),
    Column("value", QT_TRANSLATE_NOOP("Reports", "Issued value"), "money"),
)
WAGE_COLUMNS = (
    Column("artisan", QT_TRANSLATE_NOOP("Reports", "Artisan")),
    Column("batches", QT_TRANSLATE_NOOP("Reports", "Batches"), "int"),
    Column("pieces", QT_TRANSLATE_NOOP("Reports", "Pieces"), "int"),
    Column("earned", QT_TRANSLATE_NOOP("Reports", "Earned"), "money"),
    Column("paid", QT_TRANSLATE_NOOP("Reports", "Paid"), "money"),
    Column("owed", QT_TRANSLATE_NOOP("Reports", "Owed at period end"), "money"),
)
STAGE_COLUMNS = (
    Column("stage", QT_TRANSLATE_NOOP("Reports", "Stage")),
    Column("artisans", QT_TRANSLATE_NOOP("Reports", "Artisans"), "int"),
    Column("pieces", QT_TRANSLATE_NOOP("Reports", "Pieces"), "int"),
    Column("amount", QT_TRANSLATE_NOOP("Reports", "Earned"), "money"),
)

#: The pie of wages names this many artisans; the rest are one slice.
PIE_SLICES = 7

_TENTH = Decimal("0.1")


def _pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part`` as a percentage of ``whole`` to one decimal; None when there is no whole."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_TENTH)


def _reject_pct(good: int, rejected: int) -> Decimal:
    return _pct(rejected, good + rejected) or Decimal(0)


def _dec(value: Any) -> Decimal:
    return Decimal(value) if value is not None else Decimal(0)


def _status(value: str) -> Any:
    try:
        return Label("Production", BATCH_STATUS_LABELS[BatchStatus(value)])
    except ValueError:
        return value


def _stage(value: str) -> Any:
    try:
        return Label("Production", STAGE_LABELS[Stage(value)])
    except ValueError:
        return value


def _finished_in(start: date, end: date) -> Any:
    return and_(
        ProductionBatch.status == BatchStatus.FINISHED.value,
        ProductionBatch.finished_on >= start,
        ProductionBatch.finished_on <= end,
    )


def _batches(session: Session, start: date, end: date) -> tuple[ReportTable, ReportTable]:
    """The batches at work in the period, and what each cost."""
    issued = (
        select(
            BatchMaterial.batch_id.label("batch_id"),
            func.sum(BatchMaterial.issued_value).label("value"),
        )
        .group_by(BatchMaterial.batch_id)
        .subquery("issued")
    )
    at_work = and_(
        ProductionBatch.started_on <= end,
        or_(
            ProductionBatch.status == BatchStatus.IN_PROGRESS.value,
            and_(
                ProductionBatch.status == BatchStatus.FINISHED.value,
                ProductionBatch.finished_on >= start,
            ),
            and_(
                ProductionBatch.status == BatchStatus.CANCELLED.value,
                ProductionBatch.started_on >= start,
            ),
        ),
    )
    stmt = (
        select(
            ProductionBatch.number,
            Item.name,
            Motif.name,
            ProductionBatch.status,
            ProductionBatch.started_on,
            ProductionBatch.finished_on,
            ProductionBatch.planned_qty,
            ProductionBatch.qty_finished,
            ProductionBatch.qty_rejected,
            func.coalesce(issued.c.value, 0),
            ProductionBatch.wage_cost,
            ProductionBatch.unit_cost,
        )
        .join(Item, Item.id == ProductionBatch.product_id)
        .outerjoin(Motif, Motif.id == ProductionBatch.motif_id)
        .outerjoin(issued, issued.c.batch_id == ProductionBatch.id)
        .where(at_work)
        .order_by(ProductionBatch.started_on, ProductionBatch.number)
    )
    rows: list[tuple[Any, ...]] = []
    costs: list[tuple[Any, ...]] = []
    for (
        number, product, motif, status, started, finished, planned, good, bad, materials,
        wages, unit,
    ) in session.execute(stmt):  # fmt: skip
        good, bad = int(good or 0), int(bad or 0)
        rows.append(
            (number, product, motif or Label("Reports", NO_MOTIF), started, finished, int(planned))
        )
        costs.append(
            (
                number,
                _status(status),
                good,
                bad,
                _reject_pct(good, bad),
                _dec(materials),
                _dec(wages),
                _dec(unit) if good else None,
            )
        )
    total = (total_label(), "", "", None, None, sum(r[5] for r in rows))
    good = sum(c[2] for c in costs)
    bad = sum(c[3] for c in costs)
    cost_total = (
        total_label(),
        "",
        good,
        bad,
        _reject_pct(good, bad),
        sum((c[5] for c in costs), Decimal(0)),
        sum((c[6] for c in costs), Decimal(0)),
        None,  # unit costs of different products do not add up
    )
    return (
        ReportTable(T_BATCHES, BATCH_COLUMNS, rows, total),
        ReportTable(T_BATCH_COSTS, BATCH_COST_COLUMNS, costs, cost_total),
    )


def _output(session: Session, start: date, end: date) -> ReportTable:
    """What the batches finished in the period made, per product."""
    cost = func.sum(ProductionBatch.material_cost + ProductionBatch.wage_cost)
    stmt = (
        select(
            Item.name,
            func.count(ProductionBatch.id),
            func.sum(ProductionBatch.qty_finished),
            func.sum(ProductionBatch.qty_rejected),
            cost,
        )
        .join(Item, Item.id == ProductionBatch.product_id)
        .where(_finished_in(start, end))
        .group_by(Item.id, Item.sku, Item.name)
        .order_by(cost.desc(), Item.sku)
    )
    rows: list[tuple[Any, ...]] = []
    for name, count, good, bad, value in session.execute(stmt):
        good, bad, value = int(good or 0), int(bad or 0), _dec(value)
        rows.append(
            (
                name,
                int(count),
                good,
                bad,
                _reject_pct(good, bad),
                value,
                (value / good).quantize(Decimal("0.01")) if good else None,
            )
        )
    good = sum(r[2] for r in rows)
    bad = sum(r[3] for r in rows)
    value = sum((r[5] for r in rows), Decimal(0))
    total = (
        total_label(),
        sum(r[1] for r in rows),
        good,
        bad,
        _reject_pct(good, bad),
        value,
        (value / good).quantize(Decimal("0.01")) if good else None,
    )
    return ReportTable(T_OUTPUT, OUTPUT_COLUMNS, rows, total)


def _output_by_month(session: Session, start: date, end: date) -> Chart | None:
    month = func.substr(cast(ProductionBatch.finished_on, String), 1, 7)
    stmt = (
        select(month, func.sum(ProductionBatch.material_cost + ProductionBatch.wage_cost))
        .where(_finished_in(start, end))
        .group_by(month)
        .order_by(month)
    )
    by_month = {Month(str(m)): _dec(v) for m, v in session.execute(stmt)}
    if len(by_month) < 2:
        return None  # one bar says no more than the output table's total
    # every month of the period on the axis, so a month without output shows as a gap
    months = Month.every(start, end)
    return Chart("bar", CH_OUTPUT_MONTH, months, [by_month.get(m, Decimal(0)) for m in months])


def _materials(session: Session, start: date, end: date) -> ReportTable:
    """Planned against issued, per material, over the batches finished in the period."""
    value = func.sum(BatchMaterial.issued_value)
    stmt = (
        select(
            Item.sku,
            Item.name,
            Item.unit,
            func.sum(BatchMaterial.planned_qty),
            func.sum(BatchMaterial.issued_qty),
            value,
        )
        .join(ProductionBatch, ProductionBatch.id == BatchMaterial.batch_id)
        .join(Item, Item.id == BatchMaterial.material_id)
        .where(_finished_in(start, end))
        .group_by(Item.id, Item.sku, Item.name, Item.unit)
        .order_by(value.desc(), Item.sku)
    )
    rows: list[tuple[Any, ...]] = []
    for _sku, name, unit, planned, issued, val in session.execute(stmt):
        planned, issued = _dec(planned), _dec(issued)
        diff = issued - planned
        rows.append((f"{name} ({unit})", planned, issued, diff, _pct(diff, planned), _dec(val)))
    # quantities of different units do not add up: the total is the value only
    total = (total_label(), None, None, None, None, sum((r[5] for r in rows), Decimal(0)))
    return ReportTable(T_MATERIALS, MATERIAL_COLUMNS, rows, total)


def _wages(session: Session, start: date, end: date) -> tuple[ReportTable, Chart]:
    """Earned and paid in the period and owed at its end, per artisan."""
    earned = {
        aid: (int(batches), int(pieces or 0), _dec(amount))
        for aid, batches, pieces, amount in session.execute(
            select(
                WageEntry.artisan_id,
                func.count(func.distinct(WageEntry.batch_id)),
                func.sum(WageEntry.pieces),
                func.sum(WageEntry.amount),
            )
            .where(WageEntry.earned_on >= start, WageEntry.earned_on <= end)
            .group_by(WageEntry.artisan_id)
        )
    }
    paid = {
        aid: _dec(amount)
        for aid, amount in session.execute(
            select(WagePayment.artisan_id, func.sum(WagePayment.amount))
            .where(WagePayment.paid_on >= start, WagePayment.paid_on <= end)
            .group_by(WagePayment.artisan_id)
        )
    }
    ids = set(earned) | set(paid)
    earned_to_end = _sums_by_artisan(
        session, WageEntry.artisan_id, WageEntry.amount, WageEntry.earned_on <= end, ids
    )
    paid_to_end = _sums_by_artisan(
        session, WagePayment.artisan_id, WagePayment.amount, WagePayment.paid_on <= end, ids
    )
    names = (
        dict(session.execute(select(Person.id, Person.full_name).where(Person.id.in_(ids))).all())
        if ids
        else {}
    )
    rows: list[tuple[Any, ...]] = []
    for aid in sorted(ids, key=lambda i: (-earned.get(i, (0, 0, Decimal(0)))[2], names[i], i)):
        batches, pieces, amount = earned.get(aid, (0, 0, Decimal(0)))
        owed = earned_to_end.get(aid, Decimal(0)) - paid_to_end.get(aid, Decimal(0))
        rows.append((names[aid], batches, pieces, amount, paid.get(aid, Decimal(0)), owed))
    total = (
        total_label(),
        None,  # an artisan's batches overlap another's: no sum
        sum(r[2] for r in rows),
        sum((r[3] for r in rows), Decimal(0)),
        sum((r[4] for r in rows), Decimal(0)),
        sum((r[5] for r in rows), Decimal(0)),
    )
    paid_rows = [r for r in rows if r[3] > 0]
    labels: list[Any] = [r[0] for r in paid_rows[:PIE_SLICES]]
    values = [r[3] for r in paid_rows[:PIE_SLICES]]
    if len(paid_rows) > PIE_SLICES:
        labels.append(OTHERS)
        values.append(sum((r[3] for r in paid_rows[PIE_SLICES:]), Decimal(0)))
    return ReportTable(T_WAGES, WAGE_COLUMNS, rows, total), Chart("pie", CH_WAGES, labels, values)


def _sums_by_artisan(
    session: Session, artisan: Any, amount: Any, until: Any, ids: set[int]
) -> dict[int, Decimal]:
    if not ids:
        return {}
    stmt = select(artisan, func.sum(amount)).where(until, artisan.in_(ids)).group_by(artisan)
    return {aid: _dec(v) for aid, v in session.execute(stmt)}


def _stages(session: Session, start: date, end: date) -> ReportTable:
    """Wages earned in the period per stage of making."""
    stmt = (
        select(
            WageEntry.stage,
            func.count(func.distinct(WageEntry.artisan_id)),
            func.sum(WageEntry.pieces),
            func.sum(WageEntry.amount),
        )
        .where(WageEntry.earned_on >= start, WageEntry.earned_on <= end)
        .group_by(WageEntry.stage)
    )
    order = {s.value: i for i, s in enumerate(Stage)}
    found = sorted(session.execute(stmt), key=lambda r: (order.get(r[0], len(order)), r[0]))
    rows = [(_stage(st), int(n), int(p or 0), _dec(a)) for st, n, p, a in found]
    total = (
        total_label(),
        None,  # one artisan may work several stages
        sum(r[2] for r in rows),
        sum((r[3] for r in rows), Decimal(0)),
    )
    return ReportTable(T_STAGES, STAGE_COLUMNS, rows, total)


def production_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """The production of ``start``..``end`` (both days included): batches at work and their
    costs, output and rejects per product, material use against the batches' plans, wages per
    artisan and per stage. See the module docstring for what counts."""

    check_period(actor, start, end)
    steps = 5
    tables: list[ReportTable] = []
    charts: list[Chart] = []
    with db.read() as session:
        progress(0, steps)
        tables.extend(_batches(session, start, end))
        progress(1, steps)
        tables.append(_output(session, start, end))
        by_month = _output_by_month(session, start, end)
        if by_month is not None:
            charts.append(by_month)
        progress(2, steps)
        tables.append(_materials(session, start, end))
        progress(3, steps)
        wages, wage_chart = _wages(session, start, end)
        tables.append(wages)
        charts.append(wage_chart)
        progress(4, steps)
        tables.append(_stages(session, start, end))
        progress(steps, steps)
    return Report(
        key="production",
        title=TITLE,
        start=start,
        end=end,
        tables=tables,
        charts=charts,
        notes=list(_NOTES),
        printed_by=actor.full_name or actor.username,
    )


_NOTES: list[str] = [
    QT_TRANSLATE_NOOP(
        "Reports",
        "Batches: those at work in the period, with their figures as they stand today. "
        "Output and material use: the batches finished in the period; planned material is "
        "the recipe per piece × pieces planned, as planned on the batch.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Wages: earned when a batch is finished; owed = everything earned minus everything "
        "paid up to the period's last day.",
    ),
]
