"""What every report service shares: who may run a report and for which dates, and the bold
total row under a table."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.formatting import format_date
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import Label
from rumahbatik.domain.tables import Column
from rumahbatik.services.context import Actor

TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")

#: Column kinds whose cells add up.
SUMMABLE = ("int", "money", "decimal")


def check_period(actor: Actor, start: date, end: date) -> None:
    """Refuse before anything is read: reports are for managers, and a period ends on or after
    the day it starts."""
    from rumahbatik.domain.roles import Permission

    actor.require(Permission.VIEW_REPORTS)
    if end < start:
        raise ValidationError("date_invalid_range", start=format_date(start), end=format_date(end))


def total_label() -> Label:
    return Label("Reports", TOTAL)


def sum_total(
    rows: Sequence[tuple[Any, ...]],
    columns: Sequence[Column],
    *,
    skip: Collection[str] = (),
) -> tuple[Any, ...]:
    """The total row: "Total" in the first column, the sum of every whole-number, money and
    decimal column, and nothing under text, dates, percentages (``…_pct``: a sum of shares
    means nothing) and the columns named in ``skip`` (quantities in different units, averages,
    running balances)."""
    out: list[Any] = []
    for i, column in enumerate(columns):
        if i == 0:
            out.append(total_label())
        elif column.kind in SUMMABLE and not column.key.endswith("_pct") and column.key not in skip:
            zero: int | Decimal = 0 if column.kind == "int" else Decimal(0)
            out.append(sum((r[i] for r in rows if r[i] is not None), zero))
        else:
            out.append(None if column.kind != "text" else "")
    return tuple(out)
