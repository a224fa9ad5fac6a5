"""Write a :class:`Table` as CSV (UTF-8 with a header row) or Excel (real numbers and dates)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.formatting import to_local
from rumahbatik.domain.tables import Table

RUPIAH_FORMAT = '"Rp"#,##0;-"Rp"#,##0'
SUFFIXES = (".csv", ".xlsx")

Translate = Callable[[str], str]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_local(value).replace(tzinfo=None)
    return value


def write_csv(table: Table, path: Path, tr: Translate = str) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([tr(c.title) for c in table.columns])
        for row in table.rows:
            out = []
            for col, value in zip(table.columns, row, strict=True):
                value = _plain(value)
                if value is None:
                    out.append("")
                elif col.kind == "datetime" and isinstance(value, datetime):
                    out.append(value.strftime("%Y-%m-%d %H:%M:%S"))
                elif isinstance(value, date):
                    out.append(value.isoformat())
                elif isinstance(value, bool):
                    out.append("1" if value else "0")
                else:
                    out.append(str(value))
            writer.writerow(out)


#: Rows looked at to size the columns (a write-only sheet needs the widths first).
WIDTH_SAMPLE = 500
NUMBER_FORMATS = {
    "money": RUPIAH_FORMAT,
    "decimal": "#,##0.###",
    "int": "0",
    "date": "DD/MM/YYYY",
    "datetime": "DD/MM/YYYY HH:MM",
}


def _xlsx_value(col_kind: str, value: Any) -> Any:
    value = _plain(value)
    if isinstance(value, Decimal) and col_kind in ("money", "decimal"):
        return float(value)
    return value


def write_xlsx(table: Table, path: Path, tr: Translate = str) -> None:
    """One sheet, bold frozen header, sized columns, real numbers with Rupiah formats.

    Written in openpyxl's write-only mode, row by row, so a ledger of a million moves does
    not have to fit in memory as cell objects (columns are sized from the first rows)."""
    from itertools import islice

    from openpyxl import Workbook  # imported on first use: ~100 ms
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet((tr(table.title) or table.name)[:31])
    titles = [tr(c.title) for c in table.columns]
    kinds = [c.kind for c in table.columns]
    widths = [len(t) for t in titles]
    rows = iter(table.rows)
    head = list(islice(rows, WIDTH_SAMPLE))
    for row in head:
        for i, value in enumerate(row):
            value = _xlsx_value(kinds[i], value)
            widths[i] = max(widths[i], min(50, len(str(value)) if value is not None else 0))
    begin_sheet(ws, titles, [max(8, width + 2) for width in widths])
    formats = [NUMBER_FORMATS.get(kind) for kind in kinds]
    for row in _chain(head, rows):
        out = []
        for i, value in enumerate(row):
            cell = WriteOnlyCell(ws, value=_xlsx_value(kinds[i], value))
            if formats[i]:
                cell.number_format = formats[i]
            out.append(cell)
        ws.append(out)
    wb.save(path)


def begin_sheet(ws: Any, titles: list[str], widths: list[float]) -> None:
    """A streamed (write-only) sheet's column widths, frozen first row and bold header row,
    in that order: such a sheet takes its widths only before its first row."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        header.append(cell)
    ws.append(header)


def _chain(head: list[Any], rest: Any) -> Any:
    yield from head
    yield from rest


def write_table(table: Table, path: Path, tr: Translate = str) -> None:
    """Write by the file's suffix: ``.csv`` or ``.xlsx``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(table, path, tr)
    elif suffix == ".xlsx":
        write_xlsx(table, path, tr)
    else:
        raise ValidationError("file_type_unknown", path=str(path), allowed=" or ".join(SUFFIXES))
