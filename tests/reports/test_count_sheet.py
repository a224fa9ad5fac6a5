"""The count sheet and the count result, read back with pypdf."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal as D

from pypdf import PdfReader

from rumahbatik.domain.stock import CountStatus, LocationKind
from rumahbatik.reports.count_sheet import render_count_result, render_count_sheet
from rumahbatik.services.stock_types import CountData, CountLineData, LocationData

GUDANG = LocationData(1, "GUDANG", "Gudang", LocationKind.STORE)


def line(n: int, name: str, book: str, counted: str | None = None, cost: str = "1000"):
    return CountLineData(
        item_id=n,
        sku=f"BHN-{n:05d}",
        name=name,
        unit="m" if n % 2 else "pcs",
        expected=D(book),
        counted=None if counted is None else D(counted),
        book_now=D(book),
        unit_cost=D(cost),
    )


def make_count(lines, status=CountStatus.DRAFT) -> CountData:
    return CountData(
        id=1,
        number="SO/2026/0007",
        location=GUDANG,
        count_date=date(2026, 11, 20),
        status=status,
        lines=lines,
        notes="Opname akhir bulan",
        created_by="Dewi Lestari",
        posted_at=datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
        if status == CountStatus.POSTED
        else None,
        posted_by="Siti Aminah" if status == CountStatus.POSTED else "",
        document_number="SO/2026/0007" if status == CountStatus.POSTED else "",
    )


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_blind_sheet_in_indonesian_sorted_by_name():
    count = make_count(
        [line(1, "Malam tembok", "4"), line(2, "Canting tulis", "10"), line(3, "Kain mori", "50")]
    )
    pdf = render_count_sheet(
        count, centre_name="Rumah Batik Kota Probolinggo", language="id", printed_by="Dewi"
    )
    assert pdf.startswith(b"%PDF")
    text = pages(pdf)
    assert len(text) == 1
    page = text[0]
    for word in (
        "Stok Opname",
        "SO/2026/0007",
        "Gudang",
        "20/11/2026",
        "Rumah Batik Kota Probolinggo",
        "Halaman 1 dari 1",
        "Dihitung oleh",
        "Diperiksa oleh",
        "Jumlah dihitung",
        "Dicetak oleh Dewi",
        "pcs",
    ):
        assert word in page, word
    assert page.index("Canting tulis") < page.index("Kain mori") < page.index("Malam tembok")
    assert "Stok buku" not in page  # blind: the book quantity is not shown


def test_sheet_with_book_quantities_in_english_over_several_pages():
    lines = [line(i, f"Kain batik {i:03d}", str(i), cost="2500") for i in range(1, 131)]
    pdf = render_count_sheet(make_count(lines), language="en", printed_by="Siti", blind=False)
    text = pages(pdf)
    assert len(text) >= 3
    assert "Page 1 of" in text[0] and f"Page {len(text)} of {len(text)}" in text[-1]
    for page in text:  # the table header is repeated on every page with rows
        if "Kain batik" in page:
            assert "Book qty" in page and "Counted" in page
    body = "\n".join(text)
    assert "Kain batik 001" in body and "Kain batik 130" in body
    assert "Counted by" in text[-1]


def test_result_lists_differences_with_their_value_and_totals():
    count = make_count(
        [
            line(1, "Kain mori", "50", "47.5", cost="25000"),
            line(2, "Canting tulis", "10", "12", cost="15000"),
            line(3, "Malam tembok", "4", "4", cost="40000"),
        ],
        status=CountStatus.POSTED,
    )
    pdf = render_count_result(count, centre_name="Rumah Batik", language="id", printed_by="Siti")
    page = pages(pdf)[0]
    for word in (
        "Hasil stok opname",
        "Diposting",
        "-2,5",
        "+2",
        "-Rp62.500",
        "+Rp30.000",
        "Selisih bersih",
        "-Rp32.500",
        "Halaman 1 dari 1",
    ):
        assert word in page, word
