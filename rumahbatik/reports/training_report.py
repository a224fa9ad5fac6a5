"""The cohort report for the city office: an A4 PDF and an Excel workbook.

Takes a :class:`~rumahbatik.services.training_types.CohortReportData`, never a session. The
PDF has a header with the logo, the cohort's facts (course, dates, venue, funding, instructors),
summary tables (participants by kecamatan, gender and age band), the pass rate and the number of
certificates issued, then the participant table, which breaks across pages with its header
repeated; every page ends with "Halaman N dari M" and who printed it when. The workbook has the
sheets Peserta and Ringkasan with real numbers. ReportLab and openpyxl are imported on first use.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from rumahbatik.domain.formatting import format_datetime, format_number
from rumahbatik.domain.training import Result
from rumahbatik.reports.page_frame import GOLD, INK, PAGE_H, PAGE_W, SOGA, numbered_canvas
from rumahbatik.services.training_types import CohortReportData, CohortReportRow

log = logging.getLogger(__name__)

LABELS: dict[str, str] = {
    "title": "Laporan Pelatihan",
    "cohort": "Angkatan",
    "course": "Pelatihan",
    "dates": "Tanggal",
    "days": "{days} hari",
    "venue": "Tempat",
    "funding": "Sumber dana",
    "programme": "Program",
    "instructors": "Instruktur",
    "capacity": "Kuota",
    "summary": "Ringkasan",
    "participants": "Peserta",
    "participant_count": "Jumlah peserta",
    "by_kecamatan": "Menurut kecamatan",
    "by_gender": "Menurut jenis kelamin",
    "by_age": "Menurut kelompok umur",
    "count": "Jumlah",
    "pass_rate": "Tingkat kelulusan",
    "passed_count": "Lulus",
    "failed_count": "Tidak lulus",
    "certificates": "Sertifikat diterbitkan",
    "gender_L": "Laki-laki (L)",
    "gender_P": "Perempuan (P)",
    "gender_none": "Tidak diisi",
    "no": "No.",
    "name": "Nama",
    "gender": "L/P",
    "kecamatan": "Kecamatan",
    "age_band": "Umur",
    "attendance": "Hadir %",
    "final": "Nilai akhir",
    "result": "Hasil",
    "certificate": "No. sertifikat",
    "passed": "Lulus",
    "failed": "Tidak lulus",
    "undecided": "–",
    "none": "–",
    "page": "Halaman {page} dari {pages}",
    "printed": "Dicetak oleh {user}, {at}",
    "no_participants": "Belum ada peserta.",
    "unit_code": "U{n}",
    "units_legend": "Unit kompetensi",
    "months": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
}

MARGIN = 36.0
LIGHT = (0.96, 0.92, 0.83)
CHUNK = 100  # participant rows per Platypus table (long tables in one piece are slow)


def _num(value: Decimal | None, decimals: int | None = None) -> str:
    if value is None:
        return "–"
    return format_number(value.quantize(Decimal("0.01")), decimals)


def _result(result: Result | None, labels: Mapping[str, str]) -> str:
    if result is None:
        return labels["undecided"]
    return labels["passed"] if result == Result.PASSED else labels["failed"]


def _gender_label(key: str, labels: Mapping[str, str]) -> str:
    return labels.get(f"gender_{key}", key) if key else labels["gender_none"]


def _dates(data: CohortReportData, labels: Mapping[str, str]) -> str:
    from rumahbatik.reports.certificates import date_range

    c = data.cohort
    return date_range(c.start_date, c.end_date, labels)


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


# ------------------------------------------------------------------ PDF
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
        self.heading = ParagraphStyle(
            "heading",
            fontName="Helvetica-Bold",
            fontSize=10,
            leading=13,
            textColor=soga,
            spaceBefore=10,
            spaceAfter=4,
        )
        self.cell = ParagraphStyle(
            "cell", fontName="Helvetica", fontSize=7.5, leading=9, textColor=ink
        )
        self.head_cell = ParagraphStyle(
            "head_cell",
            fontName="Helvetica-Bold",
            fontSize=7,
            leading=8.5,
            textColor=Color(1, 1, 1),
            alignment=1,
        )
        self.fact = ParagraphStyle(
            "fact", fontName="Helvetica", fontSize=9, leading=11.5, textColor=ink
        )


def _header_flowables(data: CohortReportData, labels: Mapping[str, str], s: _Styles) -> list:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

    c = data.cohort
    out: list[Any] = []
    logo = _logo(data.logo)
    title_cell = [
        Paragraph(_esc(labels["title"]), s.title),
        Paragraph(_esc(f"{c.course.name} · {labels['cohort']} {c.code}"), s.sub),
        Paragraph(_esc(data.centre_name), s.sub),
    ]
    if logo is not None:
        iw, ih = logo
        h = 40.0
        w = min(170.0, h * iw / ih)
        h = w * ih / iw
        img = Image(io.BytesIO(data.logo or b""), width=w, height=h)
        head = Table([[img, title_cell]], colWidths=[w + 12, PAGE_W - 2 * MARGIN - w - 12])
    else:
        head = Table([[title_cell]], colWidths=[PAGE_W - 2 * MARGIN])
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
    out.append(head)
    out.append(Spacer(1, 8))
    instructors = ", ".join(i.full_name or i.username for i in c.instructors) or labels["none"]
    facts = [
        (labels["course"], f"{c.course.name} ({labels['days'].format(days=len(c.days))})"),
        (labels["cohort"], c.code),
        (labels["dates"], _dates(data, labels)),
        (labels["venue"], c.venue or labels["none"]),
        (labels["funding"], c.funding_source or labels["none"]),
        (labels["programme"], c.programme or labels["none"]),
        (labels["instructors"], instructors),
        (labels["capacity"], str(c.capacity)),
    ]
    rows = [
        [Paragraph(_esc(k), s.fact), Paragraph(":", s.fact), Paragraph(_esc(v), s.fact)]
        for k, v in facts
    ]
    table = Table(rows, colWidths=[90, 8, PAGE_W - 2 * MARGIN - 98])
    table.setStyle(
        TableStyle(
            [
                ("TEXTCOLOR", (0, 0), (0, -1), Color(*SOGA)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(table)
    return out


def _logo(data: bytes | None) -> tuple[int, int] | None:
    if not data:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (OSError, UnidentifiedImageError):
        log.warning("cohort report: unreadable logo")
        return None


def _small_table(title: str, rows: list[tuple[str, str]], labels: Mapping[str, str], width: float):
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table, TableStyle

    body = [[title, labels["count"]], *[[k, v] for k, v in rows]]
    t = Table(body, colWidths=[width - 46, 46])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
                ("TEXTCOLOR", (0, 0), (-1, 0), Color(1, 1, 1)),
                ("BACKGROUND", (0, 0), (-1, 0), Color(*SOGA)),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, Color(*GOLD)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _summary_flowables(data: CohortReportData, labels: Mapping[str, str], s: _Styles) -> list:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Table, TableStyle

    out: list[Any] = [Paragraph(_esc(labels["summary"].upper()), s.heading)]
    total = len(data.rows)
    passed = sum(1 for r in data.rows if r.result == Result.PASSED)
    failed = sum(1 for r in data.rows if r.result == Result.FAILED)
    rate = f"{_num(data.pass_rate)} %" if data.pass_rate is not None else "–"
    key_figures = [
        (labels["participant_count"], str(total)),
        (labels["passed_count"], str(passed)),
        (labels["failed_count"], str(failed)),
        (labels["pass_rate"], rate),
        (labels["certificates"], str(data.certificates_issued)),
    ]
    cells = [
        [Paragraph(f"<font size=15><b>{_esc(v)}</b></font><br/>{_esc(k)}", s.cell)]
        for k, v in key_figures
    ]
    full = PAGE_W - 2 * MARGIN
    figures = Table([[c[0] for c in cells]], colWidths=[full / len(cells)] * len(cells))
    figures.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), Color(*LIGHT)),
                ("BOX", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, Color(*GOLD)),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    out.append(figures)
    out.append(Paragraph("", s.heading))
    width = (full - 2 * 12) / 3
    kec = _small_table(
        labels["by_kecamatan"],
        [(k or labels["none"], str(v)) for k, v in data.by_kecamatan.items()],
        labels,
        width,
    )
    gender = _small_table(
        labels["by_gender"],
        [(_gender_label(k, labels), str(v)) for k, v in data.by_gender.items()],
        labels,
        width,
    )
    ages = _small_table(
        labels["by_age"], [(k, str(v)) for k, v in data.by_age_band.items()], labels, width
    )
    three = Table([[kec, gender, ages]], colWidths=[width + 12, width + 12, width])
    three.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        )
    )
    out.append(three)
    return out


def _participant_header(data: CohortReportData, labels: Mapping[str, str]) -> list[str]:
    """Unit columns are headed U1, U2, ... (a legend above the table names them)."""
    return [
        labels["no"],
        labels["name"],
        labels["gender"],
        labels["kecamatan"],
        labels["attendance"],
        *[labels["unit_code"].format(n=i) for i in range(1, len(data.competencies) + 1)],
        labels["final"],
        labels["result"],
        labels["certificate"],
    ]


def _participant_row(i: int, r: CohortReportRow, labels: Mapping[str, str]) -> list[str]:
    return [
        str(i),
        r.full_name,
        r.gender or "–",
        r.kecamatan or "–",
        _num(r.attendance_pct, 0),
        *[_num(v) for v in r.scores],
        _num(r.final_score),
        _result(r.result, labels),
        r.certificate_number or "–",
    ]


def _participant_tables(data: CohortReportData, labels: Mapping[str, str], s: _Styles) -> list:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    out: list[Any] = [Paragraph(_esc(labels["participants"].upper()), s.heading)]
    if not data.rows:
        out.append(Paragraph(_esc(labels["no_participants"]), s.fact))
        return out
    n_units = len(data.competencies)
    full = PAGE_W - 2 * MARGIN
    fixed = {"no": 18, "gender": 20, "att": 30, "final": 30, "result": 46, "cert": 72}
    unit_w = 24.0 if n_units <= 7 else max(19.0, 168.0 / max(1, n_units))
    rest = full - sum(fixed.values()) - unit_w * n_units
    name_w = max(80.0, rest * 0.62)
    kec_w = max(40.0, rest - name_w)
    widths = [
        fixed["no"],
        name_w,
        fixed["gender"],
        kec_w,
        fixed["att"],
        *[unit_w] * n_units,
        fixed["final"],
        fixed["result"],
        fixed["cert"],
    ]
    legend = " · ".join(
        f"<b>{_esc(labels['unit_code'].format(n=i))}</b> {_esc(name)}"
        for i, name in enumerate(data.competencies, start=1)
    )
    if legend:
        out.append(Paragraph(f"{_esc(labels['units_legend'])}: {legend}", s.fact))
        out.append(Spacer(1, 4))
    header = [Paragraph(_esc(h), s.head_cell) for h in _participant_header(data, labels)]
    soga, gold = Color(*SOGA), Color(*GOLD)
    first_num, last_num = 4, 4 + n_units + 1
    for start in range(0, len(data.rows), CHUNK):
        chunk = data.rows[start : start + CHUNK]
        body: list[list[Any]] = [header]
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), soga),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 7.5),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (2, 1), (2, -1), "CENTER"),
            ("ALIGN", (first_num, 1), (last_num, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, gold),
            ("BOX", (0, 0), (-1, -1), 0.6, soga),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for offset, row in enumerate(chunk, start=1):
            cells: list[Any] = _participant_row(start + offset, row, labels)
            cells[1] = Paragraph(_esc(cells[1]), s.cell)
            cells[3] = Paragraph(_esc(cells[3]), s.cell)
            body.append(cells)
            if offset % 2 == 0:
                style.append(("BACKGROUND", (0, offset), (-1, offset), Color(*LIGHT)))
            if row.result == Result.FAILED:
                style.append(
                    ("TEXTCOLOR", (last_num + 1, offset), (last_num + 1, offset), Color(0.7, 0, 0))
                )
        table = Table(body, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(style))
        out.append(table)
    return out


def write_cohort_report_pdf(
    data: CohortReportData,
    out: str | Path | IO[bytes],
    labels: Mapping[str, str] | None = None,
    *,
    invariant: bool = True,
) -> None:
    """Write the cohort report PDF to a file name or a binary stream."""
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1 if invariant else 0
    words = {**LABELS, **(labels or {})}
    s = _Styles()
    target = str(out) if isinstance(out, Path) else out
    title = f"{words['title']} {data.cohort.code}"
    doc = SimpleDocTemplate(
        target,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 12,
        title=title,
        author=data.centre_name,
        subject=words["title"],
    )
    story = [
        *_header_flowables(data, words, s),
        *_summary_flowables(data, words, s),
        *_participant_tables(data, words, s),
    ]
    footer = words["printed"].format(
        user=data.printed_by or "–", at=format_datetime(data.printed_at)
    )
    doc.build(story, canvasmaker=numbered_canvas(words["page"], footer))
    log.info("cohort report %s: %d participants", data.cohort.code, len(data.rows))


def cohort_report_pdf(data: CohortReportData, labels: Mapping[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    write_cohort_report_pdf(data, buf, labels)
    return buf.getvalue()


# ------------------------------------------------------------------ Excel
def write_cohort_report_xlsx(
    data: CohortReportData, out: str | Path | IO[bytes], labels: Mapping[str, str] | None = None
) -> None:
    """Sheets Peserta (one row per participant, real numbers) and Ringkasan (the summary)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    words = {**LABELS, **(labels or {})}
    wb = Workbook()
    ws = wb.active
    ws.title = words["participants"][:31]
    header = [
        words["no"],
        words["name"],
        words["gender"],
        words["age_band"],
        words["kecamatan"],
        words["attendance"],
        *data.competencies,
        words["final"],
        words["result"],
        words["certificate"],
    ]
    ws.append(header)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="6B4226")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    def number(value: Decimal | None) -> float | None:
        return None if value is None else float(value)

    for i, r in enumerate(data.rows, start=1):
        ws.append(
            [
                i,
                r.full_name,
                r.gender or "",
                r.age_band,
                r.kecamatan,
                number(r.attendance_pct),
                *[number(v) for v in r.scores],
                number(r.final_score),
                _result(r.result, words) if r.result else "",
                r.certificate_number,
            ]
        )
    first_num, last_num = 6, 6 + len(data.competencies) + 1
    for col in range(first_num, last_num + 1):
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "0.##"
    widths = [5, 32, 5, 8, 16, 9, *[12] * len(data.competencies), 11, 12, 20]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "C2"

    summary = wb.create_sheet(words["summary"][:31])
    c = data.cohort
    facts: list[tuple[str, Any]] = [
        (words["title"], data.centre_name),
        (words["course"], c.course.name),
        (words["cohort"], c.code),
        (words["dates"], _dates(data, words)),
        (words["venue"], c.venue),
        (words["funding"], c.funding_source),
        (words["programme"], c.programme),
        (words["instructors"], ", ".join(i.full_name or i.username for i in c.instructors)),
        (words["capacity"], c.capacity),
        (words["participant_count"], len(data.rows)),
        (words["passed_count"], sum(1 for r in data.rows if r.result == Result.PASSED)),
        (words["failed_count"], sum(1 for r in data.rows if r.result == Result.FAILED)),
        (words["pass_rate"], None if data.pass_rate is None else float(data.pass_rate) / 100),
        (words["certificates"], data.certificates_issued),
    ]
    for key, value in facts:
        summary.append([key, value])
        summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
    summary.cell(row=len(facts) - 1, column=2).number_format = "0.0%"
    for title, values in (
        (words["by_kecamatan"], list(data.by_kecamatan.items())),
        (words["by_gender"], [(_gender_label(k, words), v) for k, v in data.by_gender.items()]),
        (words["by_age"], list(data.by_age_band.items())),
    ):
        summary.append([])
        summary.append([title, words["count"]])
        for cell in summary[summary.max_row]:
            cell.font = bold
            cell.fill = fill
        for key, count in values:
            summary.append([key or words["none"], count])
    summary.append([])
    summary.append(
        [words["printed"].format(user=data.printed_by, at=format_datetime(data.printed_at))]
    )
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 44
    summary.freeze_panes = "A2"
    wb.save(out if not isinstance(out, Path) else str(out))
