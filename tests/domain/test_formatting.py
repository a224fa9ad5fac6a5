from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_rupiah,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1250000"), "Rp1.250.000"),
        (1250000, "Rp1.250.000"),
        (Decimal("1250000.00"), "Rp1.250.000"),
        (Decimal("1250.5"), "Rp1.250,50"),
        (Decimal("1250000.50"), "Rp1.250.000,50"),
        (Decimal("-5000"), "-Rp5.000"),
        (Decimal("-1250.05"), "-Rp1.250,05"),
        (0, "Rp0"),
        (Decimal("999"), "Rp999"),
        (Decimal("1000"), "Rp1.000"),
        (Decimal("0.005"), "Rp0,01"),  # half up, as a cashier rounds
        (Decimal("12345678901234"), "Rp12.345.678.901.234"),
    ],
)
def test_format_rupiah(value, text):
    assert format_rupiah(value) == text


def test_format_rupiah_none_is_empty():
    assert format_rupiah(None) == ""


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (Decimal("2.5"), None, "2,5"),
        (Decimal("2.500"), None, "2,5"),
        (Decimal("1234567.125"), None, "1.234.567,125"),
        (Decimal("2.5"), 2, "2,50"),
        (Decimal("-1234"), None, "-1.234"),
        (12, None, "12"),
    ],
)
def test_format_number(value, decimals, text):
    assert format_number(value, decimals) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.250.000", Decimal("1250000")),
        ("Rp1.250.000", Decimal("1250000")),
        ("Rp 1.250.000,50", Decimal("1250000.50")),
        ("1250000", Decimal("1250000")),
        ("2,5", Decimal("2.5")),
        ("-Rp5.000", Decimal("-5000")),
        (" 42 ", Decimal("42")),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1.25.000", "abc", "1,2,3", "12.5", "1.2345"])
def test_parse_number_refuses_malformed(text):
    with pytest.raises(ValidationError) as err:
        parse_number(text, "Price")
    assert err.value.code == "value_invalid"
    assert err.value.params["field"] == "Price"


@pytest.mark.parametrize("text", ["", "   ", "Rp"])
def test_parse_number_empty_is_required(text):
    with pytest.raises(ValidationError) as err:
        parse_number(text, "Price")
    assert err.value.code == "required"


_amounts = st.decimals(
    min_value=Decimal("-1e13"),
    max_value=Decimal("1e13"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@given(_amounts)
def test_parse_number_reads_what_format_number_writes(value):
    assert parse_number(format_number(value)) == value


@given(_amounts)
def test_parse_number_reads_what_format_rupiah_writes(value):
    assert parse_number(format_rupiah(value)) == value


@given(
    st.decimals(
        min_value=0, max_value=Decimal("1e9"), places=3, allow_nan=False, allow_infinity=False
    )
)
def test_format_number_has_only_allowed_characters(value):
    text = format_number(value)
    assert set(text) <= set("0123456789.,")
    assert text.count(",") <= 1


def test_format_date():
    assert format_date(date(2022, 5, 3)) == "03/05/2022"
    assert format_date(datetime(2026, 12, 31, 23, 59)) == "31/12/2026"
    assert format_date(None) == ""


def test_format_datetime_shows_local_time():
    stored = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    local = stored.astimezone()
    assert format_datetime(stored) == local.strftime("%d/%m/%Y %H:%M")
    # naive values from the database are UTC
    assert format_datetime(stored.replace(tzinfo=None)) == format_datetime(stored)
    assert format_datetime(None) == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("23/05/2022", date(2022, 5, 23)),
        ("3/5/2022", date(2022, 5, 3)),
        ("2022-05-23", date(2022, 5, 23)),
        ("23-05-2022", date(2022, 5, 23)),
        (" 01/01/2026 ", date(2026, 1, 1)),
    ],
)
def test_parse_date(text, value):
    assert parse_date(text) == value


@pytest.mark.parametrize("text", ["", "31/02/2022", "05/23/2022", "kemarin", "2022/05/23"])
def test_parse_date_refuses(text):
    with pytest.raises(ValidationError) as err:
        parse_date(text, "Tanggal")
    assert err.value.code == "value_invalid"
    assert err.value.params["field"] == "Tanggal"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_parse_date_reads_what_format_date_writes(value):
    assert parse_date(format_date(value)) == value


def test_short_rupiah_for_chart_labels() -> None:
    from rumahbatik.domain.formatting import short_rupiah

    assert short_rupiah(1_250_000) == "Rp1,3 jt"  # half up, like every amount shown
    assert short_rupiah(350_000) == "Rp350 rb"
    assert short_rupiah(-2_000_000_000) == "-Rp2 M"
    assert short_rupiah(0) == "Rp0"
