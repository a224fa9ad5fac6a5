"""The consignment settlement slip read back: number, artisan, what sold, sums in Rupiah,
royalties, returned pieces, payouts, signature boxes and page numbers, in both languages."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path

from pypdf import PdfReader

from rumahbatik import config
from rumahbatik.domain.sales import AccrualKind, PayoutMethod
from rumahbatik.reports.settlement_slip import file_name, render_settlement_slip
from rumahbatik.services.centre import CentreProfile
from rumahbatik.services.sales_types import AccrualRow, PayoutData, SettlementData, UnsoldPiece

CENTRE = CentreProfile(
    name="Rumah Batik Sekar Jagad",
    address="Jl. Parangtritis 21",
    city="Yogyakarta",
    phone="0274 123456",
    logo=(Path(config.resources_dir()) / "images" / "logo.png").read_bytes(),
    signatory_name="Dra. Ratna Sari",
    signatory_title="Ketua pengelola",
)


def _settlement(sold: int = 2) -> SettlementData:
    rows = [
        AccrualRow(
            id=i + 1,
            kind=AccrualKind.CONSIGNMENT,
            accrued_on=date(2026, 3, 2 + i % 27),
            invoice_number=f"INV/2026/{i + 1:06d}",
            sku="PRD-00012",
            description="Kain batik tulis Sekar Jagad",
            quantity=D(1),
            gross=D(1250000),
            amount=D(1000000),
        )
        for i in range(sold)
    ]
    rows.append(
        AccrualRow(
            id=999,
            kind=AccrualKind.ROYALTY,
            accrued_on=date(2026, 3, 9),
            invoice_number="INV/2026/000777",
            sku="PRD-00030",
            description="Kemeja Sekar Kedaton",
            quantity=D(2),
            gross=D(450000),
            amount=D(45000),
        )
    )
    net = D(1000000) * sold
    return SettlementData(
        id=1,
        number="ST/2026/0007",
        person_id=5,
        person_name="Bu Sri Lestari",
        bank_name="BRI",
        bank_account_number="0123-01-000123-50-1",
        bank_account_holder="Sri Lestari",
        period_from=date(2026, 3, 1),
        period_to=date(2026, 3, 31),
        consignment_gross=D(1250000) * sold,
        commission=D(250000) * sold,
        consignment_net=net,
        royalties=D(45000),
        total_owed=net + D(45000),
        paid=D(1500000),
        notes="",
        created_by="Dewi Lestari",
        created_at=datetime(2026, 4, 2, 3, 0, tzinfo=UTC),
        accruals=tuple(rows),
        returned=(UnsoldPiece(12, "PRD-00013", "Selendang sutra", D(1), D(455000)),),
        payouts=(
            PayoutData(1, date(2026, 4, 2), PayoutMethod.TRANSFER, D(1500000), "TRF-778", "Dewi"),
        ),
    )


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_slip_shows_the_number_the_artisan_the_sums_and_the_signatures(tmp_path: Path) -> None:
    pdf = render_settlement_slip(_settlement(), CENTRE)
    (tmp_path / "slip.pdf").write_bytes(pdf)
    pages, text = _text(pdf)
    assert pages == 1
    for expected in (
        "Rumah Batik Sekar Jagad",
        "SLIP PENYELESAIAN TITIP JUAL",
        "ST/2026/0007",
        "Bu Sri Lestari",
        "BRI · 0123-01-000123-50-1 · Sri Lestari",
        "1–31 Maret 2026",
        "INV/2026/000001",
        "Kain batik tulis Sekar Jagad",
        "Rp2.500.000",  # gross
        "Rp500.000",  # commission
        "Rp2.000.000",  # net
        "ROYALTI MOTIF",
        "Rp45.000",
        "Rp2.045.000",  # total owed
        "Rp1.500.000",  # paid
        "Rp545.000",  # balance
        "BARANG YANG DIKEMBALIKAN",
        "Selendang sutra",
        "TRF-778",
        "Transfer bank",
        "Pengrajin",
        "Pusat batik",
        "Dra. Ratna Sari",
        "Yogyakarta, 2 April 2026",
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    # the same input gives the same bytes (invariant PDFs)
    assert render_settlement_slip(_settlement(), CENTRE) == pdf
    assert file_name(_settlement()) == "slip-titip-jual-ST-2026-0007-bu-sri-lestari.pdf"


def test_slip_in_english_over_several_pages_without_royalties_or_returns() -> None:
    base = _settlement(sold=70)
    plain = SettlementData(
        **{
            **base.__dict__,
            "accruals": tuple(a for a in base.accruals if a.kind is AccrualKind.CONSIGNMENT),
            "royalties": D(0),
            "total_owed": base.consignment_net,
            "returned": (),
            "payouts": (),
            "paid": D(0),
        }
    )
    pages, text = _text(render_settlement_slip(plain, CENTRE, language="en"))
    assert pages >= 2
    assert "CONSIGNMENT SETTLEMENT SLIP" in text
    assert f"Page {pages} of {pages}" in text
    assert "MOTIF ROYALTIES" not in text and "PIECES RETURNED" not in text
    assert "Nothing paid yet." in text
    assert "Rp70.000.000" in text  # the net owed, and the balance
    assert "Artisan" in text and "Batik centre" in text
