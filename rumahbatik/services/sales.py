"""Selling: drafts (orders, quotations), issuing invoices, counter sales, payments.

Issuing is one transaction: the next number of the gapless yearly series, the stock issued
from the shop through the ledger (which refuses to go below zero), the prices and totals
frozen, what the sale owes artisans (consignment) and designers (royalties) accrued, any
payment recorded, and an audit row. Two PCs issuing at once on PostgreSQL queue on the
series' counter row, so numbers are neither repeated nor skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.invoicing import (
    Discount,
    DiscountKind,
    InvoiceTotals,
    LineIn,
    VatRule,
    compute_totals,
    round_rupiah,
)
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import (
    REFERENCE_METHODS,
    AccrualKind,
    Channel,
    CreditKind,
    InvoiceStatus,
    PaymentMethod,
    PaymentStatus,
    payment_status,
    royalty_amount,
)
from rumahbatik.domain.stock import DocumentKind, MoveKind, round_money
from rumahbatik.models import (
    ArtisanAccrual,
    CashClosing,
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Item,
    Motif,
    Payment,
    Person,
    User,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.numbering import next_value, next_yearly_number
from rumahbatik.services.people import ensure_walk_in
from rumahbatik.services.sales_types import (
    CreditNoteSummary,
    InvoiceData,
    InvoiceLineData,
    PaymentData,
    PaymentInput,
    SaleInput,
)
from rumahbatik.services.settings import setting_in_session
from rumahbatik.services.stock import shop_location
from rumahbatik.services.stock_ledger import MoveRequest, check_quantity, new_document, post_moves

INVOICE_NUMBER_WIDTH = 6  # INV/2026/000123


def today() -> date:
    """The local business day (sales are dated in the centre's time zone)."""
    return date.today()


# ---------------------------------------------------------------- reading


def _user_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(User.id, User.full_name, User.username).where(User.id.in_(wanted))
    )
    return {uid: full or username for uid, full, username in rows}


def line_data(
    line: InvoiceLine, credited: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))
) -> InvoiceLineData:
    return InvoiceLineData(
        id=line.id,
        position=line.position,
        item_id=line.item_id,
        sku=line.sku,
        description=line.description,
        motif_name=line.motif_name,
        technique=line.technique,
        unit=line.unit,
        quantity=Decimal(line.quantity),
        unit_price=Decimal(line.unit_price),
        discount=Discount(DiscountKind(line.discount_kind), Decimal(line.discount_value)),
        gross=Decimal(line.gross),
        discount_amount=Decimal(line.discount),
        net=Decimal(line.net),
        invoice_discount=Decimal(line.invoice_discount),
        taxable=Decimal(line.taxable),
        cost=Decimal(line.cost),
        returned_quantity=Decimal(line.returned_quantity),
        consignor_id=line.consignor_id,
        credited_amount=credited[0],
        credited_cost=credited[1],
    )


def payment_data(
    p: Payment, invoice_number: str, names: dict[int, str], credit_number: str = ""
) -> PaymentData:
    return PaymentData(
        id=p.id,
        invoice_id=p.invoice_id,
        invoice_number=invoice_number,
        method=PaymentMethod(p.method),
        amount=Decimal(p.amount),
        cash_given=Decimal(p.cash_given),
        change_given=Decimal(p.change_given),
        reference=p.reference,
        pay_date=p.pay_date,
        paid_at=p.paid_at,
        received_by=names.get(p.received_by_id or 0, ""),
        credit_note_number=credit_number,
        note=p.note,
    )


def invoice_data(session: Session, invoice_id: int) -> InvoiceData:
    """Everything about one invoice, as plain data (for screens and PDFs)."""
    inv = session.get(Invoice, invoice_id, options=[selectinload(Invoice.lines)])
    if inv is None:
        raise NotFound("not_found", what=f"invoice #{invoice_id}")
    payments = list(
        session.scalars(select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.id))
    )
    credits = list(
        session.scalars(
            select(CreditNote).where(CreditNote.invoice_id == inv.id).order_by(CreditNote.id)
        )
    )
    credit_numbers = {c.id: c.number for c in credits}
    names = _user_names(session, {inv.issued_by_id} | {p.received_by_id for p in payments})
    credited = {
        line_id: (Decimal(amount), Decimal(cost))
        for line_id, amount, cost in session.execute(
            select(
                CreditNoteLine.invoice_line_id,
                func.sum(CreditNoteLine.amount),
                func.sum(CreditNoteLine.cost),
            )
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNote.invoice_id == inv.id)
            .group_by(CreditNoteLine.invoice_line_id)
        )
    } if credits else {}  # fmt: skip
    lines = tuple(line_data(line, credited.get(line.id, (Decimal(0),) * 2)) for line in inv.lines)
    return InvoiceData(
        id=inv.id,
        number=inv.number,
        quotation_number=inv.quotation_number,
        status=InvoiceStatus(inv.status),
        channel=Channel(inv.channel),
        customer_id=inv.customer_id,
        customer_name=inv.customer_name,
        customer_type=inv.customer_type,
        customer_organisation=inv.customer_organisation,
        customer_address=inv.customer_address,
        customer_npwp=inv.customer_npwp,
        customer_nik=inv.customer_nik,
        invoice_date=inv.invoice_date,
        due_date=inv.due_date,
        discount=Discount(DiscountKind(inv.discount_kind), Decimal(inv.discount_value)),
        subtotal=Decimal(inv.subtotal),
        line_discounts=sum((line.discount_amount for line in lines), Decimal(0)),
        invoice_discount=Decimal(inv.invoice_discount),
        total_before_vat=Decimal(inv.total_before_vat),
        vat_rate=Decimal(inv.vat_rate),
        vat_base_fraction=inv.vat_base_fraction,
        vat_base=Decimal(inv.vat_base),
        vat=Decimal(inv.vat),
        total=Decimal(inv.total),
        credited=Decimal(inv.credited),
        paid=Decimal(inv.paid),
        payment_status=PaymentStatus(inv.payment_status),
        notes=inv.notes,
        issued_at=inv.issued_at,
        issued_by=names.get(inv.issued_by_id or 0, ""),
        cancelled_at=inv.cancelled_at,
        cancel_reason=inv.cancel_reason,
        lines=lines,
        payments=tuple(
            payment_data(p, inv.number or "", names, credit_numbers.get(p.credit_note_id or 0, ""))
            for p in payments
        ),
        credit_notes=tuple(
            CreditNoteSummary(
                c.id, c.number, CreditKind(c.kind), c.credit_date, Decimal(c.total), c.reason
            )
            for c in credits
        ),
        credited_vat=sum((Decimal(c.vat) for c in credits), Decimal(0)),
    )


def get_invoice(db: Database, actor: Actor, invoice_id: int) -> InvoiceData:
    _require_sales_read(actor)
    with db.read() as session:
        return invoice_data(session, invoice_id)


def find_invoice(db: Database, actor: Actor, number: str) -> InvoiceData:
    """An invoice by its number (``INV/2026/000123``) or a draft by its quotation number."""
    _require_sales_read(actor)
    text = number.strip()
    with db.read() as session:
        inv_id = session.scalar(
            select(Invoice.id).where((Invoice.number == text) | (Invoice.quotation_number == text))
        )
        if inv_id is None:
            raise NotFound("not_found", what=text or "?")
        return invoice_data(session, inv_id)


def _require_sales_read(actor: Actor) -> None:
    if not actor.can(Permission.SELL):
        actor.require(Permission.VIEW_SALES)


# ---------------------------------------------------------------- building an invoice


def vat_rule(session: Session) -> VatRule | None:
    """The VAT rule of the settings, or None when the centre does not charge VAT."""
    if not setting_in_session(session, "vat_enabled"):
        return None
    rate = Decimal(setting_in_session(session, "vat_rate"))
    fraction = Fraction(str(setting_in_session(session, "vat_base_fraction")))
    return VatRule(rate, fraction)


def _check_discount(discount: Discount, item: str = "") -> None:
    if discount.value < 0:
        raise ValidationError("discount_negative", item=item)
    if discount.kind is DiscountKind.PERCENT and discount.value > 100:
        raise ValidationError("discount_percent_range", item=item)


def _customer(session: Session, actor: Actor, customer_id: int | None) -> Person:
    if customer_id is None:
        return ensure_walk_in(session, actor)
    person = session.get(Person, customer_id)
    if person is None:
        raise NotFound("not_found", what=f"customer #{customer_id}")
    if not person.is_customer or person.customer is None:
        raise ValidationError("not_a_customer", name=person.full_name)
    return person


def _fill(session: Session, actor: Actor, inv: Invoice, inp: SaleInput) -> InvoiceTotals:
    """Validate ``inp`` and (re)write the draft's customer copy, lines and totals."""
    if not inp.lines:
        raise ValidationError("lines_required")
    _check_discount(inp.discount)
    customer = _customer(session, actor, inp.customer_id)
    profile = customer.customer
    inv.customer_id = customer.id
    inv.customer_name = customer.full_name
    inv.customer_key = customer.full_name.lower()
    inv.customer_type = profile.customer_type if profile else "walk_in"
    inv.customer_organisation = profile.organisation if profile else ""
    inv.customer_address = customer.address or ""
    inv.customer_npwp = profile.npwp if profile else ""
    inv.customer_nik = customer.nik or ""
    inv.invoice_date = inp.invoice_date or today()
    if inp.due_date is not None and inp.due_date < inv.invoice_date:
        raise ValidationError("due_before_invoice")
    terms = int(setting_in_session(session, "payment_terms_days"))
    inv.due_date = inp.due_date or inv.invoice_date + timedelta(days=terms)
    inv.channel = inp.channel.value
    inv.discount_kind = inp.discount.kind.value
    inv.discount_value = inp.discount.value
    inv.notes = inp.notes.strip()

    items = {
        i.id: i
        for i in session.scalars(select(Item).where(Item.id.in_({ln.item_id for ln in inp.lines})))
    }
    motif_ids = {i.motif_id for i in items.values() if i.motif_id is not None}
    motifs = (
        dict(session.execute(select(Motif.id, Motif.name).where(Motif.id.in_(motif_ids))).all())
        if motif_ids
        else {}
    )
    if inv.id is not None:
        inv.lines.clear()
        session.flush()  # the old lines go before their positions are used again
    for position, ln in enumerate(inp.lines):
        item = items.get(ln.item_id)
        if item is None:
            raise NotFound("not_found", what=f"item #{ln.item_id}")
        if not item.active:
            raise ValidationError("item_inactive_sale", name=item.name)
        qty = check_quantity(item, Decimal(ln.quantity))
        if qty <= 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(qty)
            )
        price = Decimal(item.sale_price) if ln.unit_price is None else Decimal(ln.unit_price)
        if price < 0:
            raise ValidationError("price_negative", item=item.name)
        _check_discount(ln.discount, item.name)
        inv.lines.append(
            InvoiceLine(
                position=position,
                item_id=item.id,
                sku=item.sku,
                description=item.name,
                motif_id=item.motif_id,
                motif_name=motifs.get(item.motif_id, "") if item.motif_id else "",
                technique=item.technique,
                unit=item.unit,
                quantity=qty,
                unit_price=round_money(price),
                discount_kind=ln.discount.kind.value,
                discount_value=ln.discount.value,
                consignor_id=item.consignor_id,
            )
        )
    return _compute(session, inv)


def _compute(session: Session, inv: Invoice) -> InvoiceTotals:
    """Totals of the invoice's lines under today's VAT setting, written onto the rows."""
    rule = vat_rule(session)
    totals = compute_totals(
        [
            LineIn(
                Decimal(ln.quantity),
                Decimal(ln.unit_price),
                Discount(DiscountKind(ln.discount_kind), Decimal(ln.discount_value)),
            )
            for ln in inv.lines
        ],
        Discount(DiscountKind(inv.discount_kind), Decimal(inv.discount_value)),
        rule,
    )
    for ln, t in zip(inv.lines, totals.lines, strict=True):
        ln.gross, ln.discount, ln.net = t.gross, t.discount, t.net
        ln.invoice_discount, ln.taxable = t.invoice_discount, t.taxable
    inv.subtotal = totals.subtotal
    inv.invoice_discount = totals.invoice_discount
    inv.total_before_vat = totals.total_before_vat
    inv.vat_rate = rule.rate if rule else Decimal(0)
    inv.vat_base_fraction = (
        f"{rule.base_fraction.numerator}/{rule.base_fraction.denominator}" if rule else ""
    )
    inv.vat_base = totals.vat_base
    inv.vat = totals.vat
    inv.total = totals.total
    return totals


# ---------------------------------------------------------------- drafts


def create_draft(db: Database, actor: Actor, inp: SaleInput) -> InvoiceData:
    """An order or quotation: lines and prices, no number, no stock taken. It gets a
    quotation number (``PNW/2026/0001``) for the quotation PDF."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        inv = create_draft_in_session(session, actor, inp)
        return invoice_data(session, inv.id)


def create_draft_in_session(session: Session, actor: Actor, inp: SaleInput) -> Invoice:
    """:func:`create_draft` in the caller's transaction (the demo writes history with it)."""
    inv = Invoice(status=InvoiceStatus.DRAFT.value, created_by_id=actor.user_id)
    _fill(session, actor, inv, inp)
    session.add(inv)
    prefix = str(setting_in_session(session, "quotation_prefix"))
    inv.quotation_number = next_yearly_number(session, prefix, inv.invoice_date.year)
    session.flush()
    audit.record(
        session, actor, "create", "invoice", inv.id,
        new={"customer": inv.customer_name, "total": str(inv.total)},
        summary=inv.quotation_number,
    )  # fmt: skip
    return inv


def _draft(session: Session, invoice_id: int) -> Invoice:
    inv = session.get(Invoice, invoice_id, with_for_update=True)
    if inv is None:
        raise NotFound("not_found", what=f"invoice #{invoice_id}")
    if inv.status != InvoiceStatus.DRAFT.value:
        raise ValidationError("invoice_not_draft", number=inv.number or inv.quotation_number)
    return inv


def update_draft(db: Database, actor: Actor, invoice_id: int, inp: SaleInput) -> InvoiceData:
    """Change a draft's customer, lines, prices or discounts (an issued invoice never)."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        inv = _draft(session, invoice_id)
        old = {"customer": inv.customer_name, "total": str(inv.total)}
        _fill(session, actor, inv, inp)
        session.flush()
        audit.record(
            session, actor, "update", "invoice", inv.id,
            old=old, new={"customer": inv.customer_name, "total": str(inv.total)},
            summary=inv.quotation_number or "",
        )  # fmt: skip
        return invoice_data(session, inv.id)


def delete_draft(db: Database, actor: Actor, invoice_id: int) -> None:
    """Throw away a draft. Issued invoices are never deleted (cancel them instead)."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        inv = _draft(session, invoice_id)
        audit.record(
            session, actor, "delete", "invoice", inv.id,
            old={"customer": inv.customer_name, "total": str(inv.total)},
            summary=inv.quotation_number or "",
        )  # fmt: skip
        session.delete(inv)


# ---------------------------------------------------------------- issuing


def issue_invoice(
    db: Database, actor: Actor, invoice_id: int, payments: Sequence[PaymentInput] = ()
) -> InvoiceData:
    """Turn a draft into a numbered invoice: stock out of the shop, totals frozen (with the
    VAT setting of today), accruals for artisans and designers, optional payments."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        inv = _draft(session, invoice_id)
        issue_in_session(session, actor, inv, payments)
        return invoice_data(session, inv.id)


def sell(
    db: Database, actor: Actor, inp: SaleInput, payments: Sequence[PaymentInput] = ()
) -> InvoiceData:
    """A counter sale: the invoice made, issued and (usually) paid in one transaction."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        inv = sell_in_session(session, actor, inp, payments)
        return invoice_data(session, inv.id)


def sell_in_session(
    session: Session,
    actor: Actor,
    inp: SaleInput,
    payments: Sequence[PaymentInput] = (),
    *,
    at: datetime | None = None,
) -> Invoice:
    """:func:`sell` in the caller's transaction (``at``: the demo and benchmarks write
    history in order)."""
    inv = Invoice(status=InvoiceStatus.DRAFT.value, created_by_id=actor.user_id)
    _fill(session, actor, inv, inp)  # queries first: the invoice joins the session when whole
    session.add(inv)
    issue_in_session(session, actor, inv, payments, at=at)
    return inv


def issue_in_session(
    session: Session,
    actor: Actor,
    inv: Invoice,
    payments: Sequence[PaymentInput] = (),
    *,
    at: datetime | None = None,
) -> None:
    """Issue the draft ``inv`` in the caller's transaction; see :func:`issue_invoice`."""
    # The number first, before the invoice and its lines are written (see
    # numbering.next_value: the series row must be the first lock a sale takes).
    with session.no_autoflush:
        totals = _compute(session, inv)  # prices stay, VAT follows today's setting
        if not inv.lines:
            raise ValidationError("lines_required")
        prefix = str(setting_in_session(session, "invoice_prefix"))
        year = inv.invoice_date.year
        n = next_value(session, f"{prefix}/{year}")
    inv.number = f"{prefix}/{year}/{n:0{INVOICE_NUMBER_WIDTH}d}"
    inv.status = InvoiceStatus.ISSUED.value
    inv.issued_at = at or utcnow()
    inv.issued_by_id = actor.user_id
    session.flush()

    shop = shop_location(session)
    doc = new_document(
        session,
        actor,
        DocumentKind.SALE,
        inv.invoice_date,
        number=inv.number,
        person_id=inv.customer_id,
    )
    inv.stock_document_id = doc.id
    moves = post_moves(
        session,
        actor,
        [
            MoveRequest(ln.item_id, shop.id, -Decimal(ln.quantity), MoveKind.SALE)
            for ln in inv.lines
        ],
        document=doc,
        moved_at=at,
    )
    for ln, move in zip(inv.lines, moves, strict=True):
        ln.sold_on = inv.invoice_date
        ln.cost = -Decimal(move.value)
    session.flush()
    _accrue(session, inv)
    inv.payment_status = payment_status(Decimal(inv.total), Decimal(0)).value
    for p in payments:
        pay_in_session(session, actor, inv, p, at=at)
    audit.record(
        session, actor, "issue", "invoice", inv.id,
        new={
            "customer": inv.customer_name,
            "lines": [[ln.sku, str(ln.quantity), str(ln.unit_price), str(ln.net)] for ln in inv.lines],
            "vat": str(inv.vat),
            "total": str(totals.total),
            "paid": str(inv.paid),
        },
        summary=inv.number,
    )  # fmt: skip


def _accrue(session: Session, inv: Invoice) -> None:
    """What the issued invoice owes consignors and motif designers, one row per line."""
    motif_ids = {ln.motif_id for ln in inv.lines if ln.motif_id is not None}
    motifs = (
        {
            m.id: m
            for m in session.scalars(
                select(Motif).where(
                    Motif.id.in_(motif_ids),
                    Motif.royalty_kind != "none",
                    Motif.designer_id.is_not(None),
                )
            )
        }
        if motif_ids
        else {}
    )
    shares: dict[int, Decimal] = {}
    consignors = {ln.item_id for ln in inv.lines if ln.consignor_id is not None}
    if consignors:
        shares = dict(
            session.execute(
                select(Item.id, Item.consignment_share).where(Item.id.in_(consignors))
            ).all()
        )
    for ln in inv.lines:
        qty = Decimal(ln.quantity)
        if ln.consignor_id is not None:
            share = Decimal(shares.get(ln.item_id, 0))
            # gross: the asking price (the price the artisan set) × pieces, see
            # domain.sales.consignment_share; commission = gross − amount.
            session.add(
                ArtisanAccrual(
                    person_id=ln.consignor_id,
                    kind=AccrualKind.CONSIGNMENT.value,
                    invoice_line_id=ln.id,
                    accrued_on=inv.invoice_date,
                    quantity=qty,
                    gross=round_rupiah(Decimal(ln.unit_price) * qty),
                    amount=round_rupiah(share * qty),
                )
            )
        motif = motifs.get(ln.motif_id or 0)
        if motif is not None and motif.designer_id is not None:
            amount = royalty_amount(
                motif.royalty_kind, Decimal(motif.royalty_value), qty, Decimal(ln.taxable)
            )
            if amount > 0:
                session.add(
                    ArtisanAccrual(
                        person_id=motif.designer_id,
                        kind=AccrualKind.ROYALTY.value,
                        invoice_line_id=ln.id,
                        accrued_on=inv.invoice_date,
                        quantity=qty,
                        gross=Decimal(ln.taxable),
                        amount=amount,
                    )
                )
    session.flush()


# ---------------------------------------------------------------- payments


def record_payment(db: Database, actor: Actor, invoice_id: int, inp: PaymentInput) -> InvoiceData:
    """A payment (or part payment) of an issued invoice: cash with change, a bank transfer
    or QRIS with its reference. Never more than is still due."""
    actor.require(Permission.SELL)
    with db.transaction() as session:
        inv = session.get(Invoice, invoice_id, with_for_update=True)
        if inv is None:
            raise NotFound("not_found", what=f"invoice #{invoice_id}")
        if inv.status == InvoiceStatus.DRAFT.value:
            raise ValidationError("invoice_not_issued", number=inv.quotation_number or "")
        if inv.status == InvoiceStatus.CANCELLED.value:
            raise ValidationError("invoice_cancelled", number=inv.number)
        pay_in_session(session, actor, inv, inp)
        return invoice_data(session, inv.id)


def pay_in_session(
    session: Session,
    actor: Actor,
    inv: Invoice,
    inp: PaymentInput,
    *,
    at: datetime | None = None,
) -> Payment:
    """A payment of the issued invoice ``inv`` in the caller's transaction; see
    :func:`record_payment` (``at``: the demo's history)."""
    due = Decimal(inv.total) - Decimal(inv.credited) - Decimal(inv.paid)
    if due <= 0:
        raise ValidationError("nothing_due", number=inv.number)
    amount = due if inp.amount is None else Decimal(inp.amount)
    if amount != round_rupiah(amount):
        raise ValidationError("amount_not_whole")
    if amount <= 0:
        raise ValidationError("payment_not_positive")
    if amount > due:
        raise ValidationError(
            "payment_exceeds_due",
            amount=format_rupiah(amount),
            due=format_rupiah(due),
            number=inv.number,
        )
    method = PaymentMethod(inp.method)
    given = Decimal(0)
    change = Decimal(0)
    if method is PaymentMethod.CASH:
        given = amount if inp.cash_given is None else Decimal(inp.cash_given)
        if given < amount:
            raise ValidationError(
                "cash_not_enough", given=format_rupiah(given), amount=format_rupiah(amount)
            )
        change = given - amount
    reference = inp.reference.strip()
    if method in REFERENCE_METHODS and not reference:
        raise ValidationError("payment_reference_required", method=method.value)
    pay_date = inp.pay_date or (at.date() if at else today())
    if pay_date < inv.invoice_date:
        raise ValidationError("payment_before_invoice")
    check_day_open(session, pay_date, actor.user_id)
    payment = Payment(
        invoice_id=inv.id,
        method=method.value,
        amount=amount,
        cash_given=given,
        change_given=change,
        reference=reference[:60],
        pay_date=pay_date,
        paid_at=at or utcnow(),
        received_by_id=actor.user_id,
        note=inp.note.strip()[:200],
    )
    session.add(payment)
    inv.paid = Decimal(inv.paid) + amount
    inv.payment_status = payment_status(
        Decimal(inv.total) - Decimal(inv.credited), Decimal(inv.paid)
    ).value
    session.flush()
    audit.record(
        session, actor, "payment", "invoice", inv.id,
        new={"method": method.value, "amount": str(amount), "reference": reference},
        summary=inv.number,
    )  # fmt: skip
    return payment


def check_day_open(session: Session, day: date, user_id: int | None) -> None:
    """Refuse money in or out on a cashier's closed day (``cash_day_closed``)."""
    if user_id is None:
        return
    closed = session.scalar(
        select(func.count())
        .select_from(CashClosing)
        .where(CashClosing.closing_date == day, CashClosing.cashier_id == user_id)
    )
    if closed:
        raise ValidationError("cash_day_closed", day=format_date(day))
