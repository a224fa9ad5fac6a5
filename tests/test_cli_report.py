"""``rumahbatik report NAME --from --to --out FILE.pdf|FILE.xlsx`` in the database's
language."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from rumahbatik import cli
from tests.test_cli_invoice import _setup


def test_sales_report_from_the_command_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url, _numbers = _setup(tmp_path)  # Indonesian, one paid sale of Rp1.250.000 today
    day = date.today().strftime("%d/%m/%Y")
    pdf = tmp_path / "jual.pdf"
    args = ["report", "sales", "--from", day, "--to", day, "--db", url]
    assert cli.main([*args, "--out", str(pdf)]) == 0
    assert "written" in capsys.readouterr().out
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Laporan penjualan" in text and "Halaman 1 dari" in text
    assert "Rp1.250.000" in text and "Manggur" in text
    xlsx = tmp_path / "jual.xlsx"
    assert cli.main([*args, "--out", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    ws = wb["Penjualan per produk"]
    assert ws["B2"].value == "Kain batik tulis Manggur" and ws["D2"].value == 1_250_000
    assert cli.main(["report", "--list"]) == 0
    assert "sales" in capsys.readouterr().out
    assert cli.main(["report", "nothing", "--from", day, "--to", day, "--out", str(pdf),
                     "--db", url]) == 2  # fmt: skip
