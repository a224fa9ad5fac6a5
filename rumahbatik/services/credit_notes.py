"""Cancelling an issued invoice and taking goods back: credit notes (``CN/2026/0001``).

A credit note reverses, in one transaction, a part of an invoice or all that is left of it:
the goods go back into the shop at the cost they left with, the amounts (and VAT) are
credited, what the customer paid beyond the new total is refunded (a negative payment), and
the artisans' and designers' accruals are reversed. The invoice itself is never edited;
only its kept sums (credited, paid, status) move.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import (
    CreditKind,
    InvoiceStatus,
    PaymentMethod,
    credit_line,
    credit_vat,
    payment_status,
    prorate,
    refund_split,
)
from rumahbatik.domain.stock import DocumentKind, MoveKind, round_cost
from rumahbatik.models import (
    ArtisanAccrual,
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Item,
    Payment,
    User,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.numbering import next_yearly_number
from rumahbatik.services.sales import check_day_open, today
from rumahbatik.services.sales_types import CreditNoteData, CreditNoteLineData, ReturnLine
from rumahbatik.services.settings import setting_in_session
from rumahbatik.services.stock import shop_location
from rumahbatik.services.stock_ledger import MoveRequest, check_quantity, new_document, post_moves


def cancel_invoice(
    db: Database,
    actor: Actor,
    invoice_id: int,
    reason: str,
    *,
    refund_method: PaymentMethod | None = None,
) -> CreditNoteData:
    """Cancel an issued invoice (managers): a credit note for all that was not yet returned,
    the goods back in the shop, every payment refunded, the invoice marked cancelled."""
    actor.require(Permission.CANCEL_INVOICES)
    with db.transaction() as session:
        note = cancel_in_session(session, actor, invoice_id, reason, refund_method=refund_method)
        return credit_note_data(session, note.id)


def cancel_in_session(
    session: Session,
    actor: Actor,
    invoice_id: int,
    reason: str,
    *,
    refund_method: PaymentMethod | None = None,
    on: date | None = None,
) -> CreditNote:
    """:func:`cancel_invoice` in the caller's transaction (``on``: the demo's history)."""
    inv = _issued(session, invoice_id)
    wanted = [
        ReturnLine(ln.id, Decimal(ln.quantity) - Decimal(ln.returned_quantity))
        for ln in inv.lines
        if Decimal(ln.quantity) > Decimal(ln.returned_quantity)
    ]
    note = _credit(session, actor, inv, wanted, reason, CreditKind.CANCELLATION, refund_method, on)
    inv.status = InvoiceStatus.CANCELLED.value
    inv.cancelled_at = utcnow()
    inv.cancel_reason = note.reason
    session.flush()
    return note


def return_goods(
    db: Database,
    actor: Actor,
    invoice_id: int,
    lines: Sequence[ReturnLine],
    reason: str,
    *,
    refund_method: PaymentMethod | None = None,
) -> CreditNoteData:
    """A customer brings some goods back (managers): a credit note for those lines."""
    actor.require(Permission.CANCEL_INVOICES)
    with db.transaction() as session:
        note = return_in_session(
            session, actor, invoice_id, lines, reason, refund_method=refund_method
        )
        return credit_note_data(session, note.id)


def return_in_session(
    session: Session,
    actor: Actor,
    invoice_id: int,
    lines: Sequence[ReturnLine],
    reason: str,
    *,
    refund_method: PaymentMethod | None = None,
    on: date | None = None,
) -> CreditNote:
    """:func:`return_goods` in the caller's transaction (``on``: the demo's history)."""
    inv = _issued(session, invoice_id)
    wanted = [ln for ln in lines if Decimal(ln.quantity) != 0]
    if not wanted:
        raise ValidationError("return_lines_required")
    note = _credit(session, actor, inv, wanted, reason, CreditKind.RETURN, refund_method, on)
    if all(Decimal(ln.returned_quantity) >= Decimal(ln.quantity) for ln in inv.lines):
        # everything came back: the invoice is as good as cancelled
        inv.status = InvoiceStatus.CANCELLED.value
        inv.cancelled_at = utcnow()
        inv.cancel_reason = note.reason
    session.flush()
    return note


def _issued(session: Session, invoice_id: int) -> Invoice:
    inv = session.get(
        Invoice, invoice_id, with_for_update=True, options=[selectinload(Invoice.lines)]
    )
    if inv is None:
        raise NotFound("not_found", what=f"invoice #{invoice_id}")
    if inv.status == InvoiceStatus.DRAFT.value:
        raise ValidationError("invoice_not_issued", number=inv.quotation_number or "")
    if inv.status == InvoiceStatus.CANCELLED.value:
        raise ValidationError("invoice_cancelled", number=inv.number)
    return inv


def _credit(
    session: Session,
    actor: Actor,
    inv: Invoice,
    wanted: Sequence[ReturnLine],
    reason: str,
    kind: CreditKind,
    refund_method: PaymentMethod | None,
    on: date | None = None,
) -> CreditNote:
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason_required")
    by_id = {ln.id: ln for ln in inv.lines}
    seen: set[int] = set()
    credited_lines: list[tuple[InvoiceLine, Decimal, Decimal, Decimal]] = []
    for want in wanted:
        line = by_id.get(want.invoice_line_id)
        if line is None:
            raise NotFound("not_found", what=f"invoice line #{want.invoice_line_id}")
        if line.id in seen:
            raise ValidationError("duplicate_line", item=line.description)
        seen.add(line.id)
        item = session.get_one(Item, line.item_id)
        qty = check_quantity(item, Decimal(want.quantity))
        left = Decimal(line.quantity) - Decimal(line.returned_quantity)
        if qty <= 0:
            raise ValidationError(
                "quantity_not_positive", item=line.description, quantity=format_number(qty)
            )
        if qty > left:
            raise ValidationError(
                "return_too_many",
                item=line.description,
                available=format_number(left),
                unit=line.unit,
            )
        already_amount, already_cost = _credited(session, line.id)
        amount, cost = credit_line(
            Decimal(line.taxable), Decimal(line.cost), Decimal(line.quantity),
            Decimal(line.returned_quantity), already_amount, already_cost, qty,
        )  # fmt: skip
        credited_lines.append((line, qty, amount, cost))

    amount_before_vat = sum((a for _l, _q, a, _c in credited_lines), Decimal(0))
    everything_back = all(
        Decimal(ln.returned_quantity)
        + sum((q for l2, q, _a, _c in credited_lines if l2.id == ln.id), Decimal(0))
        >= Decimal(ln.quantity)
        for ln in inv.lines
    )
    vat = credit_vat(
        amount_before_vat, Decimal(inv.vat), Decimal(inv.vat_rate), inv.vat_base_fraction,
        _credited_vat(session, inv.id), everything_back,
    )  # fmt: skip
    total = amount_before_vat + vat

    day = on or today()
    prefix = str(setting_in_session(session, "credit_note_prefix"))
    number = next_yearly_number(session, prefix, day.year)
    doc = new_document(
        session, actor, DocumentKind.RETURN, day, number=number, person_id=inv.customer_id,
        reference=inv.number or "", notes=reason,
    )  # fmt: skip
    note = CreditNote(
        number=number,
        invoice_id=inv.id,
        kind=kind.value,
        reason=reason,
        credit_date=day,
        amount_before_vat=amount_before_vat,
        vat=vat,
        total=total,
        stock_document_id=doc.id,
        created_by_id=actor.user_id,
    )
    session.add(note)
    session.flush()
    shop = shop_location(session)
    requests = []
    for line, qty, amount, cost in credited_lines:
        cn_line = CreditNoteLine(
            credit_note_id=note.id, invoice_line_id=line.id, quantity=qty, amount=amount, cost=cost
        )
        session.add(cn_line)
        session.flush()
        line.returned_quantity = Decimal(line.returned_quantity) + qty
        requests.append(
            MoveRequest(
                line.item_id,
                shop.id,
                qty,
                MoveKind.RETURN,
                unit_cost=round_cost(cost / qty),
                note=inv.number or "",
            )
        )
        _reverse_accruals(session, line, cn_line, qty, note.credit_date)
    # the demo writes history in order: its credit notes happen on their own day
    moved_at = datetime.combine(on, time(8), tzinfo=UTC) if on is not None else None
    post_moves(session, actor, requests, document=doc, moved_at=moved_at)

    inv.credited = Decimal(inv.credited) + total
    net_total = Decimal(inv.total) - Decimal(inv.credited)
    refund = Decimal(inv.paid) - net_total
    if refund > 0:
        check_day_open(session, day, actor.user_id)
        for method, amount in _refund_split(session, inv.id, refund, refund_method):
            session.add(
                Payment(
                    invoice_id=inv.id,
                    method=method.value,
                    amount=-amount,
                    pay_date=day,
                    paid_at=moved_at or utcnow(),
                    received_by_id=actor.user_id,
                    credit_note_id=note.id,
                    note=number,
                )
            )
        inv.paid = Decimal(inv.paid) - refund
        note.refunded = refund
    inv.payment_status = payment_status(net_total, Decimal(inv.paid)).value
    session.flush()
    audit.record(
        session, actor, "cancel" if kind is CreditKind.CANCELLATION else "return",
        "invoice", inv.id,
        new={
            "credit_note": number,
            "lines": [[ln.sku, str(q), str(a)] for ln, q, a, _c in credited_lines],
            "total": str(total),
            "refunded": str(note.refunded),
            "reason": reason,
        },
        summary=f"{inv.number} → {number}",
    )  # fmt: skip
    return note


def _credited(session: Session, line_id: int) -> tuple[Decimal, Decimal]:
    """Amount and cost of an invoice line credited by earlier credit notes."""
    amount, cost = session.execute(
        select(
            func.coalesce(func.sum(CreditNoteLine.amount), 0),
            func.coalesce(func.sum(CreditNoteLine.cost), 0),
        ).where(CreditNoteLine.invoice_line_id == line_id)
    ).one()
    return Decimal(amount or 0), Decimal(cost or 0)


def _credited_vat(session: Session, invoice_id: int) -> Decimal:
    return Decimal(
        session.scalar(
            select(func.coalesce(func.sum(CreditNote.vat), 0)).where(
                CreditNote.invoice_id == invoice_id
            )
        )
        or 0
    )


def _refund_split(
    session: Session, invoice_id: int, refund: Decimal, method: PaymentMethod | None
) -> list[tuple[PaymentMethod, Decimal]]:
    """How a refund goes back (see domain.sales.refund_split)."""
    paid = {
        PaymentMethod(m): Decimal(amount or 0)
        for m, amount in session.execute(
            select(Payment.method, func.sum(Payment.amount))
            .where(Payment.invoice_id == invoice_id)
            .group_by(Payment.method)
        )
    }
    return refund_split(paid, refund, method)


def _reverse_accruals(
    session: Session, line: InvoiceLine, cn_line: CreditNoteLine, qty: Decimal, day: date
) -> None:
    rows = session.execute(
        select(
            ArtisanAccrual.person_id,
            ArtisanAccrual.kind,
            func.sum(ArtisanAccrual.quantity),
            func.sum(ArtisanAccrual.gross),
            func.sum(ArtisanAccrual.amount),
        )
        .where(ArtisanAccrual.invoice_line_id == line.id)
        .group_by(ArtisanAccrual.person_id, ArtisanAccrual.kind)
    ).all()
    for person_id, kind, q_left, gross_left, amount_left in rows:
        q_left = Decimal(q_left)
        if q_left <= 0:
            continue
        if qty >= q_left:
            gross, amount = Decimal(gross_left), Decimal(amount_left)
        else:
            gross = prorate(Decimal(gross_left), qty, q_left)
            amount = prorate(Decimal(amount_left), qty, q_left)
        session.add(
            ArtisanAccrual(
                person_id=person_id,
                kind=kind,
                invoice_line_id=line.id,
                credit_note_line_id=cn_line.id,
                accrued_on=day,
                quantity=-min(qty, q_left),
                gross=-gross,
                amount=-amount,
            )
        )


# ---------------------------------------------------------------- reading


def credit_note_data(session: Session, note_id: int) -> CreditNoteData:
    note = session.get(CreditNote, note_id, options=[selectinload(CreditNote.lines)])
    if note is None:
        raise NotFound("not_found", what=f"credit note #{note_id}")
    inv = session.get_one(Invoice, note.invoice_id)
    lines = {ln.id: ln for ln in session.scalars(
        select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
    )}  # fmt: skip
    who = session.get(User, note.created_by_id) if note.created_by_id else None
    return CreditNoteData(
        id=note.id,
        number=note.number,
        invoice_id=inv.id,
        invoice_number=inv.number or "",
        invoice_date=inv.invoice_date,
        kind=CreditKind(note.kind),
        reason=note.reason,
        credit_date=note.credit_date,
        customer_name=inv.customer_name,
        customer_address=inv.customer_address,
        customer_npwp=inv.customer_npwp,
        amount_before_vat=Decimal(note.amount_before_vat),
        vat=Decimal(note.vat),
        total=Decimal(note.total),
        refunded=Decimal(note.refunded),
        created_by=(who.full_name or who.username) if who else "",
        created_at=note.created_at,
        lines=tuple(
            CreditNoteLineData(
                invoice_line_id=cl.invoice_line_id,
                sku=lines[cl.invoice_line_id].sku,
                description=lines[cl.invoice_line_id].description,
                unit=lines[cl.invoice_line_id].unit,
                quantity=Decimal(cl.quantity),
                unit_price=Decimal(lines[cl.invoice_line_id].unit_price),
                amount=Decimal(cl.amount),
            )
            for cl in note.lines
        ),
    )


def get_credit_note(db: Database, actor: Actor, note_id: int) -> CreditNoteData:
    if not actor.can(Permission.SELL):
        actor.require(Permission.VIEW_SALES)
    with db.read() as session:
        return credit_note_data(session, note_id)


def find_credit_note(db: Database, actor: Actor, number: str) -> CreditNoteData:
    if not actor.can(Permission.SELL):
        actor.require(Permission.VIEW_SALES)
    with db.read() as session:
        note_id = session.scalar(select(CreditNote.id).where(CreditNote.number == number.strip()))
        if note_id is None:
            raise NotFound("not_found", what=number.strip() or "?")
        return credit_note_data(session, note_id)
