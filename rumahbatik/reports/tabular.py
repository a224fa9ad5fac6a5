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


def write_xlsx(table: Table, path: Path, tr: Translate = str) -> None:
    from openpyxl import Workbook  # imported on first use: ~100 ms
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = (tr(table.title) or table.name)[:31]
    ws.append([tr(c.title) for c in table.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(tr(c.title)) for c in table.columns]
    for row in table.rows:
        values = []
        for i, (col, value) in enumerate(zip(table.columns, row, strict=True)):
            value = _plain(value)
            if isinstance(value, Decimal):
                value = float(value) if col.kind in ("money", "decimal") else value
            values.append(value)
            widths[i] = max(widths[i], min(50, len(str(value)) if value is not None else 0))
        ws.append(values)
    for i, col in enumerate(table.columns, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(8, widths[i - 1] + 2)
        fmt = {
            "money": RUPIAH_FORMAT,
            "decimal": "#,##0.###",
            "int": "0",
            "date": "DD/MM/YYYY",
            "datetime": "DD/MM/YYYY HH:MM",
        }.get(col.kind)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = fmt
    ws.freeze_panes = "A2"
    wb.save(path)


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
