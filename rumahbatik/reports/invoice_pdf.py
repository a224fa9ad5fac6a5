"""Invoices (faktur), quotations (penawaran harga) and credit notes (nota kredit) as A4 PDFs.

Takes :class:`~rumahbatik.services.sales_types.InvoiceData` /
:class:`~rumahbatik.services.sales_types.CreditNoteData` and the
:class:`~rumahbatik.services.centre.CentreProfile`, never a session.

An invoice has the centre's header (logo, name, address, phone, NPWP/NIB), the document's
number, date, due date and payment status, the customer (with NPWP or NIK when given), the
lines (repeating their column heads on every page), the totals with the VAT lines when the
invoice was issued with VAT (the rate frozen on the invoice, not today's setting), the total
in Indonesian words (*terbilang*, always Indonesian: it is what the law and the buyers'
bookkeepers expect), the payments and what is still due, the bank account and the static QRIS
code while something is still to pay, the footer text and the signatory. A draft prints as a
quotation, valid :data:`QUOTATION_VALID_DAYS` days; a cancelled invoice carries a red
"DIBATALKAN" stamp on every page. Every page ends with "Halaman N dari M".

The words come from ``labels``: Indonesian by default, :data:`LABELS_EN` for a program running
in English (this layer has no Qt). ReportLab is imported when a PDF is made.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from rumahbatik.domain.formatting import format_date, format_datetime, format_number, format_rupiah
from rumahbatik.domain.invoicing import DiscountKind, amount_in_words
from rumahbatik.domain.labels import TECHNIQUE_WORDS
from rumahbatik.domain.sales import CreditKind, InvoiceStatus, PaymentMethod, PaymentStatus
from rumahbatik.reports.page_frame import GOLD, INK, PAGE_H, PAGE_W, SOGA, numbered_canvas
from rumahbatik.services.sales_types import CreditNoteData, InvoiceData

if TYPE_CHECKING:  # the profile's module opens settings (SQLAlchemy): not needed to draw
    from rumahbatik.services.centre import CentreProfile

log = logging.getLogger(__name__)

#: A quotation is valid this many days from its date.
QUOTATION_VALID_DAYS = 14

#: The words printed on invoices and credit notes, Indonesian by default.
LABELS: dict[str, str] = {
    "language": "id",
    "invoice_title": "FAKTUR PENJUALAN",
    "quotation_title": "PENAWARAN HARGA",
    "credit_title": "NOTA KREDIT",
    "number": "Nomor",
    "date": "Tanggal",
    "due_date": "Jatuh tempo",
    "valid_until": "Berlaku sampai",
    "payment_status": "Status",
    "status_unpaid": "BELUM DIBAYAR",
    "status_partial": "DIBAYAR SEBAGIAN",
    "status_paid": "LUNAS",
    "bill_to": "Kepada Yth.",
    "npwp": "NPWP",
    "nik": "NIK",
    "nib": "NIB",
    "phone": "Telp.",
    "no": "No.",
    "product": "Produk",
    "motif": "Motif",
    "technique": "Teknik",
    "qty": "Jumlah",
    "price": "Harga satuan",
    "discount": "Diskon",
    "line_total": "Total",
    "amount": "Nilai",
    "subtotal": "Subtotal",
    "invoice_discount": "Diskon faktur",
    "before_vat": "Jumlah sebelum PPN",
    "dpp": "DPP ({fraction} × harga)",
    "dpp_plain": "DPP",
    "vat": "PPN {rate}%",
    "vat_plain": "PPN",
    "total": "TOTAL",
    "in_words": "Terbilang",
    "credited": "Nota kredit",
    "paid": "Sudah dibayar",
    "due": "Sisa tagihan",
    "overpaid": "Kelebihan bayar (dikembalikan)",
    "payments_heading": "PEMBAYARAN DITERIMA",
    "credits_heading": "NOTA KREDIT",
    "method": "Cara bayar",
    "reference": "Referensi",
    "refund": "Pengembalian dana {number}",
    "method_cash": "Tunai",
    "method_transfer": "Transfer bank",
    "method_qris": "QRIS",
    "cash_change": "Uang diterima {given}, kembalian {change}",
    "pay_to_heading": "CARA PEMBAYARAN",
    "pay_to": "Transfer ke rekening:",
    "account_holder": "a.n.",
    "qris_caption": "Scan QRIS untuk membayar",
    "pay_reference": "Cantumkan nomor {number} pada berita transfer.",
    "notes": "Catatan",
    "quotation_note": "Harga berlaku sampai {date}. Penawaran ini bukan faktur "
    "dan bukan bukti pembayaran.",
    "cancelled": "DIBATALKAN",
    "cancelled_banner": "Faktur ini DIBATALKAN pada {date} dengan nota kredit {notes}. "
    "Alasan: {reason}",
    "received_by": "Penerima",
    "regards": "Hormat kami",
    "customer_sign": "Pelanggan",
    "place_date": "{place}, {date}",
    "page": "Halaman {page} dari {pages}",
    "printed": "Dicetak oleh {user}, {at}",
    "continued": "{title} {number} (lanjutan)",
    "original_invoice": "Faktur asal",
    "invoice_date": "Tanggal faktur",
    "kind": "Jenis",
    "kind_cancellation": "Pembatalan faktur",
    "kind_return": "Retur barang",
    "reason": "Alasan",
    "credit_before_vat": "Jumlah sebelum PPN",
    "credit_total": "TOTAL KREDIT",
    "refunded": "Dana dikembalikan",
    "credit_open": "Mengurangi tagihan",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
}

#: The same words in English, for a program running in English.
LABELS_EN: dict[str, str] = {
    **LABELS,
    "language": "en",
    "invoice_title": "INVOICE",
    "quotation_title": "QUOTATION",
    "credit_title": "CREDIT NOTE",
    "number": "Number",
    "date": "Date",
    "due_date": "Due date",
    "valid_until": "Valid until",
    "payment_status": "Status",
    "status_unpaid": "UNPAID",
    "status_partial": "PARTLY PAID",
    "status_paid": "PAID",
    "bill_to": "Bill to",
    "phone": "Phone",
    "product": "Product",
    "technique": "Technique",
    "qty": "Qty",
    "price": "Unit price",
    "discount": "Discount",
    "amount": "Amount",
    "invoice_discount": "Invoice discount",
    "before_vat": "Total before VAT",
    "dpp": "VAT base ({fraction} × price)",
    "dpp_plain": "VAT base (DPP)",
    "vat": "VAT (PPN) {rate}%",
    "vat_plain": "VAT (PPN)",
    "in_words": "In words (Indonesian)",
    "credited": "Credit notes",
    "paid": "Paid",
    "due": "Amount due",
    "overpaid": "Overpaid (refunded)",
    "payments_heading": "PAYMENTS RECEIVED",
    "credits_heading": "CREDIT NOTES",
    "method": "Method",
    "reference": "Reference",
    "refund": "Refund {number}",
    "method_cash": "Cash",
    "method_transfer": "Bank transfer",
    "cash_change": "Cash given {given}, change {change}",
    "pay_to_heading": "HOW TO PAY",
    "pay_to": "Transfer to:",
    "account_holder": "Account name:",
    "qris_caption": "Scan the QRIS code to pay",
    "pay_reference": "Please quote {number} with your transfer.",
    "notes": "Notes",
    "quotation_note": "Prices valid until {date}. This quotation is not an invoice nor a receipt.",
    "cancelled": "CANCELLED",
    "cancelled_banner": "This invoice was CANCELLED on {date} by credit note {notes}. "
    "Reason: {reason}",
    "received_by": "Received by",
    "regards": "Yours sincerely",
    "customer_sign": "Customer",
    "page": "Page {page} of {pages}",
    "printed": "Printed by {user}, {at}",
    "continued": "{title} {number} (continued)",
    "original_invoice": "Original invoice",
    "invoice_date": "Invoice date",
    "kind": "Kind",
    "kind_cancellation": "Invoice cancelled",
    "kind_return": "Goods returned",
    "reason": "Reason",
    "credit_before_vat": "Amount before VAT",
    "credit_total": "TOTAL CREDIT",
    "refunded": "Refunded",
    "credit_open": "Deducted from the amount due",
    "months": "January February March April May June July August September October "
    "November December",
}

MARGIN = 40.0
FULL_W = PAGE_W - 2 * MARGIN
LIGHT = (0.96, 0.92, 0.83)
RED = (0.72, 0.08, 0.08)
GREEN = (0.10, 0.45, 0.20)
GREY = (0.42, 0.38, 0.34)


def labels_for(language: str) -> dict[str, str]:
    """The words for a UI language (``"id"`` or ``"en"``)."""
    return LABELS_EN if language == "en" else LABELS


def _esc(text: str) -> str:
    return escape(text or "")


def _long_date(value: date, labels: Mapping[str, str]) -> str:
    months = labels["months"].split()
    return f"{value.day} {months[value.month - 1]} {value.year}"


#: Units as the paper writes them (the stored unit is a code: m, sheet, kg, g, l, pcs).
UNIT_WORDS = {
    "id": {"m": "m", "sheet": "lembar", "kg": "kg", "g": "gram", "l": "liter", "pcs": "pcs"},
    "en": {"m": "m", "sheet": "sheet", "kg": "kg", "g": "g", "l": "l", "pcs": "pcs"},
}


def _qty(value: Decimal, unit: str = "", labels: Mapping[str, str] | None = None) -> str:
    text = format_number(value)
    language = "en" if labels is not None and labels.get("language") == "en" else "id"
    word = UNIT_WORDS[language].get(unit, unit)
    return f"{text} {word}" if unit else text


def _words(total: Decimal) -> str:
    """The total in Indonesian words, first letter capitalised."""
    text = amount_in_words(total)
    return text[:1].upper() + text[1:]


def _slug(number: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", number).strip("-") or "dokumen"


# ------------------------------------------------------------------------- shared parts


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.colors import Color
        from reportlab.lib.styles import ParagraphStyle

        ink, soga, white = Color(*INK), Color(*SOGA), Color(1, 1, 1)

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base = {"fontName": "Helvetica", "fontSize": 8.5, "leading": 11, "textColor": ink}
            return ParagraphStyle(name, **{**base, **kw})

        self.centre = style("centre", fontName="Times-Bold", fontSize=15, leading=18,
                            textColor=soga)  # fmt: skip
        self.address = style("address", fontSize=8, leading=10.2)
        self.title = style("title", fontName="Helvetica-Bold", fontSize=15, leading=18,
                           textColor=soga, alignment=2)  # fmt: skip
        self.doc_number = style("docno", fontName="Helvetica-Bold", fontSize=10, leading=13,
                                alignment=2)  # fmt: skip
        self.label = style("label", fontName="Helvetica-Bold", fontSize=7.5, leading=9.5,
                           textColor=soga)  # fmt: skip
        self.fact = style("fact", fontSize=8.5, leading=10.5)
        self.fact_right = style("factr", fontSize=8.5, leading=10.5, alignment=2)
        self.customer = style("customer", fontName="Helvetica-Bold", fontSize=10, leading=13)
        self.heading = style("heading", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                             textColor=soga, spaceBefore=10, spaceAfter=3)  # fmt: skip
        self.cell = style("cell", fontSize=8, leading=9.8)
        self.cell_right = style("cellr", fontSize=8, leading=9.8, alignment=2)
        self.head = style("head", fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                          textColor=white)  # fmt: skip
        self.head_right = style("headr", parent=self.head, fontName="Helvetica-Bold",
                                fontSize=7.5, leading=9, textColor=white, alignment=2)  # fmt: skip
        self.words = style("words", fontName="Helvetica-Oblique", fontSize=8.5, leading=11)
        self.small = style("small", fontSize=7.5, leading=9.5, textColor=Color(*GREY))
        self.small_centre = style("smallc", fontSize=7.5, leading=9.5,
                                  textColor=Color(*GREY), alignment=1)  # fmt: skip
        self.banner = style("banner", fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                            textColor=Color(*RED))  # fmt: skip


def _image_size(data: bytes | None) -> tuple[int, int] | None:
    """The pixel size of a logo or QRIS image, None when absent or unreadable."""
    if not data:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (OSError, UnidentifiedImageError):
        log.warning("invoice: unreadable image (%d bytes) left out", len(data))
        return None


def _image(data: bytes | None, max_w: float, max_h: float) -> Any | None:
    """A platypus Image scaled to fit ``max_w`` × ``max_h``, or None."""
    size = _image_size(data)
    if size is None or not data:
        return None
    from reportlab.platypus import Image

    iw, ih = size
    scale = min(max_w / iw, max_h / ih)
    return Image(io.BytesIO(data), width=iw * scale, height=ih * scale)


def _header(
    centre: CentreProfile,
    title: str,
    number: str,
    labels: Mapping[str, str],
    s: _Styles,
) -> list[Any]:
    """The centre (logo, name, address, contacts, tax numbers) on the left, the document's
    title and number on the right, a gold rule under both. Shared by every paper here."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    lines = [Paragraph(_esc(centre.name), s.centre)]
    address = centre.address_line
    if address:
        lines.append(Paragraph(_esc(address), s.address))
    contact = " · ".join(
        x for x in (f"{labels['phone']} {centre.phone}" if centre.phone else "", centre.email) if x
    )
    if contact:
        lines.append(Paragraph(_esc(contact), s.address))
    tax = " · ".join(
        f"{labels[k]} {v}" for k, v in (("npwp", centre.npwp), ("nib", centre.nib)) if v
    )
    if tax:
        lines.append(Paragraph(_esc(tax), s.address))
    right = [Paragraph(_esc(title), s.title), Paragraph(_esc(number), s.doc_number)]
    right_w = 190.0
    logo = _image(centre.logo, 110.0, 52.0)
    if logo is not None:
        logo_w = logo.drawWidth + 10
        row = [logo, lines, right]
        widths = [logo_w, FULL_W - logo_w - right_w, right_w]
    else:
        row = [lines, right]
        widths = [FULL_W - right_w, right_w]
    head = Table([row], colWidths=widths)
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 1.4, Color(*GOLD)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [head]


def _party_and_facts(
    party: list[Any], facts: list[tuple[str, Any]], labels: Mapping[str, str], s: _Styles
) -> Any:
    """The customer block (left) beside the document's facts (right)."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    fact_rows = [
        [Paragraph(_esc(k), s.label), v if not isinstance(v, str) else Paragraph(v, s.fact_right)]
        for k, v in facts
    ]
    facts_table = Table(fact_rows, colWidths=[78, 132])
    facts_table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, Color(*LIGHT)),
            ]
        )
    )
    box = Table([[party, facts_table]], colWidths=[FULL_W - 230, 230])
    box.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 20),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return box


def _customer(
    name: str,
    organisation: str,
    address: str,
    npwp: str,
    nik: str,
    labels: Mapping[str, str],
    s: _Styles,
) -> list[Any]:
    from reportlab.platypus import Paragraph

    out = [Paragraph(_esc(labels["bill_to"]), s.label), Paragraph(_esc(name), s.customer)]
    if organisation and organisation.strip().lower() != name.strip().lower():
        out.append(Paragraph(_esc(organisation), s.fact))
    if address:
        out.append(Paragraph(_esc(address).replace("\n", "<br/>"), s.fact))
    if npwp:
        out.append(Paragraph(f"{_esc(labels['npwp'])}: {_esc(npwp)}", s.fact))
    elif nik:
        out.append(Paragraph(f"{_esc(labels['nik'])}: {_esc(nik)}", s.fact))
    return out


def _grid(rows: int, right_from: int) -> list[Any]:
    """The house style of the line tables: soga head, gold rules, banded rows."""
    from reportlab.lib.colors import Color

    soga, gold = Color(*SOGA), Color(*GOLD)
    style: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), soga),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, gold),
        ("BOX", (0, 0), (-1, -1), 0.6, soga),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for r in range(2, rows, 2):
        style.append(("BACKGROUND", (0, r), (-1, r), Color(*LIGHT)))
    return style


def _money_table(rows: list[tuple[str, str, str]], width: float, s: _Styles) -> Any:
    """A right-hand block of label / amount rows; a row's style is ``""``, ``"total"``
    (bold, banded) or ``"due"`` (bold, red when something is due)."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table, TableStyle

    body = [[label, amount] for label, amount, _kind in rows]
    table = Table(body, colWidths=[width - 100, 100], hAlign="RIGHT")
    style: list[Any] = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), Color(*INK)),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BOX", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
    ]
    for i, (_l, _a, kind) in enumerate(rows):
        if kind == "total":
            style += [
                ("FONT", (0, i), (-1, i), "Helvetica-Bold", 10),
                ("BACKGROUND", (0, i), (-1, i), Color(*LIGHT)),
                ("LINEABOVE", (0, i), (-1, i), 0.8, Color(*SOGA)),
                ("TOPPADDING", (0, i), (-1, i), 4),
                ("BOTTOMPADDING", (0, i), (-1, i), 4),
            ]
        elif kind in ("due", "settled"):
            colour = RED if kind == "due" else GREEN
            style += [
                ("FONT", (0, i), (-1, i), "Helvetica-Bold", 9.5),
                ("TEXTCOLOR", (0, i), (-1, i), Color(*colour)),
                ("LINEABOVE", (0, i), (-1, i), 0.6, Color(*SOGA)),
            ]
    table.setStyle(TableStyle(style))
    return table


def _signatures(
    left: str, right: str, right_name: str, right_title: str, when: str, s: _Styles
) -> Any:
    """Two signature places: ``left`` (the customer) and ``right`` (the centre), with the
    place and date above the centre's and space to sign."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table, TableStyle

    sig = 170.0
    gap = FULL_W - 2 * sig
    body = [
        ["", "", when],
        [left, "", right],
        ["", "", ""],
        ["", "", right_name],
        ["", "", right_title],
    ]
    table = Table(body, colWidths=[sig, gap, sig], rowHeights=[12, 12, 48, 16, 11])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                ("FONT", (2, 3), (2, 3), "Helvetica-Bold", 8.5),
                ("FONT", (2, 4), (2, 4), "Helvetica", 7.5),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TEXTCOLOR", (0, 1), (-1, 1), Color(*SOGA)),
                ("LINEBELOW", (0, 2), (0, 2), 0.6, Color(*INK)),
                ("LINEBELOW", (2, 2), (2, 2), 0.6, Color(*INK)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def _stamp(word: str) -> Callable[[Any, Any], None]:
    """A page callback drawing ``word`` large, red and slanted across the page."""

    def draw(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(*RED, alpha=0.18)
        canvas.setStrokeColorRGB(*RED, alpha=0.30)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(30)
        size = 400.0 / canvas.stringWidth(word, "Helvetica-Bold", 1)  # 400 pt wide
        canvas.setFont("Helvetica-Bold", size)
        width = canvas.stringWidth(word, "Helvetica-Bold", size)
        canvas.setLineWidth(4)
        canvas.roundRect(-width / 2 - 18, -size * 0.32, width + 36, size * 1.05, 10)
        canvas.drawCentredString(0, 0, word)
        canvas.restoreState()

    return draw


def _continued(text: str) -> Callable[[Any, Any], None]:
    """A page callback naming the document at the top of the pages after the first."""

    def draw(canvas: Any, doc: Any) -> None:
        if doc.page <= 1:
            return
        canvas.saveState()
        canvas.setFillColorRGB(*SOGA)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - MARGIN + 14, text)
        canvas.restoreState()

    return draw


def _build(
    story: list[Any],
    *,
    title: str,
    author: str,
    footer: str,
    labels: Mapping[str, str],
    page_callbacks: list[Callable[[Any, Any], None]],
    over_callbacks: tuple[Callable[[Any, Any], None], ...] = (),
) -> bytes:
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1  # the same invoice gives the same bytes (tests, re-prints)

    class Doc(SimpleDocTemplate):
        def afterPage(self) -> None:  # noqa: N802 - ReportLab's name
            # drawn last: a stamp lies over the tables, not under their shaded rows
            for callback in over_callbacks:
                callback(self.canv, self)

    buf = io.BytesIO()
    # The frame pads its content by 6 pt: pull the margins in so text and tables line up
    # with the footer's rule at MARGIN.
    doc = Doc(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN - 6,
        rightMargin=MARGIN - 6,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 14,
        title=title,
        author=author,
        subject=title,
    )

    def on_page(canvas: Any, d: Any) -> None:
        for callback in page_callbacks:
            callback(canvas, d)

    doc.build(
        story,
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=numbered_canvas(labels["page"], footer, margin=MARGIN, line_y=32.0),
    )
    return buf.getvalue()


# ------------------------------------------------------------------------- invoice


def _discount_text(line: Any) -> str:
    if line.discount_amount <= 0:
        return ""
    text = "-" + format_rupiah(line.discount_amount)
    if line.discount.kind == DiscountKind.PERCENT:
        text += f"<br/><font size=6.5>({format_number(line.discount.value)}%)</font>"
    return text


def _invoice_lines(inv: InvoiceData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    keys = ("no", "product", "motif", "technique", "qty", "price", "discount", "line_total")
    head = [
        Paragraph(_esc(labels[k]), s.head_right if i >= 4 else s.head) for i, k in enumerate(keys)
    ]
    body: list[list[Any]] = [head]
    grey = "#6b6157"
    for i, line in enumerate(inv.lines, start=1):
        product = (
            f"{_esc(line.description)}<br/><font size=6.5 color='{grey}'>{_esc(line.sku)}</font>"
        )
        body.append(
            [
                str(i),
                Paragraph(product, s.cell),
                Paragraph(_esc(line.motif_name), s.cell),
                Paragraph(_esc(TECHNIQUE_WORDS.get(line.technique, line.technique)), s.cell),
                Paragraph(_esc(_qty(line.quantity, line.unit, labels)), s.cell_right),
                Paragraph(format_rupiah(line.unit_price), s.cell_right),
                Paragraph(_discount_text(line), s.cell_right),
                Paragraph(format_rupiah(line.net), s.cell_right),
            ]
        )
    widths = [24, 146, 66, 70, 42, 62, 50, 66]
    scale = FULL_W / sum(widths)
    table = Table(body, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(_grid(len(body), 4)))
    return [table]


def _invoice_totals(inv: InvoiceData, labels: Mapping[str, str], quotation: bool) -> list:
    rows: list[tuple[str, str, str]] = [(labels["subtotal"], format_rupiah(inv.subtotal), "")]
    if inv.invoice_discount > 0:
        label = labels["invoice_discount"]
        if inv.discount.kind == DiscountKind.PERCENT:
            label += f" ({format_number(inv.discount.value)}%)"
        rows.append((label, "-" + format_rupiah(inv.invoice_discount), ""))
    if inv.vat_rate > 0:
        if inv.invoice_discount > 0:
            rows.append((labels["before_vat"], format_rupiah(inv.total_before_vat), ""))
        fraction = inv.vat_base_fraction.strip()
        dpp = labels["dpp"].format(fraction=fraction) if fraction else labels["dpp_plain"]
        rows.append((dpp, format_rupiah(inv.vat_base), ""))
        rows.append((labels["vat"].format(rate=format_number(inv.vat_rate)),
                     format_rupiah(inv.vat), ""))  # fmt: skip
    rows.append((labels["total"], format_rupiah(inv.total), "total"))
    if quotation:
        return rows
    if inv.credited:
        rows.append((labels["credited"], "-" + format_rupiah(inv.credited), ""))
    if inv.paid:
        rows.append((labels["paid"], "-" + format_rupiah(inv.paid), ""))
    due = inv.amount_due
    if due < 0:
        rows.append((labels["overpaid"], format_rupiah(-due), "due"))
    else:
        rows.append((labels["due"], format_rupiah(due), "due" if due > 0 else "settled"))
    return rows


def _status_text(inv: InvoiceData, labels: Mapping[str, str]) -> str:
    if inv.status is InvoiceStatus.CANCELLED:
        return f"<font color='#b81414'><b>{_esc(labels['cancelled'])}</b></font>"
    word = labels[f"status_{inv.payment_status.value}"]
    colour = {PaymentStatus.PAID: "#1a7333", PaymentStatus.PARTIAL: "#b36b00"}.get(
        inv.payment_status, "#b81414"
    )
    return f"<font color='{colour}'><b>{_esc(word)}</b></font>"


def _method(method: PaymentMethod, labels: Mapping[str, str]) -> str:
    return labels.get(f"method_{method.value}", method.value)


def _payments(inv: InvoiceData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    if not inv.payments and not inv.credit_notes:
        return []
    out: list[Any] = []
    if inv.payments:
        out.append(Paragraph(_esc(labels["payments_heading"]), s.heading))
        head = [
            Paragraph(_esc(labels[k]), s.head_right if k == "amount" else s.head)
            for k in ("date", "method", "reference", "amount")
        ]
        body: list[list[Any]] = [head]
        for p in inv.payments:
            ref = p.reference
            if p.credit_note_number:
                ref = " · ".join(x for x in (labels["refund"].format(number=p.credit_note_number),
                                             ref) if x)  # fmt: skip
            if p.method is PaymentMethod.CASH and p.change_given > 0:
                cash = labels["cash_change"].format(
                    given=format_rupiah(p.cash_given), change=format_rupiah(p.change_given)
                )
                ref = " · ".join(x for x in (ref, cash) if x)
            body.append(
                [
                    format_date(p.pay_date),
                    _method(p.method, labels),
                    Paragraph(_esc(ref), s.cell),
                    format_rupiah(p.amount),
                ]
            )
        widths = [70, 90, 235, FULL_W - 395]
        table = Table(body, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(_grid(len(body), 3)))
        out.append(table)
    if inv.credit_notes:
        out.append(Paragraph(_esc(labels["credits_heading"]), s.heading))
        head = [
            Paragraph(_esc(labels[k]), s.head_right if k == "amount" else s.head)
            for k in ("date", "number", "reason", "amount")
        ]
        body = [head]
        for c in inv.credit_notes:
            body.append(
                [
                    format_date(c.credit_date),
                    c.number,
                    Paragraph(_esc(c.reason), s.cell),
                    "-" + format_rupiah(c.total),
                ]
            )
        table = Table(body, colWidths=[70, 90, 235, FULL_W - 395], repeatRows=1)
        table.setStyle(TableStyle(_grid(len(body), 3)))
        out.append(table)
    return out


def _pay_to(
    inv: InvoiceData, centre: CentreProfile, labels: Mapping[str, str], s: _Styles
) -> list[Any]:
    """The bank account and the static QRIS code, while something is still due."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    bank = centre.bank_name or centre.bank_account_number
    qris = _image(centre.qris_image, 92.0, 92.0)
    if not bank and qris is None:
        return []
    text: list[Any] = [Paragraph(_esc(labels["pay_to_heading"]), s.label)]
    if bank:
        text.append(Paragraph(_esc(labels["pay_to"]), s.fact))
        account = f"<b>{_esc(centre.bank_name)} {_esc(centre.bank_account_number)}</b>"
        text.append(Paragraph(account.strip(), s.fact))
        if centre.bank_account_holder:
            holder = f"{_esc(labels['account_holder'])} {_esc(centre.bank_account_holder)}"
            text.append(Paragraph(holder, s.fact))
    text.append(Paragraph(_esc(labels["pay_reference"].format(number=inv.number or "")), s.small))
    if qris is not None:
        cell = [qris, Paragraph(_esc(labels["qris_caption"]), s.small_centre)]
        row, widths = [text, cell], [FULL_W - 120, 120]
    else:
        row, widths = [text], [FULL_W]
    table = Table([row], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 0), (-1, 0), "CENTER"),
                ("BOX", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
                ("BACKGROUND", (0, 0), (-1, -1), Color(0.99, 0.97, 0.92)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    from reportlab.platypus import Spacer

    return [Spacer(1, 10), table]


def render_invoice(
    invoice: InvoiceData, centre: CentreProfile, *, language: str = "id", printed_by: str = ""
) -> bytes:
    """An issued (or cancelled) invoice as A4 PDF bytes; a draft prints as a quotation."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from rumahbatik.domain.clock import utcnow

    labels = labels_for(language)
    s = _Styles()
    inv = invoice
    quotation = inv.status is InvoiceStatus.DRAFT
    title = labels["quotation_title" if quotation else "invoice_title"]
    number = (inv.quotation_number if quotation else inv.number) or inv.display_number
    story: list[Any] = [*_header(centre, title, number, labels, s)]

    facts: list[tuple[str, Any]] = [(labels["date"], _esc(format_date(inv.invoice_date)))]
    if quotation:
        valid = inv.invoice_date + timedelta(days=QUOTATION_VALID_DAYS)
        facts.append((labels["valid_until"], _esc(format_date(valid))))
    else:
        if inv.due_date:
            facts.append((labels["due_date"], _esc(format_date(inv.due_date))))
        facts.append((labels["payment_status"], _status_text(inv, labels)))
    party = _customer(inv.customer_name, inv.customer_organisation, inv.customer_address,
                      inv.customer_npwp, inv.customer_nik, labels, s)  # fmt: skip
    story.append(_party_and_facts(party, facts, labels, s))

    cancelled = inv.status is InvoiceStatus.CANCELLED
    if cancelled:
        notes = ", ".join(c.number for c in inv.credit_notes if c.kind is CreditKind.CANCELLATION)
        when = inv.cancelled_at.date() if inv.cancelled_at else inv.invoice_date
        banner = labels["cancelled_banner"].format(
            date=format_date(when), notes=notes or "–", reason=inv.cancel_reason or "–"
        )
        box = Table([[Paragraph(_esc(banner), s.banner)]], colWidths=[FULL_W])
        from reportlab.lib.colors import Color

        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, Color(*RED)),
                                 ("BACKGROUND", (0, 0), (-1, -1), Color(1, 0.94, 0.94))]))  # fmt: skip
        story += [box, Spacer(1, 8)]

    story += _invoice_lines(inv, labels, s)

    words = Paragraph(
        f"<b>{_esc(labels['in_words'])}:</b> <i>{_esc(_words(inv.total))}</i>", s.words
    )
    totals = _money_table(_invoice_totals(inv, labels, quotation), 250.0, s)
    summary = Table([[words, totals]], colWidths=[FULL_W - 262, 262])
    summary.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 14),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story.append(summary)

    if quotation:
        valid = inv.invoice_date + timedelta(days=QUOTATION_VALID_DAYS)
        note = labels["quotation_note"].format(date=_long_date(valid, labels))
        story += [Spacer(1, 6), Paragraph(_esc(note), s.small)]
    else:
        story += _payments(inv, labels, s)
        if not cancelled and inv.amount_due > 0:
            story += _pay_to(inv, centre, labels, s)
    if inv.notes:
        text = f"<b>{_esc(labels['notes'])}:</b> {_esc(inv.notes)}".replace("\n", "<br/>")
        story += [Spacer(1, 8), Paragraph(text, s.fact)]

    place = (
        labels["place_date"]
        .format(place=centre.city, date=_long_date(inv.invoice_date, labels))
        .lstrip(", ")
    )
    closing: list[Any] = [
        Spacer(1, 16),
        _signatures(
            labels["customer_sign" if quotation else "received_by"],
            labels["regards"],
            centre.signatory_name,
            centre.signatory_title,
            place,
            s,
        ),  # fmt: skip
    ]
    if centre.invoice_footer:
        footer_text = _esc(centre.invoice_footer).replace("\n", "<br/>")
        closing += [Spacer(1, 12), Paragraph(footer_text, s.small_centre)]
    story.append(KeepTogether(closing))

    printed = labels["printed"].format(user=printed_by or "–", at=format_datetime(utcnow()))
    footer = f"{title} {number} · {printed}" if printed_by else f"{title} {number}"
    callbacks = [_continued(labels["continued"].format(title=title, number=number))]
    over = (_stamp(labels["cancelled"]),) if cancelled else ()
    pdf = _build(story, title=f"{title} {number}", author=centre.name, footer=footer,
                 labels=labels, page_callbacks=callbacks, over_callbacks=over)  # fmt: skip
    log.info("invoice %s (%s): %d lines", number, inv.status.value, len(inv.lines))
    return pdf


def invoice_file_name(invoice: InvoiceData) -> str:
    """``faktur-INV-2026-000123.pdf`` (``penawaran-PNW-2026-000004.pdf`` for a draft)."""
    if invoice.status is InvoiceStatus.DRAFT:
        return f"penawaran-{_slug(invoice.quotation_number or invoice.display_number)}.pdf"
    return f"faktur-{_slug(invoice.number or invoice.display_number)}.pdf"


# ------------------------------------------------------------------------- credit note


def _credit_discount(line: Any) -> str:
    """What the line was sold below its price (its own discount and its share of the
    invoice discount): the credit gives back what was charged, not the list price."""
    from rumahbatik.domain.invoicing import round_rupiah

    less = round_rupiah(line.quantity * line.unit_price) - line.amount
    return "-" + format_rupiah(less) if less > 0 else ""


def _credit_lines(note: CreditNoteData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    keys = ("no", "product", "qty", "price", "discount", "amount")
    head = [
        Paragraph(_esc(labels[k]), s.head_right if i >= 2 else s.head) for i, k in enumerate(keys)
    ]
    body: list[list[Any]] = [head]
    for i, line in enumerate(note.lines, start=1):
        product = (
            f"{_esc(line.description)}<br/><font size=6.5 color='#6b6157'>{_esc(line.sku)}</font>"
        )
        body.append(
            [
                str(i),
                Paragraph(product, s.cell),
                Paragraph(_esc(_qty(line.quantity, line.unit, labels)), s.cell_right),
                Paragraph(format_rupiah(line.unit_price), s.cell_right),
                Paragraph(_credit_discount(line), s.cell_right),
                Paragraph(format_rupiah(line.amount), s.cell_right),
            ]
        )
    widths = [24, 221, 60, 80, 70, 80]
    scale = FULL_W / sum(widths)
    table = Table(body, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(_grid(len(body), 2)))
    return [table]


def render_credit_note(
    note: CreditNoteData, centre: CentreProfile, *, language: str = "id"
) -> bytes:
    """A credit note (a whole invoice cancelled, or goods returned) as A4 PDF bytes."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    labels = labels_for(language)
    s = _Styles()
    title = labels["credit_title"]
    story: list[Any] = [*_header(centre, title, note.number, labels, s)]
    kind = labels["kind_cancellation" if note.kind is CreditKind.CANCELLATION else "kind_return"]
    facts: list[tuple[str, Any]] = [
        (labels["date"], _esc(format_date(note.credit_date))),
        (labels["original_invoice"], f"<b>{_esc(note.invoice_number)}</b>"),
        (labels["invoice_date"], _esc(format_date(note.invoice_date))),
        (labels["kind"], _esc(kind)),
    ]
    party = _customer(note.customer_name, "", note.customer_address, note.customer_npwp, "",
                      labels, s)  # fmt: skip
    story.append(_party_and_facts(party, facts, labels, s))
    reason = f"<b>{_esc(labels['reason'])}:</b> {_esc(note.reason)}"
    story += [Paragraph(reason, s.fact), Spacer(1, 8)]
    story += _credit_lines(note, labels, s)

    rows: list[tuple[str, str, str]] = [
        (labels["credit_before_vat"], format_rupiah(note.amount_before_vat), "")
    ]
    if note.vat:
        rows.append((labels["vat_plain"], format_rupiah(note.vat), ""))
    rows.append((labels["credit_total"], format_rupiah(note.total), "total"))
    rows.append((labels["refunded"], format_rupiah(note.refunded), ""))
    if note.total - note.refunded > 0:
        rows.append((labels["credit_open"], format_rupiah(note.total - note.refunded), ""))
    words = Paragraph(
        f"<b>{_esc(labels['in_words'])}:</b> <i>{_esc(_words(note.total))}</i>", s.words
    )
    summary = Table([[words, _money_table(rows, 250.0, s)]], colWidths=[FULL_W - 262, 262])
    summary.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 14),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story.append(summary)
    place = (
        labels["place_date"]
        .format(place=centre.city, date=_long_date(note.credit_date, labels))
        .lstrip(", ")
    )
    story.append(
        KeepTogether(
            [
                Spacer(1, 20),
                _signatures(
                    labels["customer_sign"],
                    labels["regards"],
                    centre.signatory_name,
                    centre.signatory_title,
                    place,
                    s,
                ),  # fmt: skip
            ]
        )
    )
    callbacks = [_continued(labels["continued"].format(title=title, number=note.number))]
    pdf = _build(story, title=f"{title} {note.number}", author=centre.name,
                 footer=f"{title} {note.number} · {labels['original_invoice']} "
                 f"{note.invoice_number}", labels=labels, page_callbacks=callbacks)  # fmt: skip
    log.info("credit note %s of %s: %d lines", note.number, note.invoice_number, len(note.lines))
    return pdf


def credit_note_file_name(note: CreditNoteData) -> str:
    """``nota-kredit-CN-2026-000004.pdf``."""
    return f"nota-kredit-{_slug(note.number)}.pdf"
