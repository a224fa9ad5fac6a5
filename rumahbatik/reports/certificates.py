"""Certificates (sertifikat) and participation letters (surat keterangan) as landscape A4 PDFs.

Takes :class:`~rumahbatik.services.training_types.CertificateData` objects, never a session.
A certificate is two pages: the front (header, title, number, the graduate's name, course,
dates, venue, place and date, signatories and a QR code carrying the verification code) and
the back (competency units with their scores and the final score). A participation letter is
one page without scores. The words come from ``labels`` (Indonesian by default), because this
layer has no Qt. ReportLab is imported when a PDF is made, not when the program starts.

The batik border and the header of one centre are drawn once per PDF as form XObjects and
reused on every page; QR drawings are cached (a QR widget costs ~10-26 ms to build).
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.training import CertificateKind
from rumahbatik.services.training_types import CertificateData

log = logging.getLogger(__name__)

#: The words printed on certificates and letters, Indonesian by default.
LABELS: dict[str, str] = {
    "title": "SERTIFIKAT",
    "letter_title": "SURAT KETERANGAN",
    "number": "Nomor: {number}",
    "given_to": "diberikan kepada",
    "letter_given_to": "menerangkan bahwa",
    "born": "lahir di {birth}",
    "passed": "telah mengikuti dan lulus {course}",
    "attended": "telah mengikuti {course}",
    "held": "yang diselenggarakan pada {dates} di {venue}",
    "held_no_venue": "yang diselenggarakan pada {dates}",
    "place_date": "{place}, {date}",
    "back_title": "DAFTAR UNIT KOMPETENSI",
    "back_subtitle": "Lampiran sertifikat Nomor {number}",
    "holder": "Nama",
    "course": "Pelatihan",
    "cohort": "Angkatan",
    "dates": "Tanggal",
    "no": "No.",
    "unit": "Unit Kompetensi",
    "score": "Nilai",
    "final": "Nilai Akhir",
    "scale": "Nilai dalam skala 0–100; nilai akhir adalah rata-rata tertimbang.",
    "verify": "Kode verifikasi",
    "verify_hint": "Pindai kode QR untuk memeriksa keaslian sertifikat ini.",
    "letter_verify_hint": "Pindai kode QR untuk memeriksa keaslian surat ini.",
    "revoked": "DICABUT",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
}

PAGE_W, PAGE_H = 841.8898, 595.2756  # landscape A4 in points
SOGA = (0.42, 0.26, 0.15)  # the brown of soga dye
SOGA_DARK = (0.30, 0.18, 0.10)
CREAM = (0.99, 0.97, 0.92)
INK = (0.17, 0.11, 0.07)
GOLD = (0.78, 0.64, 0.29)
GOLD_LIGHT = (0.90, 0.80, 0.55)
RED = (0.70, 0.10, 0.10)

BAND_OUT = 16.0  # page edge to the outer edge of the batik band
BAND_W = 24.0  # width of the band
INNER = BAND_OUT + BAND_W + 8  # page edge to the thin inner gold line
QR_SIZE = 74.0


# ------------------------------------------------------------------ words and dates
def long_date(value: date, labels: Mapping[str, str] = LABELS) -> str:
    """``27 Mei 2022``."""
    months = labels["months"].split()
    return f"{value.day} {months[value.month - 1]} {value.year}"


def date_range(start: date, end: date, labels: Mapping[str, str] = LABELS) -> str:
    """``23–27 Mei 2022``, ``30 Mei – 3 Juni 2022``, ``29 Desember 2022 – 2 Januari 2023``."""
    months = labels["months"].split()
    if start == end:
        return long_date(start, labels)
    if start.year != end.year:
        return f"{long_date(start, labels)} – {long_date(end, labels)}"
    if start.month != end.month:
        return f"{start.day} {months[start.month - 1]} – {long_date(end, labels)}"
    return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"


def score_text(value: Decimal | None) -> str:
    """``87``, ``87,5`` (Indonesian decimal comma); ``–`` for no score."""
    if value is None:
        return "–"
    return format_number(value.quantize(Decimal("0.01")), None)


def shown_code(payload: str) -> str:
    """The code printed beside the QR: the payload without a verification URL prefix."""
    return re.split(r"[/=?#]", payload.rstrip("/"))[-1] or payload


def file_name(number: str) -> str:
    """``RB/PBD/2022/0007`` → ``RB-PBD-2022-0007.pdf`` (no path separators or odd characters)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", number.replace("/", "-")).strip("-.")
    return f"{safe or 'sertifikat'}.pdf"


# ------------------------------------------------------------------ drawing helpers
@lru_cache(maxsize=4096)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules of the QR code for ``payload`` (cached: encoding costs ~10 ms).

    Encoded by ReportLab's QrCodeWidget (error correction level M); drawn by :func:`draw_qr`
    as one path of horizontal runs, which is much cheaper than the widget's thousand shapes.
    """
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(payload, barLevel="M")
    code = widget.qr
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw_qr(c: Any, payload: str, x: float, y: float, size: float, quiet: int = 2) -> None:
    """Draw the QR code of ``payload`` as a ``size`` square at (x, y), quiet zone included."""
    modules = qr_modules(payload)
    n = len(modules)
    box = size / (n + 2 * quiet)
    p = c.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + quiet + 1) * box
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                p.rect(x + (start + quiet) * box, top, (col - start) * box, box)
            else:
                col += 1
    c.saveState()
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(p, fill=1, stroke=0)
    c.restoreState()


def _image_reader(data: bytes | None) -> Any:
    if not data:
        return None
    from PIL import Image, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            copy = img.convert("RGBA")
    except (OSError, UnidentifiedImageError):
        log.warning("certificates: unreadable logo")
        return None
    copy.thumbnail((900, 900))
    return ImageReader(copy)


def _fit_font(c: Any, text: str, font: str, size: float, width: float, least: float) -> float:
    """The largest font size ≤ ``size`` (not below ``least``) at which ``text`` fits ``width``."""
    while size > least and c.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _kawung(c: Any, x: float, y: float, r: float) -> None:
    """One kawung flower: four ellipses (palm fruits) around a dot, centred on (x, y)."""
    a, b = r * 0.52, r * 0.30  # half-axes of one 'fruit'
    d = r * 0.50  # centre of a fruit from the flower centre
    c.saveState()
    c.translate(x, y)
    c.rotate(45)
    for dx, dy, horizontal in ((d, 0, True), (-d, 0, True), (0, d, False), (0, -d, False)):
        if horizontal:
            c.ellipse(dx - a, dy - b, dx + a, dy + b, fill=1, stroke=1)
        else:
            c.ellipse(dx - b, dy - a, dx + b, dy + a, fill=1, stroke=1)
    c.restoreState()
    c.circle(x, y, r * 0.09, fill=1, stroke=0)


def _band(c: Any, x: float, y: float, w: float, h: float, step: float) -> None:
    """A strip of kawung flowers between (x, y) and (x + w, y + h), along its long side."""
    horizontal = w >= h
    length = w if horizontal else h
    count = max(1, int(length // step))
    real_step = length / count
    r = min(w, h) * 0.42
    for i in range(count):
        t = (i + 0.5) * real_step
        cx, cy = (x + t, y + h / 2) if horizontal else (x + w / 2, y + t)
        _kawung(c, cx, cy, r)


def _parang_line(c: Any, x0: float, x1: float, y: float, h: float) -> None:
    """A thin row of parang slants (diagonal 'S' blades) from x0 to x1 centred on y."""
    p = c.beginPath()
    step = h * 0.9
    x = x0
    while x + step <= x1:
        p.moveTo(x, y - h / 2)
        p.curveTo(x + step * 0.2, y - h / 6, x + step * 0.5, y + h / 6, x + step * 0.9, y + h / 2)
        x += step
    c.drawPath(p, stroke=1, fill=0)


def _border_form(c: Any) -> None:
    """The batik frame of every page: a soga band of gold kawung flowers and a parang line."""
    c.beginForm("rb_border")
    c.setFillColorRGB(*CREAM)
    c.rect(0, 0, PAGE_W, PAGE_H, fill=1, stroke=0)
    o, bw = BAND_OUT, BAND_W
    c.setFillColorRGB(*SOGA)
    # the band as a ring: outer rectangle minus inner rectangle (even-odd fill)
    p = c.beginPath()
    p.rect(o, o, PAGE_W - 2 * o, PAGE_H - 2 * o)
    p.rect(o + bw, o + bw, PAGE_W - 2 * (o + bw), PAGE_H - 2 * (o + bw))
    c.drawPath(p, fill=1, stroke=0, fillMode=0)
    c.setFillColorRGB(*GOLD)
    c.setStrokeColorRGB(*SOGA_DARK)
    c.setLineWidth(0.5)
    step = bw * 1.15
    _band(c, o + bw, o, PAGE_W - 2 * (o + bw), bw, step)  # bottom
    _band(c, o + bw, PAGE_H - o - bw, PAGE_W - 2 * (o + bw), bw, step)  # top
    _band(c, o, o + bw, bw, PAGE_H - 2 * (o + bw), step)  # left
    _band(c, PAGE_W - o - bw, o + bw, bw, PAGE_H - 2 * (o + bw), step)  # right
    for cx, cy in (
        (o + bw / 2, o + bw / 2),
        (PAGE_W - o - bw / 2, o + bw / 2),
        (o + bw / 2, PAGE_H - o - bw / 2),
        (PAGE_W - o - bw / 2, PAGE_H - o - bw / 2),
    ):  # corners: a larger gold disc with a kawung flower in soga
        c.setFillColorRGB(*GOLD)
        c.circle(cx, cy, bw * 0.46, fill=1, stroke=0)
        c.setFillColorRGB(*SOGA)
        c.setStrokeColorRGB(*GOLD_LIGHT)
        _kawung(c, cx, cy, bw * 0.36)
    # gold edges of the band and the thin inner frame
    c.setStrokeColorRGB(*GOLD)
    c.setLineWidth(1.4)
    c.rect(o, o, PAGE_W - 2 * o, PAGE_H - 2 * o, fill=0, stroke=1)
    c.setLineWidth(0.8)
    c.rect(o + bw, o + bw, PAGE_W - 2 * (o + bw), PAGE_H - 2 * (o + bw), fill=0, stroke=1)
    c.setLineWidth(0.5)
    c.rect(INNER, INNER, PAGE_W - 2 * INNER, PAGE_H - 2 * INNER, fill=0, stroke=1)
    c.endForm()


# ------------------------------------------------------------------ the writer
class _Writer:
    def __init__(self, out: Any, labels: Mapping[str, str], title: str, author: str) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.labels = labels
        self.c = Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(title)
        _border_form(self.c)
        self._headers: dict[tuple[str, str, str, str], tuple[str, float]] = {}

    # -------------------------------------------------------------- shared parts
    def _header(self, doc: CertificateData) -> float:
        """Logo, city header, centre name and address: one form per distinct header.

        Returns where the header ends (y).
        """
        digest = hashlib.sha1(doc.logo or b"").hexdigest()
        key = (digest, doc.city_header, doc.centre_name, doc.centre_address)
        known = self._headers.get(key)
        c = self.c
        if known is None:
            name = f"rb_header_{len(self._headers)}"
            c.beginForm(name)
            top = PAGE_H - INNER - 10
            logo = _image_reader(doc.logo)
            if logo is not None:
                iw, ih = logo.getSize()
                box_h = 44.0
                box_w = min(190.0, box_h * iw / ih)
                h = min(box_h, box_w * ih / iw)
                c.drawImage(logo, (PAGE_W - box_w) / 2, top - h, box_w, h, mask="auto")
                top -= h + 14
            c.setFillColorRGB(*SOGA)
            if doc.city_header:
                c.setFont("Helvetica-Bold", 11)
                c.drawCentredString(PAGE_W / 2, top - 2, doc.city_header.upper())
                top -= 17
            c.setFillColorRGB(*INK)
            c.setFont("Times-Bold", 15)
            c.drawCentredString(PAGE_W / 2, top - 4, doc.centre_name)
            top -= 17
            if doc.centre_address:
                c.setFont("Helvetica", 8)
                c.setFillColorRGB(*SOGA)
                c.drawCentredString(PAGE_W / 2, top - 2, doc.centre_address)
                top -= 10
            c.setStrokeColorRGB(*GOLD)
            c.setLineWidth(1.0)
            c.line(PAGE_W / 2 - 150, top - 4, PAGE_W / 2 + 150, top - 4)
            c.setLineWidth(0.4)
            c.line(PAGE_W / 2 - 150, top - 6.5, PAGE_W / 2 + 150, top - 6.5)
            c.endForm()
            known = self._headers[key] = (name, top - 6.5)
        c.doForm(known[0])
        return known[1]

    def _revoked_stamp(self) -> None:
        c = self.c
        c.saveState()
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(24)
        c.setFillColorRGB(*RED)
        c.setStrokeColorRGB(*RED)
        c.setFillAlpha(0.35)
        c.setStrokeAlpha(0.6)
        c.setFont("Helvetica-Bold", 96)
        text = self.labels["revoked"]
        c.drawCentredString(0, -30, text)
        w = c.stringWidth(text, "Helvetica-Bold", 96)
        c.setLineWidth(4)
        c.rect(-w / 2 - 20, -52, w + 40, 112, fill=0, stroke=1)
        c.restoreState()

    # -------------------------------------------------------------- the front
    def front(self, doc: CertificateData) -> None:
        c = self.c
        lab = self.labels
        letter = doc.kind == CertificateKind.PARTICIPATION
        c.doForm("rb_border")
        y = self._header(doc) - 46
        # title and number
        title = lab["letter_title"] if letter else lab["title"]
        size = 30 if letter else 40
        c.setFillColorRGB(*SOGA)
        c.setFont("Times-Bold", size)
        spaced = " ".join(title) if not letter else title
        c.drawCentredString(PAGE_W / 2, y, spaced)
        y -= 20
        c.setFillColorRGB(*INK)
        c.setFont("Helvetica", 10.5)
        c.drawCentredString(PAGE_W / 2, y, lab["number"].format(number=doc.number))
        # to whom
        y -= 30
        c.setFont("Times-Italic", 14)
        c.drawCentredString(PAGE_W / 2, y, lab["letter_given_to" if letter else "given_to"])
        y -= 40
        width = PAGE_W - 2 * INNER - 80
        name_size = _fit_font(c, doc.holder_name, "Times-Bold", 32, width, 16)
        c.setFont("Times-Bold", name_size)
        c.setFillColorRGB(*SOGA_DARK)
        c.drawCentredString(PAGE_W / 2, y, doc.holder_name)
        name_w = min(width, c.stringWidth(doc.holder_name, "Times-Bold", name_size))
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(0.8)
        half = max(140.0, name_w / 2 + 30)
        c.line(PAGE_W / 2 - half, y - 9, PAGE_W / 2 + half, y - 9)
        c.setFillColorRGB(*INK)
        if doc.holder_birth:
            c.setFont("Times-Roman", 11)
            c.drawCentredString(PAGE_W / 2, y - 24, lab["born"].format(birth=doc.holder_birth))
            y -= 14
        # what and when
        y -= 36
        what = (lab["attended"] if letter else lab["passed"]).format(course=doc.course_name)
        c.setFont("Times-Roman", 14)
        c.drawCentredString(PAGE_W / 2, y, what)
        y -= 19
        dates = date_range(doc.start_date, doc.end_date, lab)
        held = (lab["held"] if doc.venue else lab["held_no_venue"]).format(
            dates=dates, venue=doc.venue
        )
        size = _fit_font(c, held, "Times-Roman", 14, width, 9)
        c.setFont("Times-Roman", size)
        c.drawCentredString(PAGE_W / 2, y, held)
        self._signatures(doc)
        self._qr(doc, letter)
        if doc.revoked:
            self._revoked_stamp()
        c.showPage()

    def _signatures(self, doc: CertificateData) -> None:
        c = self.c
        sigs = list(doc.signatories[:2])
        base = INNER + 30  # y of the signatory's name
        col_w = 210.0
        right_x = PAGE_W - INNER - 30 - col_w / 2
        xs = [right_x] if len(sigs) <= 1 else [right_x - col_w - 20, right_x]
        # place and date above the last (right-hand) signatory
        c.setFillColorRGB(*INK)
        c.setFont("Times-Roman", 12)
        place = self.labels["place_date"].format(
            place=doc.place, date=long_date(doc.issue_date, self.labels)
        )
        if not doc.place:
            place = long_date(doc.issue_date, self.labels)
        title_top = base + 84
        c.drawCentredString(right_x, title_top + 16, place)
        for x, (name, title) in zip(xs, sigs, strict=False):
            c.setFont("Times-Roman", 11.5)
            lines = _wrap(c, title, "Times-Roman", 11.5, col_w)
            for i, line in enumerate(lines[:2]):
                c.drawCentredString(x, title_top - i * 13, line)
            c.setFont("Times-Bold", 12)
            size = _fit_font(c, name, "Times-Bold", 12, col_w, 8)
            c.setFont("Times-Bold", size)
            c.drawCentredString(x, base, name)
            w = min(col_w, c.stringWidth(name, "Times-Bold", size))
            c.setLineWidth(0.6)
            c.setStrokeColorRGB(*INK)
            c.line(x - w / 2 - 4, base - 3, x + w / 2 + 4, base - 3)

    def _qr(self, doc: CertificateData, letter: bool) -> None:
        c = self.c
        x, y = INNER + 22, INNER + 18
        draw_qr(c, doc.verification_code, x, y, QR_SIZE)
        tx = x + QR_SIZE + 8
        c.setFillColorRGB(*SOGA)
        c.setFont("Helvetica", 6.5)
        c.drawString(tx, y + QR_SIZE - 8, self.labels["verify"])
        c.setFillColorRGB(*INK)
        c.setFont("Courier-Bold", 8)
        c.drawString(tx, y + QR_SIZE - 18, shown_code(doc.verification_code))
        c.setFillColorRGB(*SOGA)
        c.setFont("Helvetica", 6)
        hint = self.labels["letter_verify_hint" if letter else "verify_hint"]
        for i, line in enumerate(_wrap(c, hint, "Helvetica", 6, 110)):
            c.drawString(tx, y + QR_SIZE - 30 - i * 7.5, line)

    # -------------------------------------------------------------- the back
    def back(self, doc: CertificateData) -> None:
        c = self.c
        lab = self.labels
        c.doForm("rb_border")
        y = PAGE_H - INNER - 44
        c.setFillColorRGB(*SOGA)
        c.setFont("Times-Bold", 20)
        c.drawCentredString(PAGE_W / 2, y, lab["back_title"])
        y -= 16
        c.setFont("Helvetica", 9)
        c.setFillColorRGB(*INK)
        c.drawCentredString(PAGE_W / 2, y, lab["back_subtitle"].format(number=doc.number))
        # who and what
        y -= 34
        left = PAGE_W / 2 - 230
        facts = [
            (lab["holder"], doc.holder_name),
            (lab["course"], doc.course_name),
            (lab["cohort"], doc.cohort_code),
            (lab["dates"], date_range(doc.start_date, doc.end_date, lab)),
        ]
        for label, value in facts:
            c.setFont("Helvetica", 10)
            c.setFillColorRGB(*SOGA)
            c.drawString(left, y, label)
            c.drawString(left + 80, y, ":")
            c.setFillColorRGB(*INK)
            c.setFont("Helvetica-Bold" if label == lab["holder"] else "Helvetica", 10)
            c.drawString(left + 90, y, value)
            y -= 15
        y -= 12
        self._score_table(doc, left, y, 460.0)

    def _score_table(self, doc: CertificateData, x: float, top: float, width: float) -> None:
        from reportlab.lib.colors import Color
        from reportlab.platypus import Table, TableStyle

        lab = self.labels
        rows: list[list[str]] = [[lab["no"], lab["unit"], lab["score"]]]
        for i, (name, value) in enumerate(doc.competencies, start=1):
            rows.append([f"{i}.", name, score_text(value)])
        rows.append(["", lab["final"], score_text(doc.final_score)])
        soga, gold, cream = Color(*SOGA), Color(*GOLD), Color(*CREAM)
        light = Color(0.96, 0.92, 0.83)
        last = len(rows) - 1
        n = len(rows)
        row_h = min(24.0, max(14.0, (top - INNER - 60) / max(1, n)))
        font_size = 11 if row_h >= 20 else 9
        table = Table(rows, colWidths=[40, width - 120, 80], rowHeights=row_h)
        style = [
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", font_size),
            ("FONT", (0, 1), (-1, -1), "Helvetica", font_size),
            ("FONT", (0, last), (-1, last), "Helvetica-Bold", font_size + 1),
            ("TEXTCOLOR", (0, 0), (-1, 0), cream),
            ("BACKGROUND", (0, 0), (-1, 0), soga),
            ("BACKGROUND", (0, last), (-1, last), light),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, gold),
            ("LINEABOVE", (0, last), (-1, last), 1.0, soga),
            ("BOX", (0, 0), (-1, -1), 0.8, soga),
        ]
        for r in range(1, last):
            if r % 2 == 0:
                style.append(("BACKGROUND", (0, r), (-1, r), Color(1, 1, 1)))
        table.setStyle(TableStyle(style))
        _, h = table.wrapOn(self.c, width, top)
        table.drawOn(self.c, x, top - h)
        c = self.c
        c.setFont("Helvetica-Oblique", 8)
        c.setFillColorRGB(*SOGA)
        c.drawString(x, top - h - 14, lab["scale"])
        c.setFont("Helvetica", 7)
        c.drawRightString(
            x + width, INNER + 12, f"{doc.number} · {shown_code(doc.verification_code)}"
        )
        if doc.revoked:
            self._revoked_stamp()
        c.showPage()

    def finish(self) -> None:
        self.c.save()


def _wrap(c: Any, text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width) or [""]


# ------------------------------------------------------------------ public API
def render_certificates(
    docs: list[CertificateData],
    out: str | Path | IO[bytes],
    labels: Mapping[str, str] | None = None,
    *,
    invariant: bool = True,
) -> None:
    """Write certificates and letters into one PDF (file name or binary stream).

    A certificate takes two pages (front and back), a participation letter one.
    ``invariant`` makes the file byte-for-byte repeatable (no time stamps or random ids).
    """
    from reportlab import rl_config

    rl_config.invariant = 1 if invariant else 0
    words = {**LABELS, **(labels or {})}
    target = str(out) if isinstance(out, Path) else out
    first = docs[0] if docs else None
    title = words["title"].title()
    if first is not None:
        title = f"{title} – {first.course_name} {first.cohort_code}".strip()
    writer = _Writer(target, words, title, first.centre_name if first else "")
    for doc in docs:
        writer.front(doc)
        if doc.kind == CertificateKind.CERTIFICATE:
            writer.back(doc)
    if not docs:  # a valid, empty-looking PDF rather than a broken file
        writer.c.doForm("rb_border")
        writer.c.showPage()
    writer.finish()
    log.info("certificates: %d document(s) written", len(docs))


def certificates_pdf(docs: list[CertificateData], labels: Mapping[str, str] | None = None) -> bytes:
    """The PDF as bytes."""
    buf = io.BytesIO()
    render_certificates(docs, buf, labels)
    return buf.getvalue()


def render_one_per_file(
    docs: list[CertificateData],
    folder: str | Path,
    labels: Mapping[str, str] | None = None,
) -> list[Path]:
    """One PDF per certificate in ``folder``, named from its number (``RB-PBD-2022-0007.pdf``)."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    seen: set[str] = set()
    for doc in docs:
        name = file_name(doc.number)
        stem, n = name[:-4], 2
        while name in seen:  # two documents with one number would overwrite each other
            name = f"{stem}_{n}.pdf"
            n += 1
        seen.add(name)
        path = target / name
        render_certificates([doc], path, labels)
        paths.append(path)
    return paths
