"""Sales: invoices and their lines, payments, credit notes, daily cash closings, consignment
(titip jual) intakes, what sales owe artisans and designers, and their settlements.

An issued invoice is never edited: its lines keep a copy of what was sold (name, motif,
technique, price, cost) so the paper can be printed again years later exactly as issued.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rumahbatik.domain.clock import utcnow
from rumahbatik.models.base import Base, Money, Quantity, Score, TimestampMixin, UTCDateTime


class Invoice(TimestampMixin, Base):
    """A sale: a draft (order/quotation) until issued, then numbered ``INV/2026/000123``."""

    __tablename__ = "invoices"
    __table_args__ = (
        # The sales list: newest first, paged by (date, id); the covering columns let a page
        # of a million-line history be read from the index.
        Index("ix_invoices_date_id", "invoice_date", "id"),
        Index("ix_invoices_receivable", "status", "payment_status", "due_date"),
        Index("ix_invoices_customer_key", "customer_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    # A draft gets a quotation number (PNW/2026/0001) when it is made; not gapless.
    quotation_number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    channel: Mapped[str] = mapped_column(String(10), default="counter")
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    # A copy of the customer as invoiced (a later change of address does not rewrite it).
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_key: Mapped[str] = mapped_column(String(120), default="")  # lower-cased name
    customer_type: Mapped[str] = mapped_column(String(16), default="walk_in")
    customer_organisation: Mapped[str] = mapped_column(String(120), default="")
    customer_address: Mapped[str] = mapped_column(Text, default="")
    customer_npwp: Mapped[str] = mapped_column(String(16), default="")
    customer_nik: Mapped[str] = mapped_column(String(16), default="")
    invoice_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    discount_kind: Mapped[str] = mapped_column(String(10), default="amount")
    discount_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # Totals, computed by domain.invoicing.compute_totals and frozen at issue.
    subtotal: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    invoice_discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_before_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Score, default=Decimal(0))  # 0: no VAT
    vat_base_fraction: Mapped[str] = mapped_column(String(10), default="")  # "11/12"
    vat_base: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # Kept with every payment and credit note in the same transaction.
    credited: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # net of refunds
    payment_status: Mapped[str] = mapped_column(String(10), default="unpaid")
    notes: Mapped[str] = mapped_column(Text, default="")
    stock_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_documents.id", ondelete="RESTRICT"), nullable=True
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    issued_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[InvoiceLine]] = relationship(
        cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )


class InvoiceLine(Base):
    """One line of an invoice, with a copy of what was sold and the average cost at sale."""

    __tablename__ = "invoice_lines"
    __table_args__ = (
        Index("ix_invoice_lines_invoice", "invoice_id", "position"),
        # Sales reports (by day, product, motif) sum issued lines by date: covered here.
        Index("ix_invoice_lines_sold", "sold_on", "item_id", "quantity", "taxable", "cost"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)
    sku: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200))
    motif_id: Mapped[int | None] = mapped_column(
        ForeignKey("motifs.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    motif_name: Mapped[str] = mapped_column(String(120), default="")
    technique: Mapped[str] = mapped_column(String(16), default="")
    unit: Mapped[str] = mapped_column(String(10), default="pcs")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount_kind: Mapped[str] = mapped_column(String(10), default="amount")
    discount_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # quantity × price
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # the line's total column
    invoice_discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # its share
    taxable: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # net − share
    # Set when issued: the sale date (reports) and the cost of the goods at that moment.
    sold_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # quantity × avg cost
    returned_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    consignor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), nullable=True
    )


class Payment(Base):
    """Money in for an invoice (or out, negative: a refund with a credit note)."""

    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_day_user", "pay_date", "received_by_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), index=True
    )
    method: Mapped[str] = mapped_column(String(10))  # domain.sales.PaymentMethod
    amount: Mapped[Decimal] = mapped_column(Money)  # applied to the invoice; < 0 a refund
    cash_given: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    change_given: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    reference: Mapped[str] = mapped_column(String(60), default="")
    pay_date: Mapped[date] = mapped_column(Date)  # the local business day
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    received_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    credit_note_id: Mapped[int | None] = mapped_column(
        ForeignKey("credit_notes.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    note: Mapped[str] = mapped_column(String(200), default="")


class CreditNote(Base):
    """Reverses an issued invoice in full (cancellation) or in part (a return): its own
    number (``CN/2026/0001``), stock back into the shop, and payments refunded."""

    __tablename__ = "credit_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(14))  # domain.sales.CreditKind
    reason: Mapped[str] = mapped_column(Text)
    credit_date: Mapped[date] = mapped_column(Date, index=True)
    amount_before_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    refunded: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    stock_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_documents.id", ondelete="RESTRICT"), nullable=True
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    lines: Mapped[list[CreditNoteLine]] = relationship(
        cascade="all, delete-orphan", order_by="CreditNoteLine.id"
    )


class CreditNoteLine(Base):
    __tablename__ = "credit_note_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    credit_note_id: Mapped[int] = mapped_column(
        ForeignKey("credit_notes.id", ondelete="CASCADE"), index=True
    )
    invoice_line_id: Mapped[int] = mapped_column(
        ForeignKey("invoice_lines.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    amount: Mapped[Decimal] = mapped_column(Money)  # the line's taxable amount reversed
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # goods back, at cost


class CashClosing(Base):
    """The end of a cashier's day: takings per method, counted cash against expected."""

    __tablename__ = "cash_closings"
    __table_args__ = (UniqueConstraint("closing_date", "cashier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    closing_date: Mapped[date] = mapped_column(Date, index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    opening_float: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    cash_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # net of refunds
    transfer_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    qris_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    cash_expected: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # float + cash
    cash_counted: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    difference: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # counted − expected
    payment_count: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    closed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConsignmentIntake(Base):
    """Finished pieces an artisan brings to sell (titip jual): ``TJ/2026/0001``."""

    __tablename__ = "consignment_intakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    intake_date: Mapped[date] = mapped_column(Date)
    commission_percent: Mapped[Decimal] = mapped_column(Score)
    notes: Mapped[str] = mapped_column(Text, default="")
    stock_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_documents.id", ondelete="RESTRICT"), nullable=True
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    lines: Mapped[list[ConsignmentLine]] = relationship(
        cascade="all, delete-orphan", order_by="ConsignmentLine.id"
    )


class ConsignmentLine(Base):
    __tablename__ = "consignment_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(
        ForeignKey("consignment_intakes.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    asking_price: Mapped[Decimal] = mapped_column(Money)
    commission_percent: Mapped[Decimal] = mapped_column(Score)
    artisan_share: Mapped[Decimal] = mapped_column(Money)  # per piece


class ArtisanAccrual(Base):
    """What a sale owes an artisan (consignment share) or a motif's designer (royalty);
    a credit note adds the negative. Settled rows point at their settlement."""

    __tablename__ = "artisan_accruals"
    __table_args__ = (
        Index("ix_artisan_accruals_open", "person_id", "settlement_id", "accrued_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(12))  # domain.sales.AccrualKind
    invoice_line_id: Mapped[int] = mapped_column(
        ForeignKey("invoice_lines.id", ondelete="RESTRICT"), index=True
    )
    credit_note_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("credit_note_lines.id", ondelete="RESTRICT"), nullable=True
    )
    accrued_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Quantity)  # signed
    gross: Mapped[Decimal] = mapped_column(Money)  # asking price × qty / the line's takings
    amount: Mapped[Decimal] = mapped_column(Money)  # owed to the person (signed)
    settlement_id: Mapped[int | None] = mapped_column(
        ForeignKey("artisan_settlements.id", ondelete="RESTRICT"), nullable=True
    )


class ArtisanSettlement(Base):
    """Settling what an artisan is owed for a period: ``ST/2026/0001``; the slip they sign."""

    __tablename__ = "artisan_settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    consignment_gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    commission: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    consignment_net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    royalties: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_owed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    return_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_documents.id", ondelete="RESTRICT"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ArtisanPayout(Base):
    __tablename__ = "artisan_payouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(
        ForeignKey("artisan_settlements.id", ondelete="RESTRICT"), index=True
    )
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(10))  # domain.sales.PayoutMethod
    amount: Mapped[Decimal] = mapped_column(Money)
    reference: Mapped[str] = mapped_column(String(60), default="")
    paid_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
