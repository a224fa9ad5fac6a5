"""Invoice arithmetic: line and invoice discounts, VAT (PPN) and the amount in words.

**Rounding, stated once:** every amount an invoice shows is a whole number of Rupiah, rounded
half up, and is rounded exactly once where it is made: each line's total after its own
discount, the invoice discount, the VAT base (DPP) and the VAT. Sums of rounded amounts are
never rounded again, so the printed columns always add up.

Prices are before VAT. With VAT on (a PKP centre), VAT = rate × DPP where DPP = the taxable
total × the base fraction; for ordinary goods since 2025 that is 12 % × 11/12 of the price,
effectively 11 % (PMK 131/2024).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

RUPIAH = Decimal(1)
HUNDRED = Decimal(100)


def round_rupiah(value: Decimal) -> Decimal:
    """Whole Rupiah, half up (the only rounding invoices use)."""
    return value.quantize(RUPIAH, rounding=ROUND_HALF_UP)


class DiscountKind(enum.StrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"


@dataclass(frozen=True)
class Discount:
    kind: DiscountKind = DiscountKind.AMOUNT
    value: Decimal = Decimal(0)

    def of(self, base: Decimal) -> Decimal:
        """The discount in Rupiah on ``base``, never more than ``base`` nor below zero."""
        if self.value <= 0 or base <= 0:
            return Decimal(0)
        amount = base * self.value / HUNDRED if self.kind == DiscountKind.PERCENT else self.value
        return min(round_rupiah(amount), base)


NO_DISCOUNT = Discount()


@dataclass(frozen=True)
class VatRule:
    rate: Decimal  # percent, e.g. 12
    base_fraction: Fraction  # DPP as a fraction of the price, e.g. 11/12


@dataclass(frozen=True)
class LineIn:
    quantity: Decimal
    unit_price: Decimal
    discount: Discount = NO_DISCOUNT


@dataclass(frozen=True)
class LineTotals:
    gross: Decimal  # quantity × price
    discount: Decimal  # the line's own discount
    net: Decimal  # after the line discount (what the line column shows)
    invoice_discount: Decimal  # this line's share of the invoice discount
    taxable: Decimal  # net − its share of the invoice discount


@dataclass(frozen=True)
class InvoiceTotals:
    lines: tuple[LineTotals, ...]
    subtotal: Decimal  # sum of line nets
    invoice_discount: Decimal
    total_before_vat: Decimal  # subtotal − invoice discount
    vat_base: Decimal  # DPP (0 without VAT)
    vat: Decimal
    total: Decimal  # what the customer pays

    @property
    def line_discounts(self) -> Decimal:
        return sum((line.discount for line in self.lines), Decimal(0))


def allocate(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split whole-Rupiah ``amount`` over ``weights`` in proportion, in whole Rupiah, so the
    parts add up exactly (largest remainder; ties go to the earlier line)."""
    total = sum(weights, Decimal(0))
    if amount == 0 or total <= 0:
        return [Decimal(0)] * len(weights)
    exact = [amount * w / total for w in weights]
    parts = [e.to_integral_value(rounding="ROUND_FLOOR") for e in exact]
    short = int(amount - sum(parts, Decimal(0)))
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:short]:
        parts[i] += 1
    return parts


def compute_totals(
    lines: Sequence[LineIn],
    invoice_discount: Discount = NO_DISCOUNT,
    vat: VatRule | None = None,
) -> InvoiceTotals:
    """The totals of an invoice; see the module docstring for the rounding rule."""
    computed: list[tuple[Decimal, Decimal, Decimal]] = []
    for line in lines:
        gross = round_rupiah(line.quantity * line.unit_price)
        discount = line.discount.of(gross)
        computed.append((gross, discount, gross - discount))
    subtotal = sum((net for _g, _d, net in computed), Decimal(0))
    inv_discount = invoice_discount.of(subtotal)
    shares = allocate(inv_discount, [net for _g, _d, net in computed])
    line_totals = tuple(
        LineTotals(gross, discount, net, share, net - share)
        for (gross, discount, net), share in zip(computed, shares, strict=True)
    )
    before_vat = subtotal - inv_discount
    if vat is None:
        vat_base = vat_amount = Decimal(0)
    else:
        fraction = vat.base_fraction
        vat_base = round_rupiah(before_vat * fraction.numerator / Decimal(fraction.denominator))
        vat_amount = round_rupiah(vat_base * vat.rate / HUNDRED)
    return InvoiceTotals(
        lines=line_totals,
        subtotal=subtotal,
        invoice_discount=inv_discount,
        total_before_vat=before_vat,
        vat_base=vat_base,
        vat=vat_amount,
        total=before_vat + vat_amount,
    )


def change_due(total_due: Decimal, cash_given: Decimal) -> Decimal:
    """Change to hand back for a cash payment (0 when the cash does not cover the amount)."""
    return max(cash_given - total_due, Decimal(0))


def amount_in_words(amount: Decimal) -> str:
    """Indonesian words for a Rupiah amount (*terbilang*):
    ``1250000`` → ``"satu juta dua ratus lima puluh ribu rupiah"``."""
    from num2words import num2words

    whole = int(round_rupiah(abs(amount)))
    words = num2words(whole, lang="id")
    prefix = "minus " if amount < 0 and whole else ""
    return f"{prefix}{words} rupiah"
