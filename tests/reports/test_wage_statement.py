"""The wage statement PDF read back: the artisan, the lines, totals in Rupiah, page numbers,
in Indonesian and in English."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from rumahbatik import config
from rumahbatik.domain.production import PaymentMethod, Stage
from rumahbatik.reports.wage_statement import file_name, render_wage_statement
from rumahbatik.services.production_types import WageLine, WagePaymentData, WageStatement

D = Decimal


def _statement(lines: int = 2, logo: bool = True) -> WageStatement:
    stages = [Stage.POLA, Stage.NGLOWONG, Stage.PEWARNAAN]
    rows = [
        WageLine(
            earned_on=date(2026, 3, 1 + i % 28),
            batch_id=i + 1,
            batch_number=f"PRD/2026/{i + 1:04d}",
            product_name="Kain batik tulis 2 m motif Sekar Jagad",
            stage=stages[i % 3],
            pieces=4,
            rate=D(10000) * (i % 3 + 1),
            amount=D(40000) * (i % 3 + 1),
        )
        for i in range(lines)
    ]
    earned = sum((r.amount for r in rows), D(0))
    payments = [
        WagePaymentData(1, 7, date(2026, 3, 15), D(100000), PaymentMethod.TRANSFER, "TRF-001")
    ]
    logo_bytes = (Path(config.resources_dir()) / "images" / "logo.png").read_bytes()
    return WageStatement(
        artisan_id=7,
        artisan_name="Ani Suryani",
        start=date(2026, 3, 1),
        end=date(2026, 3, 31),
        lines=rows,
        payments=payments,
        earned=earned,
        paid=D(100000),
        owed_before=D(25000),
        owed_end=D(25000) + earned - D(100000),
        bank_name="Bank Jatim",
        bank_account_number="0123456789",
        bank_account_holder="Ani Suryani",
        centre_name="Rumah Batik Kota Probolinggo",
        centre_address="Jl. Panglima Sudirman No. 19",
        centre_city="Probolinggo",
        logo=logo_bytes if logo else None,
        printed_by="Dewi Lestari",
        printed_at=datetime(2026, 4, 1, 3, 0, tzinfo=UTC),
    )


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_statement_reads_back_in_indonesian():
    st = _statement()
    pdf = render_wage_statement(st)
    pages = _text(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert "SLIP UPAH PENGRAJIN" in text
    assert "Rumah Batik Kota Probolinggo" in text
    assert "Ani Suryani" in text
    assert "1–31 Maret 2026" in text
    assert "PRD/2026/0001" in text and "Pola" in text and "Nglowong / nyanting" in text
    # 40.000 + 80.000 earned, 100.000 paid, 25.000 owed before: 45.000 owed at the end
    assert "Rp120.000" in text
    assert "Rp100.000" in text
    assert "Rp25.000" in text
    assert "Rp45.000" in text
    assert "Transfer bank" in text and "TRF-001" in text
    assert "Pengrajin" in text and "Pengelola" in text
    assert "Halaman 1 dari 1" in text
    assert "Bank Jatim" in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "SLIP UPAH PENGRAJIN Ani Suryani"


def test_long_statement_breaks_across_pages_in_english():
    st = _statement(lines=70, logo=False)
    pages = _text(render_wage_statement(st, language="en"))
    assert len(pages) >= 2
    assert "ARTISAN WAGE STATEMENT" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Rate/piece" in pages[1]  # the table header is repeated
    assert "PRD/2026/0070" in "".join(pages)
    assert "Still owed at the end" in pages[-1]


def test_overpaid_and_empty_period():
    st = _statement(lines=0)
    st = WageStatement(
        **{**st.__dict__, "earned": D(0), "owed_before": D(0), "owed_end": D(-100000)}
    )
    text = _text(render_wage_statement(st))[0]
    assert "Tidak ada upah dalam periode ini." in text
    assert "-Rp100.000 (lebih bayar / kasbon)" in text
    assert file_name(st) == "slip-upah-ani-suryani-2026-03.pdf"
