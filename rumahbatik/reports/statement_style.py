"""The look the centre's statements share (wage statement, consignment settlement slip):
paragraph styles, the table grid in house colours, the logo's size, escaping for
ReportLab's mini-HTML. ReportLab is imported when a PDF is made."""

from __future__ import annotations

import io
import logging
from typing import Any
from xml.sax.saxutils import escape

from rumahbatik.reports.page_frame import GOLD, INK, SOGA

log = logging.getLogger(__name__)

MARGIN = 40.0
LIGHT = (0.96, 0.92, 0.83)


def esc(text: str) -> str:
    return escape(text or "")


class Styles:
    def __init__(self) -> None:
        from reportlab.lib.colors import Color
        from reportlab.lib.styles import ParagraphStyle

        ink, soga = Color(*INK), Color(*SOGA)
        self.centre = ParagraphStyle(
            "centre", fontName="Times-Bold", fontSize=16, leading=19, textColor=soga
        )
        self.address = ParagraphStyle(
            "address", fontName="Helvetica", fontSize=8.5, leading=11, textColor=ink
        )
        self.title = ParagraphStyle(
            "title",
            fontName="Helvetica-Bold",
            fontSize=13,
            leading=16,
            textColor=soga,
            alignment=1,
            spaceBefore=6,
            spaceAfter=8,
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName="Helvetica-Bold",
            fontSize=9.5,
            leading=12,
            textColor=soga,
            spaceBefore=10,
            spaceAfter=4,
        )
        self.fact = ParagraphStyle(
            "fact", fontName="Helvetica", fontSize=9, leading=11.5, textColor=ink
        )
        self.cell = ParagraphStyle(
            "cell", fontName="Helvetica", fontSize=8, leading=9.5, textColor=ink
        )
        self.head = ParagraphStyle(
            "head",
            fontName="Helvetica-Bold",
            fontSize=7.5,
            leading=9,
            textColor=Color(1, 1, 1),
            alignment=1,
        )


def logo_size(data: bytes | None) -> tuple[int, int] | None:
    if not data:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (OSError, UnidentifiedImageError):
        log.warning("statement: unreadable logo")
        return None


def grid_style(rows: int, right_from: int, total_row: bool) -> list[Any]:
    from reportlab.lib.colors import Color

    soga, gold = Color(*SOGA), Color(*GOLD)
    style: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), soga),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, gold),
        ("BOX", (0, 0), (-1, -1), 0.6, soga),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    last = rows - 1
    # One banding command, not one per row: ReportLab re-applies every command each time a
    # long table splits at a page, which made a table of thousands of rows quadratic.
    stripes_to = last - 1 if total_row else last
    if stripes_to >= 1:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, stripes_to), [None, Color(*LIGHT)]))
    if total_row:
        style += [
            ("FONT", (0, last), (-1, last), "Helvetica-Bold", 8.5),
            ("LINEABOVE", (0, last), (-1, last), 0.8, soga),
        ]
    return style


def centre_header(
    name: str, lines: list[str], logo: bytes | None, s: Styles, full_width: float
) -> Any:
    """The centre's letterhead: logo (when readable), name, address lines, a gold rule."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Image, Paragraph, Table, TableStyle

    text = [Paragraph(esc(name), s.centre)]
    text += [Paragraph(esc(line), s.address) for line in lines if line]
    size = logo_size(logo)
    if size is not None:
        iw, ih = size
        w = min(120.0, 46.0 * iw / ih)
        img = Image(io.BytesIO(logo or b""), width=w, height=w * ih / iw)
        head = Table([[img, text]], colWidths=[w + 12, full_width - w - 12])
    else:
        head = Table([[text]], colWidths=[full_width])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, Color(*GOLD)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return head
