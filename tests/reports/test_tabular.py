"""CSV and Excel output of a plain Table."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.tables import Column, Table
from rumahbatik.reports.tabular import RUPIAH_FORMAT, write_table

AT = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)
LOCAL_AT = AT.astimezone().replace(tzinfo=None)


@pytest.fixture
def table():
    return Table(
        name="sales",
        title="Penjualan batik",
        columns=[
            Column("name", "Nama"),
            Column("qty", "Jumlah", "int"),
            Column("price", "Harga", "money"),
            Column("meters", "Meter", "decimal"),
            Column("day", "Tanggal", "date"),
            Column("at", "Waktu", "datetime"),
            Column("paid", "Lunas", "bool"),
        ],
        rows=[
            (
                "Kain batik tulis Manggur",
                2,
                Decimal("1250000"),
                Decimal("2.5"),
                date(2026, 3, 1),
                AT,
                True,
            ),
            (
                'Selendang cap, "Probolinggo"',
                10,
                Decimal("175000.50"),
                Decimal("1.125"),
                date(2026, 3, 2),
                None,
                False,
            ),
            ("Kemeja; ukuran L", 1, None, None, None, None, None),
        ],
    )


def test_csv_is_utf8_with_a_header_row(table, tmp_path):
    path = tmp_path / "out.csv"
    write_table(table, path, tr=str.upper)
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["NAMA", "JUMLAH", "HARGA", "METER", "TANGGAL", "WAKTU", "LUNAS"]
    assert rows[1] == [
        "Kain batik tulis Manggur",
        "2",
        "1250000",
        "2.5",
        "2026-03-01",
        LOCAL_AT.strftime("%Y-%m-%d %H:%M:%S"),
        "1",
    ]
    assert rows[2] == [
        'Selendang cap, "Probolinggo"',
        "10",
        "175000.50",
        "1.125",
        "2026-03-02",
        "",
        "0",
    ]
    assert rows[3] == ["Kemeja; ukuran L", "1", "", "", "", "", ""]
    assert len(rows) == 4


def test_csv_keeps_non_ascii(tmp_path):
    t = Table("x", "x", [Column("n", "Nama")], [("Batik Pekalongan — “Jlamprang” ꦧꦠꦶꦏ꧀",)])
    path = tmp_path / "x.csv"
    write_table(t, path)
    assert "ꦧꦠꦶꦏ꧀" in path.read_text(encoding="utf-8")


def test_xlsx_has_real_numbers_dates_and_formats(table, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    write_table(table, path)
    wb = load_workbook(path)
    ws = wb.active
    assert ws.title == "Penjualan batik"
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == [
        "Nama",
        "Jumlah",
        "Harga",
        "Meter",
        "Tanggal",
        "Waktu",
        "Lunas",
    ]
    assert all(c.font.bold for c in ws[1])
    name, qty, price, meters, day, at, paid = ws[2]
    assert qty.value == 2 and isinstance(qty.value, int)
    assert price.value == 1250000 and isinstance(price.value, int | float)
    assert price.number_format == RUPIAH_FORMAT
    assert meters.value == pytest.approx(2.5) and meters.data_type == "n"
    assert isinstance(day.value, datetime) and day.value.date() == date(2026, 3, 1)
    assert day.is_date and day.number_format == "DD/MM/YYYY"
    assert at.value == LOCAL_AT and at.number_format == "DD/MM/YYYY HH:MM"
    assert paid.value is True
    second = ws[3]
    assert second[2].value == pytest.approx(175000.5)
    assert second[2].number_format == RUPIAH_FORMAT
    assert second[5].value is None
    assert ws.max_row == 4
    # every money cell below the header carries the Rupiah format
    assert {ws.cell(row=r, column=3).number_format for r in range(2, 5)} == {RUPIAH_FORMAT}


def test_xlsx_title_is_cut_to_excel_limit(tmp_path):
    from openpyxl import load_workbook

    t = Table("x", "A very long sheet title that Excel would refuse", [Column("n", "N")], [])
    write_table(t, tmp_path / "x.xlsx")
    ws = load_workbook(tmp_path / "x.xlsx").active
    assert len(ws.title) <= 31
    assert ws.max_row == 1


@pytest.mark.parametrize("name", ["out.pdf", "out", "out.xls"])
def test_unknown_suffix_is_refused(table, tmp_path, name):
    with pytest.raises(ValidationError) as err:
        write_table(table, tmp_path / name)
    assert err.value.code == "file_type_unknown"
    assert not (tmp_path / name).exists()


def test_suffix_is_case_insensitive(table, tmp_path):
    write_table(table, tmp_path / "OUT.XLSX")
    assert (tmp_path / "OUT.XLSX").read_bytes()[:2] == b"PK"
