"""The stock report: on hand and its value per location at the end of the period, the
movements of the period (per kind and per item), low stock and slow movers.

**What counts.** Everything comes from the append-only ledger (``stock_moves``), so the
report can be run for any past period and always agrees with itself:

- *On hand* is the sum of moves up to the end of the period's last day (local time), valued
  at the item's moving-average cost after its last move up to then — exactly
  :func:`rumahbatik.services.stock.valuation_at`, which this report reuses.
- *Movements* are the moves inside the period. Per kind, values are at cost (a sale goes out
  at the average cost, a receipt comes in at its own cost). Per item, transfers between
  locations are left out of "in" and "out" (they move stock, not change it), so
  opening + in − out = closing.
- *Low stock* uses the Stock page's and dashboard's definition — an active item with a
  reorder level whose on hand (all locations together) is at or below it — with the on hand
  at the end of the period.
- *Slow movers* are products with stock at the end of the period that did not sell once in
  the period, the most money tied up first.

Every quantity and value is a ``GROUP BY`` over the ledger in the database; Python only
multiplies a grouped quantity by its cost and adds up the (few) grouped rows.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import Chart, Label, Progress, Report, ReportTable, no_progress
from rumahbatik.domain.stock import (
    MOVE_KIND_LABELS,
    UNIT_LABELS,
    ItemKind,
    MoveKind,
    Unit,
)
from rumahbatik.domain.tables import Column
from rumahbatik.models import Item, Location, StockMove
from rumahbatik.services.context import Actor
from rumahbatik.services.report_common import check_period, sum_total, total_label

TITLE = QT_TRANSLATE_NOOP("Reports", "Stock report")

T_BY_LOCATION = QT_TRANSLATE_NOOP("Reports", "Stock value by location")
T_ON_HAND = QT_TRANSLATE_NOOP("Reports", "Stock on hand")
T_BY_KIND = QT_TRANSLATE_NOOP("Reports", "Movements by kind")
T_BY_ITEM = QT_TRANSLATE_NOOP("Reports", "Movements by item")
T_LOW = QT_TRANSLATE_NOOP("Reports", "Low stock")
T_SLOW = QT_TRANSLATE_NOOP("Reports", "Slow movers")

OTHER_LOCATIONS = QT_TRANSLATE_NOOP("Reports", "Other locations")

C_SKU = Column("sku", QT_TRANSLATE_NOOP("Reports", "SKU"))
C_ITEM = Column("item", QT_TRANSLATE_NOOP("Reports", "Item"))
C_UNIT = Column("unit", QT_TRANSLATE_NOOP("Reports", "Unit"))
C_LOCATION = Column("location", QT_TRANSLATE_NOOP("Reports", "Location"))
C_VALUE = Column("value", QT_TRANSLATE_NOOP("Reports", "Value"), "money")

ON_HAND_COLUMNS = (
    C_SKU,
    C_ITEM,
    C_LOCATION,
    Column("quantity", QT_TRANSLATE_NOOP("Reports", "On hand"), "decimal"),
    C_UNIT,
    Column("avg_cost", QT_TRANSLATE_NOOP("Reports", "Average cost"), "money"),
    C_VALUE,
)
SLOW_COLUMNS = (
    C_SKU,
    # (no unit column: products are counted in pieces or sheets, and the item name needs the
    # room on paper)
    Column("product", QT_TRANSLATE_NOOP("Reports", "Product")),
    Column("on_hand", QT_TRANSLATE_NOOP("Reports", "On hand"), "decimal"),
    C_VALUE,
    Column("last_sale", QT_TRANSLATE_NOOP("Reports", "Last sale"), "date"),
    Column("days", QT_TRANSLATE_NOOP("Reports", "Days since"), "int"),
)
KIND_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind of move")),
    Column("moves", QT_TRANSLATE_NOOP("Reports", "Moves"), "int"),
    Column("value_in", QT_TRANSLATE_NOOP("Reports", "Value in"), "money"),
    Column("value_out", QT_TRANSLATE_NOOP("Reports", "Value out"), "money"),
    Column("net", QT_TRANSLATE_NOOP("Reports", "Net"), "money"),
)

#: Transfers move stock between locations; per item they add up to nothing.
TRANSFER_KINDS = (MoveKind.TRANSFER_IN.value, MoveKind.TRANSFER_OUT.value)

#: The pie shows the largest locations by value, the rest together as one slice.
PIE_SLICES = 7

NOTES = [
    QT_TRANSLATE_NOOP(
        "Reports",
        "On hand and value are at the end of the period's last day, at the moving-average "
        "cost. Movement values are at cost; per item, transfers between locations are not "
        "counted as in or out, so opening + in − out = closing.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Low stock: active items with a reorder level whose stock in all locations together "
        "is at or below it. Slow movers: products with stock at the end of the period that "
        "did not sell once in the period, the most value tied up first.",
    ),
]


@functools.cache  # one Label per unit, not an enum lookup for each of 100,000 rows
def _unit(code: str) -> Any:
    try:
        return Label("Stock", UNIT_LABELS[Unit(code)])
    except ValueError:
        return code  # a unit not in the list stays as typed


def _local_day(at: datetime | None) -> date | None:
    if at is None:
        return None
    return at.astimezone().date() if at.tzinfo else at.date()


def _dec(value: Any) -> Decimal:
    return Decimal(value) if value is not None else Decimal(0)


def stock_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """The stock of ``start``..``end`` (both days included); see the module docstring."""
    from rumahbatik.services.stock import end_of_day, valuation_at

    check_period(actor, start, end)
    steps = 6
    since = end_of_day(start - timedelta(days=1))  # the last instant before the period
    until = end_of_day(end)
    in_period = and_(StockMove.moved_at > since, StockMove.moved_at <= until)

    # On hand and value per item and location at the end (the Stock page's valuation).
    progress(0, steps)
    valuation = valuation_at(db, actor, end, by_location=True)

    tables: list[ReportTable] = []
    charts: list[Chart] = []
    with db.read() as session:
        locations = {
            loc.id: (loc.position, loc.name, loc.id) for loc in session.scalars(select(Location))
        }

        # stock value by location
        progress(1, steps)
        per_location: dict[int, tuple[int, Decimal]] = {}
        item_qty: dict[int, Decimal] = {}
        item_value: dict[int, Decimal] = {}
        in_stock: set[int] = set()
        for v in valuation.rows:
            assert v.location_id is not None
            count, value = per_location.get(v.location_id, (0, Decimal(0)))
            positive = v.quantity > 0
            per_location[v.location_id] = (count + (1 if positive else 0), value + v.value)
            item_qty[v.item_id] = item_qty.get(v.item_id, Decimal(0)) + v.quantity
            item_value[v.item_id] = item_value.get(v.item_id, Decimal(0)) + v.value
            if positive:
                in_stock.add(v.item_id)
        total_value = sum((value for _count, value in per_location.values()), Decimal(0))
        ordered = sorted(per_location, key=lambda i: locations[i])
        location_rows = [
            (
                locations[i][1],
                per_location[i][0],
                per_location[i][1],
                _share(per_location[i][1], total_value),
            )
            for i in ordered
        ]
        tables.append(
            ReportTable(
                T_BY_LOCATION,
                (
                    C_LOCATION,
                    Column("items", QT_TRANSLATE_NOOP("Reports", "Items in stock"), "int"),
                    C_VALUE,
                    Column("share_pct", QT_TRANSLATE_NOOP("Reports", "Share"), "decimal"),
                ),
                location_rows,
                # an item kept in two places is one item
                (total_label(), len(in_stock), total_value, Decimal(100)),
            )
        )
        biggest = sorted(location_rows, key=lambda r: r[2], reverse=True)
        pie_labels: list[str] = [r[0] for r in biggest[:PIE_SLICES]]
        pie_values = [r[2] for r in biggest[:PIE_SLICES]]
        if len(biggest) > PIE_SLICES:
            pie_labels.append(OTHER_LOCATIONS)
            pie_values.append(sum((r[2] for r in biggest[PIE_SLICES:]), Decimal(0)))
        charts.append(Chart("pie", T_BY_LOCATION, pie_labels, pie_values))

        # stock on hand per item and location
        on_hand_rows = [
            (
                v.sku,
                v.name,
                locations[v.location_id][1],
                v.quantity,
                _unit(v.unit),
                v.unit_cost,
                v.value,
            )
            for v in sorted(valuation.rows, key=lambda v: (locations[v.location_id or 0], v.sku))
        ]
        tables.append(
            ReportTable(
                T_ON_HAND,
                ON_HAND_COLUMNS,
                on_hand_rows,
                # quantities in metres, grams and pieces do not add up; values do
                sum_total(on_hand_rows, ON_HAND_COLUMNS, skip={"quantity", "avg_cost"}),
            )
        )

        # movements by kind
        progress(2, steps)
        value = StockMove.value
        by_kind = {
            kind: (int(n or 0), _dec(value_in), -_dec(value_out))
            for kind, n, value_in, value_out in session.execute(
                select(
                    StockMove.kind,
                    func.count(StockMove.id),
                    func.sum(value).filter(value > 0),
                    func.sum(value).filter(value < 0),
                )
                .where(in_period)
                .group_by(StockMove.kind)
            )
        }
        order = {k.value: i for i, k in enumerate(MoveKind)}
        kind_rows = [
            (_kind_label(kind), n, value_in, value_out, value_in - value_out)
            for kind, (n, value_in, value_out) in sorted(
                by_kind.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])
            )
        ]
        tables.append(
            ReportTable(
                T_BY_KIND,
                KIND_COLUMNS,
                kind_rows,
                sum_total(kind_rows, KIND_COLUMNS),
            )
        )

        # movements by item: opening, in, out, closing
        progress(3, steps)
        qty = StockMove.quantity
        flow = and_(in_period, StockMove.kind.not_in(TRANSFER_KINDS))
        moved = select(StockMove.item_id).where(in_period).distinct()
        sums = (
            select(
                StockMove.item_id.label("item_id"),
                func.sum(qty).filter(StockMove.moved_at <= since).label("opening"),
                func.sum(qty).filter(flow, qty > 0).label("qty_in"),
                func.sum(qty).filter(flow, qty < 0).label("qty_out"),
                func.sum(qty).label("closing"),
            )
            .where(StockMove.moved_at <= until, StockMove.item_id.in_(moved))
            .group_by(StockMove.item_id)
            .subquery("sums")
        )
        item_rows = [
            (sku, name, _unit(unit), _dec(opening), _dec(qin), -_dec(qout), _dec(closing))
            for sku, name, unit, opening, qin, qout, closing in session.execute(
                select(
                    Item.sku, Item.name, Item.unit, sums.c.opening, sums.c.qty_in,
                    sums.c.qty_out, sums.c.closing,
                )
                .join(sums, sums.c.item_id == Item.id)
                .order_by(Item.sku)
            )
        ]  # fmt: skip
        tables.append(
            ReportTable(
                T_BY_ITEM,
                (
                    C_SKU,
                    C_ITEM,
                    C_UNIT,
                    Column("opening", QT_TRANSLATE_NOOP("Reports", "Opening"), "decimal"),
                    Column("qty_in", QT_TRANSLATE_NOOP("Reports", "In"), "decimal"),
                    Column("qty_out", QT_TRANSLATE_NOOP("Reports", "Out"), "decimal"),
                    Column("closing", QT_TRANSLATE_NOOP("Reports", "Closing"), "decimal"),
                ),
                item_rows,
            )
        )

        # low stock (same rule as the Stock page's "low only" and the dashboard)
        progress(4, steps)
        end_qty = (
            select(StockMove.item_id.label("item_id"), func.sum(qty).label("qty"))
            .where(StockMove.moved_at <= until)
            .group_by(StockMove.item_id)
            .subquery("end_qty")
        )
        on_hand = func.coalesce(end_qty.c.qty, 0)
        low_rows = [
            (sku, name, _unit(unit), _dec(have), _dec(level), _dec(level) - _dec(have))
            for sku, name, unit, have, level in session.execute(
                select(Item.sku, Item.name, Item.unit, end_qty.c.qty, Item.reorder_level)
                .outerjoin(end_qty, end_qty.c.item_id == Item.id)
                .where(
                    Item.active.is_(True),
                    Item.reorder_level > 0,
                    on_hand <= Item.reorder_level,
                )
                .order_by(Item.sku)
            )
        ]
        tables.append(
            ReportTable(
                T_LOW,
                (
                    C_SKU,
                    C_ITEM,
                    C_UNIT,
                    Column("on_hand", QT_TRANSLATE_NOOP("Reports", "On hand"), "decimal"),
                    Column("reorder", QT_TRANSLATE_NOOP("Reports", "Reorder level"), "decimal"),
                    Column("short", QT_TRANSLATE_NOOP("Reports", "Shortfall"), "decimal"),
                ),
                low_rows,
            )
        )

        # slow movers: products in stock at the end that did not sell in the period
        progress(5, steps)
        sale = StockMove.kind == MoveKind.SALE.value
        item = aliased(Item)
        sales = {
            item_id: (int(n or 0), last)
            for item_id, n, last in session.execute(
                select(
                    StockMove.item_id,
                    func.count(StockMove.id).filter(in_period),
                    func.max(StockMove.moved_at),
                )
                .join(item, item.id == StockMove.item_id)
                .where(sale, StockMove.moved_at <= until, item.kind == ItemKind.PRODUCT.value)
                .group_by(StockMove.item_id)
            )
        }
        products = {
            i: (sku, name)
            for i, sku, name in session.execute(
                select(Item.id, Item.sku, Item.name).where(
                    Item.kind == ItemKind.PRODUCT.value, Item.id.in_(in_stock)
                )
            )
        } if in_stock else {}  # fmt: skip
    slow_rows = []
    for item_id, (sku, name) in products.items():
        sold, last = sales.get(item_id, (0, None))
        if sold:
            continue
        last_day = _local_day(last)
        slow_rows.append(
            (
                sku,
                name,
                item_qty[item_id],
                item_value[item_id],
                last_day,
                (end - last_day).days if last_day is not None else None,
            )
        )
    slow_rows.sort(key=lambda r: (-r[3], r[0]))
    tables.append(
        ReportTable(
            T_SLOW,
            SLOW_COLUMNS,
            slow_rows,
            sum_total(slow_rows, SLOW_COLUMNS, skip={"on_hand", "days"}),
        )
    )
    progress(steps, steps)
    return Report(
        key="stock",
        title=TITLE,
        start=start,
        end=end,
        tables=tables,
        charts=charts,
        notes=list(NOTES),
        printed_by=actor.full_name or actor.username,
    )


def _share(value: Decimal, total: Decimal) -> Decimal:
    if total <= 0:
        return Decimal(0)
    return (value * 100 / total).quantize(Decimal("0.1"))


@functools.cache
def _kind_label(kind: str) -> Any:
    try:
        return Label("Stock", MOVE_KIND_LABELS[MoveKind(kind)])
    except ValueError:
        return kind
