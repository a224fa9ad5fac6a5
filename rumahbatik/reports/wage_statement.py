"""An artisan's wage statement (slip upah) as an A4 PDF.

Takes a :class:`~rumahbatik.services.production_types.WageStatement`, never a session. The
page has the centre's header (logo, name, address), the artisan and the period, the table of
wages earned (date, batch, product, stage, pieces, rate, amount), the payments made, the
balance owed before the period and at its end, and signature lines for the artisan and the
manager. Every page ends with "Halaman N dari M". The words come from ``labels``:
Indonesian by default, :data:`LABELS_EN` when the program runs in English (this layer has
no Qt). ReportLab is imported when a PDF is made, not when the program starts.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from typing import Any

from rumahbatik.domain.formatting import format_date, format_datetime, format_rupiah
from rumahbatik.reports.page_frame import GOLD, INK, PAGE_H, PAGE_W, SOGA, numbered_canvas
from rumahbatik.reports.statement_style import LIGHT, MARGIN, centre_header
from rumahbatik.reports.statement_style import Styles as _Styles
from rumahbatik.reports.statement_style import esc as _esc
from rumahbatik.reports.statement_style import grid_style as _grid_style
from rumahbatik.services.production_types import WageStatement

log = logging.getLogger(__name__)

#: The words printed on a wage statement, Indonesian by default.
LABELS: dict[str, str] = {
    "title": "SLIP UPAH PENGRAJIN",
    "artisan": "Nama pengrajin",
    "period": "Periode",
    "account": "Rekening",
    "phone": "Telepon",
    "earned_heading": "UPAH YANG DIPEROLEH",
    "payments_heading": "PEMBAYARAN",
    "balance_heading": "RINGKASAN",
    "no": "No.",
    "date": "Tanggal",
    "batch": "No. produksi",
    "product": "Produk",
    "stage": "Tahap",
    "pieces": "Jumlah (pcs)",
    "rate": "Upah/pcs",
    "amount": "Jumlah",
    "method": "Cara bayar",
    "reference": "Referensi",
    "total": "Total",
    "no_lines": "Tidak ada upah dalam periode ini.",
    "no_payments": "Tidak ada pembayaran dalam periode ini.",
    "owed_before": "Sisa upah sebelum periode",
    "earned": "Upah periode ini",
    "paid": "Dibayar periode ini",
    "owed_end": "Sisa upah yang belum dibayar",
    "advance": "(lebih bayar / kasbon)",
    "sign_artisan": "Pengrajin",
    "sign_manager": "Pengelola",
    "place_date": "{place}, {date}",
    "page": "Halaman {page} dari {pages}",
    "printed": "Dicetak oleh {user}, {at}",
    "method_cash": "Tunai",
    "method_transfer": "Transfer bank",
    "stage_pola": "Pola",
    "stage_nglowong": "Nglowong / nyanting",
    "stage_nembok": "Nembok",
    "stage_pewarnaan": "Pewarnaan",
    "stage_nglorod": "Nglorod",
    "stage_finishing": "Finishing",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
}

#: The same words in English, for a program running in English.
LABELS_EN: dict[str, str] = {
    **LABELS,
    "title": "ARTISAN WAGE STATEMENT",
    "artisan": "Artisan",
    "period": "Period",
    "account": "Bank account",
    "phone": "Phone",
    "earned_heading": "WAGES EARNED",
    "payments_heading": "PAYMENTS",
    "balance_heading": "SUMMARY",
    "date": "Date",
    "batch": "Batch",
    "product": "Product",
    "stage": "Stage",
    "pieces": "Pieces",
    "rate": "Rate/piece",
    "amount": "Amount",
    "method": "Paid by",
    "reference": "Reference",
    "no_lines": "No wages were earned in this period.",
    "no_payments": "No payments in this period.",
    "owed_before": "Owed before the period",
    "earned": "Earned in the period",
    "paid": "Paid in the period",
    "owed_end": "Still owed at the end",
    "advance": "(overpaid / advance)",
    "sign_artisan": "Artisan",
    "sign_manager": "Manager",
    "page": "Page {page} of {pages}",
    "printed": "Printed by {user}, {at}",
    "method_cash": "Cash",
    "method_transfer": "Bank transfer",
    "stage_pola": "Pola (pattern)",
    "stage_nembok": "Nembok (wax cover)",
    "stage_pewarnaan": "Pewarnaan (dyeing)",
    "stage_nglorod": "Nglorod (wax removal)",
    "months": "January February March April May June July August September October "
    "November December",
}

RED = (0.70, 0.10, 0.10)


def labels_for(language: str) -> dict[str, str]:
    """The words for a UI language (``"id"`` or ``"en"``)."""
    return LABELS_EN if language == "en" else LABELS


def _long_date(value: Any, labels: Mapping[str, str]) -> str:
    from rumahbatik.reports.certificates import long_date

    return long_date(value, labels)


def _header(st: WageStatement, s: _Styles) -> list[Any]:
    address = ", ".join(x for x in (st.centre_address, st.centre_city) if x)
    return [centre_header(st.centre_name, [address], st.logo, s, PAGE_W - 2 * MARGIN)]


def _facts(st: WageStatement, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    from rumahbatik.reports.certificates import date_range

    facts = [
        (labels["artisan"], f"<b>{_esc(st.artisan_name)}</b>"),
        (labels["period"], _esc(date_range(st.start, st.end, labels))),
    ]
    account = " · ".join(
        x for x in (st.bank_name, st.bank_account_number, st.bank_account_holder) if x
    )
    if account:
        facts.append((labels["account"], _esc(account)))
    if st.artisan_phone:
        facts.append((labels["phone"], _esc(st.artisan_phone)))
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


def _lines(st: WageStatement, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    out: list[Any] = [Paragraph(_esc(labels["earned_heading"]), s.heading)]
    if not st.lines:
        out.append(Paragraph(_esc(labels["no_lines"]), s.fact))
        return out
    head = [
        Paragraph(_esc(labels[k]), s.head)
        for k in ("no", "date", "batch", "product", "stage", "pieces", "rate", "amount")
    ]
    body: list[list[Any]] = [head]
    for i, line in enumerate(st.lines, start=1):
        body.append(
            [
                str(i),
                format_date(line.earned_on),
                line.batch_number,
                Paragraph(_esc(line.product_name), s.cell),
                Paragraph(_esc(labels.get(f"stage_{line.stage.value}", line.stage.value)), s.cell),
                str(line.pieces),
                format_rupiah(line.rate),
                format_rupiah(line.amount),
            ]
        )
    body.append(["", "", "", labels["total"], "", str(st.pieces), "", format_rupiah(st.earned)])
    widths = [20, 50, 72, 150, 90, 40, 56, 62]
    scale = (PAGE_W - 2 * MARGIN) / sum(widths)
    table = Table(body, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(_grid_style(len(body), 5, True)))
    out.append(table)
    return out


def _payments(st: WageStatement, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    out: list[Any] = [Paragraph(_esc(labels["payments_heading"]), s.heading)]
    if not st.payments:
        out.append(Paragraph(_esc(labels["no_payments"]), s.fact))
        return out
    head = [
        Paragraph(_esc(labels[k]), s.head) for k in ("no", "date", "method", "reference", "amount")
    ]
    body: list[list[Any]] = [head]
    for i, p in enumerate(st.payments, start=1):
        body.append(
            [
                str(i),
                format_date(p.paid_on),
                labels.get(f"method_{p.method.value}", p.method.value),
                Paragraph(_esc(p.reference), s.cell),
                format_rupiah(p.amount),
            ]
        )
    body.append(["", "", "", labels["total"], format_rupiah(st.paid)])
    widths = [22, 60, 100, 200, 133]
    scale = (PAGE_W - 2 * MARGIN) / sum(widths)
    table = Table(body, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(_grid_style(len(body), 4, True)))
    out.append(table)
    return out


def _summary(st: WageStatement, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    end = format_rupiah(st.owed_end)
    if st.owed_end < 0:
        end = f"{end} {labels['advance']}"
    rows = [
        [labels["owed_before"], format_rupiah(st.owed_before)],
        [labels["earned"], "+ " + format_rupiah(st.earned)],
        [labels["paid"], "- " + format_rupiah(st.paid)],
        [labels["owed_end"], end],
    ]
    table = Table(rows, colWidths=[200, 160], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BACKGROUND", (0, -1), (-1, -1), Color(*LIGHT)),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, Color(*SOGA)),
                ("BOX", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
            + ([("TEXTCOLOR", (1, -1), (1, -1), Color(*RED))] if st.owed_end < 0 else [])
        )
    )
    return [Paragraph(_esc(labels["balance_heading"]), s.heading), table]


def _signatures(st: WageStatement, labels: Mapping[str, str], s: _Styles) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Spacer, Table, TableStyle

    when = st.printed_at.date() if st.printed_at else st.end
    place = labels["place_date"].format(place=st.centre_city, date=_long_date(when, labels))
    place = place.lstrip(", ")
    full = PAGE_W - 2 * MARGIN
    sig = 170.0
    side = (full - 2 * sig) / 4
    body = [
        ["", "", "", place, ""],
        ["", labels["sign_artisan"], "", labels["sign_manager"], ""],
        ["", "", "", "", ""],
        ["", st.artisan_name, "", "", ""],
    ]
    table = Table(body, colWidths=[side, sig, 2 * side, sig, side], rowHeights=[14, 14, 50, 14])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TEXTCOLOR", (0, 1), (-1, 1), Color(*SOGA)),
                ("LINEBELOW", (1, 2), (1, 2), 0.6, Color(*INK)),
                ("LINEBELOW", (3, 2), (3, 2), 0.6, Color(*INK)),
            ]
        )
    )
    return [Spacer(1, 18), table]


def render_wage_statement(
    statement: WageStatement,
    labels: Mapping[str, str] | None = None,
    *,
    language: str = "id",
    invariant: bool = True,
) -> bytes:
    """The wage statement as PDF bytes, in ``language`` unless ``labels`` are given."""
    from reportlab import rl_config
    from reportlab.platypus import KeepTogether, SimpleDocTemplate

    rl_config.invariant = 1 if invariant else 0
    words = {**labels_for(language), **(labels or {})}
    s = _Styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 14,
        title=f"{words['title']} {statement.artisan_name}",
        author=statement.centre_name,
        subject=words["title"],
    )
    story = [
        *_header(statement, s),
        *_facts(statement, words, s),
        *_lines(statement, words, s),
        *_payments(statement, words, s),
        # the balance and the signatures are signed together: never split over pages
        KeepTogether([*_summary(statement, words, s), *_signatures(statement, words, s)]),
    ]
    footer = words["printed"].format(
        user=statement.printed_by or "–",
        at=format_datetime(statement.printed_at) if statement.printed_at else "–",
    )
    doc.build(story, canvasmaker=numbered_canvas(words["page"], footer, margin=MARGIN, line_y=32.0))
    log.info(
        "wage statement %s %s–%s: %d lines",
        statement.artisan_name,
        statement.start,
        statement.end,
        len(statement.lines),
    )
    return buf.getvalue()


def file_name(statement: WageStatement) -> str:
    """``slip-upah-ani-suryani-2026-03.pdf``: a safe name to save the PDF as."""
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", statement.artisan_name.lower()).strip("-") or "pengrajin"
    return f"slip-upah-{slug}-{statement.start:%Y-%m}.pdf"
