"""Price labels and hang tags as a PDF, on A4 label sheets or one label per page (a roll).

Takes :class:`~rumahbatik.services.stock_types.ItemData` objects and a
:class:`~rumahbatik.domain.labels.LabelLayout`, never a session.

A hang tag carries the centre's name, the product, its motif, the technique word with the
Batikmark colour cue (a swatch in ``BATIKMARK_COLOURS``, outlined so white shows too), who
made it, the price in Rupiah, a Code 128 barcode of the item's scan code with the code printed
under it, and a QR code. The QR code carries the same scan code as the barcode (not a longer
"SKU|name|price" text): a 2D scanner at the till or a phone then names the same item as the
barcode, and a tag never goes stale when a price or a name changes. A price label is smaller:
name, size/colour, price and the barcode.

Words are printed in the database's language (``language``), translated with the same
``.ts`` catalogue the command line reads. Text is shrunk and wrapped to fit; it never runs
over the label's edge. ReportLab is imported when labels are drawn, not at start-up.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rumahbatik.domain import labels as words
from rumahbatik.domain.formatting import format_rupiah
from rumahbatik.domain.labels import (
    LabelKind,
    LabelLayout,
    check_copies,
    check_start,
    validate_layout,
)
from rumahbatik.domain.stock import BATIKMARK_COLOURS
from rumahbatik.services.stock_types import ItemData

log = logging.getLogger(__name__)

MM = 72 / 25.4  # points per millimetre
SOGA = (0.42, 0.26, 0.15)  # the brown of soga dye
INK = (0.17, 0.11, 0.07)
CREAM = (0.99, 0.97, 0.92)
GUIDE = (0.75, 0.75, 0.75)  # cutting guides around hang tags on plain card

#: Code 128 needs ten modules of white on each side to scan.
QUIET_MODULES = 10
#: The widest bar module drawn (points): wider bars only make the code longer.
MAX_MODULE = 1.2

Translate = Callable[[str], str]


def label_translator(language: str) -> Translate:
    """Translate a label word (context "Labels") into ``language`` ("id" or "en").

    Indonesian falls back on the built-in words of :mod:`rumahbatik.domain.labels` while the
    catalogue has no entry, so tags never come out half English.
    """
    from rumahbatik.textcatalog import translator

    translate = translator(language)

    def tr(text: str) -> str:
        done = translate("Labels", text)
        if done == text and language == "id":
            return words.INDONESIAN.get(text, text)
        return done

    return tr


def expand(entries: Sequence[tuple[ItemData, int]]) -> list[ItemData]:
    """One item per label to print: ``copies`` of each, in the order given."""
    out: list[ItemData] = []
    for item, copies in entries:
        check_copies(item.name, copies)
        out.extend([item] * copies)
    return out


def technique_word(technique: str) -> str:
    """``Batik Tulis``: the trade word, the same in both languages."""
    return words.TECHNIQUE_WORDS.get(technique, technique.capitalize())


# ------------------------------------------------------------------ text fitting
@dataclass
class _Row:
    text: str
    font: str
    size: float
    max_lines: int = 1
    colour: tuple[float, float, float] = INK
    swatch: str = ""  # a Batikmark colour drawn before the text
    align: str = "left"  # or "centre"


def _ellipsize(c: Any, text: str, font: str, size: float, width: float) -> str:
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return (text.rstrip() + "…") if text else ""


def _wrap(c: Any, text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``; the last one cut with … if need be."""
    from reportlab.lib.utils import simpleSplit

    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], rest]
    # simpleSplit leaves a single word longer than the width whole: cut it.
    return [_ellipsize(c, line, font, size, width) for line in lines]


def _fit_row(c: Any, row: _Row, size: float, width: float) -> tuple[float, list[str]]:
    """A row's size and lines: up to a quarter smaller before the text is cut with …."""
    least = size * 0.75
    while True:
        avail = width - (_swatch_width(size) if row.swatch else 0)
        lines = _wrap(c, row.text, row.font, size, avail, row.max_lines)
        if size <= least or not lines[-1].endswith("…") or row.text.endswith("…"):
            return size, lines
        size = max(least, size - 0.5)


def _swatch_width(size: float) -> float:
    return size * 1.9


def _layout_rows(
    c: Any, rows: list[_Row], width: float, height: float
) -> list[tuple[_Row, float, list[str]]]:
    """Font sizes and lines for ``rows`` so that together they fit ``height``.

    Shrinks every row by the same factor (down to 55 %); when even that is too tall, the
    rows at the end are left out (they come in order of importance). Returns (row, size,
    lines) for the rows that are drawn.
    """
    scale = 1.0
    while True:
        placed: list[tuple[_Row, float, list[str]]] = []
        total = 0.0
        for row in rows:
            size, lines = _fit_row(c, row, row.size * scale, width)
            placed.append((row, size, lines))
            total += len(lines) * size * 1.18
        if total <= height or scale <= 0.55:
            break
        # A row wrapping into one more line than it needs at this size can shrink less
        # than the whole block: try the next size down.
        scale = round(scale - 0.05, 2)
    while placed and sum(len(ls) * s * 1.18 for _, s, ls in placed) > height:
        placed.pop()
    return placed


def _draw_rows(
    c: Any, placed: list[tuple[_Row, float, list[str]]], x: float, top: float, width: float
) -> float:
    """Draw placed rows from ``top`` down; returns the y under the last line."""
    y = top
    for row, size, lines in placed:
        c.setFillColorRGB(*row.colour)
        c.setFont(row.font, size)
        for i, line in enumerate(lines):
            y -= size * 1.18
            base = y + size * 0.24
            tx = x
            if row.swatch and i == 0:
                _swatch(
                    c,
                    x,
                    base - size * 0.08,
                    _swatch_width(size) - size * 0.5,
                    size * 0.9,
                    row.swatch,
                )
                c.setFillColorRGB(*row.colour)
                tx = x + _swatch_width(size)
            if row.align == "centre":
                c.drawCentredString(x + width / 2, base, line)
            else:
                c.drawString(tx, base, line)
    return y


def _rgb(hex_code: str) -> tuple[float, float, float]:
    h = hex_code.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def _swatch(c: Any, x: float, y: float, w: float, h: float, colour: str) -> None:
    """The Batikmark colour as a small band with a thin dark outline (so white shows too)."""
    c.saveState()
    c.setFillColorRGB(*_rgb(colour))
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.45)
    c.rect(x, y, w, h, fill=1, stroke=1)
    c.restoreState()


def _fit_size(c: Any, text: str, font: str, size: float, width: float, least: float) -> float:
    while size > least and c.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


# ------------------------------------------------------------------ codes
def draw_barcode(c: Any, value: str, x: float, y: float, width: float, height: float) -> None:
    """A Code 128 barcode of ``value`` centred in the box, quiet zones included, with the
    value printed under the bars (the lower ~22 % of the box)."""
    from reportlab.graphics.barcode.code128 import Code128

    text_size = max(4.5, min(7.5, height * 0.2))
    bar_h = height - text_size * 1.2
    probe = Code128(value, barWidth=1, barHeight=bar_h, humanReadable=0, quiet=0)
    modules = probe.width + 2 * QUIET_MODULES
    module = min(MAX_MODULE, width / modules)
    code = Code128(value, barWidth=module, barHeight=bar_h, humanReadable=0, quiet=0)
    left = x + (width - code.width) / 2
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    code.drawOn(c, left, y + text_size * 1.2)
    size = _fit_size(c, value, "Courier", text_size, width, 4)
    c.setFont("Courier", size)
    c.drawCentredString(x + width / 2, y + text_size * 0.25, value)
    c.restoreState()


def draw_qr(c: Any, payload: str, x: float, y: float, size: float) -> None:
    """The QR code of ``payload`` (modules cached per payload: a QR costs ~26 ms to encode)."""
    from rumahbatik.reports.certificates import draw_qr as draw

    draw(c, payload, x, y, size, quiet=1)


# ------------------------------------------------------------------ one label
class _Painter:
    def __init__(self, c: Any, layout: LabelLayout, centre_name: str, tr: Translate) -> None:
        self.c = c
        self.layout = layout
        self.centre_name = centre_name
        self.tr = tr
        # Hang tags on plain A4 card are cut by hand: print a faint guide around each.
        self.guides = layout.kind == LabelKind.TAG and not layout.is_roll

    def details(self, item: ItemData) -> str:
        parts = []
        if item.size:
            parts.append(self.tr(words.SIZE).replace("{size}", item.size))
        if item.colour:
            parts.append(self.tr(words.COLOUR).replace("{colour}", item.colour))
        return " · ".join(parts)

    # -------------------------------------------------------------- hang tag
    def tag(self, item: ItemData, x: float, y: float, w: float, h: float) -> None:
        c = self.c
        if self.guides:
            c.saveState()
            c.setStrokeColorRGB(*GUIDE)
            c.setLineWidth(0.3)
            c.setDash(2, 2)
            c.rect(x, y, w, h, fill=0, stroke=1)
            c.restoreState()
        pad = max(2 * MM, min(w, h) * 0.05)
        inner_w = w - 2 * pad
        # header band: the centre's name in cream on soga, with the hole for the string
        band = min(9 * MM, max(5.5 * MM, h * 0.11))
        c.setFillColorRGB(*SOGA)
        c.rect(x, y + h - band, w, band, fill=1, stroke=0)
        hole_r = min(1.6 * MM, band * 0.22)
        hole_x = x + pad + hole_r
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(*INK)
        c.setLineWidth(0.3)
        c.circle(hole_x, y + h - band / 2, hole_r, fill=1, stroke=1)
        name_w = w - 2 * (pad + 2 * hole_r + 1.5 * MM)
        size = _fit_size(c, self.centre_name, "Helvetica-Bold", band * 0.42, name_w, 4)
        c.setFillColorRGB(*CREAM)
        c.setFont("Helvetica-Bold", size)
        centre = _ellipsize(c, self.centre_name, "Helvetica-Bold", size, name_w)
        c.drawCentredString(x + w / 2, y + h - band / 2 - size * 0.35, centre)
        # footer: the barcode and its text
        code_h = min(13 * MM, max(7 * MM, h * 0.15))
        draw_barcode(c, item.scan_code, x + pad, y + pad * 0.8, inner_w, code_h)
        # middle: the words, the price and the QR
        top = y + h - band - pad * 0.7
        bottom = y + pad * 0.8 + code_h + pad * 0.6
        mid_h = top - bottom
        rows = self._tag_rows(item)
        price = format_rupiah(item.sale_price)
        side = w > h * 1.15
        if side:  # a wide tag: the QR beside the words, the price under them
            q = min(mid_h, w * 0.32)
            text_w = inner_w - q - pad
            rows.insert(1, _Row(price, "Helvetica-Bold", 14))  # under the name, always kept
            placed = _layout_rows(c, rows, text_w, mid_h)
            _draw_rows(c, placed, x + pad, top, text_w)
            draw_qr(c, item.scan_code, x + w - pad - q, bottom + (mid_h - q) / 2, q)
            return
        q = min(inner_w * 0.44, 26 * MM, mid_h * 0.45)
        placed = _layout_rows(c, rows, inner_w, mid_h - q - pad * 0.4)
        _draw_rows(c, placed, x + pad, top, inner_w)
        draw_qr(c, item.scan_code, x + w - pad - q, bottom, q)
        price_w = inner_w - q - pad * 0.5
        size = _fit_size(c, price, "Helvetica-Bold", min(15.0, q * 0.45), price_w, 5)
        c.setFillColorRGB(*INK)
        c.setFont("Helvetica-Bold", size)
        c.drawString(x + pad, bottom + q / 2 - size * 0.35, price)

    def _tag_rows(self, item: ItemData) -> list[_Row]:
        rows = [_Row(item.name, "Helvetica-Bold", 11, max_lines=3)]
        if item.technique:
            rows.append(
                _Row(
                    technique_word(item.technique),
                    "Helvetica-Bold",
                    8,
                    colour=SOGA,
                    swatch=BATIKMARK_COLOURS.get(item.technique, ""),
                )
            )
        if item.motif_name:
            rows.append(
                _Row(
                    self.tr(words.MOTIF).replace("{name}", item.motif_name),
                    "Helvetica-Oblique",
                    8,
                    colour=SOGA,
                )
            )
        if item.artisans:
            made_by = self.tr(words.MADE_BY).replace("{names}", ", ".join(item.artisans))
            rows.append(_Row(made_by, "Helvetica", 7, max_lines=2))
        details = self.details(item)
        if details:
            rows.append(_Row(details, "Helvetica", 7))
        return rows

    # -------------------------------------------------------------- price label
    def price(self, item: ItemData, x: float, y: float, w: float, h: float) -> None:
        c = self.c
        pad = min(3 * MM, max(1.5 * MM, min(w, h) * 0.07))
        code_h = min(12 * MM, max(6.5 * MM, h * 0.36))
        draw_barcode(c, item.scan_code, x + pad, y + pad * 0.6, w - 2 * pad, code_h)
        top = y + h - pad
        bottom = y + pad * 0.6 + code_h + pad * 0.3
        grow = min(1.4, max(0.8, h / (30 * MM)))  # bigger labels, bigger words
        name = _Row(item.name, "Helvetica-Bold", 8.5 * grow, max_lines=2, align="centre")
        price = _Row(format_rupiah(item.sale_price), "Helvetica-Bold", 12 * grow, align="centre")
        details = self.details(item)
        # Fitted in order of importance (the price before size and colour, which are left
        # out first when space runs out), drawn name, details, price.
        rows = [name, price]
        if details:
            rows.append(_Row(details, "Helvetica", 6.5 * grow, align="centre"))
        placed = _layout_rows(c, rows, w - 2 * pad, top - bottom)
        rank = {id(name): 0, id(price): 2}
        placed.sort(key=lambda p: rank.get(id(p[0]), 1))
        used = sum(len(ls) * s * 1.18 for _, s, ls in placed)
        _draw_rows(c, placed, x + pad, top - max(0.0, (top - bottom - used) / 2), w - 2 * pad)


# ------------------------------------------------------------------ public API
def render_labels(
    entries: Sequence[tuple[ItemData, int]],
    layout: LabelLayout,
    *,
    centre_name: str,
    language: str,
    start_position: int = 0,
    invariant: bool = True,
) -> bytes:
    """The labels as PDF bytes: ``copies`` labels of each item, in the order given.

    ``start_position`` skips that many positions on the first sheet (a half-used sheet goes
    through the printer again); a new page starts after ``columns × rows`` labels.
    Refuses (ValidationError) a layout that does not fit, a start position off the sheet,
    negative or too many copies, and nothing to print.
    """
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    validate_layout(layout)
    check_start(layout, start_position)
    items = expand(entries)
    if not items:
        from rumahbatik.domain.errors import ValidationError

        raise ValidationError("labels_none")
    rl_config.invariant = 1 if invariant else 0
    tr = label_translator(language)
    page_w, page_h = layout.page_width * MM, layout.page_height * MM
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(page_w, page_h), pageCompression=1)
    kind = LabelKind(layout.kind)
    c.setTitle(tr(words.LABEL_KIND_LABELS[kind]))
    c.setAuthor(centre_name)
    painter = _Painter(c, layout, centre_name, tr)
    draw = painter.tag if kind == LabelKind.TAG else painter.price
    w, h = layout.label_width * MM, layout.label_height * MM
    page = 0
    for n, item in enumerate(items):
        at_page, left, top = layout.position(start_position + n)
        while page < at_page:
            c.showPage()
            page += 1
        x, y = left * MM, page_h - top * MM - h
        c.saveState()
        # Whatever a label draws stays on the label.
        clip = c.beginPath()
        clip.rect(x, y, w, h)
        c.clipPath(clip, stroke=0, fill=0)
        draw(item, x, y, w, h)
        c.restoreState()
    c.showPage()
    c.save()
    log.info(
        "labels: %d %s label(s) on %d page(s), layout %s",
        len(items),
        kind.value,
        page + 1,
        layout.key,
    )
    return buf.getvalue()
