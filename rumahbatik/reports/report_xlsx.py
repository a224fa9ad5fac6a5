"""A :class:`~rumahbatik.domain.reports.Report` as an Excel workbook: one sheet per table,
real numbers with Rupiah formats, a bold frozen header row, sized columns, a bold total row,
and a first sheet with the title, the period, who printed it and when, and the notes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from rumahbatik.domain.formatting import format_date, format_datetime, to_local
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import Label, Month, Report
from rumahbatik.reports.tabular import NUMBER_FORMATS

Translate = Callable[[str, str], str]
PERCENT_FORMAT = "0.0"
PRINTED = QT_TRANSLATE_NOOP("Reports", "Printed by {user}, {at}")


def _identity(_context: str, text: str) -> str:
    return text


def _value(value: Any, say: Translate) -> Any:
    if isinstance(value, Label):
        return say(value.context, value.text)
    if isinstance(value, Month):
        return str(value)  # "2026-07": sorts and filters as text in a spreadsheet
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return to_local(value).replace(tzinfo=None)
    return value


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Sheet"
    name, n = base, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def write_report_xlsx(
    report: Report, path: Path, translate: Translate = _identity, *, centre_name: str = ""
) -> None:
    """Write ``report`` to ``path`` (``.xlsx``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lookup = translate  # (lupdate would read a call named translate as a new source)

    def word(text: str) -> str:
        return lookup("Reports", text)

    wb = Workbook()
    cover = wb.active
    cover.title = _sheet_name(word(report.title), used := set())
    cover["A1"] = centre_name
    cover["A2"] = word(report.title)
    cover["A2"].font = Font(bold=True, size=14)
    cover["A3"] = f"{format_date(report.start)} – {format_date(report.end)}"
    printed = word(PRINTED).format(
        user=report.printed_by or "–",
        at=format_datetime(report.printed_at) if report.printed_at else "–",
    )
    cover["A4"] = printed
    for i, note in enumerate(report.notes, start=6):
        cover.cell(row=i, column=1, value=word(note))
    cover.column_dimensions["A"].width = 100
    bold = Font(bold=True)
    for table in report.tables:
        ws = wb.create_sheet(_sheet_name(word(table.title), used))
        titles = [word(c.title) for c in table.columns]
        ws.append(titles)
        for cell in ws[1]:
            cell.font = bold
        widths = [len(t) for t in titles]
        rows = [*table.rows, *([table.total] if table.total is not None else [])]
        for row in rows:
            values = [_value(v, translate) for v in row]
            ws.append(values)
            for i, v in enumerate(values):
                text = f"{v:,.0f}" if isinstance(v, float) else str(v if v is not None else "")
                widths[i] = max(widths[i], min(60, len(text) + 3))
        for col, column in enumerate(table.columns, start=1):
            fmt = PERCENT_FORMAT if column.key.endswith("_pct") else NUMBER_FORMATS.get(column.kind)
            letter = get_column_letter(col)
            ws.column_dimensions[letter].width = max(9, widths[col - 1] + 1)
            if fmt:
                for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                    cell.number_format = fmt
        if table.total is not None:
            for cell in ws[ws.max_row]:
                cell.font = bold
        ws.freeze_panes = "A2"
    # Written beside the target and moved over it: a failure never leaves half a workbook
    # (or spoils an older one of the same name).
    fd, scratch = tempfile.mkstemp(suffix=".xlsx", prefix=".laporan-", dir=path.parent)
    os.close(fd)
    try:
        wb.save(scratch)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
