"""The counter's receipt (struk) for a thermal roll printer, 58 or 80 mm wide, as a PDF.

Takes :class:`~rumahbatik.services.sales_types.InvoiceData` and the
:class:`~rumahbatik.services.centre.CentreProfile`, never a session. One page exactly as long
as its content: the lines are laid out first (long names wrapped to the paper's width, never
clipped), their height summed, then drawn on a page of that height. The layout is the compact
one of shop receipts: the centre, the number, date and cashier, each line with ``qty × price``
and its total, the totals (with PPN when the invoice carries VAT), the payments with the cash
given and the change, "Terima kasih" and the centre's footer text.

Words in Indonesian by default, English with ``language="en"``. ReportLab is imported when
a receipt is made.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rumahbatik.domain.formatting import format_date, format_datetime, format_number, format_rupiah
from rumahbatik.domain.invoicing import DiscountKind
from rumahbatik.domain.sales import InvoiceStatus, PaymentMethod
from rumahbatik.services.sales_types import InvoiceData

if TYPE_CHECKING:  # the profile's module opens settings (SQLAlchemy): not needed to draw
    from rumahbatik.services.centre import CentreProfile

log = logging.getLogger(__name__)

#: The paper widths thermal printers take, in mm.
WIDTHS = (58, 80)

LABELS: dict[str, str] = {
    "number": "No.",
    "date": "Tanggal",
    "cashier": "Kasir",
    "customer": "Pelanggan",
    "npwp": "NPWP",
    "phone": "Telp.",
    "discount": "Diskon",
    "subtotal": "Subtotal",
    "invoice_discount": "Diskon",
    "dpp": "DPP",
    "vat": "PPN {rate}%",
    "total": "TOTAL",
    "method_cash": "Tunai",
    "method_transfer": "Transfer",
    "method_qris": "QRIS",
    "reference": "Ref.",
    "change": "Kembali",
    "paid": "Dibayar",
    "due": "Sisa tagihan",
    "refund": "Pengembalian",
    "credited": "Nota kredit",
    "items": "{count} barang",
    "thanks": "Terima kasih",
    "cancelled": "*** DIBATALKAN ***",
    "quotation": "PENAWARAN HARGA",
}

LABELS_EN: dict[str, str] = {
    **LABELS,
    "number": "No.",
    "date": "Date",
    "cashier": "Cashier",
    "customer": "Customer",
    "phone": "Phone",
    "discount": "Discount",
    "invoice_discount": "Discount",
    "dpp": "VAT base",
    "vat": "VAT {rate}%",
    "method_cash": "Cash",
    "method_transfer": "Transfer",
    "change": "Change",
    "paid": "Paid",
    "due": "Amount due",
    "refund": "Refund",
    "credited": "Credit notes",
    "items": "{count} item(s)",
    "thanks": "Thank you",
    "cancelled": "*** CANCELLED ***",
    "quotation": "QUOTATION",
}

MM = 72 / 25.4
FONT = "Helvetica"
BOLD = "Helvetica-Bold"


def labels_for(language: str) -> dict[str, str]:
    """The words for a UI language (``"id"`` or ``"en"``)."""
    return LABELS_EN if language == "en" else LABELS


@dataclass(frozen=True)
class _Geometry:
    width: float  # the page
    margin: float  # left and right, the part the print head does not reach
    size: float  # body font size
    big: float  # the centre's name and the total

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin

    @property
    def leading(self) -> float:
        return self.size * 1.28


def _geometry(width_mm: int) -> _Geometry:
    # 58 mm rolls print 48 mm, 80 mm rolls 72 mm (the printers' usual print width).
    if width_mm == 58:
        return _Geometry(58 * MM, 5 * MM, 7.0, 9.0)
    return _Geometry(80 * MM, 4 * MM, 8.0, 10.5)


class _Layout:
    """Rows of text measured before drawing, so the page can be made exactly as long."""

    def __init__(self, geo: _Geometry) -> None:
        self.geo = geo
        self.rows: list[tuple[str, Any, float]] = []  # (kind, payload, height)

    def _wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        out: list[str] = []
        for part in (text or "").splitlines() or [""]:
            out.extend(simpleSplit(part, font, size, width) or [""])
        return out

    def centre(self, text: str, *, bold: bool = False, size: float | None = None) -> None:
        size = size or self.geo.size
        font = BOLD if bold else FONT
        for line in self._wrap(text, font, size, self.geo.inner):
            self.rows.append(("centre", (line, font, size), size * 1.28))

    def left(self, text: str, *, bold: bool = False, indent: float = 0.0) -> None:
        font = BOLD if bold else FONT
        for line in self._wrap(text, font, self.geo.size, self.geo.inner - indent):
            self.rows.append(("left", (line, font, self.geo.size, indent), self.geo.leading))

    def pair(self, left: str, right: str, *, bold: bool = False, size: float | None = None,
             indent: float = 0.0) -> None:  # fmt: skip
        """``left`` … ``right`` on one row; a left text too long for the room wraps above."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = size or self.geo.size
        font = BOLD if bold else FONT
        room = self.geo.inner - indent - stringWidth(right, font, size) - 4
        if room < self.geo.inner / 3:
            # a long right text (a customer's name): the word on its own row, the text
            # right-aligned under it
            self.rows.append(("left", (left, font, size, indent), size * 1.28))
            for line in self._wrap(right, font, size, self.geo.inner - indent):
                self.rows.append(("pair", ("", line, font, size, indent), size * 1.28))
            return
        lines = self._wrap(left, font, size, room)
        for line in lines[:-1]:
            self.rows.append(("left", (line, font, size, indent), size * 1.28))
        self.rows.append(("pair", (lines[-1], right, font, size, indent), size * 1.28))

    def rule(self) -> None:
        self.rows.append(("rule", None, self.geo.leading * 0.8))

    def space(self, points: float) -> None:
        self.rows.append(("space", None, points))

    @property
    def height(self) -> float:
        return sum(h for _k, _p, h in self.rows)

    def draw(self, canvas: Any, top: float) -> None:
        geo = self.geo
        y = top
        for kind, payload, height in self.rows:
            y -= height
            base = y + height * 0.22  # the text's baseline within its row
            if kind == "centre":
                text, font, size = payload
                canvas.setFont(font, size)
                canvas.drawCentredString(geo.width / 2, base, text)
            elif kind == "left":
                text, font, size, indent = payload
                canvas.setFont(font, size)
                canvas.drawString(geo.margin + indent, base, text)
            elif kind == "pair":
                left, right, font, size, indent = payload
                canvas.setFont(font, size)
                canvas.drawString(geo.margin + indent, base, left)
                canvas.drawRightString(geo.width - geo.margin, base, right)
            elif kind == "rule":
                canvas.saveState()
                canvas.setDash(1.5, 1.5)
                canvas.setLineWidth(0.5)
                mid = y + height / 2
                canvas.line(geo.margin, mid, geo.width - geo.margin, mid)
                canvas.restoreState()


def _method(method: PaymentMethod, labels: Mapping[str, str]) -> str:
    return labels.get(f"method_{method.value}", method.value)


def _lines(lay: _Layout, inv: InvoiceData, labels: Mapping[str, str]) -> None:
    indent = lay.geo.size * 0.9
    for line in inv.lines:
        lay.left(line.description)
        qty = format_number(line.quantity)
        lay.pair(f"{qty} × {format_rupiah(line.unit_price)}", format_rupiah(line.gross),
                 indent=indent)  # fmt: skip
        if line.discount_amount > 0:
            word = labels["discount"]
            if line.discount.kind == DiscountKind.PERCENT:
                word += f" {format_number(line.discount.value)}%"
            lay.pair(word, "-" + format_rupiah(line.discount_amount), indent=indent)


def _totals(lay: _Layout, inv: InvoiceData, labels: Mapping[str, str]) -> None:
    count = sum((line.quantity for line in inv.lines), Decimal(0))
    lay.pair(
        f"{labels['subtotal']} ({labels['items'].format(count=format_number(count))})",
        format_rupiah(inv.subtotal),
    )
    if inv.invoice_discount > 0:
        word = labels["invoice_discount"]
        if inv.discount.kind == DiscountKind.PERCENT:
            word += f" {format_number(inv.discount.value)}%"
        lay.pair(word, "-" + format_rupiah(inv.invoice_discount))
    if inv.vat_rate > 0:
        lay.pair(labels["dpp"], format_rupiah(inv.vat_base))
        lay.pair(labels["vat"].format(rate=format_number(inv.vat_rate)), format_rupiah(inv.vat))
    lay.space(2)
    lay.pair(labels["total"], format_rupiah(inv.total), bold=True, size=lay.geo.big)


def _payments(lay: _Layout, inv: InvoiceData, labels: Mapping[str, str]) -> None:
    indent = lay.geo.size * 0.9
    for p in inv.payments:
        if p.amount < 0:  # a refund with a credit note
            lay.pair(f"{labels['refund']} {_method(p.method, labels)}", format_rupiah(p.amount))
            continue
        shown = p.cash_given if p.method is PaymentMethod.CASH and p.cash_given > 0 else p.amount
        lay.pair(_method(p.method, labels), format_rupiah(shown))
        if p.reference:
            lay.left(f"{labels['reference']} {p.reference}", indent=indent)
    if inv.credited > 0:
        lay.pair(labels["credited"], "-" + format_rupiah(inv.credited))
    if inv.cash_change > 0:
        lay.pair(labels["change"], format_rupiah(inv.cash_change), bold=True)
    if inv.amount_due > 0 and inv.payments:
        lay.pair(labels["paid"], format_rupiah(inv.paid))
    if inv.amount_due > 0:
        lay.pair(labels["due"], format_rupiah(inv.amount_due), bold=True)


def render_receipt(
    invoice: InvoiceData, centre: CentreProfile, *, width_mm: int = 80, language: str = "id"
) -> bytes:
    """The receipt of ``invoice`` on a ``width_mm`` (58 or 80) roll, one page as long as it
    needs, as PDF bytes."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from rumahbatik.domain.errors import ValidationError

    if width_mm not in WIDTHS:
        raise ValidationError("value_invalid", field="width", reason=f"{width_mm} mm (58, 80)")
    labels = labels_for(language)
    geo = _geometry(width_mm)
    inv = invoice
    lay = _Layout(geo)

    lay.centre(centre.name, bold=True, size=geo.big)
    address = centre.address_line
    if address:
        lay.centre(address)
    if centre.phone:
        lay.centre(f"{labels['phone']} {centre.phone}")
    if centre.npwp and (inv.vat_rate > 0 or centre.vat_enabled):
        lay.centre(f"{labels['npwp']} {centre.npwp}")
    lay.rule()
    if inv.status is InvoiceStatus.DRAFT:
        lay.centre(labels["quotation"], bold=True)
    lay.pair(labels["number"], inv.display_number)
    when = format_datetime(inv.issued_at) if inv.issued_at else format_date(inv.invoice_date)
    lay.pair(labels["date"], when)
    if inv.issued_by:
        lay.pair(labels["cashier"], inv.issued_by)
    if inv.customer_type != "walk_in" and inv.customer_name:
        lay.pair(labels["customer"], inv.customer_name)
    lay.rule()
    _lines(lay, inv, labels)
    lay.rule()
    _totals(lay, inv, labels)
    if inv.payments or inv.amount_due > 0:
        lay.rule()
        _payments(lay, inv, labels)
    if inv.status is InvoiceStatus.CANCELLED:
        lay.space(3)
        lay.centre(labels["cancelled"], bold=True)
    lay.rule()
    lay.centre(labels["thanks"], bold=True)
    if centre.invoice_footer:
        lay.centre(centre.invoice_footer, size=geo.size - 0.5)

    top_margin = bottom_margin = 4 * MM
    height = lay.height + top_margin + bottom_margin
    rl_config.invariant = 1
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(geo.width, height))
    canvas.setTitle(f"{labels['number']} {inv.display_number}")
    canvas.setAuthor(centre.name)
    lay.draw(canvas, height - top_margin)
    canvas.showPage()
    canvas.save()
    log.info("receipt %s: %d mm, %.0f mm long", inv.display_number, width_mm, height / MM)
    return buf.getvalue()
