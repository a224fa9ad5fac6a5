"""A consignment settlement slip (slip penyelesaian titip jual) as an A4 PDF.

Takes a :class:`~rumahbatik.services.sales_types.SettlementData` and the centre's
:class:`~rumahbatik.services.centre.CentreProfile`, never a session. The page has the
centre's header, the number, the artisan with their bank account, the period, what sold
(date, invoice, product, pieces, asking price total, commission, net), motif royalties when
there are any, the summary (gross, commission, net, royalties, total owed, paid, balance),
the pieces given back, the payouts, and two signature boxes (artisan and centre). Every page
ends with "Halaman N dari M". Same structure and styles as the wage statement.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.sales import AccrualKind
from rumahbatik.reports.page_frame import GOLD, INK, PAGE_H, PAGE_W, SOGA, numbered_canvas
from rumahbatik.reports.statement_style import LIGHT, MARGIN, centre_header
from rumahbatik.reports.statement_style import Styles as _Styles
from rumahbatik.reports.statement_style import esc as _esc
from rumahbatik.reports.statement_style import grid_style as _grid_style
from rumahbatik.services.centre import CentreProfile
from rumahbatik.services.sales_types import AccrualRow, SettlementData

log = logging.getLogger(__name__)

#: The words printed on a settlement slip, Indonesian by default.
LABELS: dict[str, str] = {
    "title": "SLIP PENYELESAIAN TITIP JUAL",
    "number": "Nomor",
    "artisan": "Nama pengrajin",
    "account": "Rekening",
    "period": "Periode",
    "date": "Tanggal",
    "sold_heading": "BARANG TITIPAN YANG TERJUAL",
    "royalty_heading": "ROYALTI MOTIF",
    "summary_heading": "RINGKASAN",
    "returned_heading": "BARANG YANG DIKEMBALIKAN",
    "payouts_heading": "PEMBAYARAN",
    "no": "No.",
    "invoice": "Faktur",
    "product": "Produk",
    "qty": "Jml",
    "asking": "Harga titip",
    "commission": "Komisi",
    "net": "Bersih",
    "sales_value": "Nilai penjualan",
    "royalty": "Royalti",
    "sku": "Kode",
    "asking_each": "Harga titip/pcs",
    "method": "Cara bayar",
    "reference": "Referensi",
    "amount": "Jumlah",
    "paid_by": "Dibayar oleh",
    "total": "Total",
    "no_sales": "Tidak ada barang titipan yang terjual.",
    "no_returned": "Tidak ada barang yang dikembalikan.",
    "no_payouts": "Belum ada pembayaran.",
    "gross": "Penjualan kotor (harga titip)",
    "commission_total": "Komisi pusat batik",
    "net_owed": "Hak pengrajin (bersih)",
    "royalties": "Royalti motif",
    "total_owed": "Jumlah yang menjadi hak",
    "paid": "Sudah dibayar",
    "balance": "Sisa yang belum dibayar",
    "notes": "Catatan",
    "sign_artisan": "Pengrajin",
    "sign_centre": "Pusat batik",
    "place_date": "{place}, {date}",
    "page": "Halaman {page} dari {pages}",
    "printed": "{number} · dibuat oleh {user}",
    "method_cash": "Tunai",
    "method_transfer": "Transfer bank",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
}

#: The same words in English.
LABELS_EN: dict[str, str] = {
    **LABELS,
    "title": "CONSIGNMENT SETTLEMENT SLIP",
    "number": "Number",
    "artisan": "Artisan",
    "account": "Bank account",
    "period": "Period",
    "date": "Date",
    "sold_heading": "CONSIGNED PIECES SOLD",
    "royalty_heading": "MOTIF ROYALTIES",
    "summary_heading": "SUMMARY",
    "returned_heading": "PIECES RETURNED",
    "payouts_heading": "PAYOUTS",
    "invoice": "Invoice",
    "product": "Product",
    "qty": "Qty",
    "asking": "Asking price",
    "commission": "Commission",
    "net": "Net",
    "sales_value": "Sales value",
    "royalty": "Royalty",
    "sku": "SKU",
    "asking_each": "Asking price/pc",
    "method": "Paid by",
    "reference": "Reference",
    "amount": "Amount",
    "paid_by": "Paid out by",
    "no_sales": "No consigned pieces were sold.",
    "no_returned": "No pieces were returned.",
    "no_payouts": "Nothing paid yet.",
    "gross": "Gross sales (asking prices)",
    "commission_total": "Centre's commission",
    "net_owed": "Artisan's share (net)",
    "royalties": "Motif royalties",
    "total_owed": "Total owed",
    "paid": "Paid",
    "balance": "Balance still owed",
    "notes": "Notes",
    "sign_artisan": "Artisan",
    "sign_centre": "Batik centre",
    "page": "Page {page} of {pages}",
    "printed": "{number} · made by {user}",
    "method_cash": "Cash",
    "method_transfer": "Bank transfer",
    "months": "January February March April May June July August September October "
    "November December",
}


def labels_for(language: str) -> dict[str, str]:
    """The words for a UI language (``"id"`` or ``"en"``)."""
    return LABELS_EN if language == "en" else LABELS


def _table(body: list[list[Any]], widths: list[float], right_from: int, total: bool) -> Any:
    from reportlab.platypus import Table, TableStyle

    scale = (PAGE_W - 2 * MARGIN) / sum(widths)
    table = Table(body, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(_grid_style(len(body), right_from, total)))
    return table


def _header(centre: CentreProfile, s: _Styles) -> list[Any]:
    address = centre.address_line
    contact = " · ".join(x for x in (centre.phone, centre.email) if x)
    return [centre_header(centre.name, [address, contact], centre.logo, s, PAGE_W - 2 * MARGIN)]


def _facts(st: SettlementData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    from rumahbatik.reports.certificates import date_range, long_date

    facts = [
        (labels["number"], f"<b>{_esc(st.number)}</b>"),
        (labels["date"], _esc(long_date(st.created_at.date(), labels))),
        (labels["artisan"], f"<b>{_esc(st.person_name)}</b>"),
    ]
    account = " · ".join(
        x for x in (st.bank_name, st.bank_account_number, st.bank_account_holder) if x
    )
    if account:
        facts.append((labels["account"], _esc(account)))
    facts.append((labels["period"], _esc(date_range(st.period_from, st.period_to, labels))))
    if st.notes:
        facts.append((labels["notes"], _esc(st.notes)))
    rows = [[Paragraph(_esc(k), s.fact), ":", Paragraph(v, s.fact)] for k, v in facts]
    table = Table(rows, colWidths=[100, 8, PAGE_W - 2 * MARGIN - 108])
    table.setStyle(
        TableStyle(
            [
                ("TEXTCOLOR", (0, 0), (0, -1), Color(*SOGA)),
                ("FONT", (1, 0), (1, -1), "Helvetica", 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [Paragraph(_esc(labels["title"]), s.title), table]


def _doc_cell(a: AccrualRow, s: _Styles) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(_esc(a.invoice_number), s.cell)


def _sold(st: SettlementData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    rows = [a for a in st.accruals if a.kind is AccrualKind.CONSIGNMENT]
    out: list[Any] = [Paragraph(_esc(labels["sold_heading"]), s.heading)]
    if not rows:
        out.append(Paragraph(_esc(labels["no_sales"]), s.fact))
        return out
    keys = ("no", "date", "invoice", "product", "qty", "asking", "commission", "net")
    body: list[list[Any]] = [[Paragraph(_esc(labels[k]), s.head) for k in keys]]
    for i, a in enumerate(rows, start=1):
        body.append(
            [
                str(i),
                format_date(a.accrued_on),
                _doc_cell(a, s),
                Paragraph(_esc(f"{a.sku} {a.description}".strip()), s.cell),
                format_number(a.quantity),
                format_rupiah(a.gross),
                format_rupiah(a.commission),
                format_rupiah(a.amount),
            ]
        )
    qty = sum((a.quantity for a in rows), Decimal(0))
    body.append(
        [
            "",
            "",
            "",
            labels["total"],
            format_number(qty),
            format_rupiah(st.consignment_gross),
            format_rupiah(st.commission),
            format_rupiah(st.consignment_net),
        ]
    )
    out.append(_table(body, [20, 48, 78, 150, 28, 66, 60, 66], 4, True))
    return out


def _royalties(st: SettlementData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    rows = [a for a in st.accruals if a.kind is AccrualKind.ROYALTY]
    if not rows:
        return []
    keys = ("no", "date", "invoice", "product", "qty", "sales_value", "royalty")
    body: list[list[Any]] = [[Paragraph(_esc(labels[k]), s.head) for k in keys]]
    for i, a in enumerate(rows, start=1):
        body.append(
            [
                str(i),
                format_date(a.accrued_on),
                _doc_cell(a, s),
                Paragraph(_esc(f"{a.sku} {a.description}".strip()), s.cell),
                format_number(a.quantity),
                format_rupiah(a.gross),
                format_rupiah(a.amount),
            ]
        )
    body.append(["", "", "", labels["total"], "", "", format_rupiah(st.royalties)])
    return [
        Paragraph(_esc(labels["royalty_heading"]), s.heading),
        _table(body, [20, 50, 80, 180, 30, 76, 76], 4, True),
    ]


def _returned(st: SettlementData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    if not st.returned:
        return []
    keys = ("no", "sku", "product", "qty", "asking_each")
    body: list[list[Any]] = [[Paragraph(_esc(labels[k]), s.head) for k in keys]]
    for i, p in enumerate(st.returned, start=1):
        body.append(
            [
                str(i),
                p.sku,
                Paragraph(_esc(p.name), s.cell),
                format_number(p.quantity),
                format_rupiah(p.asking_price),
            ]
        )
    qty = sum((p.quantity for p in st.returned), Decimal(0))
    body.append(["", "", labels["total"], format_number(qty), ""])
    return [
        Paragraph(_esc(labels["returned_heading"]), s.heading),
        _table(body, [20, 70, 250, 40, 90], 3, True),
    ]


def _payouts(st: SettlementData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    out: list[Any] = [Paragraph(_esc(labels["payouts_heading"]), s.heading)]
    if not st.payouts:
        out.append(Paragraph(_esc(labels["no_payouts"]), s.fact))
        return out
    keys = ("no", "date", "method", "reference", "paid_by", "amount")
    body: list[list[Any]] = [[Paragraph(_esc(labels[k]), s.head) for k in keys]]
    for i, p in enumerate(st.payouts, start=1):
        body.append(
            [
                str(i),
                format_date(p.paid_on),
                labels.get(f"method_{p.method.value}", p.method.value),
                Paragraph(_esc(p.reference), s.cell),
                Paragraph(_esc(p.paid_by), s.cell),
                format_rupiah(p.amount),
            ]
        )
    body.append(["", "", "", "", labels["total"], format_rupiah(st.paid)])
    out.append(_table(body, [20, 56, 80, 130, 110, 80], 5, True))
    return out


def _summary(st: SettlementData, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [
        [labels["gross"], format_rupiah(st.consignment_gross)],
        [labels["commission_total"], "- " + format_rupiah(st.commission)],
        [labels["net_owed"], format_rupiah(st.consignment_net)],
    ]
    if st.royalties:
        rows.append([labels["royalties"], "+ " + format_rupiah(st.royalties)])
    rows += [
        [labels["total_owed"], format_rupiah(st.total_owed)],
        [labels["paid"], "- " + format_rupiah(st.paid)],
        [labels["balance"], format_rupiah(st.balance)],
    ]
    owed_row = len(rows) - 3
    table = Table(rows, colWidths=[200, 160], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("FONT", (0, owed_row), (-1, owed_row), "Helvetica-Bold", 9),
                ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, owed_row), (-1, owed_row), 0.5, Color(*GOLD)),
                ("BACKGROUND", (0, -1), (-1, -1), Color(*LIGHT)),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, Color(*SOGA)),
                ("BOX", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Paragraph(_esc(labels["summary_heading"]), s.heading), table]


def _signatures(st: SettlementData, centre: CentreProfile, labels: Mapping[str, str]) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Spacer, Table, TableStyle

    from rumahbatik.reports.certificates import long_date

    place = (
        labels["place_date"]
        .format(place=centre.city, date=long_date(st.created_at.date(), labels))
        .lstrip(", ")
    )
    full = PAGE_W - 2 * MARGIN
    sig = 190.0
    gap = full - 2 * sig
    centre_name = centre.signatory_name or ""
    centre_title = centre.signatory_title or centre.name
    body = [
        ["", "", place],
        [labels["sign_artisan"], "", labels["sign_centre"]],
        ["", "", ""],
        [st.person_name, "", centre_name],
        ["", "", centre_title],
    ]
    table = Table(body, colWidths=[sig, gap, sig], rowHeights=[14, 16, 54, 13, 12])
    ink, soga, gold = Color(*INK), Color(*SOGA), Color(*GOLD)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 9),
                ("FONT", (0, 4), (-1, 4), "Helvetica", 7.5),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TEXTCOLOR", (0, 1), (-1, 1), soga),
                ("TEXTCOLOR", (0, 3), (-1, 4), ink),
                # two boxes the artisan and the centre sign in
                ("BOX", (0, 1), (0, 4), 0.6, gold),
                ("BOX", (2, 1), (2, 4), 0.6, gold),
                ("LINEBELOW", (0, 2), (0, 2), 0.5, ink),
                ("LINEBELOW", (2, 2), (2, 2), 0.5, ink),
            ]
        )
    )
    return [Spacer(1, 16), table]


def render_settlement_slip(
    s: SettlementData,
    centre: CentreProfile,
    *,
    language: str = "id",
    labels: Mapping[str, str] | None = None,
    invariant: bool = True,
) -> bytes:
    """The settlement slip as PDF bytes, in ``language`` unless ``labels`` are given."""
    import io

    from reportlab import rl_config
    from reportlab.platypus import KeepTogether, SimpleDocTemplate

    rl_config.invariant = 1 if invariant else 0
    words = {**labels_for(language), **(labels or {})}
    styles = _Styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 14,
        title=f"{words['title']} {s.number}",
        author=centre.name,
        subject=words["title"],
    )
    story = [
        *_header(centre, styles),
        *_facts(s, words, styles),
        *_sold(s, words, styles),
        *_royalties(s, words, styles),
        *_returned(s, words, styles),
        *_payouts(s, words, styles),
        # what is owed and the signatures are signed together: never split over pages
        KeepTogether([*_summary(s, words, styles), *_signatures(s, centre, words)]),
    ]
    footer = words["printed"].format(number=s.number, user=s.created_by or "–")
    doc.build(story, canvasmaker=numbered_canvas(words["page"], footer, margin=MARGIN, line_y=32.0))
    log.info("settlement slip %s: %d accruals", s.number, len(s.accruals))
    return buf.getvalue()


def file_name(s: SettlementData) -> str:
    """``slip-titip-jual-ST-2026-0001-sri-lestari.pdf``: a safe name to save the PDF as."""
    number = re.sub(r"[^A-Za-z0-9]+", "-", s.number).strip("-")
    slug = re.sub(r"[^a-z0-9]+", "-", s.person_name.lower()).strip("-") or "pengrajin"
    return f"slip-titip-jual-{number}-{slug}.pdf"
