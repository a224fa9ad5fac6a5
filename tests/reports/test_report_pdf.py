"""The report PDF read back: page numbers on every page, long tables broken with their header
row repeated, headings never left alone at the foot of a page, chart words translated."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from rumahbatik.domain.reports import Chart, Label, Report, ReportTable
from rumahbatik.domain.tables import Column
from rumahbatik.reports.report_pdf import render_report

WORDS = {
    "Page {page} of {pages}": "Halaman {page} dari {pages}",
    "Long table": "Tabel panjang",
    "Short table": "Tabel pendek",
    "Code": "Kode",
    "Amount": "Jumlah",
    "(no motif)": "(tanpa motif)",
    "By motif": "Per motif",
    "Total": "Total",
}


def say(_context: str, text: str) -> str:
    return WORDS.get(text, text)


def _report(long_rows: int) -> Report:
    columns = (Column("code", "Code"), Column("amount", "Amount", "money"))
    long = ReportTable(
        "Long table",
        columns,
        [(f"L{i:04d}", Decimal(1000 * i)) for i in range(1, long_rows + 1)],
        (Label("Reports", "Total"), Decimal(1000 * long_rows * (long_rows + 1) // 2)),
    )
    short = ReportTable("Short table", columns, [(f"S{i:02d}", Decimal(5)) for i in range(1, 9)])
    chart = Chart(
        "pie", "By motif", ["Manggur", Label("Reports", "(no motif)")], [Decimal(3), Decimal(1)]
    )
    return Report("test", "Test", date(2026, 1, 1), date(2026, 1, 31), [long, short], [chart])


def _pages(report: Report) -> list[str]:
    pdf = render_report(report, centre_name="Rumah Batik Uji", translate=say)
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_long_table_breaks_across_pages_with_its_header_repeated():
    pages = _pages(_report(150))
    n = len(pages)
    assert n >= 3
    for i, text in enumerate(pages, start=1):
        assert f"Halaman {i} dari {n}" in text
    # every page that holds rows of the long table starts them under the header row
    with_rows = [t for t in pages if "L0" in t]
    assert len(with_rows) >= 2
    assert all("Kode" in t and "Jumlah" in t for t in with_rows)
    # every row once, in order, across the pages
    import re

    seen = [m for t in pages for m in re.findall(r"L\d{4}", t)]
    assert seen == [f"L{i:04d}" for i in range(1, 151)]
    # the total row closes the table, on the page of its last row
    last = next(i for i, t in enumerate(pages) if "L0150" in t)
    assert [i for i, t in enumerate(pages) if "Rp11.325.000" in t] == [last]
    assert "(tanpa motif)" in pages[0] and "(no motif)" not in pages[0]  # a chart word


@pytest.mark.parametrize("long_rows", range(30, 75, 4))
def test_a_heading_is_never_alone_at_the_foot_of_a_page(long_rows: int):
    """Whatever length comes before it, the short table's heading is on the page of its
    first and last rows (the table moves whole to the next page)."""
    pages = _pages(_report(long_rows))
    where = {
        word: [i for i, t in enumerate(pages) if word in t]
        for word in ("Tabel pendek", "S01", "S08")
    }
    assert len(where["Tabel pendek"]) == 1
    assert where["Tabel pendek"] == where["S01"] == where["S08"]


def test_months_read_as_names_on_paper_and_stay_iso_in_excel(tmp_path):
    from openpyxl import load_workbook

    from rumahbatik.domain.reports import Month
    from rumahbatik.reports.report_xlsx import write_report_xlsx

    months = {"July": "Juli", "August": "Agustus", "January": "Januari"}
    keys = [Month("2026-07"), Month("2026-08"), Month("2027-01")]
    table = ReportTable(
        "By month",
        (Column("month", "Month"), Column("amount", "Amount", "money")),
        [(m, Decimal(100)) for m in keys],
    )
    chart = Chart("bar", "By month", list(keys), [Decimal(1), Decimal(2), Decimal(3)])
    report = Report("t", "T", date(2026, 7, 1), date(2027, 1, 31), [table], [chart])
    pdf = render_report(report, centre_name="X", translate=lambda c, t: months.get(t, say(c, t)))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Juli 2026" in text and "Januari 2027" in text and "2026-07" not in text
    assert "Agu" in text  # under its bar
    path = tmp_path / "m.xlsx"
    write_report_xlsx(report, path)
    ws = load_workbook(path)["By month"]
    assert [ws.cell(r, 1).value for r in (2, 3, 4)] == ["2026-07", "2026-08", "2027-01"]
    with pytest.raises(ValueError):
        Month("2026-13")


def test_long_names_wrap_in_their_cells_on_every_page():
    columns = (Column("code", "Code"), Column("name", "Name"), Column("amount", "Amount", "money"))
    long_name = " ".join(["Kain batik tulis motif Manggur warna sogan"] * 6)
    rows = [(f"N{i:03d}", long_name if i % 7 == 0 else f"Kain {i}", D(i)) for i in range(1, 121)]
    report = Report("t", "T", date(2026, 1, 1), date(2026, 1, 31),
                    [ReportTable("Names", columns, rows)])  # fmt: skip
    pages = _pages(report)
    assert len(pages) >= 2
    text = " ".join(pages)
    assert all(f"N{i:03d}" in text for i in range(1, 121))
    # a wrapped name is on several lines, every word of it kept
    assert text.count("sogan") == 6 * len([i for i in range(1, 121) if i % 7 == 0])


def test_a_word_in_a_cell_starts_with_a_capital_and_data_stays_as_typed(tmp_path):
    from openpyxl import load_workbook

    from rumahbatik.reports.report_xlsx import write_report_xlsx

    words = {"female": "perempuan", "male": "laki-laki"}
    table = ReportTable(
        "By gender",
        (Column("gender", "Gender"), Column("name", "Name"), Column("n", "Count", "int")),
        [
            (Label("People", "female"), "ibu siti", 10),
            (Label("People", "male"), "pak budi", 3),
        ],
    )
    report = Report("t", "T", date(2026, 7, 1), date(2026, 7, 31), [table])
    speak = lambda c, t: words.get(t, say(c, t))  # noqa: E731
    text = PdfReader(io.BytesIO(render_report(report, centre_name="X", translate=speak)))
    page = text.pages[0].extract_text()
    assert "Perempuan" in page and "Laki-laki" in page
    assert "ibu siti" in page and "perempuan" not in page
    path = tmp_path / "g.xlsx"
    write_report_xlsx(report, path, translate=speak)
    ws = load_workbook(path)["By gender"]
    assert [ws.cell(r, 1).value for r in (2, 3)] == ["Perempuan", "Laki-laki"]
    assert [ws.cell(r, 2).value for r in (2, 3)] == ["ibu siti", "pak budi"]
