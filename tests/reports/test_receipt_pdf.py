"""The thermal receipt: 58 and 80 mm pages exactly as wide as the roll and as long as the
content, read back with pypdf: the lines, totals, VAT, the cash given and the change, long
names wrapped inside the paper."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from rumahbatik.db import Database
from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.invoicing import NO_DISCOUNT, Discount, DiscountKind
from rumahbatik.domain.sales import (
    Channel,
    InvoiceStatus,
    PaymentMethod,
    PaymentStatus,
)
from rumahbatik.reports.receipt_pdf import render_receipt
from rumahbatik.services import sales
from rumahbatik.services.centre import CentreProfile
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import (
    InvoiceData,
    InvoiceLineData,
    PaymentData,
    PaymentInput,
    SaleInput,
    SaleLineInput,
)
from tests.services.sales_helpers import product

MM = 72 / 25.4
LONG = "Kain batik tulis Parang Rusak Barong 2,5 m sutra ATBM pewarna alam indigo"
CENTRE = CentreProfile(
    name="Rumah Batik Kota Probolinggo",
    address="Jl. Panglima Sudirman No. 19",
    city="Probolinggo",
    phone="0335 421 234",
    npwp="01.234.567.8-901.000",
    invoice_footer="Barang yang sudah dibeli dapat ditukar dalam 7 hari.",
)


def _line(position: int, name: str, qty: str, price: str, discount: str = "0") -> InvoiceLineData:
    gross = D(qty) * D(price)
    off = D(discount)
    return InvoiceLineData(
        id=position, position=position, item_id=position, sku=f"PRD-{position:05d}",
        description=name, motif_name="Parang", technique="tulis", unit="pcs",
        quantity=D(qty), unit_price=D(price),
        discount=Discount(DiscountKind.AMOUNT, off) if off else NO_DISCOUNT,
        gross=gross, discount_amount=off, net=gross - off, invoice_discount=D(0),
        taxable=gross - off, cost=D(0), returned_quantity=D(0), consignor_id=None,
    )  # fmt: skip


def sample_invoice(*, vat: bool = False) -> InvoiceData:
    """A paid counter sale as plain data (no database): two lines, cash with change."""
    lines = (_line(1, LONG, "1", "1250000"), _line(2, "Selendang", "2", "150000", "5000"))
    subtotal = sum((ln.net for ln in lines), D(0))  # 1,545,000
    vat_base = D(1_416_250) if vat else D(0)
    tax = D(169_950) if vat else D(0)
    total = subtotal + tax
    paid_at = datetime(2026, 11, 2, 3, 15, tzinfo=UTC)
    cash = PaymentData(
        id=1, invoice_id=1, invoice_number="INV/2026/000123", method=PaymentMethod.CASH,
        amount=total, cash_given=D(2_000_000), change_given=D(2_000_000) - total,
        reference="", pay_date=date(2026, 11, 2), paid_at=paid_at, received_by="Dewi",
    )  # fmt: skip
    return InvoiceData(
        id=1, number="INV/2026/000123", quotation_number=None, status=InvoiceStatus.ISSUED,
        channel=Channel.COUNTER, customer_id=1, customer_name="Pelanggan umum",
        customer_type="walk_in", customer_organisation="", customer_address="",
        customer_npwp="", customer_nik="", invoice_date=date(2026, 11, 2), due_date=None,
        discount=NO_DISCOUNT, subtotal=subtotal, line_discounts=D(5000),
        invoice_discount=D(0), total_before_vat=subtotal, vat_rate=D(12) if vat else D(0),
        vat_base_fraction="11/12" if vat else "", vat_base=vat_base, vat=tax, total=total,
        credited=D(0), paid=total, payment_status=PaymentStatus.PAID, notes="",
        issued_at=paid_at, issued_by="Dewi Lestari", cancelled_at=None, cancel_reason="",
        lines=lines, payments=(cash,),
    )  # fmt: skip


def _read(pdf: bytes) -> tuple[float, float, str]:
    [page] = PdfReader(io.BytesIO(pdf)).pages
    return float(page.mediabox.width), float(page.mediabox.height), page.extract_text()


@pytest.mark.parametrize("width", [58, 80])
def test_receipt_is_one_page_of_the_roll_width(width: int) -> None:
    w, h, text = _read(render_receipt(sample_invoice(), CENTRE, width_mm=width))
    assert w == pytest.approx(width * MM, abs=0.01)
    assert 60 * MM < h < 200 * MM  # as long as the content, not an A4 page
    flat = re.sub(r"\s+", " ", text)
    assert "Rumah Batik Kota Probolinggo" in flat and "INV/2026/000123" in flat
    assert "Kasir Dewi Lestari" in flat
    assert "1 × Rp1.250.000 Rp1.250.000" in flat
    assert "2 × Rp150.000 Rp300.000" in flat and "Diskon -Rp5.000" in flat
    assert "TOTAL Rp1.545.000" in flat
    assert "Tunai Rp2.000.000" in flat and "Kembali Rp455.000" in flat
    assert "Terima kasih" in flat and "ditukar dalam 7 hari" in flat
    assert "NPWP" not in flat and "PPN" not in flat  # no VAT: no tax lines, no NPWP


def test_58_mm_wraps_long_names_inside_the_paper() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = render_receipt(sample_invoice(), CENTRE, width_mm=58)
    w, _h, text = _read(pdf)
    rows = text.splitlines()
    # the long name is on two rows or more, each narrower than the printable 48 mm
    pieces = [r for r in rows if r and r in LONG]
    assert len(pieces) >= 2 and " ".join(pieces) == LONG
    for row in pieces:
        assert stringWidth(row, "Helvetica", 7) <= 48 * MM + 0.5
    # the 80 mm receipt has room for more of it on a row
    wide = _read(render_receipt(sample_invoice(), CENTRE, width_mm=80))[2].splitlines()
    assert len([r for r in wide if r and r in LONG][0]) > len(pieces[0])


def test_vat_lines_npwp_and_english() -> None:
    _w, _h, text = _read(render_receipt(sample_invoice(vat=True), CENTRE, language="en"))
    flat = re.sub(r"\s+", " ", text)
    assert "NPWP 01.234.567.8-901.000" in flat
    assert "VAT base Rp1.416.250" in flat and "VAT 12% Rp169.950" in flat
    assert "TOTAL Rp1.714.950" in flat and "Change Rp285.050" in flat
    assert "Thank you" in flat and "Cashier" in flat


def test_a_width_other_than_58_or_80_is_refused() -> None:
    with pytest.raises(ValidationError):
        render_receipt(sample_invoice(), CENTRE, width_mm=76)


def test_receipt_of_a_real_counter_sale(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain batik cap", "275000")
    inv = sales.sell(
        db,
        staff,
        SaleInput(lines=(SaleLineInput(kain, D(2)),)),
        [PaymentInput(PaymentMethod.CASH, cash_given=D(600_000))],
    )
    _w, _h, text = _read(render_receipt(inv, CENTRE, width_mm=58))
    flat = re.sub(r"\s+", " ", text)
    assert inv.number in flat and "2 × Rp275.000 Rp550.000" in flat
    assert "Kembali Rp50.000" in flat
