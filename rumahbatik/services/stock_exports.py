"""The ``items``, ``stock``, ``moves`` and ``batches`` exports (CSV/Excel).

Everyone with the stock area (MANAGE_STOCK) may export them; the cost and value columns are
there only for who may see prices (VIEW_PRICES), as on the screens.

``moves`` is the whole ledger, up to a million rows and more: its rows are streamed
(:class:`~rumahbatik.services.export_rows.StreamedRows`), read page by page in id order while the file is written, so the export
never holds the ledger in memory.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.production import BATCH_STATUS_LABELS, BatchStatus
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import (
    ITEM_KIND_LABELS,
    MOVE_KIND_LABELS,
    ItemKind,
    MoveKind,
    round_money,
)
from rumahbatik.domain.tables import Column, Table
from rumahbatik.models import (
    Item,
    Location,
    Motif,
    ProductionBatch,
    StockBalance,
    StockDocument,
    StockMove,
    User,
)
from rumahbatik.services import stock
from rumahbatik.services.context import Actor
from rumahbatik.services.export_rows import StreamedRows

#: Ledger rows read per query while ``moves`` streams.
LEDGER_PAGE = 5000


def _prices(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_PRICES)


def _drop(cols: list[Column], priced: set[str], actor: Actor) -> list[int]:
    """Indexes of the columns this actor sees (cost and value only with VIEW_PRICES)."""
    show_prices = _prices(actor)
    return [i for i, c in enumerate(cols) if show_prices or c.key not in priced]


def _pick(row: tuple, keep: list[int]) -> tuple:
    return tuple(row[i] for i in keep)


def _value(qty: Decimal, cost: Decimal) -> Decimal:
    # Stock below zero (when the setting allows it) carries no value, as everywhere else.
    return round_money(qty * cost) if qty > 0 else Decimal("0.00")


# --------------------------------------------------------------------------- items

ITEM_COLUMNS = [
    Column("sku", QT_TRANSLATE_NOOP("Exports", "SKU")),
    Column("name", QT_TRANSLATE_NOOP("Exports", "Name")),
    Column("kind", QT_TRANSLATE_NOOP("Exports", "Kind")),
    Column("category", QT_TRANSLATE_NOOP("Exports", "Category")),
    Column("unit", QT_TRANSLATE_NOOP("Exports", "Unit")),
    Column("purchase_unit", QT_TRANSLATE_NOOP("Exports", "Purchase unit")),
    Column("purchase_factor", QT_TRANSLATE_NOOP("Exports", "Units per purchase unit"), "decimal"),
    Column("motif", QT_TRANSLATE_NOOP("Exports", "Motif")),
    Column("technique", QT_TRANSLATE_NOOP("Exports", "Technique")),
    Column("size", QT_TRANSLATE_NOOP("Exports", "Size")),
    Column("colour", QT_TRANSLATE_NOOP("Exports", "Colour")),
    Column("sale_price", QT_TRANSLATE_NOOP("Exports", "Sale price"), "money"),
    Column("reorder_level", QT_TRANSLATE_NOOP("Exports", "Reorder level"), "decimal"),
    Column("barcode", QT_TRANSLATE_NOOP("Exports", "Barcode")),
    Column("on_hand", QT_TRANSLATE_NOOP("Exports", "On hand"), "decimal"),
    Column("avg_cost", QT_TRANSLATE_NOOP("Exports", "Average cost"), "money"),
    Column("value", QT_TRANSLATE_NOOP("Exports", "Value"), "money"),
    Column("active", QT_TRANSLATE_NOOP("Exports", "Active"), "bool"),
]
ITEM_PRICED = {"avg_cost", "value"}


def items_table(db: Database, actor: Actor) -> Table:
    """Every item by name: its details, on hand (all locations) and, with prices, its
    average cost and value."""
    actor.require(Permission.MANAGE_STOCK)
    keep = _drop(ITEM_COLUMNS, ITEM_PRICED, actor)
    stmt = (
        select(Item, Motif.name)
        .outerjoin(Motif, Motif.id == Item.motif_id)
        .order_by(Item.name_key, Item.id)
    )
    rows: list[tuple] = []
    with db.read() as session:
        for item, motif_name in session.execute(stmt).yield_per(2000):
            on_hand, avg = Decimal(item.on_hand), Decimal(item.avg_cost)
            row = (
                item.sku,
                item.name,
                ITEM_KIND_LABELS[ItemKind(item.kind)],
                item.category,
                item.unit,
                item.purchase_unit,
                Decimal(item.purchase_factor) if item.purchase_unit else None,
                motif_name or "",
                item.technique,
                item.size,
                item.colour,
                Decimal(item.sale_price),
                Decimal(item.reorder_level),
                item.barcode or item.sku,  # what the label's barcode carries
                on_hand,
                avg,
                _value(on_hand, avg),
                item.active,
            )  # fmt: skip
            rows.append(_pick(row, keep))
    cols = [ITEM_COLUMNS[i] for i in keep]
    return Table("items", QT_TRANSLATE_NOOP("Exports", "Items"), cols, rows)


# --------------------------------------------------------------------------- stock

STOCK_COLUMNS = [
    Column("at", QT_TRANSLATE_NOOP("Exports", "At end of"), "date"),
    Column("sku", QT_TRANSLATE_NOOP("Exports", "SKU")),
    Column("name", QT_TRANSLATE_NOOP("Exports", "Name")),
    Column("kind", QT_TRANSLATE_NOOP("Exports", "Kind")),
    Column("category", QT_TRANSLATE_NOOP("Exports", "Category")),
    Column("location", QT_TRANSLATE_NOOP("Exports", "Location")),
    Column("quantity", QT_TRANSLATE_NOOP("Exports", "On hand"), "decimal"),
    Column("unit", QT_TRANSLATE_NOOP("Exports", "Unit")),
    Column("unit_cost", QT_TRANSLATE_NOOP("Exports", "Average cost"), "money"),
    Column("value", QT_TRANSLATE_NOOP("Exports", "Value"), "money"),
]
STOCK_PRICED = {"unit_cost", "value"}


def stock_table(db: Database, actor: Actor, at: date | None = None) -> Table:
    """On hand and value per item and location at the end of day ``at`` (today when not
    given). A past day is valued from the ledger (``services.stock.valuation_at``); today
    from the balances and average costs kept with every move, which is the same answer
    read without summing the ledger. Without VIEW_PRICES only the quantities are exported."""
    actor.require(Permission.MANAGE_STOCK)
    day = at or date.today()
    keep = _drop(STOCK_COLUMNS, STOCK_PRICED, actor)
    rows: list[tuple] = []
    if at is not None and _prices(actor):
        for v in stock.valuation_at(db, actor, day, by_location=True).rows:
            rows.append(
                (day, v.sku, v.name, ITEM_KIND_LABELS[v.kind], v.category, v.location_name,
                 v.quantity, v.unit, v.unit_cost, v.value)
            )  # fmt: skip
    else:
        rows = [(day, *r) for r in _positions(db, None if at is None else day)]
    cols = [STOCK_COLUMNS[i] for i in keep]
    return Table(
        "stock", QT_TRANSLATE_NOOP("Exports", "Stock"), cols, [_pick(r, keep) for r in rows]
    )


def _positions(db: Database, day: date | None) -> list[tuple]:
    """``(sku, name, kind, category, location, quantity, unit, unit cost, value)`` per item
    and location with stock: now from the balances (with the items' average cost), or at the
    end of ``day`` from the ledger (quantities only: cost and value are None)."""
    if day is None:
        qty = StockBalance.quantity
        stmt = select(StockBalance.item_id, StockBalance.location_id, qty).where(qty != 0)
    else:
        total = func.sum(StockMove.quantity)
        stmt = (
            select(StockMove.item_id, StockMove.location_id, total)
            .where(StockMove.moved_at <= stock.end_of_day(day))
            .group_by(StockMove.item_id, StockMove.location_id)
            .having(total != 0)
        )
    sub = stmt.subquery()
    full = (
        select(
            Item.sku, Item.name, Item.kind, Item.category, Location.name, sub.c[2], Item.unit,
            Item.avg_cost,
        )
        .join(sub, sub.c[0] == Item.id)
        .join(Location, Location.id == sub.c[1])
        .order_by(Item.name_key, Item.sku, Location.name)
    )  # fmt: skip
    out = []
    with db.read() as session:
        # (the sum keeps the column's type: read back as a Decimal on both databases)
        for sku, name, kind, category, loc, q, unit, avg in session.execute(full):
            q = Decimal(q)
            cost = Decimal(avg) if day is None else None
            value = _value(q, cost) if cost is not None else None
            out.append((sku, name, ITEM_KIND_LABELS[ItemKind(kind)], category, loc, q, unit,
                        cost, value))  # fmt: skip
    return out


# --------------------------------------------------------------------------- moves

MOVE_COLUMNS = [
    Column("moved_at", QT_TRANSLATE_NOOP("Exports", "Date"), "datetime"),
    Column("kind", QT_TRANSLATE_NOOP("Exports", "Kind of move")),
    Column("document", QT_TRANSLATE_NOOP("Exports", "Document")),
    Column("sku", QT_TRANSLATE_NOOP("Exports", "SKU")),
    Column("item", QT_TRANSLATE_NOOP("Exports", "Item")),
    Column("location", QT_TRANSLATE_NOOP("Exports", "Location")),
    Column("quantity", QT_TRANSLATE_NOOP("Exports", "Quantity"), "decimal"),
    Column("unit_cost", QT_TRANSLATE_NOOP("Exports", "Unit cost"), "money"),
    Column("value", QT_TRANSLATE_NOOP("Exports", "Value"), "money"),
    Column("balance_after", QT_TRANSLATE_NOOP("Exports", "Balance after"), "decimal"),
    Column("user", QT_TRANSLATE_NOOP("Exports", "User")),
    Column("note", QT_TRANSLATE_NOOP("Exports", "Note")),
]
MOVE_PRICED = {"unit_cost", "value"}


def _ledger_select() -> Select:
    """Every move with what the export shows of it, id first (the paging key)."""
    doc = aliased(StockDocument)
    return (
        select(
            StockMove.id,
            StockMove.moved_at,
            StockMove.kind,
            doc.number,
            Item.sku,
            Item.name,
            Location.name,
            StockMove.quantity,
            StockMove.unit_cost,
            StockMove.value,
            StockMove.location_balance_after,
            User.username,
            StockMove.note,
        )
        .join(Item, Item.id == StockMove.item_id)
        .join(Location, Location.id == StockMove.location_id)
        .outerjoin(doc, doc.id == StockMove.document_id)
        .outerjoin(User, User.id == StockMove.user_id)
    )


def _move_row(r: tuple) -> tuple:
    moved_at, kind, number, sku, name, location, qty, cost, value, after, user, note = r
    # ``after`` is the location's balance: the row names one location
    return (
        moved_at, MOVE_KIND_LABELS[MoveKind(kind)], number or "", sku, name, location, qty,
        cost, value, after, user or "", note,
    )  # fmt: skip


def moves_table(db: Database, actor: Actor) -> Table:
    """The whole stock ledger in id (= posting) order, streamed a page at a time (the moves
    up to the last one when the export began, so the count and the rows agree)."""
    actor.require(Permission.MANAGE_STOCK)
    keep = _drop(MOVE_COLUMNS, MOVE_PRICED, actor)
    cols = [MOVE_COLUMNS[i] for i in keep]
    rows: Any = StreamedRows(  # a streamed sequence where Table expects a list
        db, _ledger_select(), StockMove.id, lambda r: _pick(_move_row(r), keep), LEDGER_PAGE
    )
    return Table("moves", QT_TRANSLATE_NOOP("Exports", "Stock moves"), cols, rows)


# --------------------------------------------------------------------------- batches

BATCH_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("Exports", "Batch")),
    Column("product", QT_TRANSLATE_NOOP("Exports", "Product")),
    Column("motif", QT_TRANSLATE_NOOP("Exports", "Motif")),
    Column("status", QT_TRANSLATE_NOOP("Exports", "Status")),
    Column("planned_qty", QT_TRANSLATE_NOOP("Exports", "Planned"), "int"),
    Column("qty_finished", QT_TRANSLATE_NOOP("Exports", "Finished"), "int"),
    Column("qty_rejected", QT_TRANSLATE_NOOP("Exports", "Rejected"), "int"),
    Column("started_on", QT_TRANSLATE_NOOP("Exports", "Started on"), "date"),
    Column("finished_on", QT_TRANSLATE_NOOP("Exports", "Finished on"), "date"),
    Column("material_cost", QT_TRANSLATE_NOOP("Exports", "Material cost"), "money"),
    Column("wage_cost", QT_TRANSLATE_NOOP("Exports", "Wage cost"), "money"),
    Column("unit_cost", QT_TRANSLATE_NOOP("Exports", "Unit cost"), "money"),
]
BATCH_PRICED = {"material_cost", "wage_cost", "unit_cost"}


def batches_table(db: Database, actor: Actor) -> Table:
    """Production batches by number: product, motif, status, quantities, dates and (with
    prices) their material, wage and unit cost."""
    actor.require(Permission.MANAGE_STOCK)
    keep = _drop(BATCH_COLUMNS, BATCH_PRICED, actor)
    stmt = (
        select(ProductionBatch, Item.name, Motif.name)
        .join(Item, Item.id == ProductionBatch.product_id)
        .outerjoin(Motif, Motif.id == ProductionBatch.motif_id)
        .order_by(ProductionBatch.id)
    )
    rows: list[tuple] = []
    with db.read() as session:
        for b, product, motif in session.execute(stmt):
            try:
                status = BATCH_STATUS_LABELS[BatchStatus(b.status)]
            except ValueError:
                status = b.status
            row = (
                b.number, product, motif or "", status, b.planned_qty, b.qty_finished,
                b.qty_rejected, b.started_on, b.finished_on, Decimal(b.material_cost),
                Decimal(b.wage_cost), Decimal(b.unit_cost),
            )  # fmt: skip
            rows.append(_pick(row, keep))
    cols = [BATCH_COLUMNS[i] for i in keep]
    return Table("batches", QT_TRANSLATE_NOOP("Exports", "Production batches"), cols, rows)
