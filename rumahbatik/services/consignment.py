"""Consignment (titip jual): artisans' pieces sold for them, and settling what they are owed.

An intake (``TJ/2026/0001``) brings an artisan's finished pieces into the shop's stock, owned
by the artisan (``Item.consignor_id``), at the asking price less the centre's commission
(``Item.consignment_share``), which is also their unit cost, so the margin on a sale is the
commission. Sales accrue the share (``services.sales._accrue``); credit notes reverse it.

A settlement (``ST/2026/0001``) takes the artisan's unsettled accruals (consignment shares
and motif royalties), marks them settled, may give unsold pieces back (a ``KT/…`` stock
document) and records payouts; its slip is what the artisan signs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from rumahbatik.db import Database
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.invoicing import HUNDRED
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import AccrualKind, PayoutMethod, consignment_share
from rumahbatik.domain.stock import (
    DOCUMENT_PREFIX,
    DocumentKind,
    ItemKind,
    MoveKind,
    Unit,
    round_money,
)
from rumahbatik.models import (
    ArtisanAccrual,
    ArtisanPayout,
    ArtisanProfile,
    ArtisanSettlement,
    ConsignmentIntake,
    ConsignmentLine,
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Item,
    Person,
    StockBalance,
    StockMove,
    User,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.items import create_item_in_session
from rumahbatik.services.numbering import next_yearly_number
from rumahbatik.services.sales_types import (
    AccrualRow,
    IntakeData,
    IntakeInput,
    IntakeLineData,
    PayoutData,
    PayoutInput,
    SettlementData,
    SettlementPreview,
    UnsoldPiece,
)
from rumahbatik.services.settings import setting_in_session
from rumahbatik.services.stock import shop_location
from rumahbatik.services.stock_ledger import MoveRequest, check_quantity, new_document, post_moves
from rumahbatik.services.stock_types import ItemInput

SETTLEMENT_PREFIX = "ST"


def today() -> date:
    """The local business day (tests patch it)."""
    return date.today()


def _require_read(actor: Actor) -> None:
    if not actor.can(Permission.SELL):
        actor.require(Permission.VIEW_SALES)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("not_found", what=f"person #{person_id}")
    return person


def _user_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(User.id, User.full_name, User.username).where(User.id.in_(wanted))
    )
    return {uid: full or username for uid, full, username in rows}


def _whole_rupiah(amount: Decimal) -> Decimal:
    if amount != amount.to_integral_value():
        raise ValidationError("amount_not_whole")
    return amount.quantize(Decimal("0.01"))


def _commission(value: Decimal) -> Decimal:
    value = Decimal(value)
    if not Decimal(0) <= value <= HUNDRED:
        raise ValidationError("commission_range")
    return value


# ---------------------------------------------------------------- intakes


def _intake_data(session: Session, intake: ConsignmentIntake) -> IntakeData:
    items = {
        i.id: i
        for i in session.scalars(
            select(Item).where(Item.id.in_({ln.item_id for ln in intake.lines}))
        )
    }
    return IntakeData(
        id=intake.id,
        number=intake.number,
        person_id=intake.person_id,
        person_name=_person(session, intake.person_id).full_name,
        intake_date=intake.intake_date,
        commission_percent=Decimal(intake.commission_percent),
        notes=intake.notes,
        lines=tuple(
            IntakeLineData(
                item_id=ln.item_id,
                sku=items[ln.item_id].sku,
                name=items[ln.item_id].name,
                quantity=Decimal(ln.quantity),
                asking_price=Decimal(ln.asking_price),
                commission_percent=Decimal(ln.commission_percent),
                artisan_share=Decimal(ln.artisan_share),
            )
            for ln in intake.lines
        ),
    )


def receive_consignment(db: Database, actor: Actor, inp: IntakeInput) -> IntakeData:
    """Record an artisan's pieces brought to sell (titip jual), in one transaction.

    Each line is an existing item already consigned by this artisan or a new product made
    for it (SKU generated). The item's sale price becomes the asking price and its
    ``consignment_share`` the asking price less the commission (the intake's, the line's or
    the setting ``consignment_commission``); the pieces enter the shop's stock at that share
    as unit cost. The intake and its stock document share the number ``TJ/2026/0001``.
    """
    actor.require(Permission.SELL)
    with db.transaction() as session:
        intake = receive_in_session(session, actor, inp)
        return _intake_data(session, intake)


def receive_in_session(
    session: Session, actor: Actor, inp: IntakeInput, *, at: datetime | None = None
) -> ConsignmentIntake:
    """:func:`receive_consignment` in the caller's transaction (``at``: the demo writes
    history in order)."""
    person = _person(session, inp.person_id)
    if not person.is_artisan:
        raise ValidationError("not_an_artisan", name=person.full_name)
    if not inp.lines:
        raise ValidationError("lines_required")
    commission = _commission(
        inp.commission_percent
        if inp.commission_percent is not None
        else Decimal(setting_in_session(session, "consignment_commission"))
    )
    day = inp.intake_date or today()
    # Refuse bad input before anything is written.
    for ln in inp.lines:
        label = ln.name.strip() or (f"#{ln.item_id}" if ln.item_id else "?")
        if ln.item_id is None and not ln.name.strip():
            raise ValidationError("consignment_item_name_required")
        if Decimal(ln.quantity) <= 0:
            raise ValidationError(
                "quantity_not_positive", item=label, quantity=format_number(ln.quantity)
            )
        if Decimal(ln.asking_price) < 0:
            raise ValidationError("price_negative", item=label)
        _whole_rupiah(Decimal(ln.asking_price))
        if ln.commission_percent is not None:
            _commission(ln.commission_percent)
    seen: set[int] = set()
    for ln in inp.lines:
        if ln.item_id is None:
            continue
        item = session.get(Item, ln.item_id)
        if item is None:
            raise NotFound("not_found", what=f"item #{ln.item_id}")
        if item.consignor_id != person.id:
            raise ValidationError("consignment_not_owner", item=item.name)
        if item.id in seen:
            raise ValidationError("duplicate_line", item=item.name)
        seen.add(item.id)

    number = next_yearly_number(session, DOCUMENT_PREFIX[DocumentKind.CONSIGNMENT_IN], day.year)
    intake = ConsignmentIntake(
        number=number,
        person_id=person.id,
        intake_date=day,
        commission_percent=commission,
        notes=inp.notes.strip(),
        created_by_id=actor.user_id,
    )
    moves: list[MoveRequest] = []
    shop = shop_location(session)
    for ln in inp.lines:
        asking = round_money(Decimal(ln.asking_price))
        line_commission = (
            commission if ln.commission_percent is None else Decimal(ln.commission_percent)
        )
        share = consignment_share(asking, line_commission)
        if ln.item_id is None:
            item = create_item_in_session(
                session,
                actor,
                ItemInput(
                    kind=ItemKind.PRODUCT,
                    name=ln.name,
                    unit=Unit.PIECE.value,
                    motif_id=ln.motif_id,
                    technique=ln.technique,
                    sale_price=asking,
                ),
            )
            item.consignor_id = person.id
        else:
            item = session.get_one(Item, ln.item_id)
        # The latest intake sets the price and share of every piece of the item.
        item.sale_price = asking
        item.consignment_share = share
        qty = check_quantity(item, Decimal(ln.quantity))
        intake.lines.append(
            ConsignmentLine(
                item_id=item.id,
                quantity=qty,
                asking_price=asking,
                commission_percent=line_commission,
                artisan_share=share,
            )
        )
        moves.append(MoveRequest(item.id, shop.id, qty, MoveKind.CONSIGNMENT_IN, share))
    session.flush()  # the item rows are locked (and re-read) by post_moves
    doc = new_document(
        session,
        actor,
        DocumentKind.CONSIGNMENT_IN,
        day,
        number=number,
        person_id=person.id,
        notes=inp.notes,
    )
    intake.stock_document_id = doc.id
    session.add(intake)
    post_moves(session, actor, moves, document=doc, moved_at=at)
    session.flush()
    data = _intake_data(session, intake)
    audit.record(
        session, actor, "intake", "consignment", intake.id,
        new={
            "artisan": person.full_name,
            "commission": str(commission),
            "lines": [
                [ln.sku, str(ln.quantity), str(ln.asking_price), str(ln.artisan_share)]
                for ln in data.lines
            ],
        },
        summary=f"{number} {person.full_name}",
    )  # fmt: skip
    return intake


def get_intake(db: Database, actor: Actor, intake_id: int) -> IntakeData:
    """One intake with its lines."""
    _require_read(actor)
    with db.read() as session:
        intake = session.get(
            ConsignmentIntake, intake_id, options=[selectinload(ConsignmentIntake.lines)]
        )
        if intake is None:
            raise NotFound("not_found", what=f"intake #{intake_id}")
        return _intake_data(session, intake)


def list_intakes(db: Database, actor: Actor, person_id: int | None = None) -> list[IntakeData]:
    """Intakes, newest first (of one artisan when ``person_id`` is given)."""
    _require_read(actor)
    with db.read() as session:
        stmt = select(ConsignmentIntake).options(selectinload(ConsignmentIntake.lines))
        if person_id is not None:
            stmt = stmt.where(ConsignmentIntake.person_id == person_id)
        stmt = stmt.order_by(ConsignmentIntake.intake_date.desc(), ConsignmentIntake.id.desc())
        return [_intake_data(session, i) for i in session.scalars(stmt)]


# ---------------------------------------------------------------- what is owed


def _accrual_rows(session: Session, where: Sequence[object]) -> list[AccrualRow]:
    stmt = (
        select(
            ArtisanAccrual,
            Invoice.number,
            InvoiceLine.sku,
            InvoiceLine.description,
            CreditNote.number,
        )
        .join(InvoiceLine, InvoiceLine.id == ArtisanAccrual.invoice_line_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .outerjoin(CreditNoteLine, CreditNoteLine.id == ArtisanAccrual.credit_note_line_id)
        .outerjoin(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(ArtisanAccrual.accrued_on, ArtisanAccrual.id)
    )
    return [
        AccrualRow(
            id=a.id,
            kind=AccrualKind(a.kind),
            accrued_on=a.accrued_on,
            # A reversal (a return or cancellation) shows the credit note's number.
            invoice_number=cn_number or inv_number or "",
            sku=sku,
            description=description,
            quantity=Decimal(a.quantity),
            gross=Decimal(a.gross),
            amount=Decimal(a.amount),
        )
        for a, inv_number, sku, description, cn_number in session.execute(stmt)
    ]


def _unsold(session: Session, person_id: int) -> list[UnsoldPiece]:
    shop = shop_location(session)
    rows = session.execute(
        select(Item.id, Item.sku, Item.name, StockBalance.quantity, Item.sale_price)
        .join(StockBalance, StockBalance.item_id == Item.id)
        .where(
            Item.consignor_id == person_id,
            StockBalance.location_id == shop.id,
            StockBalance.quantity > 0,
        )
        .order_by(Item.name, Item.id)
    )
    return [
        UnsoldPiece(item_id, sku, name, Decimal(qty), Decimal(price))
        for item_id, sku, name, qty, price in rows
    ]


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("settlement_period_reversed")


def _open_accruals_where(person_id: int, end: date) -> list[object]:
    return [
        ArtisanAccrual.person_id == person_id,
        ArtisanAccrual.settlement_id.is_(None),
        ArtisanAccrual.accrued_on <= end,
    ]


def preview_settlement(
    db: Database, actor: Actor, person_id: int, start: date, end: date
) -> SettlementPreview:
    """What settling ``start``–``end`` for the person would take: every unsettled accrual
    (consignment share or motif royalty) accrued on or before ``end``. Older unsettled rows
    (before ``start``) are included too, so nothing owed is ever left behind by a period
    chosen too short; ``start`` only labels the slip. Also the artisan's unsold consigned
    pieces at the shop, which the settlement may give back."""
    _require_read(actor)
    _check_period(start, end)
    with db.read() as session:
        person = _person(session, person_id)
        return SettlementPreview(
            person_id=person.id,
            person_name=person.full_name,
            period_from=start,
            period_to=end,
            accruals=tuple(_accrual_rows(session, _open_accruals_where(person.id, end))),
            unsold=tuple(_unsold(session, person.id)),
        )


# ---------------------------------------------------------------- settlements


def _settlement_data(session: Session, s: ArtisanSettlement) -> SettlementData:
    person = _person(session, s.person_id)
    profile = session.get(ArtisanProfile, person.id)
    payouts = list(
        session.scalars(
            select(ArtisanPayout)
            .where(ArtisanPayout.settlement_id == s.id)
            .order_by(ArtisanPayout.paid_on, ArtisanPayout.id)
        )
    )
    names = _user_names(session, {s.created_by_id} | {p.paid_by_id for p in payouts})
    returned: list[UnsoldPiece] = []
    if s.return_document_id is not None:
        rows = session.execute(
            select(Item.id, Item.sku, Item.name, StockMove.quantity, Item.sale_price)
            .join(Item, Item.id == StockMove.item_id)
            .where(StockMove.document_id == s.return_document_id)
            .order_by(StockMove.id)
        )
        returned = [
            UnsoldPiece(item_id, sku, name, -Decimal(qty), Decimal(price))
            for item_id, sku, name, qty, price in rows
        ]
    return SettlementData(
        id=s.id,
        number=s.number,
        person_id=person.id,
        person_name=person.full_name,
        bank_name=profile.bank_name if profile else "",
        bank_account_number=profile.bank_account_number if profile else "",
        bank_account_holder=profile.bank_account_holder if profile else "",
        period_from=s.period_from,
        period_to=s.period_to,
        consignment_gross=Decimal(s.consignment_gross),
        commission=Decimal(s.commission),
        consignment_net=Decimal(s.consignment_net),
        royalties=Decimal(s.royalties),
        total_owed=Decimal(s.total_owed),
        paid=Decimal(s.paid),
        notes=s.notes,
        created_by=names.get(s.created_by_id or 0, ""),
        created_at=s.created_at,
        accruals=tuple(_accrual_rows(session, [ArtisanAccrual.settlement_id == s.id])),
        returned=tuple(returned),
        payouts=tuple(
            PayoutData(
                id=p.id,
                paid_on=p.paid_on,
                method=PayoutMethod(p.method),
                amount=Decimal(p.amount),
                reference=p.reference,
                paid_by=names.get(p.paid_by_id or 0, ""),
            )
            for p in payouts
        ),
    )


def _returns(
    session: Session,
    person: Person,
    return_unsold: bool | Sequence[tuple[int, Decimal]],
) -> list[tuple[int, Decimal]]:
    """The pieces to give back: all unsold (True), none (False) or the chosen ones."""
    if return_unsold is True:
        return [(p.item_id, p.quantity) for p in _unsold(session, person.id)]
    if return_unsold is False:
        return []
    chosen: list[tuple[int, Decimal]] = []
    seen: set[int] = set()
    for item_id, qty in return_unsold:
        item = session.get(Item, item_id)
        if item is None:
            raise NotFound("not_found", what=f"item #{item_id}")
        if item.consignor_id != person.id:
            raise ValidationError("consignment_not_owner", item=item.name)
        if item_id in seen:
            raise ValidationError("duplicate_line", item=item.name)
        seen.add(item_id)
        q = check_quantity(item, Decimal(qty))
        if q <= 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(q)
            )
        chosen.append((item_id, q))
    return chosen


def _pay(session: Session, actor: Actor, s: ArtisanSettlement, inp: PayoutInput) -> ArtisanPayout:
    amount = Decimal(inp.amount)
    if amount <= 0:
        raise ValidationError("payout_not_positive")
    amount = _whole_rupiah(amount)
    balance = Decimal(s.total_owed) - Decimal(s.paid)
    if amount > balance:
        raise ValidationError(
            "payout_exceeds",
            amount=format_rupiah(amount),
            balance=format_rupiah(max(balance, Decimal(0))),
            number=s.number,
        )
    payout = ArtisanPayout(
        settlement_id=s.id,
        paid_on=inp.paid_on or today(),
        method=PayoutMethod(inp.method).value,
        amount=amount,
        reference=inp.reference.strip()[:60],
        paid_by_id=actor.user_id,
    )
    session.add(payout)
    s.paid = Decimal(s.paid) + amount
    session.flush()
    return payout


def settle(
    db: Database,
    actor: Actor,
    person_id: int,
    start: date,
    end: date,
    *,
    return_unsold: bool | Sequence[tuple[int, Decimal]] = False,
    payout: PayoutInput | None = None,
    notes: str = "",
) -> SettlementData:
    """Settle what the person is owed up to ``end`` (see :func:`preview_settlement` for which
    accruals), in one transaction: the next ``ST/2026/0001`` number, the totals, the
    accruals marked settled, unsold pieces given back (``return_unsold``: True for all, or
    ``(item_id, quantity)`` pairs) by a ``KT/…`` stock document out of the shop, and an
    optional payout. Refused ("settlement_empty") when there is nothing to settle or return.
    """
    actor.require(Permission.SELL)
    _check_period(start, end)
    with db.transaction() as session:
        s = settle_in_session(
            session, actor, person_id, start, end,
            return_unsold=return_unsold, payout=payout, notes=notes,
        )  # fmt: skip
        return _settlement_data(session, s)


def settle_in_session(
    session: Session,
    actor: Actor,
    person_id: int,
    start: date,
    end: date,
    *,
    return_unsold: bool | Sequence[tuple[int, Decimal]] = False,
    payout: PayoutInput | None = None,
    notes: str = "",
    day: date | None = None,
    at: datetime | None = None,
) -> ArtisanSettlement:
    """:func:`settle` in the caller's transaction; ``day``/``at``: the settlement's date and
    the time of its stock moves (the demo writes history in order)."""
    _check_period(start, end)
    person = _person(session, person_id)
    ids = list(
        session.scalars(
            select(ArtisanAccrual.id).where(*_open_accruals_where(person.id, end)).with_for_update()
        )
    )
    returns = _returns(session, person, return_unsold)
    if not ids and not returns:
        raise ValidationError(
            "settlement_empty",
            name=person.full_name,
            start=format_date(start),
            end=format_date(end),
        )
    day = day or today()
    s = ArtisanSettlement(
        number=next_yearly_number(session, SETTLEMENT_PREFIX, day.year),
        person_id=person.id,
        period_from=start,
        period_to=end,
        notes=notes.strip(),
        created_by_id=actor.user_id,
    )
    if at is not None:
        s.created_at = at
    session.add(s)
    session.flush()
    if ids:
        done = session.execute(
            update(ArtisanAccrual)
            .where(ArtisanAccrual.id.in_(ids), ArtisanAccrual.settlement_id.is_(None))
            .values(settlement_id=s.id)
            .execution_options(synchronize_session=False)
        ).rowcount
        if done != len(ids):  # another PC settled some of them meanwhile
            raise Conflict("conflict")
    sums = dict.fromkeys(("gross", "net", "royalty"), Decimal(0))
    for kind, gross, amount in session.execute(
        select(ArtisanAccrual.kind, func.sum(ArtisanAccrual.gross), func.sum(ArtisanAccrual.amount))
        .where(ArtisanAccrual.settlement_id == s.id)
        .group_by(ArtisanAccrual.kind)
    ):
        if kind == AccrualKind.CONSIGNMENT.value:
            sums["gross"], sums["net"] = Decimal(gross), Decimal(amount)
        else:
            sums["royalty"] = Decimal(amount)
    s.consignment_gross = sums["gross"]
    s.consignment_net = sums["net"]
    s.commission = sums["gross"] - sums["net"]
    s.royalties = sums["royalty"]
    s.total_owed = sums["net"] + sums["royalty"]
    s.paid = Decimal(0)
    if returns:
        shop = shop_location(session)
        doc = new_document(
            session,
            actor,
            DocumentKind.CONSIGNMENT_OUT,
            day,
            person_id=person.id,
            reference=s.number,
        )
        post_moves(
            session,
            actor,
            [
                MoveRequest(item_id, shop.id, -qty, MoveKind.CONSIGNMENT_OUT)
                for item_id, qty in returns
            ],
            document=doc,
            moved_at=at,
        )
        s.return_document_id = doc.id
    session.flush()
    if payout is not None:
        _pay(session, actor, s, payout)
    audit.record(
        session, actor, "settle", "settlement", s.id,
        new={
            "artisan": person.full_name,
            "period": [start.isoformat(), end.isoformat()],
            "accruals": len(ids),
            "gross": str(s.consignment_gross),
            "commission": str(s.commission),
            "royalties": str(s.royalties),
            "total_owed": str(s.total_owed),
            "paid": str(s.paid),
            "returned": [[item_id, str(q)] for item_id, q in returns],
        },
        summary=f"{s.number} {person.full_name}",
    )  # fmt: skip
    return s


def record_payout(
    db: Database, actor: Actor, settlement_id: int, inp: PayoutInput
) -> SettlementData:
    """Pay (part of) what a settlement still owes, in cash or by transfer."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        s = session.get(ArtisanSettlement, settlement_id, with_for_update=True)
        if s is None:
            raise NotFound("not_found", what=f"settlement #{settlement_id}")
        before = Decimal(s.paid)
        payout = _pay(session, actor, s, inp)
        audit.record(
            session, actor, "payout", "settlement", s.id,
            old={"paid": str(before)},
            new={
                "paid": str(s.paid),
                "amount": str(payout.amount),
                "method": payout.method,
                "reference": payout.reference,
            },
            summary=f"{s.number} {format_rupiah(payout.amount)}",
        )  # fmt: skip
        return _settlement_data(session, s)


def get_settlement(db: Database, actor: Actor, settlement_id: int) -> SettlementData:
    """One settlement with its accruals, returned pieces and payouts (for the slip)."""
    _require_read(actor)
    with db.read() as session:
        s = session.get(ArtisanSettlement, settlement_id)
        if s is None:
            raise NotFound("not_found", what=f"settlement #{settlement_id}")
        return _settlement_data(session, s)


def list_settlements(
    db: Database, actor: Actor, person_id: int | None = None
) -> list[SettlementData]:
    """Settlements, newest first (of one person when ``person_id`` is given)."""
    _require_read(actor)
    with db.read() as session:
        stmt = select(ArtisanSettlement)
        if person_id is not None:
            stmt = stmt.where(ArtisanSettlement.person_id == person_id)
        stmt = stmt.order_by(ArtisanSettlement.id.desc())
        return [_settlement_data(session, s) for s in session.scalars(stmt)]


def _owed(session: Session, person_id: int) -> Decimal:
    open_ = session.scalar(
        select(func.coalesce(func.sum(ArtisanAccrual.amount), 0)).where(
            ArtisanAccrual.person_id == person_id, ArtisanAccrual.settlement_id.is_(None)
        )
    )
    unpaid = session.scalar(
        select(
            func.coalesce(func.sum(ArtisanSettlement.total_owed - ArtisanSettlement.paid), 0)
        ).where(
            ArtisanSettlement.person_id == person_id,
            ArtisanSettlement.total_owed > ArtisanSettlement.paid,
        )
    )
    return Decimal(open_ or 0) + Decimal(unpaid or 0)


def owed_to(db: Database, actor: Actor, person_id: int) -> Decimal:
    """What the centre owes the person now: unsettled accruals plus the unpaid balances of
    their settlements (for the artisan's detail)."""
    _require_read(actor)
    with db.read() as session:
        return _owed(session, person_id)


@dataclass(frozen=True)
class ConsignorRow:
    """An artisan (or motif designer) the centre sells for or owes: the page's first list."""

    person_id: int
    name: str
    pieces_at_shop: Decimal  # unsold consigned pieces at the shop
    pieces_sold: Decimal  # consigned pieces sold, net of returns, ever
    unsettled: Decimal  # accrued, not yet in a settlement
    owed: Decimal  # unsettled + unpaid settlement balances


def list_consignors(db: Database, actor: Actor) -> list[ConsignorRow]:
    """Everyone with consigned items or accruals, by name."""
    _require_read(actor)
    with db.read() as session:
        shop = shop_location(session)
        at_shop = dict(
            session.execute(
                select(Item.consignor_id, func.sum(StockBalance.quantity))
                .join(StockBalance, StockBalance.item_id == Item.id)
                .where(Item.consignor_id.is_not(None), StockBalance.location_id == shop.id)
                .group_by(Item.consignor_id)
            ).all()
        )
        sold = dict(
            session.execute(
                select(ArtisanAccrual.person_id, func.sum(ArtisanAccrual.quantity))
                .where(ArtisanAccrual.kind == AccrualKind.CONSIGNMENT.value)
                .group_by(ArtisanAccrual.person_id)
            ).all()
        )
        unsettled = dict(
            session.execute(
                select(ArtisanAccrual.person_id, func.sum(ArtisanAccrual.amount))
                .where(ArtisanAccrual.settlement_id.is_(None))
                .group_by(ArtisanAccrual.person_id)
            ).all()
        )
        unpaid = dict(
            session.execute(
                select(
                    ArtisanSettlement.person_id,
                    func.sum(ArtisanSettlement.total_owed - ArtisanSettlement.paid),
                )
                .where(ArtisanSettlement.total_owed > ArtisanSettlement.paid)
                .group_by(ArtisanSettlement.person_id)
            ).all()
        )
        consignors = set(
            session.scalars(select(Item.consignor_id).where(Item.consignor_id.is_not(None)))
        )
        ids = consignors | set(sold) | set(unsettled) | set(unpaid)
        if not ids:
            return []
        people = session.execute(
            select(Person.id, Person.full_name)
            .where(Person.id.in_(ids))
            .order_by(Person.name_key, Person.id)
        ).all()
        return [
            ConsignorRow(
                person_id=pid,
                name=name,
                pieces_at_shop=Decimal(at_shop.get(pid) or 0),
                pieces_sold=Decimal(sold.get(pid) or 0),
                unsettled=Decimal(unsettled.get(pid) or 0),
                owed=Decimal(unsettled.get(pid) or 0) + Decimal(unpaid.get(pid) or 0),
            )
            for pid, name in people
        ]


def consigned_items(db: Database, actor: Actor, person_id: int) -> list[UnsoldPiece]:
    """The person's consigned items (any stock), for picking an existing piece at intake;
    ``quantity`` is what is at the shop now."""
    _require_read(actor)
    with db.read() as session:
        shop = shop_location(session)
        rows = session.execute(
            select(
                Item.id,
                Item.sku,
                Item.name,
                func.coalesce(StockBalance.quantity, 0),
                Item.sale_price,
            )
            .outerjoin(
                StockBalance,
                (StockBalance.item_id == Item.id) & (StockBalance.location_id == shop.id),
            )
            .where(Item.consignor_id == person_id)
            .order_by(Item.name, Item.id)
        )
        return [
            UnsoldPiece(item_id, sku, name, Decimal(qty), Decimal(price))
            for item_id, sku, name, qty, price in rows
        ]
