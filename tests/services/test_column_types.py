"""The shared column types keep Decimals and timestamps exact on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select

from rumahbatik.models.base import Money, Quantity, UTCDateTime

MONEY = [
    Decimal("0"),
    Decimal("0.01"),
    Decimal("-0.01"),
    Decimal("1250000"),
    Decimal("1250000.50"),
    Decimal("-5000"),
    Decimal("99999999999999.99"),
    Decimal("-99999999999999.99"),
    Decimal("123456789.12"),
]
QTY = [
    Decimal("0"),
    Decimal("0.001"),
    Decimal("2.5"),
    Decimal("-1.125"),
    Decimal("1000000.999"),
    Decimal("9999999999999.999"),
]


@pytest.fixture
def scratch(db):
    """A test-only table on its own MetaData, created and dropped around the test."""
    md = MetaData()
    table = Table(
        "test_column_types",
        md,
        Column("id", Integer, primary_key=True),
        Column("amount", Money),
        Column("qty", Quantity),
        Column("at", UTCDateTime),
    )
    md.create_all(db.engine)
    yield table
    md.drop_all(db.engine)


def _roundtrip(db, table, column, values):
    with db.engine.begin() as conn:
        conn.execute(insert(table), [{column: v} for v in values])
    with db.engine.connect() as conn:
        return list(conn.scalars(select(table.c[column]).order_by(table.c.id)))


def test_money_round_trips_exactly(db, scratch):
    back = _roundtrip(db, scratch, "amount", MONEY)
    assert back == MONEY
    assert all(isinstance(v, Decimal) for v in back)
    assert all(v.as_tuple().exponent == -2 for v in back)  # always 2 places


def test_quantity_round_trips_exactly(db, scratch):
    back = _roundtrip(db, scratch, "qty", QTY)
    assert back == QTY
    assert all(isinstance(v, Decimal) and v.as_tuple().exponent == -3 for v in back)


def test_null_stays_null(db, scratch):
    with db.engine.begin() as conn:
        conn.execute(insert(scratch), [{"amount": None, "qty": None, "at": None}])
    with db.engine.connect() as conn:
        assert conn.execute(select(scratch.c.amount, scratch.c.qty, scratch.c.at)).one() == (
            None,
            None,
            None,
        )


def test_money_accepts_int_and_str(db, scratch):
    assert _roundtrip(db, scratch, "amount", [1250000, "2500.5"]) == [
        Decimal("1250000.00"),
        Decimal("2500.50"),
    ]


def test_money_rounds_half_up_like_the_cashier(db, scratch):
    assert _roundtrip(
        db, scratch, "amount", [Decimal("0.005"), Decimal("0.015"), Decimal("-0.005")]
    ) == [Decimal("0.01"), Decimal("0.02"), Decimal("-0.01")]


def test_sums_are_exact_decimals(db, scratch):
    values = [Decimal("0.10")] * 10 + [Decimal("1250000.33"), Decimal("-0.33")]
    _roundtrip(db, scratch, "amount", values)
    with db.engine.connect() as conn:
        total = conn.scalar(select(func.sum(scratch.c.amount)))
    assert total == Decimal("1250001.00")
    assert isinstance(total, Decimal)


def test_where_clause_compares_in_the_stored_unit(db, scratch):
    _roundtrip(db, scratch, "amount", MONEY)
    with db.engine.connect() as conn:
        found = list(
            conn.scalars(
                select(scratch.c.amount)
                .where(scratch.c.amount >= Decimal("1250000.50"))
                .order_by(scratch.c.amount)
            )
        )
    assert found == [Decimal("1250000.50"), Decimal("123456789.12"), Decimal("99999999999999.99")]


def test_timestamps_are_stored_in_utc_and_read_back_aware(db, scratch):
    jakarta = timezone(timedelta(hours=7))
    moments = [
        datetime(2026, 3, 2, 0, 30, 15, 123456, tzinfo=jakarta),
        datetime(2026, 3, 1, 17, 30, 15, 123456, tzinfo=UTC),
    ]
    back = _roundtrip(db, scratch, "at", moments)
    assert back == [moments[0], moments[1]]
    assert all(v.tzinfo == UTC for v in back)


def test_naive_timestamps_are_refused(db, scratch):
    with pytest.raises(Exception, match="naive datetime"):
        _roundtrip(db, scratch, "at", [datetime(2026, 1, 1)])
