"""Stock counts (stok opname): start a count of one location, enter what was found, review
the differences with their value and post them as adjustments in one step.

A count is a draft while people count. Starting it snapshots the book quantity of every
line (``expected``); the difference that is posted is taken against the book quantity *at
posting* (``book_now``), so a sale or transfer made while the shelves were being counted is
not counted twice. Posting writes one :class:`~rumahbatik.models.StockDocument` of kind
``count`` numbered like the count (``SO/2026/0001``) and one adjustment move per line that
differs, valued at the item's moving-average cost.

Permissions: everyone who manages stock (staff, manager, admin) may start, count and post.
Posting changes the stock value, so it is audited with every difference and the total value,
and the audit log (managers) shows who posted what; a count is small enough for staff to
close the day they count, which is how the centre works. Counted quantities are not audited
one by one (they change no stock until posting, and the posted audit row lists them all).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import (
    CountStatus,
    DocumentKind,
    ItemKind,
    MoveKind,
    round_money,
)
from rumahbatik.models import (
    Item,
    Location,
    StockBalance,
    StockCount,
    StockCountLine,
    StockDocument,
    StockMove,
    User,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.numbering import next_yearly_number
from rumahbatik.services.stock import location_data
from rumahbatik.services.stock_ledger import MoveRequest, check_quantity, new_document, post_moves
from rumahbatik.services.stock_types import CountData, CountLineData

#: The number prefix of counts (and of their stock documents): Stok Opname.
COUNT_PREFIX = "SO"


@dataclass(frozen=True)
class CountSummary:
    """A count as the list of counts shows it (no lines)."""

    id: int
    number: str
    location_id: int
    location_name: str
    count_date: date
    status: CountStatus
    lines: int
    counted_lines: int
    created_by: str = ""
    posted_at: datetime | None = None


@dataclass(frozen=True)
class CountTotals:
    """The review of a count: how many lines, how many differ, and the value of the
    differences (surplus: found more than the book; shortage: found less, as a negative)."""

    lines: int
    counted: int
    differing: int
    surplus_value: Decimal
    shortage_value: Decimal

    @property
    def missing(self) -> int:
        return self.lines - self.counted

    @property
    def net_value(self) -> Decimal:
        return self.surplus_value + self.shortage_value


def count_totals(count: CountData) -> CountTotals:
    """Totals of a count's differences (lines not yet counted are left out)."""
    surplus = shortage = Decimal("0.00")
    counted = differing = 0
    for line in count.lines:
        if line.counted is None:
            continue
        counted += 1
        value = line.difference_value or Decimal("0.00")
        if line.difference:
            differing += 1
        if value > 0:
            surplus += value
        else:
            shortage += value
    return CountTotals(len(count.lines), counted, differing, surplus, shortage)


# --------------------------------------------------------------------------- helpers


def _require(actor: Actor) -> None:
    actor.require(Permission.MANAGE_STOCK)


def _get(session: Session, count_id: int, *, lock: bool = False) -> StockCount:
    stmt = select(StockCount).where(StockCount.id == count_id)
    if lock:  # two PCs posting or cancelling the same count queue here
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    count = session.scalars(stmt).one_or_none()
    if count is None:
        raise NotFound("not_found", what=f"stock count #{count_id}")
    return count


def _draft(session: Session, count_id: int) -> StockCount:
    count = _get(session, count_id, lock=True)
    if count.status != CountStatus.DRAFT.value:
        raise ValidationError("count_not_draft", number=count.number, status=count.status)
    return count


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return (user.full_name or user.username) if user else ""


def _balances(session: Session, location_id: int, item_ids: Sequence[int]) -> dict[int, Decimal]:
    if not item_ids:
        return {}
    rows = session.execute(
        select(StockBalance.item_id, StockBalance.quantity).where(
            StockBalance.location_id == location_id, StockBalance.item_id.in_(list(item_ids))
        )
    )
    return {item_id: Decimal(q) for item_id, q in rows}


def _count_data(session: Session, count: StockCount) -> CountData:
    """The count with each line's book quantity now (draft), or as it was at posting."""
    loc = session.get_one(Location, count.location_id)
    rows = session.execute(
        select(StockCountLine, Item)
        .join(Item, Item.id == StockCountLine.item_id)
        .where(StockCountLine.count_id == count.id)
        .order_by(StockCountLine.position, Item.name_key, Item.id)
    ).all()
    posted: dict[int, tuple[Decimal, Decimal]] = {}
    if count.status == CountStatus.POSTED.value and count.document_id is not None:
        # A posted count is read back from its own moves, so it never changes afterwards.
        for item_id, qty, cost in session.execute(
            select(StockMove.item_id, StockMove.quantity, StockMove.unit_cost).where(
                StockMove.document_id == count.document_id
            )
        ):
            posted[item_id] = (Decimal(qty), Decimal(cost))
        book = {}
    else:
        book = _balances(session, loc.id, [item.id for _line, item in rows])
    lines: list[CountLineData] = []
    for line, item in rows:
        counted = None if line.counted is None else Decimal(line.counted)
        unit_cost = Decimal(item.avg_cost)
        if count.status == CountStatus.POSTED.value:
            moved, cost = posted.get(item.id, (Decimal(0), unit_cost))
            book_now = (counted or Decimal(0)) - moved
            unit_cost = cost
        else:
            book_now = book.get(item.id, Decimal(0))
        lines.append(
            CountLineData(
                item_id=item.id,
                sku=item.sku,
                name=item.name,
                unit=item.unit,
                expected=Decimal(line.expected),
                counted=counted,
                book_now=book_now,
                unit_cost=unit_cost,
                note=line.note,
            )
        )
    doc = session.get(StockDocument, count.document_id) if count.document_id else None
    return CountData(
        id=count.id,
        number=count.number,
        location=location_data(loc),
        count_date=count.count_date,
        status=CountStatus(count.status),
        lines=lines,
        notes=count.notes,
        created_by=_user_name(session, count.created_by_id),
        posted_at=count.posted_at,
        posted_by=_user_name(session, count.posted_by_id),
        document_number=doc.number if doc else "",
    )


def _check_counted(item: Item, value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    qty = check_quantity(item, Decimal(value))
    if qty < 0:
        raise ValidationError("quantity_not_positive", item=item.name, quantity=format_number(qty))
    return qty


# --------------------------------------------------------------------------- use cases


def start_count(
    db: Database,
    actor: Actor,
    location_id: int,
    count_date: date,
    *,
    item_ids: Sequence[int] | None = None,
    category: str | None = None,
    kind: ItemKind | None = None,
    notes: str = "",
) -> CountData:
    """Start counting a location: a draft count ``SO/<year>/<nnnn>`` whose lines hold the
    book quantity now (``expected``).

    Without ``item_ids`` the sheet lists every item that has a balance row at the location
    (it was there once), active ones and any inactive one that still has stock; ``category``
    and ``kind`` narrow it down. One draft per location at a time (``count_open``).
    """
    _require(actor)
    with db.transaction() as session:
        return _count_data(
            session,
            start_in_session(
                session, actor, location_id, count_date,
                item_ids=item_ids, category=category, kind=kind, notes=notes,
            ),
        )  # fmt: skip


def start_in_session(
    session: Session,
    actor: Actor,
    location_id: int,
    count_date: date,
    *,
    item_ids: Sequence[int] | None = None,
    category: str | None = None,
    kind: ItemKind | None = None,
    notes: str = "",
) -> StockCount:
    """:func:`start_count` in the caller's transaction (the demo writes in one)."""
    # The location's row lock makes "one draft per location" hold across PCs.
    loc = session.scalars(
        select(Location).where(Location.id == location_id).with_for_update()
    ).one_or_none()
    if loc is None:
        raise NotFound("not_found", what=f"location #{location_id}")
    if not loc.active:
        raise ValidationError("location_inactive", location=loc.name)
    open_count = session.scalars(
        select(StockCount).where(
            StockCount.location_id == loc.id, StockCount.status == CountStatus.DRAFT.value
        )
    ).first()
    if open_count is not None:
        raise Conflict("count_open", location=loc.name, number=open_count.number)
    if item_ids is not None:
        wanted = list(dict.fromkeys(item_ids))
        stmt = select(Item).where(Item.id.in_(wanted))
    else:
        stmt = (
            select(Item)
            .join(StockBalance, StockBalance.item_id == Item.id)
            .where(
                StockBalance.location_id == loc.id,
                or_(Item.active.is_(True), StockBalance.quantity != 0),
            )
        )
    if category:
        stmt = stmt.where(func.lower(Item.category) == category.strip().lower())
    if kind is not None:
        stmt = stmt.where(Item.kind == ItemKind(kind).value)
    found = list(session.scalars(stmt.order_by(Item.name_key, Item.id)))
    if item_ids is not None:
        missing = set(wanted) - {i.id for i in found}
        if missing and category is None and kind is None:
            raise NotFound("not_found", what=f"item #{min(missing)}")
    if not found:
        raise ValidationError("lines_required")
    book = _balances(session, loc.id, [i.id for i in found])
    count = StockCount(
        number=next_yearly_number(session, COUNT_PREFIX, count_date.year),
        location_id=loc.id,
        count_date=count_date,
        status=CountStatus.DRAFT.value,
        notes=(notes or "").strip(),
        created_by_id=actor.user_id,
    )
    session.add(count)
    session.flush()
    session.add_all(
        StockCountLine(
            count_id=count.id,
            item_id=item.id,
            position=pos,
            expected=book.get(item.id, Decimal(0)),
            counted=None,
            note="",
        )
        for pos, item in enumerate(found)
    )
    session.flush()
    audit.record(
        session, actor, "create", "stock_count", count.id,
        new={
            "number": count.number,
            "location": loc.code,
            "date": count_date,
            "lines": len(found),
            "category": category or "",
            "kind": kind or "",
        },
        summary=count.number,
    )  # fmt: skip
    return count


def get_count(db: Database, actor: Actor, count_id: int) -> CountData:
    """A count with its lines: book quantity now (or at posting), counted, difference."""
    _require(actor)
    with db.read() as session:
        return _count_data(session, _get(session, count_id))


def list_counts(
    db: Database,
    actor: Actor,
    status: CountStatus | None = None,
    *,
    location_id: int | None = None,
) -> list[CountSummary]:
    """Counts, newest first, with how many lines are counted."""
    _require(actor)
    lines = (
        select(
            StockCountLine.count_id,
            func.count().label("lines"),
            func.count(StockCountLine.counted).label("counted"),
        )
        .group_by(StockCountLine.count_id)
        .subquery()
    )
    stmt = (
        select(StockCount, Location.name, lines.c.lines, lines.c.counted, User)
        .join(Location, Location.id == StockCount.location_id)
        .outerjoin(lines, lines.c.count_id == StockCount.id)
        .outerjoin(User, User.id == StockCount.created_by_id)
        .order_by(StockCount.count_date.desc(), StockCount.id.desc())
    )
    if status is not None:
        stmt = stmt.where(StockCount.status == CountStatus(status).value)
    if location_id is not None:
        stmt = stmt.where(StockCount.location_id == location_id)
    with db.read() as session:
        return [
            CountSummary(
                id=c.id,
                number=c.number,
                location_id=c.location_id,
                location_name=loc_name,
                count_date=c.count_date,
                status=CountStatus(c.status),
                lines=n or 0,
                counted_lines=done or 0,
                created_by=(user.full_name or user.username) if user else "",
                posted_at=c.posted_at,
            )
            for c, loc_name, n, done, user in session.execute(stmt)
        ]


def set_counted(
    db: Database,
    actor: Actor,
    count_id: int,
    counted: Mapping[int, Decimal | None],
    notes: Mapping[int, str] | None = None,
) -> int:
    """Record counted quantities ``{item_id: quantity}`` (None clears a line) and optional
    notes ``{item_id: text}`` of a draft count; returns how many lines changed.

    A quantity may be entered again (the last one counts); whole units must be whole and no
    quantity is below zero. Everything is checked before anything is written.
    """
    _require(actor)
    notes = notes or {}
    with db.transaction() as session:
        count = _draft(session, count_id)
        ids = set(counted) | set(notes)
        if not ids:
            return 0
        rows = {
            line.item_id: (line, item)
            for line, item in session.execute(
                select(StockCountLine, Item)
                .join(Item, Item.id == StockCountLine.item_id)
                .where(StockCountLine.count_id == count.id, StockCountLine.item_id.in_(ids))
            )
        }
        for item_id in sorted(ids):
            if item_id not in rows:
                raise NotFound("not_found", what=f"item #{item_id} on stock count {count.number}")
        values = {i: _check_counted(rows[i][1], v) for i, v in counted.items()}
        changed = 0
        for item_id in sorted(ids):
            line = rows[item_id][0]
            before = (line.counted, line.note)
            if item_id in values:
                line.counted = values[item_id]
            if item_id in notes:
                line.note = (notes[item_id] or "").strip()[:200]
            if (line.counted, line.note) != before:
                changed += 1
        if changed:
            count.updated_at = utcnow()
        return changed


def add_count_line(
    db: Database,
    actor: Actor,
    count_id: int,
    item_id: int,
    counted: Decimal | None = None,
    note: str = "",
) -> CountLineData:
    """Add an item found on the shelves that is not on the sheet (its book quantity now is
    its ``expected``), optionally with what was counted."""
    _require(actor)
    with db.transaction() as session:
        count = _draft(session, count_id)
        item = session.get(Item, item_id)
        if item is None:
            raise NotFound("not_found", what=f"item #{item_id}")
        if session.get(StockCountLine, {"count_id": count.id, "item_id": item.id}) is not None:
            raise ValidationError("duplicate_line", item=item.name)
        qty = _check_counted(item, counted)
        last = session.scalar(
            select(func.max(StockCountLine.position)).where(StockCountLine.count_id == count.id)
        )
        book = _balances(session, count.location_id, [item.id]).get(item.id, Decimal(0))
        session.add(
            StockCountLine(
                count_id=count.id,
                item_id=item.id,
                position=(last if last is not None else -1) + 1,
                expected=book,
                counted=qty,
                note=(note or "").strip()[:200],
            )
        )
        count.updated_at = utcnow()
        session.flush()
        audit.record(
            session, actor, "add_line", "stock_count", count.id,
            new={"item": item.sku, "expected": book, "counted": qty},
            summary=f"{count.number}: {item.name}",
        )  # fmt: skip
        line = next(x for x in _count_data(session, count).lines if x.item_id == item.id)
        return line


def cancel_count(db: Database, actor: Actor, count_id: int) -> CountData:
    """Cancel a draft count: nothing is posted, the location may be counted again."""
    _require(actor)
    with db.transaction() as session:
        count = _draft(session, count_id)
        count.status = CountStatus.CANCELLED.value
        session.flush()
        audit.record(
            session, actor, "cancel", "stock_count", count.id,
            old={"status": CountStatus.DRAFT.value},
            new={"status": CountStatus.CANCELLED.value},
            summary=count.number,
        )  # fmt: skip
        return _count_data(session, count)


def post_count(db: Database, actor: Actor, count_id: int) -> CountData:
    """Post a draft count in one transaction: every line whose counted quantity differs from
    the book quantity *now* becomes an adjustment move (valued at the average cost) under a
    stock document numbered like the count; the count is marked posted and audited with the
    differences and their value.

    Refused (``count_incomplete``, with how many) while any line has no counted quantity, and
    then nothing is written.
    """
    _require(actor)
    with db.transaction() as session:
        return _count_data(session, post_in_session(session, actor, count_id))


def post_in_session(
    session: Session, actor: Actor, count_id: int, *, moved_at: datetime | None = None
) -> StockCount:
    """:func:`post_count` in the caller's transaction (``moved_at`` for the demo's history)."""
    count = _draft(session, count_id)
    lines = list(
        session.scalars(
            select(StockCountLine)
            .where(StockCountLine.count_id == count.id)
            .order_by(StockCountLine.item_id)
        )
    )
    missing = sum(1 for line in lines if line.counted is None)
    if missing:
        raise ValidationError("count_incomplete", missing=missing, number=count.number)
    # Lock the items (id order, as the ledger does) before reading their balances, so
    # no sale on another PC slips in between the reading and the adjustment.
    item_ids = [line.item_id for line in lines]
    items = {
        i.id: i
        for i in session.scalars(
            select(Item)
            .where(Item.id.in_(item_ids))
            .order_by(Item.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    } if item_ids else {}  # fmt: skip
    book = _balances(session, count.location_id, item_ids)
    requests: list[MoveRequest] = []
    for line in lines:
        diff = Decimal(line.counted) - book.get(line.item_id, Decimal(0))
        if diff != 0:
            requests.append(
                MoveRequest(
                    line.item_id,
                    count.location_id,
                    diff,
                    MoveKind.ADJUSTMENT,
                    note=(line.note or count.number)[:200],
                )
            )
    doc = new_document(
        session,
        actor,
        DocumentKind.COUNT,
        count.count_date,
        number=count.number,
        notes=count.notes,
    )
    # counted >= 0, so an adjustment never takes a balance below zero.
    moves = (
        post_moves(session, actor, requests, document=doc, moved_at=moved_at) if requests else []
    )
    count.status = CountStatus.POSTED.value
    count.posted_at = moved_at or utcnow()
    count.posted_by_id = actor.user_id
    count.document_id = doc.id
    session.flush()
    surplus = sum((m.value for m in moves if m.value > 0), Decimal("0.00"))
    shortage = sum((m.value for m in moves if m.value < 0), Decimal("0.00"))
    loc = session.get_one(Location, count.location_id)
    audit.record(
        session, actor, "post", "stock_count", count.id,
        old={"status": CountStatus.DRAFT.value},
        new={
            "status": CountStatus.POSTED.value,
            "location": loc.code,
            "document": doc.number,
            # [sku, book quantity, counted, difference, value of the difference]
            "differences": [
                [
                    items[m.item_id].sku,
                    str(book.get(m.item_id, Decimal(0))),
                    str(Decimal(m.location_balance_after)),
                    str(m.quantity),
                    str(m.value),
                ]
                for m in moves
            ],
            "surplus_value": str(round_money(surplus)),
            "shortage_value": str(round_money(shortage)),
            "net_value": str(round_money(surplus + shortage)),
        },
        summary=count.number,
    )  # fmt: skip
    return count
