"""The motif catalogue (lookbook) as an A4 PDF: a cover, then one motif per page.

Takes a :class:`~rumahbatik.services.catalogue.CatalogueData`, never a session. The words on
the page come from ``labels`` (Indonesian by default), because this layer has no Qt.
ReportLab is imported when a catalogue is made, not when the program starts.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import IO, Any

from rumahbatik.domain.formatting import format_date
from rumahbatik.services.catalogue import CatalogueData, CatalogueEntry

log = logging.getLogger(__name__)

#: The words printed in the catalogue, Indonesian by default.
LABELS: dict[str, str] = {
    "title": "Katalog Motif Batik",
    "subtitle": "Motif karya pengrajin binaan",
    "philosophy": "Makna",
    "description": "Deskripsi",
    "designer": "Perancang",
    "co_designers": "Perancang pendamping",
    "techniques": "Teknik",
    "colours": "Palet warna",
    "origin": "Asal",
    "status": "Status",
    "hki": "HKI / Hak Cipta",
    "hki_value": "No. {number}, {date}",
    "version": "Versi {version}",
    "page": "Halaman {page} dari {pages}",
    "no_image": "Belum ada gambar motif",
    "empty": "Belum ada motif untuk katalog ini.",
    "motif_count": "{count} motif",
    "status_draft": "draf",
    "status_approved": "disetujui untuk produksi",
    "status_retired": "tidak diproduksi lagi",
    "technique_tulis": "batik tulis",
    "technique_cap": "batik cap",
    "technique_kombinasi": "batik kombinasi (tulis dan cap)",
    "technique_colet": "colet",
    "technique_printing": "printing",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
}

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN = 42.0
SOGA = (0.42, 0.26, 0.15)  # the brown of soga dye
CREAM = (0.98, 0.95, 0.89)
INK = (0.17, 0.11, 0.07)
GOLD = (0.78, 0.64, 0.29)
MAX_IMAGE_SIDE = 1400  # pixels kept for print; originals can be much larger


def long_date(value: date, labels: Mapping[str, str]) -> str:
    """``23 Mei 2022`` (month names from the labels)."""
    months = labels["months"].split()
    return f"{value.day} {months[value.month - 1]} {value.year}"


def _rgb(hex_code: str) -> tuple[float, float, float]:
    h = hex_code.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def _image_reader(data: bytes | None, path: str) -> Any:
    """A ReportLab ImageReader of a downsized copy, or None when there is no usable image."""
    from PIL import Image, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader

    try:
        source: Any = io.BytesIO(data) if data else (Path(path) if path else None)
        if source is None:
            return None
        with Image.open(source) as img:
            img.load()
            copy = img.convert("RGB")
    except (OSError, UnidentifiedImageError):
        log.warning("catalogue: unreadable image %s", path or "(bytes)")
        return None
    copy.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    # Embedded as JPEG (DCT): a raw RGB picture per page made a 10-motif book ~14 MB.
    buf = io.BytesIO()
    copy.save(buf, format="JPEG", quality=88)
    buf.seek(0)
    return ImageReader(buf)


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.colors import Color
        from reportlab.lib.styles import ParagraphStyle

        ink = Color(*INK)
        soga = Color(*SOGA)
        self.body = ParagraphStyle(
            "body", fontName="Times-Roman", fontSize=11, leading=15, textColor=ink
        )
        self.small = ParagraphStyle(
            "small", fontName="Helvetica", fontSize=9, leading=12, textColor=ink
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName="Helvetica-Bold",
            fontSize=8.5,
            leading=11,
            textColor=soga,
            spaceBefore=7,
            spaceAfter=2,
        )
        self.quote = ParagraphStyle(
            "quote", parent=self.body, fontName="Times-Italic", fontSize=12, leading=16.5
        )


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text).replace("\n", "<br/>")


class _Writer:
    def __init__(self, data: CatalogueData, labels: Mapping[str, str], out: Any) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.data = data
        self.labels = labels
        self.pages = 1 + max(1, len(data.entries))
        self.c = Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        self.c.setTitle(f"{labels['title']} – {data.centre_name}")
        self.c.setAuthor(data.centre_name)
        self.c.setSubject(labels["title"])
        self.styles = _Styles()

    # ------------------------------------------------------------ common parts
    def _footer(self, page: int) -> None:
        c = self.c
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(0.6)
        c.line(MARGIN, 34, PAGE_W - MARGIN, 34)
        c.setFillColorRGB(*SOGA)
        c.setFont("Helvetica", 8)
        c.drawString(MARGIN, 22, self.data.centre_name)
        c.drawRightString(
            PAGE_W - MARGIN,
            22,
            self.labels["page"].format(page=page, pages=self.pages),
        )

    def _border_dots(self, y: float) -> None:
        """A row of small kawung-like ellipses: a quiet batik ornament."""
        c = self.c
        c.setFillColorRGB(*GOLD)
        step = 18.0
        x = MARGIN + step / 2
        while x < PAGE_W - MARGIN:
            for dx, dy in ((-3.2, 0), (3.2, 0), (0, -3.2), (0, 3.2)):
                c.ellipse(x + dx - 2.6, y + dy - 2.6, x + dx + 2.6, y + dy + 2.6, fill=1, stroke=0)
            x += step

    # ------------------------------------------------------------ cover
    def cover(self) -> None:
        c = self.c
        c.setFillColorRGB(*CREAM)
        c.rect(0, 0, PAGE_W, PAGE_H, fill=1, stroke=0)
        c.setFillColorRGB(*SOGA)
        c.rect(0, PAGE_H - 250, PAGE_W, 250, fill=1, stroke=0)
        self._border_dots(PAGE_H - 262)
        self._border_dots(70)
        logo = _image_reader(self.data.logo, "") if self.data.logo else None
        if logo is not None:
            # The logo on a light panel astride the brown band, as large as its shape allows.
            iw, ih = logo.getSize()
            scale = min(300.0 / iw, 130.0 / ih)
            w, h = iw * scale, ih * scale
            x, y = (PAGE_W - w) / 2, PAGE_H - 250 - h / 2
            c.setFillColorRGB(1, 1, 1)
            c.setStrokeColorRGB(*GOLD)
            c.setLineWidth(1.2)
            c.roundRect(x - 14, y - 14, w + 28, h + 28, 8, fill=1, stroke=1)
            c.drawImage(logo, x, y, w, h)
        c.setFillColorRGB(*INK)
        c.setFont("Times-Bold", 34)
        c.drawCentredString(PAGE_W / 2, 430, self.labels["title"])
        c.setFont("Times-Italic", 15)
        c.drawCentredString(PAGE_W / 2, 404, self.labels["subtitle"])
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(1.2)
        c.line(PAGE_W / 2 - 90, 388, PAGE_W / 2 + 90, 388)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(PAGE_W / 2, 350, self.data.centre_name)
        c.setFont("Helvetica", 13)
        if self.data.centre_city:
            c.drawCentredString(PAGE_W / 2, 330, self.data.centre_city)
        c.setFont("Helvetica", 11)
        c.setFillColorRGB(*SOGA)
        c.drawCentredString(PAGE_W / 2, 290, long_date(self.data.made_on, self.labels))
        c.drawCentredString(
            PAGE_W / 2, 272, self.labels["motif_count"].format(count=len(self.data.entries))
        )
        self._footer(1)
        c.showPage()

    def empty(self) -> None:
        c = self.c
        c.setFont("Helvetica", 13)
        c.setFillColorRGB(*INK)
        c.drawCentredString(PAGE_W / 2, PAGE_H / 2, self.labels["empty"])
        self._footer(2)
        c.showPage()

    # ------------------------------------------------------------ a motif
    def motif(self, entry: CatalogueEntry, page: int) -> None:
        c = self.c
        top = PAGE_H - MARGIN
        # header: centre and code
        c.setFont("Helvetica", 8.5)
        c.setFillColorRGB(*SOGA)
        c.drawString(MARGIN, top - 2, self.labels["title"].upper())
        c.drawRightString(PAGE_W - MARGIN, top - 2, entry.code)
        # the image, as large as the page allows
        box_w = PAGE_W - 2 * MARGIN
        box_h = 360.0
        box_y = top - 14 - box_h
        self._image(entry, MARGIN, box_y, box_w, box_h)
        # name, code, status line
        y = box_y - 36
        c.setFillColorRGB(*INK)
        c.setFont("Times-Bold", 26)
        c.drawString(MARGIN, y, entry.name)
        name_w = c.stringWidth(entry.name, "Times-Bold", 26)
        c.setFont("Helvetica", 11)
        c.setFillColorRGB(*SOGA)
        c.drawString(MARGIN + name_w + 10, y + 1, entry.code)
        status = self.labels.get(f"status_{entry.status}", entry.status)
        extra = [status]
        if entry.version > 1:
            extra.append(self.labels["version"].format(version=entry.version))
        c.setFont("Helvetica", 9)
        c.drawRightString(PAGE_W - MARGIN, y + 2, " · ".join(extra))
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(0.8)
        c.line(MARGIN, y - 9, PAGE_W - MARGIN, y - 9)
        # two columns: the meaning and description; the facts and colours
        col_top = y - 16
        col_bottom = 44.0
        left_w = box_w * 0.60
        gap = 18.0
        self._left_column(entry, MARGIN, col_bottom, left_w, col_top - col_bottom)
        self._right_column(
            entry, MARGIN + left_w + gap, col_bottom, box_w - left_w - gap, col_top - col_bottom
        )
        self._footer(page)
        c.showPage()

    def _image(self, entry: CatalogueEntry, x: float, y: float, w: float, h: float) -> None:
        c = self.c
        reader = _image_reader(entry.image, entry.image_path)
        if reader is None:
            c.setFillColorRGB(*CREAM)
            c.setStrokeColorRGB(*GOLD)
            c.setDash(4, 3)
            c.rect(x, y, w, h, fill=1, stroke=1)
            c.setDash()
            c.setFillColorRGB(*SOGA)
            c.setFont("Helvetica-Oblique", 12)
            c.drawCentredString(x + w / 2, y + h / 2 - 4, self.labels["no_image"])
            return
        iw, ih = reader.getSize()
        scale = min(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale
        dx, dy = x + (w - dw) / 2, y + (h - dh) / 2
        # a soft frame around the picture
        c.setFillColorRGB(*CREAM)
        c.rect(x, y, w, h, fill=1, stroke=0)
        c.drawImage(reader, dx, dy, dw, dh)
        c.setStrokeColorRGB(*SOGA)
        c.setLineWidth(0.8)
        c.rect(dx, dy, dw, dh, fill=0, stroke=1)

    def _frame(self, flowables: list[Any], x: float, y: float, w: float, h: float) -> None:
        from reportlab.platypus import Frame, KeepInFrame

        frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        frame.addFromList([KeepInFrame(w, h, flowables, mode="shrink")], self.c)

    def _left_column(self, e: CatalogueEntry, x: float, y: float, w: float, h: float) -> None:
        from reportlab.platypus import Paragraph

        s = self.styles
        items: list[Any] = []
        if e.philosophy:
            items.append(Paragraph(_esc(self.labels["philosophy"].upper()), s.heading))
            items.append(Paragraph(_esc(e.philosophy), s.quote))
        if e.description:
            items.append(Paragraph(_esc(self.labels["description"].upper()), s.heading))
            items.append(Paragraph(_esc(e.description), s.body))
        if items:
            self._frame(items, x, y, w, h)

    def _right_column(self, e: CatalogueEntry, x: float, y: float, w: float, h: float) -> None:
        from reportlab.platypus import Paragraph, Spacer

        s = self.styles
        lab = self.labels
        items: list[Any] = []

        def fact(label: str, value: str) -> None:
            if value:
                items.append(Paragraph(_esc(label.upper()), s.heading))
                items.append(Paragraph(_esc(value), s.small))

        fact(lab["designer"], e.designer)
        fact(lab["co_designers"], ", ".join(e.co_designers))
        fact(
            lab["techniques"],
            ", ".join(lab.get(f"technique_{t}", t) for t in e.techniques),
        )
        fact(lab["origin"], e.origin)
        if e.hki_number:
            fact(
                lab["hki"],
                lab["hki_value"].format(number=e.hki_number, date=format_date(e.hki_date)),
            )
        if e.colours:
            items.append(Paragraph(_esc(lab["colours"].upper()), s.heading))
            items.append(Spacer(1, 2))
            items.append(_Swatches(e.colours, w))
        if items:
            self._frame(items, x, y, w, h)

    def finish(self) -> None:
        self.c.save()


def _swatch_flowable() -> type:
    from reportlab.platypus import Flowable

    class Swatches(Flowable):
        """Colour chips with their names, one per line."""

        row = 17.0

        def __init__(self, colours: Any, width: float) -> None:
            super().__init__()
            self.colours = list(colours)
            self.width = width

        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return self.width, self.row * len(self.colours)

        def draw(self) -> None:
            c = self.canv
            for i, colour in enumerate(self.colours):
                y = (len(self.colours) - 1 - i) * self.row
                c.setFillColorRGB(*_rgb(colour.hex))
                c.setStrokeColorRGB(*SOGA)
                c.setLineWidth(0.5)
                c.roundRect(0, y + 2, 26, 12, 2, fill=1, stroke=1)
                c.setFillColorRGB(*INK)
                c.setFont("Helvetica", 9)
                c.drawString(33, y + 5, colour.name)
                c.setFillColorRGB(*SOGA)
                c.setFont("Helvetica", 7.5)
                c.drawRightString(self.width, y + 5, colour.hex.upper())

    return Swatches


def _Swatches(colours: Any, width: float) -> Any:  # noqa: N802 - reads like a class
    return _swatch_flowable()(colours, width)


def write_catalogue(
    data: CatalogueData, out: str | Path | IO[bytes], labels: Mapping[str, str] | None = None
) -> None:
    """Write the lookbook PDF to a file name or a binary stream."""
    from reportlab import rl_config

    # Byte-for-byte repeatable output (no time stamps or random ids in the file).
    rl_config.invariant = 1
    words = {**LABELS, **(labels or {})}
    target = str(out) if isinstance(out, Path) else out
    writer = _Writer(data, words, target)
    writer.cover()
    if not data.entries:
        writer.empty()
    for page, entry in enumerate(data.entries, start=2):
        writer.motif(entry, page)
    writer.finish()


def catalogue_pdf(data: CatalogueData, labels: Mapping[str, str] | None = None) -> bytes:
    """The lookbook PDF as bytes."""
    buf = io.BytesIO()
    write_catalogue(data, buf, labels)
    return buf.getvalue()
