"""Invoice, quotation and credit note PDFs of real sales, read back with pypdf: the number,
the customer, every line, totals in ``Rp…``, the amount in words, VAT only when the invoice
has it, the cancellation stamp, page breaks with the column heads repeated."""

from __future__ import annotations

import io
import re
from decimal import Decimal as D

from PIL import Image
from pypdf import PdfReader

from rumahbatik.db import Database
from rumahbatik.domain.invoicing import Discount, DiscountKind
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.reports.invoice_pdf import (
    credit_note_file_name,
    invoice_file_name,
    render_credit_note,
    render_invoice,
)
from rumahbatik.services import credit_notes, sales, settings
from rumahbatik.services.centre import CentreProfile
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, ReturnLine, SaleInput, SaleLineInput
from tests.services.sales_helpers import customer, product


def _png(colour: str, size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


CENTRE = CentreProfile(
    name="Rumah Batik Kota Probolinggo",
    address="Jl. Panglima Sudirman No. 19",
    city="Probolinggo",
    phone="0335 421 234",
    npwp="01.234.567.8-901.000",
    nib="9120001234567",
    logo=_png("brown", (240, 120)),
    bank_name="Bank Jatim",
    bank_account_number="0011223344",
    bank_account_holder="Rumah Batik Kota Probolinggo",
    qris_image=_png("black", (200, 200)),
    invoice_footer="Barang yang sudah dibeli dapat ditukar dalam 7 hari.",
    signatory_name="Siti Rahmawati",
    signatory_title="Pengelola",
)


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _sale(db: Database, actor: Actor, **kw: object):  # type: ignore[no-untyped-def]
    kain = product(db, actor, "Kain batik tulis Parang", "1000000")
    kemeja = product(db, actor, "Kemeja batik cap", "150000", technique="cap")
    buyer = customer(
        db, actor, "Dinas Koperasi Probolinggo", "institution", npwp="0123456789012345"
    )
    lines = (
        SaleLineInput(kain, D(1)),
        SaleLineInput(kemeja, D(2), discount=Discount(DiscountKind.PERCENT, D(10))),
    )
    return sales.sell(db, actor, SaleInput(lines=lines, customer_id=buyer, **kw))  # type: ignore[arg-type]


def test_invoice_shows_number_customer_lines_totals_and_words(db: Database, staff: Actor) -> None:
    # 1,000,000 + 2 × 150,000 − 10 % = 1,270,000; less 20,000 on the invoice = 1,250,000
    inv = _sale(db, staff, discount=Discount(value=D(20_000)))
    inv = sales.record_payment(
        db, staff, inv.id, PaymentInput(PaymentMethod.TRANSFER, D(250_000), reference="TRF-77")
    )
    pdf = render_invoice(inv, CENTRE, printed_by="Dewi")
    [page] = _text(pdf)
    text = _flat(page)
    assert "FAKTUR PENJUALAN" in text and inv.number in text
    assert "Dinas Koperasi Probolinggo" in text and "NPWP: 0123456789012345" in text
    assert "NPWP 01.234.567.8-901.000" in text and "NIB 9120001234567" in text
    assert "Kain batik tulis Parang" in text and "Kemeja batik cap" in text
    assert "Batik Tulis" in text and "Batik Cap" in text
    for amount in ("Rp1.000.000", "Rp150.000", "-Rp30.000", "Rp270.000", "Rp1.270.000",
                   "-Rp20.000", "Rp1.250.000", "-Rp250.000"):  # fmt: skip
        assert amount in text, amount
    assert "Sisa tagihan Rp1.000.000" in text
    assert "Terbilang: Satu juta dua ratus lima puluh ribu rupiah" in text
    assert "DIBAYAR SEBAGIAN" in text and "TRF-77" in text
    # something is due: the bank account and the QRIS code are printed
    assert "Bank Jatim 0011223344" in text and "Scan QRIS" in text
    assert "PPN" not in text and "DPP" not in text  # no VAT on this invoice
    assert "Siti Rahmawati" in text and "Barang yang sudah dibeli" in text
    assert "Halaman 1 dari 1" in text
    assert invoice_file_name(inv) == f"faktur-{inv.number.replace('/', '-')}.pdf"


def test_vat_lines_follow_the_invoice_not_the_setting(
    db: Database, admin: Actor, staff: Actor
) -> None:
    settings.update_settings(db, admin, {"vat_enabled": True})
    inv = _sale(db, staff)
    settings.update_settings(db, admin, {"vat_enabled": False})  # later: VAT switched off
    # subtotal 1,270,000; DPP 11/12 → 1,164,167; PPN 12 % → 139,700; total 1,409,700
    text = _flat(_text(render_invoice(inv, CENTRE))[0])
    assert "DPP (11/12 × harga) Rp1.164.167" in text
    assert "PPN 12% Rp139.700" in text
    assert "TOTAL Rp1.409.700" in text
    english = _flat(_text(render_invoice(inv, CENTRE, language="en"))[0])
    assert "INVOICE" in english and "VAT (PPN) 12% Rp139.700" in english
    assert "Satu juta empat ratus sembilan ribu tujuh ratus rupiah" in english


def test_paid_invoice_has_no_payment_instructions(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain", "1250000")
    inv = sales.sell(
        db,
        staff,
        SaleInput(lines=(SaleLineInput(kain, D(1)),)),
        [PaymentInput(PaymentMethod.CASH, cash_given=D(1_300_000))],
    )
    text = _flat(_text(render_invoice(inv, CENTRE))[0])
    assert "LUNAS" in text and "Pelanggan umum" in text
    assert "kembalian Rp50.000" in text
    assert "Bank Jatim" not in text and "QRIS" not in text


def test_cancelled_invoice_is_stamped_and_its_credit_note_prints(
    db: Database, staff: Actor, manager: Actor
) -> None:
    inv = _sale(db, staff, discount=Discount(value=D(20_000)))
    note = credit_notes.cancel_invoice(db, manager, inv.id, "Pesanan dibatalkan pembeli")
    inv = sales.get_invoice(db, manager, inv.id)
    text = _flat(_text(render_invoice(inv, CENTRE))[0])
    assert text.count("DIBATALKAN") >= 3  # the status, the banner and the stamp
    assert note.number in text and "Pesanan dibatalkan pembeli" in text
    assert "Bank Jatim" not in text  # nothing to pay on a cancelled invoice

    cn = _flat(_text(render_credit_note(note, CENTRE))[0])
    assert "NOTA KREDIT" in cn and note.number in cn and inv.number in cn
    assert "Dinas Koperasi Probolinggo" in cn and "Pesanan dibatalkan pembeli" in cn
    assert "Kain batik tulis Parang" in cn and "Kemeja batik cap" in cn
    assert "TOTAL KREDIT Rp1.250.000" in cn
    assert "Satu juta dua ratus lima puluh ribu rupiah" in cn
    assert "Halaman 1 dari 1" in cn
    assert credit_note_file_name(note) == f"nota-kredit-{note.number.replace('/', '-')}.pdf"


def test_credit_note_of_a_return_in_english(db: Database, staff: Actor, manager: Actor) -> None:
    inv = _sale(db, staff)
    kemeja = inv.lines[1]
    note = credit_notes.return_goods(db, manager, inv.id, [ReturnLine(kemeja.id, D(1))], "Size")
    text = _flat(_text(render_credit_note(note, CENTRE, language="en"))[0])
    assert "CREDIT NOTE" in text and "Goods returned" in text
    # one of two shirts at 150,000 less 10 %: 135,000 back
    assert "Kemeja batik cap" in text and "Kain batik" not in text
    assert "-Rp15.000" in text and "TOTAL CREDIT Rp135.000" in text


def test_draft_prints_as_a_quotation(db: Database, staff: Actor) -> None:
    kain = product(db, staff, "Kain", "1250000")
    buyer = customer(db, staff)
    draft = sales.create_draft(
        db, staff, SaleInput(lines=(SaleLineInput(kain, D(1)),), customer_id=buyer)
    )
    text = _flat(_text(render_invoice(draft, CENTRE))[0])
    assert "PENAWARAN HARGA" in text and "FAKTUR" not in text
    assert draft.quotation_number in text
    valid = draft.invoice_date.toordinal() + 14
    from datetime import date

    assert f"Berlaku sampai {date.fromordinal(valid):%d/%m/%Y}" in text
    assert "Satu juta dua ratus lima puluh ribu rupiah" in text
    assert "Sisa tagihan" not in text and "Bank Jatim" not in text
    assert invoice_file_name(draft).startswith("penawaran-PNW-")
    english = _flat(_text(render_invoice(draft, CENTRE, language="en"))[0])
    assert "QUOTATION" in english and "Valid until" in english


def test_many_lines_break_over_pages_with_the_heads_repeated(db: Database, staff: Actor) -> None:
    ids = [product(db, staff, f"Selendang motif nomor {i:02d}", "150000") for i in range(30)]
    inv = sales.sell(db, staff, SaleInput(lines=tuple(SaleLineInput(i, D(1)) for i in ids)))
    pages = [_flat(t) for t in _text(render_invoice(inv, CENTRE))]
    assert len(pages) == 2
    assert "Halaman 1 dari 2" in pages[0] and "Halaman 2 dari 2" in pages[1]
    for page in pages:
        assert "Harga satuan" in page and "Produk" in page  # the column heads on each page
    assert f"{inv.number} (lanjutan)" in pages[1]
    every = " ".join(pages)
    for i in range(30):
        assert f"Selendang motif nomor {i:02d}" in every
    assert "TOTAL Rp4.500.000" in pages[1]
    assert "Empat juta lima ratus ribu rupiah" in pages[1]


def test_unreadable_logo_is_left_out() -> None:
    from dataclasses import replace

    from tests.reports.test_receipt_pdf import sample_invoice

    centre = replace(CENTRE, logo=b"not an image", qris_image=None)
    text = _flat(_text(render_invoice(sample_invoice(), centre))[0])
    assert "Rumah Batik Kota Probolinggo" in text
