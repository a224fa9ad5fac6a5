"""What a report is, whatever it reports on: titled tables of typed columns, charts, notes.

Titles, column titles and notes are English source strings marked with
``QT_TRANSLATE_NOOP("Reports", ...)``; the PDF and Excel writers translate them. Values are
plain (Decimal money, dates, ints), so the same report is a PDF, an Excel workbook or a
screen table, and tests can sum it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.tables import Column

ChartKind = Literal["bar", "line", "pie"]


class Cancelled(Exception):
    """The person stopped a long report; nothing was written."""


@dataclass(frozen=True)
class Label:
    """A cell that is a word to translate (a method, a technique, "Total"), not data."""

    context: str
    text: str

    def __str__(self) -> str:
        return self.text

    def said(self, say: Callable[[str, str], str]) -> str:
        """The word translated, its first letter capital: a cell or a chart label stands on
        its own, so "perempuan" (as a form's choice reads) prints as "Perempuan"."""
        text = say(self.context, self.text)
        return text[:1].upper() + text[1:]


class Month(str):
    """A calendar month as ``"YYYY-MM"``: sorts, compares and exports as that text; on paper
    it reads as the month's name ("Juli 2026", "Jul 2026" under a chart's bar)."""

    __slots__ = ()

    def __new__(cls, value: str) -> Month:
        if len(value) != 7 or value[4] != "-" or not (value[:4] + value[5:]).isdigit():
            raise ValueError(f"not a YYYY-MM month: {value!r}")
        if not 1 <= int(value[5:]) <= 12:
            raise ValueError(f"not a YYYY-MM month: {value!r}")
        return super().__new__(cls, value)

    @classmethod
    def every(cls, start: date, end: date) -> list[Month]:
        """Every month that ``start``..``end`` touches, in order."""
        months: list[Month] = []
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            months.append(cls(f"{year:04d}-{month:02d}"))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    @property
    def year(self) -> int:
        return int(self[:4])

    @property
    def month(self) -> int:
        return int(self[5:])


#: English month names, context "Reports" (the PDF translates them).
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Reports", "January"),
    QT_TRANSLATE_NOOP("Reports", "February"),
    QT_TRANSLATE_NOOP("Reports", "March"),
    QT_TRANSLATE_NOOP("Reports", "April"),
    QT_TRANSLATE_NOOP("Reports", "May"),
    QT_TRANSLATE_NOOP("Reports", "June"),
    QT_TRANSLATE_NOOP("Reports", "July"),
    QT_TRANSLATE_NOOP("Reports", "August"),
    QT_TRANSLATE_NOOP("Reports", "September"),
    QT_TRANSLATE_NOOP("Reports", "October"),
    QT_TRANSLATE_NOOP("Reports", "November"),
    QT_TRANSLATE_NOOP("Reports", "December"),
)


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: Sequence[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    total: tuple[Any, ...] | None = None  # the bold last row ("Total", sums...)

    @property
    def printed_rows(self) -> list[tuple[Any, ...]]:
        """The rows as a writer puts them out: the body, then the total row if any."""
        return [*self.rows, *([self.total] if self.total is not None else [])]


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    title: str
    labels: list[str]
    values: list[Decimal]
    value_kind: Literal["money", "int", "decimal"] = "money"


@dataclass(frozen=True)
class Report:
    key: str
    title: str
    start: date
    end: date
    tables: list[ReportTable]
    charts: list[Chart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    printed_by: str = ""
    printed_at: datetime | None = None

    @property
    def row_count(self) -> int:
        """Every table's rows, total rows included: what a writer's progress counts to."""
        return sum(len(t.rows) + (t.total is not None) for t in self.tables)

    def table(self, title: str) -> ReportTable:
        """The table with this (English) title."""
        for t in self.tables:
            if t.title == title:
                return t
        raise KeyError(title)


#: ``progress(done, total)``: called as a report is built; raises :class:`Cancelled` when
#: the person pressed Cancel.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """The progress of a report nobody watches (command line, tests)."""
