"""Plain data in and out of the sales services (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from rumahbatik.domain.invoicing import NO_DISCOUNT, Discount
from rumahbatik.domain.sales import (
    AccrualKind,
    Channel,
    CreditKind,
    InvoiceStatus,
    PaymentMethod,
    PaymentStatus,
    PayoutMethod,
)

# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class SaleLineInput:
    item_id: int
    quantity: Decimal
    unit_price: Decimal | None = None  # None: the item's sale price
    discount: Discount = NO_DISCOUNT


@dataclass(frozen=True)
class SaleInput:
    lines: tuple[SaleLineInput, ...]
    customer_id: int | None = None  # None: the walk-in customer
    invoice_date: date | None = None  # None: today
    discount: Discount = NO_DISCOUNT  # on the whole invoice
    channel: Channel = Channel.COUNTER
    due_date: date | None = None  # None: the invoice date + the payment terms setting
    notes: str = ""


@dataclass(frozen=True)
class PaymentInput:
    method: PaymentMethod
    amount: Decimal | None = None  # applied to the invoice; None: all that is still due
    cash_given: Decimal | None = None  # cash handed over (change is given back)
    reference: str = ""  # transfer slip or QRIS transaction id
    pay_date: date | None = None  # None: today
    note: str = ""


@dataclass(frozen=True)
class ReturnLine:
    invoice_line_id: int
    quantity: Decimal


# ---------------------------------------------------------------- output


@dataclass(frozen=True)
class InvoiceLineData:
    id: int
    position: int
    item_id: int
    sku: str
    description: str
    motif_name: str
    technique: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount: Discount
    gross: Decimal
    discount_amount: Decimal
    net: Decimal
    invoice_discount: Decimal
    taxable: Decimal
    cost: Decimal
    returned_quantity: Decimal
    consignor_id: int | None
    credited_amount: Decimal = Decimal(0)  # given back by credit notes so far
    credited_cost: Decimal = Decimal(0)

    @property
    def returnable(self) -> Decimal:
        return self.quantity - self.returned_quantity


@dataclass(frozen=True)
class PaymentData:
    id: int
    invoice_id: int
    invoice_number: str
    method: PaymentMethod
    amount: Decimal
    cash_given: Decimal
    change_given: Decimal
    reference: str
    pay_date: date
    paid_at: datetime
    received_by: str
    credit_note_number: str = ""
    note: str = ""


@dataclass(frozen=True)
class CreditNoteLineData:
    invoice_line_id: int
    sku: str
    description: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class CreditNoteData:
    id: int
    number: str
    invoice_id: int
    invoice_number: str
    invoice_date: date
    kind: CreditKind
    reason: str
    credit_date: date
    customer_name: str
    customer_address: str
    customer_npwp: str
    amount_before_vat: Decimal
    vat: Decimal
    total: Decimal
    refunded: Decimal
    created_by: str
    created_at: datetime
    lines: tuple[CreditNoteLineData, ...]


@dataclass(frozen=True)
class CreditNoteSummary:
    id: int
    number: str
    kind: CreditKind
    credit_date: date
    total: Decimal
    reason: str


@dataclass(frozen=True)
class InvoiceData:
    id: int
    number: str | None
    quotation_number: str | None
    status: InvoiceStatus
    channel: Channel
    customer_id: int
    customer_name: str
    customer_type: str
    customer_organisation: str
    customer_address: str
    customer_npwp: str
    customer_nik: str
    invoice_date: date
    due_date: date | None
    discount: Discount
    subtotal: Decimal
    line_discounts: Decimal
    invoice_discount: Decimal
    total_before_vat: Decimal
    vat_rate: Decimal
    vat_base_fraction: str
    vat_base: Decimal
    vat: Decimal
    total: Decimal
    credited: Decimal
    paid: Decimal
    payment_status: PaymentStatus
    notes: str
    issued_at: datetime | None
    issued_by: str
    cancelled_at: datetime | None
    cancel_reason: str
    lines: tuple[InvoiceLineData, ...]
    payments: tuple[PaymentData, ...] = ()
    credit_notes: tuple[CreditNoteSummary, ...] = ()
    credited_vat: Decimal = Decimal(0)  # the VAT part of ``credited``

    def paid_by_method(self) -> dict[PaymentMethod, Decimal]:
        """Net paid per method (refunds taken off): what a refund may go back by."""
        out: dict[PaymentMethod, Decimal] = {}
        for p in self.payments:
            out[p.method] = out.get(p.method, Decimal(0)) + p.amount
        return out

    @property
    def amount_due(self) -> Decimal:
        """What the customer still owes (negative: the centre owes a refund)."""
        return self.total - self.credited - self.paid

    @property
    def net_total(self) -> Decimal:
        return self.total - self.credited

    @property
    def cash_change(self) -> Decimal:
        """Change handed back over all cash payments (the receipt prints it)."""
        return sum((p.change_given for p in self.payments), Decimal(0))

    @property
    def display_number(self) -> str:
        return self.number or self.quotation_number or ""


@dataclass(frozen=True)
class InvoiceRow:
    """One row of the sales list."""

    id: int
    number: str
    invoice_date: date
    customer_name: str
    status: InvoiceStatus
    payment_status: PaymentStatus
    total: Decimal
    credited: Decimal
    paid: Decimal
    due_date: date | None

    @property
    def amount_due(self) -> Decimal:
        return self.total - self.credited - self.paid


@dataclass(frozen=True)
class SalesQuery:
    """A filter of the sales list, applied in SQL."""

    text: str = ""  # number (INV/2026/…, PNW/…) or customer name
    status: InvoiceStatus | None = None
    payment_status: PaymentStatus | None = None
    date_from: date | None = None
    date_to: date | None = None
    customer_id: int | None = None
    #: invoices with a line of this motif (0: a line without a motif); the dashboard's pie
    motif_id: int | None = None
    motif_name: str = ""  # what the Sales page shows for the motif filter


@dataclass(frozen=True)
class ReceivableRow:
    invoice_id: int
    number: str
    invoice_date: date
    due_date: date
    customer_id: int
    customer_name: str
    amount_due: Decimal
    days_overdue: int
    bucket: str  # domain.sales.AGEING_BUCKETS key


@dataclass(frozen=True)
class Receivables:
    rows: tuple[ReceivableRow, ...]
    totals: dict[str, Decimal]  # per bucket
    total: Decimal
    as_of: date


@dataclass(frozen=True)
class CashDay:
    """A cashier's takings on one day, for the cash closing."""

    day: date
    cashier_id: int
    cashier_name: str
    totals: dict[PaymentMethod, Decimal]  # net of refunds
    refunds: Decimal  # cash paid back (already in the cash total)
    payment_count: int
    payments: tuple[PaymentData, ...]
    closing: CashClosingData | None = None

    @property
    def cash(self) -> Decimal:
        return self.totals.get(PaymentMethod.CASH, Decimal(0))


@dataclass(frozen=True)
class CashClosingData:
    id: int
    closing_date: date
    cashier_id: int
    cashier_name: str
    opening_float: Decimal
    cash_total: Decimal
    transfer_total: Decimal
    qris_total: Decimal
    cash_expected: Decimal
    cash_counted: Decimal
    difference: Decimal
    payment_count: int
    notes: str
    closed_by: str
    closed_at: datetime


# ---------------------------------------------------------------- consignment


@dataclass(frozen=True)
class IntakeLineInput:
    """A consigned product: an existing item of the artisan (``item_id``) or a new one."""

    quantity: Decimal
    asking_price: Decimal
    item_id: int | None = None
    name: str = ""  # a new item: its name, motif and technique
    motif_id: int | None = None
    technique: str = ""
    commission_percent: Decimal | None = None  # None: the intake's


@dataclass(frozen=True)
class IntakeInput:
    person_id: int
    lines: tuple[IntakeLineInput, ...]
    intake_date: date | None = None
    commission_percent: Decimal | None = None  # None: the setting
    notes: str = ""


@dataclass(frozen=True)
class IntakeLineData:
    item_id: int
    sku: str
    name: str
    quantity: Decimal
    asking_price: Decimal
    commission_percent: Decimal
    artisan_share: Decimal


@dataclass(frozen=True)
class IntakeData:
    id: int
    number: str
    person_id: int
    person_name: str
    intake_date: date
    commission_percent: Decimal
    notes: str
    lines: tuple[IntakeLineData, ...]


@dataclass(frozen=True)
class AccrualRow:
    id: int
    kind: AccrualKind
    accrued_on: date
    invoice_number: str
    sku: str
    description: str
    quantity: Decimal
    gross: Decimal
    amount: Decimal

    @property
    def commission(self) -> Decimal:
        return self.gross - self.amount if self.kind is AccrualKind.CONSIGNMENT else Decimal(0)


@dataclass(frozen=True)
class UnsoldPiece:
    item_id: int
    sku: str
    name: str
    quantity: Decimal  # at the shop
    asking_price: Decimal


@dataclass(frozen=True)
class SettlementPreview:
    """What settling a period would do: the accruals it takes and the unsold pieces."""

    person_id: int
    person_name: str
    period_from: date
    period_to: date
    accruals: tuple[AccrualRow, ...]
    unsold: tuple[UnsoldPiece, ...]

    def _sum(self, kind: AccrualKind, attr: str) -> Decimal:
        return sum((getattr(a, attr) for a in self.accruals if a.kind is kind), Decimal(0))

    @property
    def consignment_gross(self) -> Decimal:
        return self._sum(AccrualKind.CONSIGNMENT, "gross")

    @property
    def consignment_net(self) -> Decimal:
        return self._sum(AccrualKind.CONSIGNMENT, "amount")

    @property
    def commission(self) -> Decimal:
        return self.consignment_gross - self.consignment_net

    @property
    def royalties(self) -> Decimal:
        return self._sum(AccrualKind.ROYALTY, "amount")

    @property
    def total_owed(self) -> Decimal:
        return self.consignment_net + self.royalties


@dataclass(frozen=True)
class PayoutInput:
    amount: Decimal
    method: PayoutMethod = PayoutMethod.CASH
    reference: str = ""
    paid_on: date | None = None


@dataclass(frozen=True)
class PayoutData:
    id: int
    paid_on: date
    method: PayoutMethod
    amount: Decimal
    reference: str
    paid_by: str


@dataclass(frozen=True)
class SettlementData:
    id: int
    number: str
    person_id: int
    person_name: str
    bank_name: str
    bank_account_number: str
    bank_account_holder: str
    period_from: date
    period_to: date
    consignment_gross: Decimal
    commission: Decimal
    consignment_net: Decimal
    royalties: Decimal
    total_owed: Decimal
    paid: Decimal
    notes: str
    created_by: str
    created_at: datetime
    accruals: tuple[AccrualRow, ...]
    returned: tuple[UnsoldPiece, ...]
    payouts: tuple[PayoutData, ...] = field(default_factory=tuple)

    @property
    def balance(self) -> Decimal:
        return self.total_owed - self.paid
