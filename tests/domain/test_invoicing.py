"""Invoice arithmetic: discounts, VAT on and off, rounding and the amount in words."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from rumahbatik.domain.invoicing import (
    Discount,
    DiscountKind,
    LineIn,
    VatRule,
    allocate,
    amount_in_words,
    change_due,
    compute_totals,
    round_rupiah,
)

PPN = VatRule(D(12), Fraction(11, 12))


def test_lines_and_discounts_without_vat() -> None:
    totals = compute_totals(
        [
            LineIn(D(1), D(750000)),
            LineIn(D(2), D(185000), Discount(DiscountKind.PERCENT, D(10))),
            LineIn(D(3), D(35000), Discount(DiscountKind.AMOUNT, D(5000))),
        ],
        Discount(DiscountKind.PERCENT, D(5)),
    )
    assert [line.net for line in totals.lines] == [D(750000), D(333000), D(100000)]
    assert totals.subtotal == D(1183000)
    assert totals.invoice_discount == D(59150)
    assert sum(line.invoice_discount for line in totals.lines) == D(59150)
    assert totals.total_before_vat == totals.total == D(1123850)
    assert totals.vat == 0 and totals.vat_base == 0
    assert totals.line_discounts == D(37000 + 5000)


def test_vat_is_twelve_percent_of_eleven_twelfths() -> None:
    totals = compute_totals([LineIn(D(1), D(1_000_000))], vat=PPN)
    assert totals.vat_base == D(916667)  # 1.000.000 × 11/12 = 916.666,67 → 916.667
    assert totals.vat == D(110000)  # 12 % of 916.667 = 110.000,04 → 110.000
    assert totals.total == D(1_110_000)


def test_rounding_is_half_up_to_whole_rupiah_once() -> None:
    assert round_rupiah(D("0.5")) == 1 and round_rupiah(D("1.49")) == 1
    totals = compute_totals([LineIn(D("2.5"), D("10001"))])  # 25.002,5 → 25.003
    assert totals.lines[0].gross == D(25003)
    # a discount can never exceed what it discounts
    assert Discount(DiscountKind.AMOUNT, D(999999)).of(D(5000)) == D(5000)
    assert Discount(DiscountKind.PERCENT, D(150)).of(D(5000)) == D(5000)


@given(
    st.decimals(min_value=0, max_value=10_000_000, places=0),
    st.lists(st.decimals(min_value=0, max_value=5_000_000, places=0), min_size=1, max_size=12),
)
def test_allocation_adds_up_exactly(amount: D, weights: list[D]) -> None:
    parts = allocate(amount, weights)
    if sum(weights) > 0:
        assert sum(parts) == amount
        assert all(p >= 0 for p in parts)
    else:
        assert all(p == 0 for p in parts)


def test_amount_in_words() -> None:
    assert amount_in_words(D(1_250_000)) == "satu juta dua ratus lima puluh ribu rupiah"
    assert amount_in_words(D(1_000)) == "seribu rupiah"
    assert amount_in_words(D(115)) == "seratus lima belas rupiah"
    assert amount_in_words(D(0)) == "nol rupiah"
    assert amount_in_words(D(2_000_000_000)) == "dua miliar rupiah"


def test_change_due() -> None:
    assert change_due(D(123500), D(150000)) == D(26500)
    assert change_due(D(123500), D(100000)) == 0
