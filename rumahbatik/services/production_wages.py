"""Artisans' wages: what finished batches owe them (``WageEntry``, written by
``services.production.finish_batch``), what was paid out, and the wage statement of a period.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_date, format_rupiah
from rumahbatik.domain.production import PaymentMethod, Stage
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import round_money
from rumahbatik.models import ArtisanProfile, Item, Person, ProductionBatch, WageEntry, WagePayment
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.production_types import WageLine, WagePaymentData, WageStatement
from rumahbatik.services.settings import get_settings


def _require(actor: Actor) -> None:
    actor.require(Permission.MANAGE_STOCK)


def _artisan(session: Session, artisan_id: int) -> Person:
    person = session.get(Person, artisan_id)
    if person is None:
        raise NotFound("not_found", what=f"artisan #{artisan_id}")
    if not person.is_artisan:
        raise ValidationError("not_an_artisan", name=person.full_name)
    return person


def _payment_data(p: WagePayment) -> WagePaymentData:
    return WagePaymentData(
        id=p.id,
        artisan_id=p.artisan_id,
        paid_on=p.paid_on,
        amount=Decimal(p.amount),
        method=PaymentMethod(p.method),
        reference=p.reference,
        notes=p.notes,
    )


def record_wage_payment(
    db: Database,
    actor: Actor,
    artisan_id: int,
    paid_on: date,
    amount: Decimal,
    method: PaymentMethod | str = PaymentMethod.CASH,
    reference: str = "",
    notes: str = "",
) -> WagePaymentData:
    """Record wages paid out to an artisan (cash or transfer). Paying more than is owed is
    allowed (an advance, kasbon): the balance owed then goes below zero."""
    _require(actor)
    with db.transaction() as session:
        return _payment_data(
            record_payment_in_session(
                session, actor, artisan_id, paid_on, amount, method, reference, notes
            )
        )


def record_payment_in_session(
    session: Session,
    actor: Actor,
    artisan_id: int,
    paid_on: date,
    amount: Decimal,
    method: PaymentMethod | str = PaymentMethod.CASH,
    reference: str = "",
    notes: str = "",
) -> WagePayment:
    """:func:`record_wage_payment` in the caller's transaction (the demo writes in one)."""
    try:
        how = PaymentMethod(method)
    except ValueError as exc:
        raise ValidationError("payment_method_invalid") from exc
    value = round_money(Decimal(amount))
    if value <= 0:
        raise ValidationError("payment_invalid", amount=format_rupiah(value))
    person = _artisan(session, artisan_id)
    payment = WagePayment(
        artisan_id=person.id,
        paid_on=paid_on,
        amount=value,
        method=how.value,
        reference=(reference or "").strip()[:60],
        notes=(notes or "").strip(),
        created_by_id=actor.user_id,
    )
    session.add(payment)
    session.flush()
    audit.record(
        session, actor, "pay", "wage_payment", payment.id,
        new={"artisan": person.id, "paid_on": paid_on, "amount": value, "method": how.value,
             "reference": payment.reference},
        summary=f"{person.full_name} {format_rupiah(value)} {format_date(paid_on)}",
    )  # fmt: skip
    return payment


def _sum(session: Session, column, *where) -> Decimal:  # type: ignore[no-untyped-def]
    return Decimal(session.scalar(select(func.coalesce(func.sum(column), 0)).where(*where)) or 0)


def wages_owed(db: Database, actor: Actor, artisan_id: int) -> Decimal:
    """Everything earned minus everything paid, up to now."""
    _require(actor)
    with db.read() as session:
        earned = _sum(session, WageEntry.amount, WageEntry.artisan_id == artisan_id)
        paid = _sum(session, WagePayment.amount, WagePayment.artisan_id == artisan_id)
        return round_money(earned - paid)


def wage_statement(
    db: Database, actor: Actor, artisan_id: int, start: date, end: date
) -> WageStatement:
    """An artisan's wages from ``start`` to ``end`` (both days included): each stage of each
    batch finished in the period (pieces, rate, amount), the payments, and what was owed
    before the period and at its end. Carries the centre's name, address and logo for the
    PDF (``reports.wage_statement``)."""
    _require(actor)
    if end < start:
        raise ValidationError("date_invalid_range", start=format_date(start), end=format_date(end))
    with db.read() as session:
        person = _artisan(session, artisan_id)
        profile = session.get(ArtisanProfile, person.id)
        rows = session.execute(
            select(WageEntry, ProductionBatch.number, Item.name)
            .join(ProductionBatch, ProductionBatch.id == WageEntry.batch_id)
            .join(Item, Item.id == ProductionBatch.product_id)
            .where(
                WageEntry.artisan_id == person.id,
                WageEntry.earned_on >= start,
                WageEntry.earned_on <= end,
            )
            .order_by(WageEntry.earned_on, ProductionBatch.number, WageEntry.id)
        ).all()
        lines = [
            WageLine(
                earned_on=w.earned_on,
                batch_id=w.batch_id,
                batch_number=number,
                product_name=name,
                stage=Stage(w.stage),
                pieces=w.pieces,
                rate=Decimal(w.rate),
                amount=Decimal(w.amount),
            )
            for w, number, name in rows
        ]
        payments = [
            _payment_data(p)
            for p in session.scalars(
                select(WagePayment)
                .where(
                    WagePayment.artisan_id == person.id,
                    WagePayment.paid_on >= start,
                    WagePayment.paid_on <= end,
                )
                .order_by(WagePayment.paid_on, WagePayment.id)
            )
        ]
        earned_before = _sum(
            session,
            WageEntry.amount,
            WageEntry.artisan_id == person.id,
            WageEntry.earned_on < start,
        )
        paid_before = _sum(
            session,
            WagePayment.amount,
            WagePayment.artisan_id == person.id,
            WagePayment.paid_on < start,
        )
        earned = sum((line.amount for line in lines), Decimal(0))
        paid = sum((p.amount for p in payments), Decimal(0))
        owed_before = round_money(earned_before - paid_before)
        by_stage: dict[str, int] = {}
        for line in lines:
            by_stage[line.stage.value] = by_stage.get(line.stage.value, 0) + line.pieces
        who = {
            "artisan_id": person.id,
            "artisan_name": person.full_name,
            "artisan_phone": person.phone,
            "bank_name": profile.bank_name if profile else "",
            "bank_account_number": profile.bank_account_number if profile else "",
            "bank_account_holder": profile.bank_account_holder if profile else "",
        }
    settings = get_settings(db)
    return WageStatement(
        **who,
        start=start,
        end=end,
        lines=lines,
        payments=payments,
        earned=round_money(earned),
        paid=round_money(paid),
        owed_before=owed_before,
        owed_end=round_money(owed_before + earned - paid),
        centre_name=str(settings.get("centre_name") or ""),
        centre_address=str(settings.get("centre_address") or ""),
        centre_city=str(settings.get("centre_city") or ""),
        logo=settings.get("centre_logo"),
        printed_by=actor.full_name or actor.username,
        printed_at=utcnow(),
        pieces_by_stage=by_stage,
    )


def list_wage_payments(
    db: Database, actor: Actor, artisan_id: int, *, limit: int = 100
) -> list[WagePaymentData]:
    """An artisan's payments, newest first."""
    _require(actor)
    with db.read() as session:
        return [
            _payment_data(p)
            for p in session.scalars(
                select(WagePayment)
                .where(WagePayment.artisan_id == artisan_id)
                .order_by(WagePayment.paid_on.desc(), WagePayment.id.desc())
                .limit(limit)
            )
        ]
