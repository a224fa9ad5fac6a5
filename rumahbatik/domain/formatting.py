"""The one place where numbers, Rupiah and dates become text, and text becomes numbers.

Indonesian conventions in both languages: ``Rp1.250.000`` (dot for thousands, comma for
decimals, no space, decimals only when needed) and dates ``dd/mm/yyyy``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from rumahbatik.domain.errors import ValidationError

THOUSANDS = "."
DECIMAL = ","


def _group(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return THOUSANDS.join(reversed(out))


def format_number(value: Decimal | int | float, decimals: int | None = None) -> str:
    """``1250000`` → ``1.250.000``; ``Decimal("2.5")`` → ``2,5``.

    With ``decimals`` None, trailing zero decimals are dropped.
    """
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    d = abs(d)
    text = format(d, "f")
    whole, _, frac = text.partition(".")
    if decimals is None:
        frac = frac.rstrip("0")
    result = _group(whole)
    if frac:
        result += DECIMAL + frac
    return sign + result


def format_rupiah(value: Decimal | int | float | None) -> str:
    """``Decimal("1250000")`` → ``Rp1.250.000``; ``-5000`` → ``-Rp5.000``; None → ``""``."""
    if value is None:
        return ""
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    decimals = 0 if d == d.to_integral_value() else 2
    return f"{sign}Rp{format_number(abs(d), decimals)}"


_MONEY_JUNK = re.compile(r"[\sRrPp]")


def parse_number(text: str, field: str = "") -> Decimal:
    """Read ``1.250.000``, ``Rp1.250.000,50`` or ``1250000`` into a Decimal.

    Dots are thousands separators and a comma is the decimal mark, as written in Indonesia.
    """
    cleaned = _MONEY_JUNK.sub("", text or "")
    if not cleaned:
        raise ValidationError("required", field=field or "number")
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-")
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", cleaned):
        raise ValidationError("value_invalid", field=field or "number", reason=text)
    try:
        d = Decimal(cleaned.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the regex above rules it out
        raise ValidationError("value_invalid", field=field or "number", reason=text) from exc
    return -d if negative else d


def format_date(value: date | datetime | None) -> str:
    """``date(2022, 5, 23)`` → ``23/05/2022``."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def parse_date(text: str, field: str = "") -> date:
    """Read ``dd/mm/yyyy`` (also ``d/m/yyyy`` and ISO ``yyyy-mm-dd``)."""
    text = (text or "").strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError("value_invalid", field=field or "date", reason=text)


def to_local(value: datetime) -> datetime:
    """A stored UTC timestamp in the computer's local time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def format_datetime(value: datetime | None) -> str:
    """A stored UTC timestamp shown in local time: ``23/05/2022 14:05``."""
    if value is None:
        return ""
    return to_local(value).strftime("%d/%m/%Y %H:%M")


def like_pattern(text: str) -> str:
    """``%text%`` for SQL LIKE with ``%``, ``_`` and ``\\`` escaped (use ``escape="\\\\"``)."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


#: Month names as Indonesian documents write them (certificates: "27 Mei 2022").
MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_date_long_id(value: date | None) -> str:
    """``date(2022, 5, 27)`` → ``27 Mei 2022`` (the long Indonesian form, both languages)."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


def format_date_range_id(start: date, end: date) -> str:
    """``23–27 Mei 2022``, ``30 Mei – 3 Juni 2022`` or with both years when they differ."""
    if start == end:
        return format_date_long_id(start)
    if start.year != end.year:
        return f"{format_date_long_id(start)} – {format_date_long_id(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS_ID[start.month - 1]} – {format_date_long_id(end)}"
    return f"{start.day}–{format_date_long_id(end)}"


def short_rupiah(amount: Decimal | float) -> str:
    """``Rp1,2 jt``, ``Rp350 rb``, ``-Rp2 M``: chart axis labels and legends that fit
    (dashboard, report PDFs)."""
    value = Decimal(str(amount))
    sign, value = ("-" if value < 0 else ""), abs(value)
    tenth = Decimal("0.1")
    if value >= 1_000_000_000:
        text = format_number((value / 1_000_000_000).quantize(tenth, ROUND_HALF_UP)) + " M"
    elif value >= 1_000_000:
        text = format_number((value / 1_000_000).quantize(tenth, ROUND_HALF_UP)) + " jt"
    elif value >= 1_000:
        text = format_number(value / 1_000, 0) + " rb"
    else:
        text = format_number(value, 0)
    return f"{sign}Rp{text}"
