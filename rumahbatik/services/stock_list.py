"""The stock page's list: items with on hand per location, filtered, sorted and paged in SQL.

Built for 50,000 items and a ledger of 1,000,000 moves: the list never reads the ledger.
``Item.on_hand`` / ``Item.avg_cost`` are kept per item with every move, and the quantities in
the gudang, the toko and "with artisans" are read from ``stock_balances`` (primary key
``(item_id, location_id)``) for the rows of one page only.

As on the people page (services/people_list.py) a page is found in two steps: a narrow query
sorts only the ids of the matching items, then the wide rows of those ids are read. Sorting by
name, SKU, category or on hand is keyset-paged (``WHERE (key, id) > (last key, last id)``,
served by ``ix_items_name_key`` for the default order); the computed columns (per-location
quantities, value) page with OFFSET, which is fine for a list a person scrolls through.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.formatting import like_pattern
from rumahbatik.domain.stock import SHOP_CODE, STORE_CODE, ItemKind, LocationKind, round_money
from rumahbatik.models import Item, Location, Motif, StockBalance
from rumahbatik.services.context import Actor, require_stock_read
from rumahbatik.services.stock_types import StockRow

SortKey = Literal[
    "name", "sku", "kind", "category", "unit", "store", "shop", "artisans", "on_hand",
    "avg_cost", "value", "reorder_level", "sale_price",
]  # fmt: skip
#: Orders that page by key (fast at any depth); the others page with OFFSET.
KEYSET_SORTS: frozenset[str] = frozenset({"name", "sku", "category", "on_hand"})
DEFAULT_PAGE = 200


@dataclass(frozen=True)
class StockQuery:
    """What the stock page shows; the exports may share it."""

    text: str = ""  # every word matches SKU, name, motif name, or the barcode exactly
    kind: ItemKind | None = None
    category: str = ""
    low_only: bool = False  # reorder level set and on hand at or below it
    location_id: int | None = None  # only items with stock (non-zero) at this location
    include_inactive: bool = False
    sort: SortKey = "name"
    descending: bool = False


@dataclass(frozen=True)
class StockListRow(StockRow):
    """A :class:`StockRow` that knows its place in the list, so the next page can follow it."""

    position: int = 0  # 0-based place in the filtered, sorted list
    name_key: str = ""  # the stored sort key of the name (keyset paging)


def _text_condition(text: str) -> Any:
    conditions = []
    for word in text.split():
        pattern = like_pattern(word.lower())
        conditions.append(
            or_(
                Item.name_key.like(pattern, escape="\\"),
                func.lower(Item.sku).like(pattern, escape="\\"),
                Item.barcode == word,
                Item.motif_id.in_(
                    select(Motif.id).where(func.lower(Motif.name).like(pattern, escape="\\"))
                ),
            )
        )
    return and_(*conditions) if conditions else None


def _where(stmt: Select, q: StockQuery) -> Select:
    if not q.include_inactive:
        stmt = stmt.where(Item.active.is_(True))
    if q.kind is not None:
        stmt = stmt.where(Item.kind == ItemKind(q.kind).value)
    if q.category:
        stmt = stmt.where(Item.category == q.category)
    if q.low_only:
        stmt = stmt.where(Item.reorder_level > 0, Item.on_hand <= Item.reorder_level)
    if q.location_id is not None:
        stmt = stmt.where(
            exists().where(
                StockBalance.item_id == Item.id,
                StockBalance.location_id == q.location_id,
                StockBalance.quantity != 0,
            )
        )
    text = _text_condition(q.text or "")
    if text is not None:
        stmt = stmt.where(text)
    return stmt


def _location_ids(session: Session) -> tuple[int, int]:
    found = dict(
        session.execute(
            select(Location.code, Location.id).where(Location.code.in_((STORE_CODE, SHOP_CODE)))
        ).all()
    )
    return found.get(STORE_CODE, -1), found.get(SHOP_CODE, -1)


def _at(location_id: int) -> Any:
    """On hand of the current item at one location (a primary-key lookup per row)."""
    return func.coalesce(
        select(StockBalance.quantity)
        .where(StockBalance.item_id == Item.id, StockBalance.location_id == location_id)
        .scalar_subquery(),
        Decimal(0),
    )


def _with_artisans() -> Any:
    """On hand of the current item at all artisans' homes together."""
    return func.coalesce(
        select(func.sum(StockBalance.quantity))
        .join(Location, Location.id == StockBalance.location_id)
        .where(StockBalance.item_id == Item.id, Location.kind == LocationKind.ARTISAN.value)
        .scalar_subquery(),
        Decimal(0),
    )


def _sort_key(q: StockQuery, store_id: int, shop_id: int) -> Any:
    return {
        "name": Item.name_key,
        "sku": Item.sku,
        "kind": Item.kind,
        "category": Item.category,
        "unit": Item.unit,
        "store": _at(store_id),
        "shop": _at(shop_id),
        "artisans": _with_artisans(),
        "on_hand": Item.on_hand,
        "avg_cost": Item.avg_cost,
        "value": Item.on_hand * Item.avg_cost,
        "reorder_level": Item.reorder_level,
        "sale_price": Item.sale_price,
    }[q.sort]


def _order(q: StockQuery, key: Any) -> list[Any]:
    def d(col: Any) -> Any:
        return col.desc() if q.descending else col.asc()

    if q.sort == "name":
        return [d(Item.name_key), d(Item.id)]
    # Ties (same category, same on hand) go by name, then id, so the order is total.
    return [d(key), d(Item.name_key), d(Item.id)]


def _after_condition(q: StockQuery, after: StockListRow) -> Any:
    """``(key, name_key, id)`` beyond the last row, spelled out so each value binds with its
    column's type (scaled integers on SQLite)."""
    name_key = after.name_key or after.name.lower()
    last: list[tuple[Any, Any]] = []
    if q.sort == "sku":
        last.append((Item.sku, after.sku))
    elif q.sort == "category":
        last.append((Item.category, after.category))
    elif q.sort == "on_hand":
        last.append((Item.on_hand, after.on_hand))
    if q.sort != "sku":
        last.append((Item.name_key, name_key))
    last.append((Item.id, after.item_id))
    options = []
    for i, (col, value) in enumerate(last):
        equal = [c == v for c, v in last[:i]]
        beyond = col < value if q.descending else col > value
        options.append(and_(*equal, beyond))
    return or_(*options)


def list_stock(
    db: Database,
    actor: Actor,
    q: StockQuery = StockQuery(),
    *,
    after: StockListRow | None = None,
    limit: int = DEFAULT_PAGE,
) -> list[StockListRow]:
    """One page of items matching ``q``; pass the last row of a page to get the next."""
    require_stock_read(actor)
    with db.read() as session:
        store_id, shop_id = _location_ids(session)
        key = _sort_key(q, store_id, shop_id)
        stmt = _where(select(Item.id), q).order_by(*_order(q, key)).limit(limit)
        start = 0
        if after is not None:
            start = after.position + 1
            if q.sort in KEYSET_SORTS:
                stmt = stmt.where(_after_condition(q, after))
            else:
                stmt = stmt.offset(start)
        ids = list(session.scalars(stmt))
        if not ids:
            return []
        wide = select(
            Item.id,
            Item.sku,
            Item.name,
            Item.kind,
            Item.category,
            Item.unit,
            _at(store_id),
            _at(shop_id),
            _with_artisans(),
            Item.on_hand,
            Item.avg_cost,
            Item.reorder_level,
            Item.sale_price,
            Item.active,
            Item.name_key,
        ).where(Item.id.in_(ids))
        by_id = {r[0]: r for r in session.execute(wide)}
    rows = []
    for i, item_id in enumerate(ids):
        r = by_id[item_id]
        on_hand, avg = Decimal(r[9]), Decimal(r[10])
        rows.append(
            StockListRow(
                item_id=r[0],
                sku=r[1],
                name=r[2],
                kind=ItemKind(r[3]),
                category=r[4] or "",
                unit=r[5],
                store_qty=Decimal(r[6] or 0),
                shop_qty=Decimal(r[7] or 0),
                artisan_qty=Decimal(r[8] or 0),
                on_hand=on_hand,
                avg_cost=avg,
                # Stock below zero (when allowed) carries no value, as in services.items.
                value=round_money(on_hand * avg) if on_hand > 0 else Decimal("0.00"),
                reorder_level=Decimal(r[11]),
                sale_price=Decimal(r[12]),
                active=bool(r[13]),
                position=start + i,
                name_key=r[14] or "",
            )
        )
    return rows


@dataclass(frozen=True)
class StockCounts:
    items: int  # matching the query
    low: int  # of those, at or below their reorder level


def count_stock(db: Database, actor: Actor, q: StockQuery = StockQuery()) -> StockCounts:
    """How many items match ``q``, and how many of them are low (for the status line)."""
    require_stock_read(actor)
    low = and_(Item.reorder_level > 0, Item.on_hand <= Item.reorder_level)
    stmt = _where(select(func.count(Item.id), func.count(Item.id).filter(low)), q)
    with db.read() as session:
        total, low_count = session.execute(stmt).one()
    return StockCounts(items=int(total or 0), low=int(low_count or 0))


def iter_stock(
    db: Database, actor: Actor, q: StockQuery = StockQuery(), page: int = 2000
) -> list[StockListRow]:
    """Every matching row, page by page (for exports and tests)."""
    out: list[StockListRow] = []
    last: StockListRow | None = None
    while True:
        rows = list_stock(db, actor, q, after=last, limit=page)
        out.extend(rows)
        if len(rows) < page:
            return out
        last = rows[-1]


@dataclass(frozen=True)
class HolderRow:
    """Where an item is now: one location (gudang, toko, an artisan) and the quantity."""

    location_id: int
    location_name: str
    kind: LocationKind
    quantity: Decimal


def item_holders(db: Database, actor: Actor, item_id: int) -> list[HolderRow]:
    """The locations holding an item (non-zero balances): gudang, toko, then each artisan."""
    require_stock_read(actor)
    stmt = (
        select(Location.id, Location.name, Location.kind, StockBalance.quantity)
        .join(StockBalance, StockBalance.location_id == Location.id)
        .where(StockBalance.item_id == item_id, StockBalance.quantity != 0)
        .order_by(Location.position, Location.name, Location.id)
    )
    with db.read() as session:
        return [
            HolderRow(lid, name, LocationKind(kind), Decimal(qty))
            for lid, name, kind, qty in session.execute(stmt)
        ]
