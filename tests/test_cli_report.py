"""``rumahbatik report NAME --from --to --out FILE.pdf|FILE.xlsx`` in the database's
language."""

from __future__ import annotations

import re
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


class _Terminal:
    """stderr as a terminal would be: it says it is one and keeps what was written."""

    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_a_report_shows_its_progress_on_a_terminal_and_nothing_in_a_log(
    tmp_path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    url, _numbers = _setup(tmp_path)
    day = date.today().strftime("%d/%m/%Y")
    args = ["report", "sales", "--from", day, "--to", day, "--db", url]
    terminal = _Terminal(tty=True)
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    assert cli.main([*args, "--out", str(tmp_path / "a.pdf")]) == 0
    assert "reading the figures: " in terminal.text
    assert "writing the PDF, rows: " in terminal.text
    # the line last drawn says the work is done; then it is cleared
    last = re.fullmatch(
        r"writing the PDF, rows: ([\d,]+) of ([\d,]+)\x1b\[K", terminal.text.split("\r")[-2]
    )
    assert last is not None and last[1] == last[2]
    assert terminal.text.endswith("\r\x1b[K")

    log = _Terminal(tty=False)
    monkeypatch.setattr(cli.sys, "stderr", log)
    assert cli.main([*args, "--out", str(tmp_path / "a.xlsx")]) == 0
    assert log.text == ""
    assert "written" in capsys.readouterr().out
