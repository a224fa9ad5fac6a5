"""The Reports page: a sales report made in the background, previewed as PDF, saved as
Excel, and cancelled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rumahbatik.ui import sale_printing


def _page(qtbot, window_for):  # type: ignore[no-untyped-def]
    window = window_for("siti")
    page = window.open_page("reports")
    return page


def test_sales_report_as_pdf_preview(qtbot, window_for, monkeypatch):  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(
        sale_printing, "show_preview", lambda parent, pdf, title, name: shown.append((pdf, title))
    )
    page = _page(qtbot, window_for)
    assert page.current_key() == "sales"
    page.period.setCurrentIndex(page.period.findData("this_year"))
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    pdf, title = shown[0]
    assert pdf.startswith(b"%PDF") and title == "Sales report"
    import io

    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Sales report" in text and f"01/01/{date.today().year}" in text
    assert page.make.isEnabled() and not page.cancel.isEnabled()


def test_sales_report_as_excel(qtbot, window_for, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "jual.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page = _page(qtbot, window_for)
    page.as_xlsx.setChecked(True)
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_file is not None, timeout=20000)
    from openpyxl import load_workbook

    wb = load_workbook(target)
    assert "Sales by day" in wb.sheetnames and "Payments by method" in wb.sheetnames
    assert str(target) in page.status.text()


def test_cancel_stops_the_report_and_writes_nothing(qtbot, window_for, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from rumahbatik.ui import reports_page

    target = tmp_path / "never.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page = _page(qtbot, window_for)
    real = reports_page.build_report

    def slow(db, actor, key, start, end, *, progress):  # type: ignore[no-untyped-def]
        # the person presses Cancel while the report is being built
        page._cancel.set()
        progress(1, 7)
        return real(db, actor, key, start, end, progress=progress)  # pragma: no cover

    monkeypatch.setattr(reports_page, "build_report", slow)
    page.as_xlsx.setChecked(True)
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.make.isEnabled(), timeout=20000)
    assert "Nothing was written" in page.status.text()
    assert not target.exists()


def test_reports_page_is_for_managers(window_for):  # type: ignore[no-untyped-def]
    assert "reports" not in window_for("dewi").page_keys()
    assert "reports" in window_for("siti").page_keys()


def test_every_report_from_the_list_by_keyboard(qtbot, window_for, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """Walk the list with the arrow keys and make each report as Excel for this year: each
    workbook holds a sheet per table of that report, with its header row."""
    from openpyxl import load_workbook

    from rumahbatik.services.reports_catalog import REPORTS

    targets: list[Path] = []

    def save_as(*_a, **_k):  # type: ignore[no-untyped-def]
        targets.append(tmp_path / f"report-{len(targets)}.xlsx")
        return str(targets[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page = _page(qtbot, window_for)
    page.period.setCurrentIndex(page.period.findData("this_year"))
    page.as_xlsx.setChecked(True)
    page.list.setFocus()
    made: list[str] = []
    for row, key in enumerate(REPORTS):
        if row:
            qtbot.keyClick(page.list, Qt.Key.Key_Down)
        assert page.current_key() == key
        assert REPORTS[key].title in page.description.text()
        qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=row: page.last_file == targets[n], timeout=30000)
        made.append(key)
        sheets = load_workbook(targets[row], read_only=True).sheetnames
        assert sheets[0] == REPORTS[key].title.replace("/", "")[:31]  # "/" is not allowed
        assert len(sheets) >= 3, (key, sheets)  # the cover and at least two tables
    assert made == list(REPORTS)
    assert not list(tmp_path.glob(".laporan-*"))  # no scratch file left behind


def test_a_report_that_cannot_be_written_says_so(qtbot, window_for, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    target = tmp_path / "no-such-folder" / "stok.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page = _page(qtbot, window_for)
    page.as_xlsx.setChecked(True)
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.make.isEnabled(), timeout=20000)
    assert "could not be written" in page.error.text()
    assert not target.exists() and page.last_file is None


def _cancel_while_writing(page, monkeypatch, module, name):  # type: ignore[no-untyped-def]
    """Press Cancel (from the worker, as the click would land) once the writer has put out
    some rows; record the rows it reported and the phases the page showed."""
    real = getattr(module, name)
    reported: list[int] = []
    phases: list[str] = []
    page._phase.changed.connect(phases.append)

    def writer(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def step(done: int, total: int) -> None:
            reported.append(done)
            if done > 0:
                page._cancel.set()
            progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(module, name, writer)
    return reported, phases


def _long_report(monkeypatch):  # type: ignore[no-untyped-def]
    from datetime import date as day
    from decimal import Decimal

    from rumahbatik.domain.reports import Report, ReportTable
    from rumahbatik.domain.tables import Column
    from rumahbatik.ui import reports_page

    rows = [(f"K{i:05d}", Decimal(i)) for i in range(3000)]
    table = ReportTable("Sales by day", (Column("c", "Code"), Column("a", "Amount", "money")), rows)
    report = Report("sales", "Sales report", day(2026, 1, 1), day(2026, 1, 31), [table])
    monkeypatch.setattr(reports_page, "build_report", lambda *a, **k: report)


def test_cancel_while_the_pdf_is_written(qtbot, window_for, monkeypatch):  # type: ignore[no-untyped-def]
    from rumahbatik.reports import report_pdf

    shown = []
    monkeypatch.setattr(sale_printing, "show_preview", lambda *a: shown.append(a))
    _long_report(monkeypatch)
    page = _page(qtbot, window_for)
    reported, phases = _cancel_while_writing(page, monkeypatch, report_pdf, "render_report")
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.make.isEnabled(), timeout=20000)
    assert phases == ["Writing the PDF…"]
    assert "Nothing was written" in page.status.text()
    assert not shown and 0 < max(reported) < 3000  # stopped part way through the rows


def test_cancel_while_the_workbook_is_written(qtbot, window_for, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from rumahbatik.reports import report_xlsx

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "stop.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _long_report(monkeypatch)
    page = _page(qtbot, window_for)
    page.as_xlsx.setChecked(True)
    reported, phases = _cancel_while_writing(page, monkeypatch, report_xlsx, "write_report_xlsx")
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.make.isEnabled(), timeout=20000)
    assert phases == ["Writing the workbook…"]
    assert "Nothing was written" in page.status.text()
    assert not list(target.parent.iterdir())  # no workbook, no scratch file
    assert 0 < max(reported) < 3000


def test_the_bar_follows_the_rows_written(qtbot, window_for, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _long_report(monkeypatch)
    page = _page(qtbot, window_for)
    page.as_xlsx.setChecked(True)
    values: list[tuple[int, int, str]] = []
    page.progress.valueChanged.connect(
        lambda v: values.append((v, page.progress.maximum(), page.status.text()))
    )
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_file == target, timeout=20000)
    assert (500, 3000, "Writing the workbook… 500 of 3.000 rows") in values
    assert (3000, 3000, "Writing the workbook… 3.000 of 3.000 rows") in values
    assert page.status.text() == f"Saved to {target}"
