"""The designer's royalty per sale line: percent of the line or a fixed sum per piece."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.motifs import (
    can_change_status,
    check_royalty,
    next_code,
    normalise_hex,
    royalty_for,
)
from rumahbatik.domain.people import MotifStatus, RoyaltyKind


@dataclass
class Rule:
    royalty_kind: str
    royalty_value: Decimal


D = Decimal


@pytest.mark.parametrize(
    ("kind", "value", "price", "qty", "expected"),
    [
        ("none", D(0), D(350000), 3, D(0)),
        ("percent", D(5), D(350000), 2, D(35000)),
        ("percent", D("2.5"), D(125000), 1, D(3125)),
        ("percent", D("2.5"), D(125001), 1, D(3125)),  # 3125.025 → 3125
        ("percent", D(10), D(5), 1, D(1)),  # 0.5 rounds half up
        ("percent", D(10), D(4), 1, D(0)),  # 0.4 rounds down
        ("percent", D(100), D(99000), 1, D(99000)),
        ("fixed", D(15000), D(350000), 4, D(60000)),
        ("fixed", D("2500.50"), D(0), 1, D(2501)),
        ("fixed", D(15000), D(350000), 0, D(0)),
        ("percent", D(5), D(350000), D("1.5"), D(26250)),
    ],
)
def test_royalty_for(kind, value, price, qty, expected):
    result = royalty_for(Rule(kind, value), price, qty)
    assert result == expected
    assert isinstance(result, Decimal)
    assert result == result.to_integral_value()


def test_royalty_of_a_return_is_negative_and_symmetric():
    rule = Rule("percent", D(10))
    assert royalty_for(rule, D(5), -1) == -royalty_for(rule, D(5), 1)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("none", "50", (RoyaltyKind.NONE, D(0))),
        ("", None, (RoyaltyKind.NONE, D(0))),
        ("percent", "0", (RoyaltyKind.PERCENT, D("0.00"))),
        ("percent", "7,5", (RoyaltyKind.PERCENT, D("7.50"))),
        ("percent", 100, (RoyaltyKind.PERCENT, D("100.00"))),
        ("fixed", D(25000), (RoyaltyKind.FIXED, D("25000.00"))),
    ],
)
def test_check_royalty_accepts(kind, value, expected):
    assert check_royalty(kind, value) == expected


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [
        ("percent", "100.01", "value_invalid"),
        ("percent", "-1", "value_invalid"),
        ("fixed", "-5000", "value_invalid"),
        ("percent", "lima", "required"),
        ("percent", "NaN", "required"),
        ("share", "5", "value_invalid"),
    ],
)
def test_check_royalty_refuses(kind, value, code):
    with pytest.raises(ValidationError) as err:
        check_royalty(kind, value)
    assert err.value.code == code
    assert "Royalty" in err.value.english()


def test_hex_colours():
    assert normalise_hex("#8B5A2B") == "#8b5a2b"
    assert normalise_hex(" 1f3a5f ") == "#1f3a5f"
    for bad in ("#12345", "#gg0000", "red", "", "#1234567"):
        with pytest.raises(ValidationError) as err:
            normalise_hex(bad, "soga")
        assert err.value.code == "colour_invalid"
        assert "soga" in err.value.english() and "#rrggbb" not in err.value.english()


def test_status_changes():
    s = MotifStatus
    assert can_change_status(s.DRAFT, s.APPROVED)
    assert can_change_status(s.APPROVED, s.RETIRED)
    assert can_change_status(s.RETIRED, s.APPROVED)
    assert can_change_status(s.APPROVED, s.APPROVED)
    assert not can_change_status(s.APPROVED, s.DRAFT)
    assert not can_change_status(s.RETIRED, s.DRAFT)


def test_next_code():
    assert next_code([]) == "MTF-001"
    assert next_code([1, 2, 9]) == "MTF-010"
    assert next_code([999]) == "MTF-1000"
