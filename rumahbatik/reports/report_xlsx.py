"""A :class:`~rumahbatik.domain.reports.Report` as an Excel workbook: one sheet per table,
real numbers with Rupiah formats, a bold frozen header row, sized columns, a bold total row,
and a first sheet with the title, the period, who printed it and when, and the notes."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from rumahbatik.domain.formatting import format_date, format_datetime, to_local
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import Label, Month, Progress, Report, no_progress
from rumahbatik.reports.tabular import NUMBER_FORMATS, begin_sheet

Translate = Callable[[str, str], str]
PERCENT_FORMAT = "0.0"
PRINTED = QT_TRANSLATE_NOOP("Reports", "Printed by {user}, {at}")

log = logging.getLogger(__name__)


def _identity(_context: str, text: str) -> str:
    return text


def _value(value: Any, say: Translate) -> Any:
    if isinstance(value, Label):
        return value.said(say)
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


#: Rows between two progress reports (and chances to cancel).
PROGRESS_EVERY = 500


def write_report_xlsx(
    report: Report,
    path: Path,
    translate: Translate = _identity,
    *,
    centre_name: str = "",
    progress: Progress = no_progress,
) -> None:
    """Write ``report`` to ``path`` (``.xlsx``). ``progress(rows written, rows)`` is called
    as the rows go out; it may raise :class:`~rumahbatik.domain.reports.Cancelled`, and then
    nothing is written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    lookup = translate  # (lupdate would read a call named translate as a new source)

    def word(text: str) -> str:
        return lookup("Reports", text)

    # Streamed (write-only): every row goes to disk as it is appended, so the progress bar
    # follows the real work and a long workbook is not held twice in memory.
    wb = Workbook(write_only=True)
    used: set[str] = set()
    cover = wb.create_sheet(_sheet_name(word(report.title), used))
    cover.column_dimensions["A"].width = 100
    title = WriteOnlyCell(cover, value=word(report.title))
    title.font = Font(bold=True, size=14)
    printed = word(PRINTED).format(
        user=report.printed_by or "–",
        at=format_datetime(report.printed_at) if report.printed_at else "–",
    )
    cover.append([centre_name])
    cover.append([title])
    cover.append([f"{format_date(report.start)} – {format_date(report.end)}"])
    cover.append([printed])
    cover.append([])
    for note in report.notes:
        cover.append([word(note)])

    # Written beside the target and moved over it: a failure never leaves half a workbook
    # (or spoils an older one of the same name).
    scratch: str | None = None
    try:
        _stream_tables(wb, report, word, translate, used, progress)
        fd, scratch = tempfile.mkstemp(suffix=".xlsx", prefix=".laporan-", dir=path.parent)
        os.close(fd)
        wb.save(scratch)
        os.replace(scratch, path)
    except BaseException:
        _discard(wb)  # a stopped or failed workbook leaves no scratch files behind
        if scratch is not None:
            Path(scratch).unlink(missing_ok=True)
        raise


def _stream_tables(
    wb: Any,
    report: Report,
    word: Callable[[str], str],
    translate: Translate,
    used: set[str],
    progress: Progress,
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    total_rows = report.row_count
    done = 0
    progress(0, total_rows)
    for table in report.tables:
        ws = wb.create_sheet(_sheet_name(word(table.title), used))
        titles = [word(c.title) for c in table.columns]
        values = [[_value(v, translate) for v in row] for row in table.printed_rows]
        # the widths must be set before the first row is streamed
        widths = [len(t) for t in titles]
        for row in values:
            for i, v in enumerate(row):
                text = f"{v:,.0f}" if isinstance(v, float) else str(v if v is not None else "")
                widths[i] = max(widths[i], min(60, len(text) + 3))
        formats = [
            PERCENT_FORMAT if c.key.endswith("_pct") else NUMBER_FORMATS.get(c.kind)
            for c in table.columns
        ]
        begin_sheet(ws, titles, [max(9, width + 1) for width in widths])
        last = len(values) - 1
        for r, row in enumerate(values):
            is_total = table.total is not None and r == last
            cells = []
            for v, fmt in zip(row, formats, strict=True):
                if fmt is None and not is_total:
                    cells.append(v)  # a plain value costs less than a styled cell
                    continue
                cell = WriteOnlyCell(ws, value=v)
                if fmt:
                    cell.number_format = fmt
                if is_total:
                    cell.font = bold
                cells.append(cell)
            ws.append(cells)
            done += 1
            if done % PROGRESS_EVERY == 0:
                progress(done, total_rows)
    progress(total_rows, total_rows)


def _discard(wb: Any) -> None:
    """Close and remove the scratch files the streamed sheets of ``wb`` were written to
    (openpyxl would only remove them when the program ends)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            if not ws.closed:
                ws.close()
            writer.cleanup()
        except (OSError, ValueError):  # already removed by a save that failed later
            log.debug("scratch file of a stopped workbook already gone", exc_info=True)
