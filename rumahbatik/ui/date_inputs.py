"""Date fields as every stock and production dialog shows them: dd/MM/yyyy with a calendar,
and the conversions between ``datetime.date`` and ``QDate``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

#: Stands for "no date" in an optional field (shown blank).
NO_DATE = QDate(2000, 1, 1)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: date | None = None, *, optional: bool = False) -> QDateEdit:
    """A dd/MM/yyyy date with a calendar, today unless told; ``optional`` ones show blank for
    "no date"."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
    edit.setDate(to_qdate(value) if (value or optional) else QDate.currentDate())
    return edit


def date_of(edit: QDateEdit) -> date:
    """The date of a field that always has one."""
    q = edit.date()
    return date(q.year(), q.month(), q.day())
