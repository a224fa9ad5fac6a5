"""The stock count sheet (lembar stok opname) and the count result, A4 PDFs.

The sheet is what people take to the shelves: the count's header (centre, number, location,
date), one row per item sorted by name with an empty box to write the counted quantity in and
room for a note, the table header repeated on every page, "Halaman N dari M" in the footer and
signature lines (counted by / checked by) at the end. A *blind* sheet (the default) leaves the
book quantity out, so the counters write what they see and not what they expect.

The result lists book quantity, counted quantity, difference and its value per line with the
totals of surplus and shortage; it is printed for review before posting or as the record after.

Takes :class:`~rumahbatik.services.stock_types.CountData`, never a session; ReportLab is
imported on first use.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.formatting import format_date, format_datetime, format_number, format_rupiah
from rumahbatik.domain.stock import CountStatus
from rumahbatik.reports.page_frame import GOLD, INK, PAGE_H, PAGE_W, SOGA, numbered_canvas
from rumahbatik.services.stock_types import CountData, CountLineData

log = logging.getLogger(__name__)

LABELS_ID: dict[str, str] = {
    "title": "Stok Opname",
    "sheet": "Lembar hitung",
    "result": "Hasil stok opname",
    "number": "Nomor",
    "location": "Lokasi",
    "date": "Tanggal",
    "status": "Status",
    "items": "Jumlah barang",
    "notes": "Catatan",
    "no": "No.",
    "sku": "SKU",
    "item": "Barang",
    "unit": "Satuan",
    "book": "Stok buku",
    "expected": "Stok awal hitung",
    "counted": "Jumlah dihitung",
    "difference": "Selisih",
    "unit_cost": "HPP rata-rata",
    "value": "Nilai selisih",
    "note": "Keterangan",
    "surplus": "Lebih (surplus)",
    "shortage": "Kurang (susut)",
    "net": "Selisih bersih",
    "not_counted": "belum dihitung",
    "counted_by": "Dihitung oleh",
    "checked_by": "Diperiksa oleh",
    "name_line": "Nama",
    "date_line": "Tanggal",
    "instructions": "Tulis jumlah yang ditemukan di kotak; tulis 0 bila barang tidak ada. "
    "Barang yang ditemukan tetapi tidak ada di daftar ditulis di baris kosong di bawah.",
    "found": "Barang ditemukan yang tidak ada di daftar",
    "page": "Halaman {page} dari {pages}",
    "printed": "Dicetak oleh {user}, {at}",
    "posted": "Diposting oleh {user}, {at} · dokumen {document}",
    "status_draft": "Sedang dihitung",
    "status_posted": "Diposting",
    "status_cancelled": "Dibatalkan",
    "unit_m": "m",
    "unit_sheet": "lembar",
    "unit_kg": "kg",
    "unit_g": "gram",
    "unit_l": "liter",
    "unit_pcs": "pcs",
}

LABELS_EN: dict[str, str] = {
    "title": "Stock count",
    "sheet": "Count sheet",
    "result": "Stock count result",
    "number": "Number",
    "location": "Location",
    "date": "Date",
    "status": "Status",
    "items": "Items",
    "notes": "Notes",
    "no": "No.",
    "sku": "SKU",
    "item": "Item",
    "unit": "Unit",
    "book": "Book qty",
    "expected": "Book at start",
    "counted": "Counted",
    "difference": "Difference",
    "unit_cost": "Average cost",
    "value": "Value of difference",
    "note": "Note",
    "surplus": "Surplus",
    "shortage": "Shortage",
    "net": "Net difference",
    "not_counted": "not counted",
    "counted_by": "Counted by",
    "checked_by": "Checked by",
    "name_line": "Name",
    "date_line": "Date",
    "instructions": "Write the quantity found in the box; write 0 when the item is not there. "
    "Items found that are not on the list go on the empty rows below.",
    "found": "Items found that are not on the list",
    "page": "Page {page} of {pages}",
    "printed": "Printed by {user}, {at}",
    "posted": "Posted by {user}, {at} · document {document}",
    "status_draft": "Counting",
    "status_posted": "Posted",
    "status_cancelled": "Cancelled",
    "unit_m": "m",
    "unit_sheet": "sheet",
    "unit_kg": "kg",
    "unit_g": "gram",
    "unit_l": "litre",
    "unit_pcs": "pcs",
}

MARGIN = 36.0
LIGHT = (0.96, 0.92, 0.83)
RED = (0.70, 0.05, 0.05)
GREEN = (0.05, 0.45, 0.15)
CHUNK = 100  # rows per Platypus table (long tables in one piece are slow)
FOUND_ROWS = 6  # empty rows for items found that are not on the sheet


def labels_for(language: str) -> dict[str, str]:
    """The words of the sheet in ``language`` ("id" or "en"; anything else: Indonesian)."""
    return dict(LABELS_EN if language == "en" else LABELS_ID)


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _qty(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


def _signed(value: Decimal | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + format_number(value)


def _signed_rupiah(value: Decimal | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + format_rupiah(value)


def _unit(unit: str, labels: Mapping[str, str]) -> str:
    return labels.get(f"unit_{unit}", unit)


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.colors import Color
        from reportlab.lib.styles import ParagraphStyle

        ink, soga = Color(*INK), Color(*SOGA)
        self.title = ParagraphStyle(
            "title", fontName="Times-Bold", fontSize=18, leading=22, textColor=soga
        )
        self.sub = ParagraphStyle(
            "sub", fontName="Helvetica", fontSize=10, leading=13, textColor=ink
        )
        self.fact = ParagraphStyle(
            "fact", fontName="Helvetica", fontSize=9, leading=11.5, textColor=ink
        )
        self.small = ParagraphStyle(
            "small", fontName="Helvetica-Oblique", fontSize=8, leading=10, textColor=ink
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName="Helvetica-Bold",
            fontSize=9,
            leading=12,
            textColor=soga,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.cell = ParagraphStyle(
            "cell", fontName="Helvetica", fontSize=8.5, leading=10, textColor=ink
        )
        self.head_cell = ParagraphStyle(
            "head_cell",
            fontName="Helvetica-Bold",
            fontSize=7.5,
            leading=9,
            textColor=Color(1, 1, 1),
            alignment=1,
        )


def _header(
    count: CountData, centre_name: str, subtitle: str, labels: Mapping[str, str], s: _Styles
) -> list[Any]:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    out: list[Any] = [
        Paragraph(_esc(f"{labels['title']} · {subtitle}"), s.title),
    ]
    if centre_name:
        out.append(Paragraph(_esc(centre_name), s.sub))
    out.append(Spacer(1, 6))
    status = labels.get(f"status_{count.status.value}", count.status.value)
    facts = [
        [labels["number"], count.number, labels["location"], count.location.name],
        [labels["date"], format_date(count.count_date), labels["items"], str(len(count.lines))],
    ]
    if count.status != CountStatus.DRAFT:
        facts.append([labels["status"], status, "", ""])
    body = [
        [
            Paragraph(f"<b>{_esc(a)}</b>", s.fact),
            Paragraph(_esc(b), s.fact),
            Paragraph(f"<b>{_esc(c)}</b>", s.fact),
            Paragraph(_esc(d), s.fact),
        ]
        for a, b, c, d in facts
    ]
    width = PAGE_W - 2 * MARGIN
    table = Table(body, colWidths=[70, width / 2 - 70, 80, width / 2 - 80])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), Color(*LIGHT)),
                ("BOX", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out.append(table)
    if count.notes:
        out.append(Spacer(1, 3))
        out.append(Paragraph(f"<b>{_esc(labels['notes'])}:</b> {_esc(count.notes)}", s.fact))
    out.append(Spacer(1, 8))
    return out


def _sorted(lines: list[CountLineData]) -> list[CountLineData]:
    return sorted(lines, key=lambda line: (line.name.lower(), line.sku))


def _table_style(extra: list[Any], n_rows: int, right_cols: tuple[int, ...]) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import TableStyle

    soga, gold = Color(*SOGA), Color(*GOLD)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), soga),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, gold),
        ("BOX", (0, 0), (-1, -1), 0.6, soga),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for col in right_cols:
        style.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    for row in range(2, n_rows, 2):
        style.append(("BACKGROUND", (0, row), (-1, row), Color(*LIGHT)))
    return TableStyle(style + extra)


def _sheet_tables(count: CountData, blind: bool, labels: Mapping[str, str], s: _Styles) -> list:
    from reportlab.lib.colors import Color, white
    from reportlab.platypus import Paragraph, Table

    width = PAGE_W - 2 * MARGIN
    head = [labels["no"], labels["sku"], labels["item"], labels["unit"]]
    widths = [24.0, 72.0, 0.0, 38.0]
    if not blind:
        head.append(labels["book"])
        widths.append(52.0)
    head += [labels["counted"], labels["note"]]
    widths += [68.0, 112.0]
    widths[2] = width - sum(widths)
    counted_col = len(head) - 2
    header = [Paragraph(_esc(h), s.head_cell) for h in head]
    box = [
        # room to write by hand: one line of text is 10 pt, the row about 20 pt
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("BACKGROUND", (counted_col, 1), (counted_col, -1), white),
        ("BOX", (counted_col, 1), (counted_col, -1), 1.1, Color(*INK)),
        ("INNERGRID", (counted_col, 1), (counted_col, -1), 0.8, Color(*INK)),
    ]
    right = (4,) if not blind else ()
    lines = _sorted(count.lines)
    out: list[Any] = []
    for start in range(0, max(len(lines), 1), CHUNK):
        body: list[list[Any]] = [header]
        for n, line in enumerate(lines[start : start + CHUNK], start=start + 1):
            row: list[Any] = [
                str(n),
                line.sku,
                Paragraph(_esc(line.name), s.cell),
                _unit(line.unit, labels),
            ]
            if not blind:
                row.append(_qty(line.book_now))
            row += ["", ""]
            body.append(row)
        table = Table(body, colWidths=widths, repeatRows=1)
        table.setStyle(_table_style(box, len(body), right))
        out.append(table)
    # empty rows for what is found but not listed
    out.append(Paragraph(_esc(labels["found"]), s.heading))
    found = [[Paragraph(_esc(h), s.head_cell) for h in head]] + [
        [""] * len(head) for _ in range(FOUND_ROWS)
    ]
    table = Table(found, colWidths=widths, repeatRows=1, rowHeights=[None] + [20] * FOUND_ROWS)
    table.setStyle(
        _table_style(box + [("INNERGRID", (0, 1), (-1, -1), 0.3, Color(*GOLD))], 0, right)
    )
    out.append(table)
    return out


def _signatures(labels: Mapping[str, str], s: _Styles) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    width = PAGE_W - 2 * MARGIN
    gap = 40.0
    side = (width - gap) / 2

    def both(text: str, bold: bool = False) -> list[Any]:
        markup = f"<b>{_esc(text)}</b>" if bold else _esc(text)
        return [Paragraph(markup, s.fact), "", Paragraph(markup, s.fact)]

    body = [
        [Paragraph(f"<b>{_esc(labels['counted_by'])}</b>", s.fact), "",
         Paragraph(f"<b>{_esc(labels['checked_by'])}</b>", s.fact)],
        ["", "", ""],
        both(f"{labels['name_line']}:"),
        both(f"{labels['date_line']}:"),
    ]  # fmt: skip
    table = Table(body, colWidths=[side, gap, side], rowHeights=[14, 44, 16, 16])
    ink = Color(*INK)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (0, 1), 0.6, ink),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, ink),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return KeepTogether([Spacer(1, 16), table])


def _build(
    story: list[Any], title: str, author: str, footer: str, labels: Mapping[str, str]
) -> bytes:
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 12,
        title=title,
        author=author,
        subject=labels["title"],
    )
    doc.build(story, canvasmaker=numbered_canvas(labels["page"], footer))
    return buf.getvalue()


def render_count_sheet(
    count: CountData,
    *,
    centre_name: str = "",
    language: str = "id",
    printed_by: str = "",
    blind: bool = True,
) -> bytes:
    """The count sheet to take to the shelves; ``blind`` leaves the book quantities out."""
    from reportlab.platypus import Paragraph

    labels = labels_for(language)
    s = _Styles()
    story: list[Any] = [
        *_header(count, centre_name, labels["sheet"], labels, s),
        Paragraph(_esc(labels["instructions"]), s.small),
        _spacer(4),
        *_sheet_tables(count, blind, labels, s),
        _signatures(labels, s),
    ]
    footer = labels["printed"].format(user=printed_by or "–", at=format_datetime(utcnow()))
    footer = f"{count.number} · {footer}"
    pdf = _build(story, f"{labels['title']} {count.number}", centre_name, footer, labels)
    log.info("count sheet %s: %d lines, blind=%s", count.number, len(count.lines), blind)
    return pdf


def _spacer(height: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def render_count_result(
    count: CountData,
    *,
    centre_name: str = "",
    language: str = "id",
    printed_by: str = "",
) -> bytes:
    """Book quantity, counted, difference and its value per line, with the totals."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    labels = labels_for(language)
    s = _Styles()
    story: list[Any] = list(_header(count, centre_name, labels["result"], labels, s))
    if count.status == CountStatus.POSTED and count.posted_at is not None:
        story.append(
            Paragraph(
                _esc(
                    labels["posted"].format(
                        user=count.posted_by or "–",
                        at=format_datetime(count.posted_at),
                        document=count.document_number,
                    )
                ),
                s.small,
            )
        )
        story.append(_spacer(4))
    width = PAGE_W - 2 * MARGIN
    head = [
        labels["no"],
        labels["sku"],
        labels["item"],
        labels["unit"],
        labels["book"],
        labels["counted"],
        labels["difference"],
        labels["value"],
    ]
    widths = [24.0, 66.0, 0.0, 36.0, 52.0, 52.0, 52.0, 74.0]
    widths[2] = width - sum(widths)
    header = [Paragraph(_esc(h), s.head_cell) for h in head]
    red, green = Color(*RED), Color(*GREEN)
    surplus = shortage = Decimal("0.00")
    lines = _sorted(count.lines)
    for start in range(0, max(len(lines), 1), CHUNK):
        body: list[list[Any]] = [header]
        extra: list[Any] = []
        for n, line in enumerate(lines[start : start + CHUNK], start=start + 1):
            diff, value = line.difference, line.difference_value
            if value is not None and value > 0:
                surplus += value
            elif value is not None:
                shortage += value
            row = len(body)
            body.append(
                [
                    str(n),
                    line.sku,
                    Paragraph(_esc(line.name), s.cell),
                    _unit(line.unit, labels),
                    _qty(line.book_now),
                    _qty(line.counted) if line.counted is not None else labels["not_counted"],
                    _signed(diff),
                    _signed_rupiah(value),
                ]
            )
            if diff:
                extra.append(("TEXTCOLOR", (6, row), (7, row), red if diff < 0 else green))
                extra.append(("FONT", (6, row), (7, row), "Helvetica-Bold", 8.5))
            if line.counted is None:
                extra.append(("FONT", (5, row), (5, row), "Helvetica-Oblique", 7.5))
        table = Table(body, colWidths=widths, repeatRows=1)
        table.setStyle(_table_style(extra, len(body), (4, 5, 6, 7)))
        story.append(table)
    totals = [
        [labels["surplus"], _signed_rupiah(surplus)],
        [labels["shortage"], _signed_rupiah(shortage)],
        [labels["net"], _signed_rupiah(surplus + shortage)],
    ]
    table = Table(totals, colWidths=[140, 90], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("FONT", (0, 2), (-1, 2), "Helvetica-Bold", 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("TEXTCOLOR", (1, 0), (1, 0), green),
                ("TEXTCOLOR", (1, 1), (1, 1), red),
                ("LINEABOVE", (0, 2), (-1, 2), 0.6, Color(*SOGA)),
            ]
        )
    )
    story += [_spacer(8), table, _signatures(labels, s)]
    footer = labels["printed"].format(user=printed_by or "–", at=format_datetime(utcnow()))
    footer = f"{count.number} · {footer}"
    pdf = _build(story, f"{labels['result']} {count.number}", centre_name, footer, labels)
    log.info("count result %s: %d lines", count.number, len(count.lines))
    return pdf
