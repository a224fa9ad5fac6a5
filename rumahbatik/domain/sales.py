"""Words and rules of selling: invoice and payment states, payment methods, credit notes,
receivable ageing, and what a sale owes artisans (consignment share, motif royalty)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.invoicing import HUNDRED, round_rupiah


class InvoiceStatus(enum.StrEnum):
    DRAFT = "draft"  # an order or a quotation: editable, no number yet, no stock taken
    ISSUED = "issued"  # numbered, stock issued, prices frozen: never edited again
    CANCELLED = "cancelled"  # reversed in full by a credit note


INVOICE_STATUS_LABELS: dict[InvoiceStatus, str] = {
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("Sales", "Draft"),
    InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("Sales", "Issued"),
    InvoiceStatus.CANCELLED: QT_TRANSLATE_NOOP("Sales", "Cancelled"),
}


class PaymentStatus(enum.StrEnum):
    UNPAID = "unpaid"
    PARTIAL = "partial"
    PAID = "paid"


PAYMENT_STATUS_LABELS: dict[PaymentStatus, str] = {
    PaymentStatus.UNPAID: QT_TRANSLATE_NOOP("Sales", "Unpaid"),
    PaymentStatus.PARTIAL: QT_TRANSLATE_NOOP("Sales", "Partly paid"),
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("Sales", "Paid"),
}


def payment_status(amount_due: Decimal, paid: Decimal) -> PaymentStatus:
    """Paid when nothing is left to pay (a fully credited invoice is paid too)."""
    if paid >= amount_due:
        return PaymentStatus.PAID
    if paid > 0:
        return PaymentStatus.PARTIAL
    return PaymentStatus.UNPAID


class PaymentMethod(enum.StrEnum):
    CASH = "cash"  # tunai
    TRANSFER = "transfer"  # bank transfer
    QRIS = "qris"  # the static QRIS code of the centre


PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Sales", "Cash"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Sales", "Bank transfer"),
    PaymentMethod.QRIS: QT_TRANSLATE_NOOP("Sales", "QRIS"),
}

#: Methods whose payment is identified by a reference (transfer slip, QRIS transaction id).
REFERENCE_METHODS = frozenset({PaymentMethod.TRANSFER, PaymentMethod.QRIS})


class Channel(enum.StrEnum):
    COUNTER = "counter"  # sold over the counter, usually paid at once
    ORDER = "order"  # a wholesale or institution order, drafted first


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.COUNTER: QT_TRANSLATE_NOOP("Sales", "Counter"),
    Channel.ORDER: QT_TRANSLATE_NOOP("Sales", "Order"),
}


class CreditKind(enum.StrEnum):
    CANCELLATION = "cancellation"  # the whole invoice
    RETURN = "return"  # some lines (or part of their quantity)


CREDIT_KIND_LABELS: dict[CreditKind, str] = {
    CreditKind.CANCELLATION: QT_TRANSLATE_NOOP("Sales", "Cancellation"),
    CreditKind.RETURN: QT_TRANSLATE_NOOP("Sales", "Return"),
}


class AccrualKind(enum.StrEnum):
    CONSIGNMENT = "consignment"  # the artisan's share of a piece sold for them (titip jual)
    ROYALTY = "royalty"  # the designer's royalty on a piece of their motif


ACCRUAL_KIND_LABELS: dict[AccrualKind, str] = {
    AccrualKind.CONSIGNMENT: QT_TRANSLATE_NOOP("Sales", "Consignment"),
    AccrualKind.ROYALTY: QT_TRANSLATE_NOOP("Sales", "Motif royalty"),
}


class PayoutMethod(enum.StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"


# ---------------------------------------------------------------- receivables


#: Ageing buckets by days past the due date: (key, first day, last day or None).
AGEING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("current", -(10**6), 0),
    ("1_30", 1, 30),
    ("31_60", 31, 60),
    ("61_90", 61, 90),
    ("over_90", 91, None),
)

AGEING_LABELS: dict[str, str] = {
    "current": QT_TRANSLATE_NOOP("Sales", "Not yet due"),
    "1_30": QT_TRANSLATE_NOOP("Sales", "1–30 days"),
    "31_60": QT_TRANSLATE_NOOP("Sales", "31–60 days"),
    "61_90": QT_TRANSLATE_NOOP("Sales", "61–90 days"),
    "over_90": QT_TRANSLATE_NOOP("Sales", "Over 90 days"),
}


def ageing_bucket(due_date: date, today: date) -> str:
    """The ageing bucket of an amount due on ``due_date``, seen on ``today``."""
    days = (today - due_date).days
    for key, first, last in AGEING_BUCKETS:
        if days >= first and (last is None or days <= last):
            return key
    return AGEING_BUCKETS[-1][0]  # pragma: no cover - the buckets cover every integer


# ---------------------------------------------------------------- what artisans earn


def consignment_share(asking_price: Decimal, commission_percent: Decimal) -> Decimal:
    """The artisan's share of one consigned piece: the asking price less the centre's
    commission, in whole Rupiah (half up). Fixed at intake, so a discount the centre gives at
    the counter is borne by the centre, not the artisan."""
    return round_rupiah(asking_price * (HUNDRED - commission_percent) / HUNDRED)


def royalty_amount(kind: str, value: Decimal, quantity: Decimal, taxable: Decimal) -> Decimal:
    """A motif's royalty on a sale line: a percentage of what the line earned before VAT
    (after every discount), or a fixed sum per piece; whole Rupiah, half up."""
    if kind == "percent":
        return round_rupiah(taxable * value / HUNDRED)
    if kind == "fixed":
        return round_rupiah(value * quantity)
    return Decimal(0)


def prorate(amount: Decimal, part: Decimal, whole: Decimal) -> Decimal:
    """``amount × part / whole`` in whole Rupiah (half up): a returned part of a line."""
    if whole == 0:
        return Decimal(0)
    return round_rupiah(amount * part / whole)


# ---------------------------------------------------------------- credit notes


def credit_line(
    taxable: Decimal,
    cost: Decimal,
    quantity: Decimal,
    returned: Decimal,
    credited_amount: Decimal,
    credited_cost: Decimal,
    qty: Decimal,
) -> tuple[Decimal, Decimal]:
    """Amount and cost a credit note gives back for ``qty`` of a line: a part is prorated,
    the last pieces take what is left, so a line returned in parts credits exactly what it
    charged."""
    if qty >= quantity - returned:
        return taxable - credited_amount, cost - credited_cost
    return prorate(taxable, qty, quantity), (cost * qty / quantity).quantize(Decimal("0.01"))


def credit_vat(
    before_vat: Decimal,
    invoice_vat: Decimal,
    vat_rate: Decimal,
    base_fraction: str,
    credited_vat: Decimal,
    everything_back: bool,
) -> Decimal:
    """The VAT a credit note gives back: the same rule as the invoice on the credited base,
    never more than is left, and all that is left when everything has come back."""
    if invoice_vat == 0:
        return Decimal(0)
    left = invoice_vat - credited_vat
    if everything_back:
        return left
    fraction = Fraction(base_fraction or "1/1")
    base = round_rupiah(before_vat * fraction.numerator / Decimal(fraction.denominator))
    return min(round_rupiah(base * vat_rate / HUNDRED), left)


#: A refund goes back by the methods paid with in this order (cash first).
REFUND_ORDER = (PaymentMethod.CASH, PaymentMethod.TRANSFER, PaymentMethod.QRIS)


def refund_split(
    paid: Mapping[PaymentMethod, Decimal], refund: Decimal, method: PaymentMethod | None
) -> list[tuple[PaymentMethod, Decimal]]:
    """How ``refund`` goes back: all by ``method``, or by the methods the customer paid with
    (``paid``: net paid per method), never more per method than was paid with it."""
    if refund <= 0:
        return []
    if method is not None:
        return [(method, refund)]
    out: list[tuple[PaymentMethod, Decimal]] = []
    left = refund
    for m in REFUND_ORDER:
        have = paid.get(m, Decimal(0))
        if left <= 0 or have <= 0:
            continue
        take = min(have, left)
        out.append((m, take))
        left -= take
    if left > 0:  # pragma: no cover - paid is the sum of the payments refunded
        out.append((PaymentMethod.CASH, left))
    return out
