"""Stock services: locations, goods receipts, transfers (also to and from artisans working at
home), an item's history with its running balance, and valuation at any date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, aliased

from rumahbatik.db import Database
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import (
    SHOP_CODE,
    STORE_CODE,
    DocumentKind,
    ItemKind,
    LocationKind,
    MoveKind,
    round_cost,
    round_money,
)
from rumahbatik.models import (
    Item,
    Location,
    Person,
    StockBalance,
    StockDocument,
    StockMove,
    Supplier,
    User,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor, require_stock_read
from rumahbatik.services.stock_ledger import (
    BalanceProblem,
    MoveRequest,
    check_balances,
    check_quantity,
    new_document,
    post_moves,
)
from rumahbatik.services.stock_types import (
    DocumentData,
    LocationData,
    MoveRow,
    ReceiptInput,
    TransferInput,
    TransferLine,
    Valuation,
    ValuationRow,
)

# --------------------------------------------------------------------------- locations


def location_data(loc: Location) -> LocationData:
    return LocationData(
        id=loc.id,
        code=loc.code,
        name=loc.name,
        kind=LocationKind(loc.kind),
        person_id=loc.person_id,
        active=loc.active,
    )


def location_by_code(session: Session, code: str) -> Location:
    loc = session.scalars(select(Location).where(Location.code == code)).one_or_none()
    if loc is None:
        raise NotFound("not_found", what=f"location {code}")
    return loc


def store_location(session: Session) -> Location:
    """The workshop store (gudang), made by the migration."""
    return location_by_code(session, STORE_CODE)


def shop_location(session: Session) -> Location:
    """The shop / gallery (toko), made by the migration."""
    return location_by_code(session, SHOP_CODE)


def artisan_location(session: Session, person_id: int) -> Location:
    """The location "with <artisan>", made the first time cloth is handed to them."""
    loc = session.scalars(select(Location).where(Location.person_id == person_id)).one_or_none()
    if loc is not None:
        return loc
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("not_found", what=f"person #{person_id}")
    loc = Location(
        code=f"ART-{person_id:05d}",
        name=person.full_name,
        kind=LocationKind.ARTISAN.value,
        person_id=person_id,
        active=True,
        position=100,
    )
    session.add(loc)
    session.flush()
    return loc


def list_locations(
    db: Database, actor: Actor, *, include_artisans: bool = True
) -> list[LocationData]:
    """Gudang, toko, then the artisans who hold (or held) stock, by name."""
    require_stock_read(actor)
    stmt = select(Location).order_by(Location.position, Location.name, Location.id)
    if not include_artisans:
        stmt = stmt.where(Location.kind != LocationKind.ARTISAN.value)
    with db.read() as session:
        return [location_data(loc) for loc in session.scalars(stmt)]


def get_location(db: Database, actor: Actor, location_id: int) -> LocationData:
    require_stock_read(actor)
    with db.read() as session:
        return location_data(_location(session, location_id))


def _location(session: Session, location_id: int) -> Location:
    loc = session.get(Location, location_id)
    if loc is None:
        raise NotFound("not_found", what=f"location #{location_id}")
    return loc


def _active_location(session: Session, location_id: int) -> Location:
    loc = _location(session, location_id)
    if not loc.active:
        raise ValidationError("location_inactive", location=loc.name)
    return loc


# --------------------------------------------------------------------------- documents


def _check_no_duplicates(session: Session, item_ids: Sequence[int]) -> None:
    seen: set[int] = set()
    for item_id in item_ids:
        if item_id in seen:
            item = session.get(Item, item_id)
            raise ValidationError("duplicate_line", item=item.name if item else f"#{item_id}")
        seen.add(item_id)


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("not_found", what=f"item #{item_id}")
    return item


def receive_stock(db: Database, actor: Actor, inp: ReceiptInput) -> DocumentData:
    """Receive goods from a supplier into a location at a cost (a goods receipt ``PB/…``).

    Quantities may be entered in the item's purchase unit (a roll) and are converted to its
    stock unit (metres), with the cost per stock unit divided alike. The average cost moves.
    """
    actor.require(Permission.MANAGE_STOCK)
    with db.transaction() as session:
        doc = receive_in_session(session, actor, inp)
        return document_data(session, doc.id)


def receive_in_session(
    session: Session, actor: Actor, inp: ReceiptInput, *, moved_at: datetime | None = None
) -> StockDocument:
    """:func:`receive_stock` in the caller's transaction (the demo writes history with it)."""
    if not inp.lines:
        raise ValidationError("lines_required")
    loc = _active_location(session, inp.location_id)
    if inp.supplier_id is not None and session.get(Supplier, inp.supplier_id) is None:
        raise NotFound("not_found", what=f"supplier #{inp.supplier_id}")
    _check_no_duplicates(session, [line.item_id for line in inp.lines])
    requests: list[MoveRequest] = []
    for line in inp.lines:
        item = _item(session, line.item_id)
        if not item.active:
            raise ValidationError("item_inactive", name=item.name)
        qty = Decimal(line.quantity)
        cost = Decimal(line.unit_cost)
        if line.in_purchase_unit and item.purchase_unit:
            factor = Decimal(item.purchase_factor)
            qty, cost = qty * factor, cost / factor
        qty = check_quantity(item, qty)
        if qty <= 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(qty)
            )
        if cost < 0:
            raise ValidationError("cost_negative", item=item.name, cost=format_number(cost))
        requests.append(
            MoveRequest(item.id, loc.id, qty, MoveKind.RECEIPT, unit_cost=round_cost(cost))
        )
    doc = new_document(
        session,
        actor,
        DocumentKind.RECEIPT,
        inp.doc_date,
        supplier_id=inp.supplier_id,
        reference=inp.reference,
        notes=inp.notes,
    )
    moves = post_moves(session, actor, requests, document=doc, moved_at=moved_at)
    audit.record(
        session, actor, "receive", "stock_document", doc.id,
        new={
            "location": loc.code,
            "lines": [[m.item_id, str(m.quantity), str(m.unit_cost)] for m in moves],
            "value": str(sum((m.value for m in moves), Decimal(0))),
        },
        summary=doc.number,
    )  # fmt: skip
    return doc


def transfer_stock(db: Database, actor: Actor, inp: TransferInput) -> DocumentData:
    """Move goods between two locations (gudang → toko, ...) at their average cost."""
    actor.require(Permission.MANAGE_STOCK)
    with db.transaction() as session:
        doc = transfer_in_session(session, actor, inp)
        return document_data(session, doc.id)


def transfer_in_session(
    session: Session,
    actor: Actor,
    inp: TransferInput,
    *,
    kind: DocumentKind = DocumentKind.TRANSFER,
    person_id: int | None = None,
    moved_at: datetime | None = None,
) -> StockDocument:
    """:func:`transfer_stock` in the caller's transaction."""
    if not inp.lines:
        raise ValidationError("lines_required")
    if inp.from_location_id == inp.to_location_id:
        raise ValidationError("same_location")
    src = _location(session, inp.from_location_id)
    dst = _active_location(session, inp.to_location_id)
    _check_no_duplicates(session, [line.item_id for line in inp.lines])
    requests: list[MoveRequest] = []
    for line in inp.lines:
        item = _item(session, line.item_id)
        qty = check_quantity(item, Decimal(line.quantity))
        if qty <= 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(qty)
            )
        requests.append(MoveRequest(item.id, src.id, -qty, MoveKind.TRANSFER_OUT))
        requests.append(MoveRequest(item.id, dst.id, qty, MoveKind.TRANSFER_IN))
    doc = new_document(session, actor, kind, inp.doc_date, person_id=person_id, notes=inp.notes)
    moves = post_moves(session, actor, requests, document=doc, moved_at=moved_at)
    audit.record(
        session, actor, "transfer", "stock_document", doc.id,
        new={
            "from": src.code,
            "to": dst.code,
            "lines": [[m.item_id, str(m.quantity)] for m in moves if m.quantity > 0],
        },
        summary=doc.number,
    )  # fmt: skip
    return doc


def hand_out_to_artisan(
    db: Database,
    actor: Actor,
    person_id: int,
    from_location_id: int,
    doc_date: date,
    lines: Sequence[TransferLine],
    notes: str = "",
) -> DocumentData:
    """Cloth (or other stock) handed to an artisan who works at home: a transfer to the
    location "with <artisan>", numbered ``SP/…``."""
    actor.require(Permission.MANAGE_STOCK)
    with db.transaction() as session:
        person = session.get(Person, person_id)
        if person is None or not person.is_artisan:
            raise NotFound("not_found", what=f"artisan #{person_id}")
        dst = artisan_location(session, person_id)
        inp = TransferInput(from_location_id, dst.id, doc_date, list(lines), notes)
        doc = transfer_in_session(
            session, actor, inp, kind=DocumentKind.HANDOUT, person_id=person_id
        )
        return document_data(session, doc.id)


def take_back_from_artisan(
    db: Database,
    actor: Actor,
    person_id: int,
    to_location_id: int,
    doc_date: date,
    lines: Sequence[TransferLine],
    notes: str = "",
) -> DocumentData:
    """Goods an artisan brings back (unused cloth, finished batik): a transfer from the
    location "with <artisan>", numbered ``TP/…``."""
    actor.require(Permission.MANAGE_STOCK)
    with db.transaction() as session:
        src = artisan_location(session, person_id)
        inp = TransferInput(src.id, to_location_id, doc_date, list(lines), notes)
        doc = transfer_in_session(
            session, actor, inp, kind=DocumentKind.HANDBACK, person_id=person_id
        )
        return document_data(session, doc.id)


# --------------------------------------------------------------------------- reading


def _move_rows(session: Session, stmt, *, location_balance: bool) -> list[MoveRow]:  # type: ignore[no-untyped-def]
    rows = []
    for move, item, loc, number, username in session.execute(stmt):
        rows.append(
            MoveRow(
                id=move.id,
                moved_at=move.moved_at,
                kind=MoveKind(move.kind),
                item_id=item.id,
                sku=item.sku,
                item_name=item.name,
                unit=item.unit,
                location_id=loc.id,
                location_name=loc.name,
                quantity=move.quantity,
                unit_cost=move.unit_cost,
                value=move.value,
                balance_after=move.location_balance_after
                if location_balance
                else move.item_balance_after,
                document_number=number or "",
                note=move.note,
                username=username or "",
            )
        )
    return rows


def _moves_select():  # type: ignore[no-untyped-def]
    return (
        select(StockMove, Item, Location, StockDocument.number, User.username)
        .join(Item, Item.id == StockMove.item_id)
        .join(Location, Location.id == StockMove.location_id)
        .outerjoin(StockDocument, StockDocument.id == StockMove.document_id)
        .outerjoin(User, User.id == StockMove.user_id)
    )


def document_data(session: Session, document_id: int) -> DocumentData:
    doc = session.get(StockDocument, document_id)
    if doc is None:
        raise NotFound("not_found", what=f"stock document #{document_id}")
    supplier = session.get(Supplier, doc.supplier_id) if doc.supplier_id else None
    person = session.get(Person, doc.person_id) if doc.person_id else None
    stmt = _moves_select().where(StockMove.document_id == doc.id).order_by(StockMove.id)
    return DocumentData(
        id=doc.id,
        kind=DocumentKind(doc.kind),
        number=doc.number,
        doc_date=doc.doc_date,
        moves=_move_rows(session, stmt, location_balance=True),
        supplier_name=supplier.name if supplier else "",
        person_name=person.full_name if person else "",
        reference=doc.reference,
        notes=doc.notes,
    )


def get_document(db: Database, actor: Actor, document_id: int) -> DocumentData:
    require_stock_read(actor)
    with db.read() as session:
        return document_data(session, document_id)


def item_history(
    db: Database,
    actor: Actor,
    item_id: int,
    *,
    location_id: int | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[MoveRow]:
    """An item's moves, newest first, with the running balance after each one (of the
    location when ``location_id`` is given, else of the item). Page with ``before_id``
    (keyset paging on the ledger's id, fast however long the history is)."""
    require_stock_read(actor)
    stmt = _moves_select().where(StockMove.item_id == item_id)
    if location_id is not None:
        stmt = stmt.where(StockMove.location_id == location_id)
    if before_id is not None:
        stmt = stmt.where(StockMove.id < before_id)
    stmt = stmt.order_by(StockMove.id.desc()).limit(limit)
    with db.read() as session:
        return _move_rows(session, stmt, location_balance=location_id is not None)


def stock_at_location(
    db: Database, actor: Actor, person_or_location: int, *, by_person: bool = False
) -> list[tuple[int, str, str, str, Decimal]]:
    """What one location holds now: ``(item_id, sku, name, unit, quantity)`` for non-zero
    balances. ``by_person=True`` takes a person id and answers for "with <artisan>"."""
    require_stock_read(actor)
    with db.read() as session:
        if by_person:
            loc = session.scalars(
                select(Location).where(Location.person_id == person_or_location)
            ).one_or_none()
            if loc is None:
                return []
        else:
            loc = _location(session, person_or_location)
        rows = session.execute(
            select(Item.id, Item.sku, Item.name, Item.unit, StockBalance.quantity)
            .join(StockBalance, StockBalance.item_id == Item.id)
            .where(StockBalance.location_id == loc.id, StockBalance.quantity != 0)
            .order_by(Item.name_key)
        ).all()
        return [(r[0], r[1], r[2], r[3], Decimal(r[4])) for r in rows]


def end_of_day(day: date) -> datetime:
    """The last instant of a local calendar day, as an aware datetime (compared in UTC)."""
    return datetime.combine(day + timedelta(days=1), time.min).astimezone() - timedelta(
        microseconds=1
    )


def valuation_at(
    db: Database,
    actor: Actor,
    at: date,
    *,
    by_location: bool = True,
    kind: ItemKind | None = None,
) -> Valuation:
    """Stock on hand and its value at the end of day ``at`` (local time), from the ledger.

    The quantity per item and location is the sum of moves up to then; the unit cost is the
    item's moving-average cost after its last move up to then. Items with nothing on hand
    are left out. One pass over the covering index ``ix_stock_moves_valuation`` gives each
    (item, location)'s sum and last move; the item's last move is the largest of those.
    """
    actor.require(Permission.VIEW_PRICES)
    actor.require(Permission.MANAGE_STOCK)
    until = end_of_day(at)
    keys = [StockMove.item_id, StockMove.location_id] if by_location else [StockMove.item_id]
    sums = (
        select(
            *keys,
            func.sum(StockMove.quantity).label("qty"),
            func.max(StockMove.id).label("last_id"),
        )
        .where(StockMove.moved_at <= until)
        .group_by(*keys)
        .cte("sums")
    )
    last = (
        select(sums.c.item_id, func.max(sums.c.last_id).label("last_id"))
        .group_by(sums.c.item_id)
        .cte("last")
    )
    last_move = aliased(StockMove)
    stmt = (
        select(
            sums.c.item_id,
            sums.c.location_id if by_location else literal(None).label("location_id"),
            sums.c.qty,
            last_move.avg_cost_after,
            Item.sku,
            Item.name,
            Item.kind,
            Item.category,
            Item.unit,
        )
        .join(last, last.c.item_id == sums.c.item_id)
        .join(last_move, last_move.id == last.c.last_id)
        .join(Item, Item.id == sums.c.item_id)
        .where(sums.c.qty != 0)
    )
    if kind is not None:
        stmt = stmt.where(Item.kind == ItemKind(kind).value)
    with db.read() as session:
        names = {loc.id: loc.name for loc in session.scalars(select(Location))}
        result = session.execute(stmt).all()
    rows: list[ValuationRow] = []
    total = Decimal(0)
    per_location: dict[str, Decimal] = {}
    for item_id, loc_id, qty, cost, sku, name, item_kind, category, unit in result:
        value = round_money(qty * cost) if qty > 0 else Decimal("0.00")
        loc_name = names.get(loc_id, "") if loc_id is not None else ""
        rows.append(
            ValuationRow(
                item_id=item_id,
                sku=sku,
                name=name,
                kind=ItemKind(item_kind),
                category=category,
                unit=unit,
                location_id=loc_id,
                location_name=loc_name,
                quantity=qty,
                unit_cost=cost,
                value=value,
            )
        )
        total += value
        if loc_id is not None:
            per_location[loc_name] = per_location.get(loc_name, Decimal(0)) + value
    rows.sort(key=lambda v: (v.name.lower(), v.sku, v.location_name))
    return Valuation(at=at, rows=rows, total_value=total, by_location=per_location)


def check_stock(db: Database, actor: Actor, *, repair: bool = False) -> list[BalanceProblem]:
    """Compare the kept balances (per location and per item) with the sums of the ledger.

    With ``repair`` the kept balances are set to the ledger's sums (the ledger is the truth)
    in one transaction, audited; only a manager may repair."""
    actor.require(Permission.MANAGE_STOCK)
    if not repair:
        with db.read() as session:
            return check_balances(session)
    actor.require(Permission.MANAGE_SETTINGS)
    with db.transaction() as session:
        problems = check_balances(session, repair=True)
        if problems:
            audit.record(
                session, actor, "repair", "stock_balances", "",
                old={"problems": [[p.item_id, p.location_id, str(p.cached)] for p in problems]},
                new={"problems": [[p.item_id, p.location_id, str(p.ledger)] for p in problems]},
                summary=str(len(problems)),
            )  # fmt: skip
        return problems


def count_moves(db: Database, actor: Actor) -> int:
    require_stock_read(actor)
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(StockMove)) or 0)
