"""The daily cash closing: what a cashier took in per payment method, and the count.

A cashier's day is every payment row they recorded with that business day (``pay_date``):
the money received at the counter and the refunds they paid out (negative rows written by
credit notes). Closing the day records the counted cash against what the drawer should hold
(the opening float plus the net cash) and the difference; once closed, the day takes no more
payments or refunds for that cashier (see ``services.sales.check_day_open``).

Closing one's own day needs SELL; another cashier's day, or everyone's list, needs
VIEW_REPORTS (managers).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_date, format_datetime, format_rupiah
from rumahbatik.domain.invoicing import round_rupiah
from rumahbatik.domain.roles import Permission, role_allows
from rumahbatik.domain.roles import Role as UserRole
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.models import CashClosing, CreditNote, Invoice, Payment, User
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.sales import payment_data
from rumahbatik.services.sales_types import CashClosingData, CashDay, PaymentData

ZERO = Decimal(0)


# ---------------------------------------------------------------- who may see what


def _cashier_for(actor: Actor, cashier_id: int | None) -> int:
    """The cashier whose day is wanted: the actor's own (SELL) or anyone's (managers)."""
    if cashier_id is None or cashier_id == actor.user_id:
        actor.require(Permission.SELL)
        if actor.user_id is None:
            # the command line has no drawer of its own: it must name the cashier
            raise NotFound("not_found", what="cashier")
        return actor.user_id
    actor.require(Permission.VIEW_REPORTS)
    return cashier_id


def _user_name(session: Session, user_id: int) -> str:
    row = session.execute(select(User.full_name, User.username).where(User.id == user_id)).first()
    if row is None:
        raise NotFound("not_found", what=f"user #{user_id}")
    return row[0] or row[1]


def list_cashiers(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """``(user id, name)`` of the active users who may sell, for a manager's cashier choice;
    a cashier without VIEW_REPORTS gets only themselves."""
    actor.require(Permission.SELL)
    with db.read() as session:
        rows = session.execute(
            select(User.id, User.full_name, User.username, User.role)
            .where(User.active.is_(True))
            .order_by(User.full_name, User.username)
        ).all()
    out = [
        (uid, full or username)
        for uid, full, username, role in rows
        if role_allows(UserRole(role), Permission.SELL)
    ]
    if not actor.can(Permission.VIEW_REPORTS):
        out = [(uid, name) for uid, name in out if uid == actor.user_id]
    return out


# ---------------------------------------------------------------- reading a day


def _closing_data(session: Session, c: CashClosing) -> CashClosingData:
    names = {c.cashier_id: _user_name(session, c.cashier_id)}
    if c.closed_by_id is not None and c.closed_by_id not in names:
        names[c.closed_by_id] = _user_name(session, c.closed_by_id)
    return CashClosingData(
        id=c.id,
        closing_date=c.closing_date,
        cashier_id=c.cashier_id,
        cashier_name=names[c.cashier_id],
        opening_float=Decimal(c.opening_float),
        cash_total=Decimal(c.cash_total),
        transfer_total=Decimal(c.transfer_total),
        qris_total=Decimal(c.qris_total),
        cash_expected=Decimal(c.cash_expected),
        cash_counted=Decimal(c.cash_counted),
        difference=Decimal(c.difference),
        payment_count=c.payment_count,
        notes=c.notes,
        closed_by=names.get(c.closed_by_id or 0, ""),
        closed_at=c.closed_at,
    )


def _closing(session: Session, day: date, cashier_id: int) -> CashClosing | None:
    return session.scalars(
        select(CashClosing).where(
            CashClosing.closing_date == day, CashClosing.cashier_id == cashier_id
        )
    ).one_or_none()


def _day(session: Session, day: date, cashier_id: int) -> CashDay:
    name = _user_name(session, cashier_id)
    rows = session.execute(
        select(Payment, Invoice.number, CreditNote.number)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .outerjoin(CreditNote, CreditNote.id == Payment.credit_note_id)
        .where(Payment.pay_date == day, Payment.received_by_id == cashier_id)
        .order_by(Payment.paid_at, Payment.id)
    ).all()
    names = {cashier_id: name}
    payments: list[PaymentData] = [
        payment_data(p, number or "", names, cn_number or "") for p, number, cn_number in rows
    ]
    totals = {m: ZERO for m in PaymentMethod}
    refunds = ZERO
    for p in payments:
        totals[p.method] += p.amount
        if p.method is PaymentMethod.CASH and p.amount < 0:
            refunds -= p.amount
    closing = _closing(session, day, cashier_id)
    return CashDay(
        day=day,
        cashier_id=cashier_id,
        cashier_name=name,
        totals=totals,
        refunds=refunds,
        # money taken in; the refunds are in the list and in the totals, not in this count
        payment_count=sum(1 for p in payments if p.amount > 0),
        payments=tuple(payments),
        closing=_closing_data(session, closing) if closing is not None else None,
    )


def cash_day(db: Database, actor: Actor, day: date, cashier_id: int | None = None) -> CashDay:
    """A cashier's takings on ``day`` per payment method, net of the refunds they paid out,
    with the payments and the closing if the day is already closed."""
    cashier = _cashier_for(actor, cashier_id)
    with db.read() as session:
        return _day(session, day, cashier)


# ---------------------------------------------------------------- closing


def close_in_session(
    session: Session,
    actor: Actor,
    day: date,
    counted_cash: Decimal,
    cashier_id: int,
    *,
    opening_float: Decimal = ZERO,
    notes: str = "",
    closed_at: datetime | None = None,
) -> CashClosing:
    """Close ``cashier_id``'s ``day`` in the caller's transaction (no permission check: the
    callers check; the demo writes its history with it, ``closed_at`` its time)."""
    counted = Decimal(counted_cash)
    opening = Decimal(opening_float)
    if counted < 0:
        raise ValidationError("cash_counted_negative")
    if opening < 0:  # the screens refuse it first; no code of its own yet
        raise ValidationError("cash_counted_negative")
    if counted != round_rupiah(counted) or opening != round_rupiah(opening):
        raise ValidationError("amount_not_whole")
    existing = _closing(session, day, cashier_id)
    if existing is not None:
        raise ValidationError(
            "cash_day_already_closed",
            cashier=_user_name(session, cashier_id),
            day=format_date(day),
            when=format_datetime(existing.closed_at),
        )
    cd = _day(session, day, cashier_id)
    expected = opening + cd.cash
    row = CashClosing(
        closing_date=day,
        cashier_id=cashier_id,
        opening_float=opening,
        cash_total=cd.cash,
        transfer_total=cd.totals[PaymentMethod.TRANSFER],
        qris_total=cd.totals[PaymentMethod.QRIS],
        cash_expected=expected,
        cash_counted=counted,
        difference=counted - expected,
        payment_count=cd.payment_count,
        notes=notes.strip(),
        closed_by_id=actor.user_id,
        closed_at=closed_at or utcnow(),
    )
    try:
        # two PCs closing the same drawer at once: the unique key refuses the second
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ValidationError(
            "cash_day_already_closed",
            cashier=cd.cashier_name,
            day=format_date(day),
            when="",
        ) from None
    audit.record(
        session, actor, "close_cash", "cash_closing", row.id,
        new={
            "day": day.isoformat(),
            "cashier": cd.cashier_name,
            "opening_float": str(opening),
            "cash": str(cd.cash),
            "transfer": str(row.transfer_total),
            "qris": str(row.qris_total),
            "expected": str(expected),
            "counted": str(counted),
            "difference": str(row.difference),
        },
        summary=f"{cd.cashier_name} {format_date(day)}: {format_rupiah(row.difference)}",
    )  # fmt: skip
    return row


def close_cash_day(
    db: Database,
    actor: Actor,
    day: date,
    counted_cash: Decimal,
    *,
    cashier_id: int | None = None,
    opening_float: Decimal = ZERO,
    notes: str = "",
) -> CashClosingData:
    """Close a cashier's day: expected cash = opening float + net cash taken; the
    difference (counted − expected) is recorded and audited. A day closes once."""
    cashier = _cashier_for(actor, cashier_id)
    with db.transaction() as session:
        row = close_in_session(
            session, actor, day, counted_cash, cashier, opening_float=opening_float, notes=notes
        )
        return _closing_data(session, row)


def list_closings(db: Database, actor: Actor, start: date, end: date) -> list[CashClosingData]:
    """The closings from ``start`` to ``end`` (inclusive), newest first: everyone's for
    managers, one's own for a cashier."""
    if not actor.can(Permission.VIEW_REPORTS):
        actor.require(Permission.SELL)
    query = (
        select(CashClosing)
        .where(CashClosing.closing_date >= start, CashClosing.closing_date <= end)
        .order_by(CashClosing.closing_date.desc(), CashClosing.cashier_id)
    )
    if not actor.can(Permission.VIEW_REPORTS):
        query = query.where(CashClosing.cashier_id == actor.user_id)
    with db.read() as session:
        return [_closing_data(session, c) for c in session.scalars(query)]
