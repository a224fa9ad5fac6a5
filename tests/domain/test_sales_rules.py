"""Sales rules that need no database: payment status, ageing, consignment share, royalty."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from rumahbatik.domain.sales import (
    AGEING_LABELS,
    PaymentStatus,
    ageing_bucket,
    consignment_share,
    payment_status,
    prorate,
    royalty_amount,
)


@pytest.mark.parametrize(
    ("due", "paid", "status"),
    [
        (D(100), D(0), PaymentStatus.UNPAID),
        (D(100), D(1), PaymentStatus.PARTIAL),
        (D(100), D(100), PaymentStatus.PAID),
        (D(0), D(0), PaymentStatus.PAID),  # fully credited
    ],
)
def test_payment_status(due: D, paid: D, status: PaymentStatus) -> None:
    assert payment_status(due, paid) is status


@pytest.mark.parametrize(
    ("today", "bucket"),
    [
        (date(2026, 3, 10), "current"),  # the due day itself
        (date(2026, 1, 1), "current"),
        (date(2026, 3, 11), "1_30"),
        (date(2026, 4, 9), "1_30"),
        (date(2026, 4, 10), "31_60"),
        (date(2026, 6, 8), "61_90"),
        (date(2026, 6, 9), "over_90"),
    ],
)
def test_ageing_buckets_count_days_past_due(today: date, bucket: str) -> None:
    assert ageing_bucket(date(2026, 3, 10), today) == bucket
    assert bucket in AGEING_LABELS


def test_consignment_share_is_asking_price_less_commission_in_whole_rupiah() -> None:
    assert consignment_share(D(450_000), D(20)) == D(360_000)
    assert consignment_share(D(333_333), D(15)) == D(283_333)  # 283,333.05 → half up
    assert consignment_share(D(1_001), D("12.5")) == D(876)  # 875.875
    assert consignment_share(D(100_000), D(0)) == D(100_000)


def test_royalty_percent_of_takings_or_fixed_per_piece() -> None:
    assert royalty_amount("percent", D(5), D(2), D(1_234_567)) == D(61_728)  # 61,728.35
    assert royalty_amount("fixed", D(7_500), D(3), D(999)) == D(22_500)
    assert royalty_amount("none", D(5), D(3), D(100)) == 0


def test_prorate_rounds_half_up() -> None:
    assert prorate(D(100), D(1), D(3)) == D(33)
    assert prorate(D(200), D(1), D(3)) == D(67)
    assert prorate(D(5), D(1), D(0)) == 0


def test_credit_line_last_pieces_take_what_is_left() -> None:
    from rumahbatik.domain.sales import credit_line

    # 3 pieces charged 1,000,000 in all (333,333.33 each): 1 back, then 2 back
    first = credit_line(D(1_000_000), D(300_000), D(3), D(0), D(0), D(0), D(1))
    assert first == (D(333_333), D("100000.00"))
    rest = credit_line(D(1_000_000), D(300_000), D(3), D(1), first[0], first[1], D(2))
    assert first[0] + rest[0] == D(1_000_000) and first[1] + rest[1] == D(300_000)


def test_credit_vat_never_more_than_left_and_all_at_the_end() -> None:
    from rumahbatik.domain.sales import credit_vat

    assert credit_vat(D(1_000), D(0), D(0), "", D(0), False) == 0
    # 12 % of 11/12 of 1,000,000 = 110,000
    assert credit_vat(D(1_000_000), D(330_000), D(12), "11/12", D(0), False) == D(110_000)
    assert credit_vat(D(1_000_000), D(330_000), D(12), "11/12", D(250_000), False) == D(80_000)
    assert credit_vat(D(1), D(330_000), D(12), "11/12", D(110_000), True) == D(220_000)


def test_refund_goes_back_by_the_methods_paid_cash_first() -> None:
    from rumahbatik.domain.sales import PaymentMethod as M
    from rumahbatik.domain.sales import refund_split

    paid = {M.QRIS: D(300), M.CASH: D(200)}
    assert refund_split(paid, D(400), None) == [(M.CASH, D(200)), (M.QRIS, D(200))]
    assert refund_split(paid, D(400), M.TRANSFER) == [(M.TRANSFER, D(400))]
    assert refund_split(paid, D(0), None) == []
