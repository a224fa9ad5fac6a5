"""Writing a report's PDF or workbook reports its progress row by row and stops, writing
nothing, when the progress callback raises Cancelled (the Reports page's Cancel button)."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rumahbatik.domain.reports import Cancelled, Label, Report, ReportTable
from rumahbatik.domain.tables import Column
from rumahbatik.reports import report_xlsx
from rumahbatik.reports.report_pdf import render_report
from rumahbatik.reports.report_xlsx import write_report_xlsx

LONG, SHORT = 1200, 8


def _report() -> Report:
    columns = (Column("code", "Code"), Column("amount", "Amount", "money"))
    long = ReportTable(
        "Long table",
        columns,
        [(f"L{i:05d}", Decimal(1000 * i)) for i in range(1, LONG + 1)],
        (Label("Reports", "Total"), Decimal(1000 * LONG * (LONG + 1) // 2)),
    )
    short = ReportTable("Short table", columns, [(f"S{i}", Decimal(5)) for i in range(SHORT)])
    empty = ReportTable("Empty table", columns, [])
    return Report("t", "Test", date(2026, 1, 1), date(2026, 1, 31), [long, short, empty])


ROWS = LONG + 1 + SHORT  # the total row is a row too


class Recorder:
    def __init__(self, stop_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if self.stop_at is not None and done >= self.stop_at:
            raise Cancelled()


def test_pdf_progress_counts_every_row_once_page_by_page():
    seen = Recorder()
    assert render_report(_report(), centre_name="X", progress=seen).startswith(b"%PDF")
    assert {total for _d, total in seen.calls} == {ROWS}
    done = [d for d, _t in seen.calls]
    assert done == sorted(done) and done[-1] == ROWS
    # a call per page of the long table (about 45 rows a page), not one at the end
    steps = sorted(set(done) - {0})
    assert len(steps) >= LONG // 60
    assert max(b - a for a, b in zip([0, *steps], steps, strict=False)) < 80


def test_a_cancelled_pdf_stops_part_way():
    seen = Recorder(stop_at=300)
    with pytest.raises(Cancelled):
        render_report(_report(), centre_name="X", progress=seen)
    assert seen.calls[-1][0] < ROWS  # it stopped, it did not finish first


def test_excel_progress_counts_every_row(tmp_path: Path):
    seen = Recorder()
    out = tmp_path / "r.xlsx"
    write_report_xlsx(_report(), out, progress=seen)
    assert out.exists()
    done = [d for d, _t in seen.calls]
    assert done == sorted(done) and done[-1] == ROWS
    assert {d for d in done if 0 < d < ROWS} == {
        n for n in range(1, ROWS) if n % report_xlsx.PROGRESS_EVERY == 0
    }


def test_a_cancelled_workbook_leaves_the_old_file_and_no_scratch_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    scratch_dir = tmp_path / "tmp"
    scratch_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_dir))  # where openpyxl streams to
    out = tmp_path / "laporan.xlsx"
    out.write_bytes(b"last month's workbook")
    with pytest.raises(Cancelled):
        write_report_xlsx(_report(), out, progress=Recorder(stop_at=report_xlsx.PROGRESS_EVERY))
    assert out.read_bytes() == b"last month's workbook"
    assert list(scratch_dir.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.xlsx", "tmp"]


def test_a_workbook_that_cannot_be_saved_leaves_no_scratch_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    scratch_dir = tmp_path / "tmp"
    scratch_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_dir))
    with pytest.raises(OSError):
        write_report_xlsx(_report(), tmp_path / "no-such-folder" / "r.xlsx")
    assert list(scratch_dir.iterdir()) == []
