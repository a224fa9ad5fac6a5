"""The one place stock moves are written.

Every service that changes stock (receipts, transfers, counts, production, sales) calls
:func:`post_moves` inside its own transaction. For each move it

1. locks the item's row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite writers are already
   serialised by ``BEGIN IMMEDIATE``), items in id order so two sessions never deadlock;
2. changes the location's balance with a guarded ``UPDATE … WHERE quantity >= :n`` so stock
   cannot go below zero even if the lock were missing (unless the setting allows it);
3. moves the item's on-hand total and moving-average cost;
4. appends the ledger row with the running balances after it.

Nothing here commits: the caller's transaction holds the document, the moves and the audit
row together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.stock import (
    COSTED_IN_KINDS,
    DOCUMENT_PREFIX,
    WHOLE_UNITS,
    DocumentKind,
    MoveKind,
    moving_average,
    round_money,
    round_qty,
)
from rumahbatik.models import Item, Location, StockBalance, StockDocument, StockMove
from rumahbatik.services.context import Actor
from rumahbatik.services.numbering import next_yearly_number
from rumahbatik.services.settings import setting_in_session


@dataclass(frozen=True)
class MoveRequest:
    """One move to post. ``quantity`` is signed: + into the location, − out of it.

    ``unit_cost`` is used only by kinds that bring stock in at a cost of their own (receipt,
    production output, return); every other move is valued at the item's average cost.
    """

    item_id: int
    location_id: int
    quantity: Decimal
    kind: MoveKind
    unit_cost: Decimal | None = None
    note: str = ""


def new_document(
    session: Session,
    actor: Actor,
    kind: DocumentKind,
    doc_date: date,
    *,
    number: str | None = None,
    supplier_id: int | None = None,
    person_id: int | None = None,
    batch_id: int | None = None,
    reference: str = "",
    notes: str = "",
) -> StockDocument:
    """A numbered stock document (``PB/2026/0001``) in the caller's transaction."""
    doc = StockDocument(
        kind=kind.value,
        number=number or next_yearly_number(session, DOCUMENT_PREFIX[kind], doc_date.year),
        doc_date=doc_date,
        supplier_id=supplier_id,
        person_id=person_id,
        batch_id=batch_id,
        reference=reference.strip()[:60],
        notes=notes.strip(),
        created_by_id=actor.user_id,
    )
    session.add(doc)
    session.flush()
    return doc


def check_quantity(item: Item, quantity: Decimal) -> Decimal:
    """A quantity rounded to the ledger's 3 places; whole units must be whole."""
    q = round_qty(Decimal(quantity))
    if item.unit in WHOLE_UNITS and q != q.to_integral_value():
        raise ValidationError(
            "quantity_not_whole", item=item.name, unit=item.unit, quantity=format_number(q)
        )
    return q


def _lock_item(session: Session, item_id: int) -> Item:
    item = session.scalars(
        select(Item)
        .where(Item.id == item_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if item is None:
        raise NotFound("not_found", what=f"item #{item_id}")
    return item


def _location(session: Session, location_id: int) -> Location:
    loc = session.get(Location, location_id)
    if loc is None:
        raise NotFound("not_found", what=f"location #{location_id}")
    return loc


def _change_balance(
    session: Session, item: Item, loc: Location, delta: Decimal, allow_negative: bool
) -> Decimal:
    """Add ``delta`` to the balance of (item, location); returns the balance after."""
    stmt = (
        update(StockBalance)
        .where(StockBalance.item_id == item.id, StockBalance.location_id == loc.id)
        .values(quantity=StockBalance.quantity + delta)
        .returning(StockBalance.quantity)
    )
    if delta < 0 and not allow_negative:
        stmt = stmt.where(StockBalance.quantity >= -delta)
    after = session.execute(stmt).scalar()
    if after is not None:
        return Decimal(after)
    exists = session.scalar(
        select(StockBalance.quantity).where(
            StockBalance.item_id == item.id, StockBalance.location_id == loc.id
        )
    )
    if delta < 0 and not allow_negative:
        raise ValidationError(
            "stock_insufficient",
            item=item.name,
            location=loc.name,
            available=format_number(Decimal(exists or 0)),
            requested=format_number(-delta),
            unit=item.unit,
            sku=item.sku,
        )
    if exists is not None:  # pragma: no cover - the UPDATE above would have matched
        raise RuntimeError("stock balance row vanished")
    session.execute(
        insert(StockBalance).values(item_id=item.id, location_id=loc.id, quantity=delta)
    )
    return delta


def post_moves(
    session: Session,
    actor: Actor,
    requests: Sequence[MoveRequest],
    *,
    document: StockDocument | None = None,
    allow_negative: bool | None = None,
    moved_at: datetime | None = None,
) -> list[StockMove]:
    """Append ``requests`` to the ledger in the caller's transaction; see the module doc.

    Raises :class:`ValidationError` ("stock_insufficient") naming the item, the location and
    what is available when a move would take a balance below zero. The caller's transaction
    must then be rolled back (``db.transaction()`` does so), so nothing is half-written.
    ``moved_at`` exists for the demo and benchmarks, which write history in order.
    """
    if allow_negative is None:
        allow_negative = bool(setting_in_session(session, "allow_negative_stock"))
    when = moved_at or utcnow()
    # Lock items in id order (stable, so a transfer's out-move stays before its in-move).
    order = sorted(range(len(requests)), key=lambda i: requests[i].item_id)
    written: dict[int, StockMove] = {}
    items: dict[int, Item] = {}
    for i in order:
        req = requests[i]
        item = items.get(req.item_id)
        if item is None:
            item = items[req.item_id] = _lock_item(session, req.item_id)
        loc = _location(session, req.location_id)
        qty = check_quantity(item, req.quantity)
        if qty == 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(qty)
            )
        loc_after = _change_balance(session, item, loc, qty, allow_negative)
        on_hand_before = Decimal(item.on_hand)
        avg_before = Decimal(item.avg_cost)
        if qty > 0 and req.kind in COSTED_IN_KINDS and req.unit_cost is not None:
            unit_cost = Decimal(req.unit_cost)
            avg_after = moving_average(on_hand_before, avg_before, qty, unit_cost)
        else:
            unit_cost = avg_before
            avg_after = avg_before
        item.on_hand = round_qty(on_hand_before + qty)
        item.avg_cost = avg_after
        item.last_move_at = when
        move = StockMove(
            moved_at=when,
            kind=req.kind.value,
            item_id=item.id,
            location_id=loc.id,
            document_id=document.id if document is not None else None,
            quantity=qty,
            unit_cost=unit_cost,
            value=round_money(qty * unit_cost),
            location_balance_after=loc_after,
            item_balance_after=item.on_hand,
            avg_cost_after=avg_after,
            note=req.note[:200],
            user_id=actor.user_id,
        )
        session.add(move)
        written[i] = move
    session.flush()
    return [written[i] for i in range(len(requests))]


@dataclass(frozen=True)
class BalanceProblem:
    """A cached balance that disagrees with the ledger."""

    item_id: int
    location_id: int | None  # None: the item's total
    cached: Decimal
    ledger: Decimal


def check_balances(session: Session, *, repair: bool = False) -> list[BalanceProblem]:
    """Compare the cached balances with the sums of the ledger (and repair them if asked)."""
    ledger = {
        (item_id, loc_id): Decimal(q)
        for item_id, loc_id, q in session.execute(
            select(StockMove.item_id, StockMove.location_id, func.sum(StockMove.quantity)).group_by(
                StockMove.item_id, StockMove.location_id
            )
        )
    }
    cached = {
        (b.item_id, b.location_id): Decimal(b.quantity)
        for b in session.scalars(select(StockBalance))
    }
    problems: list[BalanceProblem] = []
    for key in sorted(set(ledger) | set(cached)):
        want, have = ledger.get(key, Decimal(0)), cached.get(key, Decimal(0))
        if want != have:
            problems.append(BalanceProblem(key[0], key[1], have, want))
            if repair:
                row = session.get(StockBalance, {"item_id": key[0], "location_id": key[1]})
                if row is None:
                    session.add(StockBalance(item_id=key[0], location_id=key[1], quantity=want))
                else:
                    row.quantity = want
    totals: dict[int, Decimal] = {}
    for (item_id, _loc), q in ledger.items():
        totals[item_id] = totals.get(item_id, Decimal(0)) + q
    for item_id, on_hand in session.execute(select(Item.id, Item.on_hand)):
        want = totals.get(item_id, Decimal(0))
        if Decimal(on_hand) != want:
            problems.append(BalanceProblem(item_id, None, Decimal(on_hand), want))
            if repair:
                session.get_one(Item, item_id).on_hand = want
    if repair:
        session.flush()
    return problems
