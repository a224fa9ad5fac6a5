"""The cohort report for the city: PDF read back with pypdf, Excel read back with openpyxl."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from rumahbatik.domain.training import CohortStatus, Result
from rumahbatik.reports.training_report import (
    cohort_report_pdf,
    write_cohort_report_pdf,
    write_cohort_report_xlsx,
)
from rumahbatik.services.training_types import (
    CohortData,
    CohortReportData,
    CohortReportRow,
    CompetencyData,
    CourseData,
    InstructorRef,
)

LOGO = Path(__file__).resolve().parents[2] / "resources" / "images" / "logo.png"
UNITS = ["Menggambar pola", "Mencanting / nglowong", "Nembok", "Pewarnaan", "Pelorodan"]
KECAMATAN = ["Kademangan", "Kanigaran", "Kedopok", "Mayangan", "Wonoasih"]


def report(n: int = 30, logo: bytes | None = None) -> CohortReportData:
    course = CourseData(
        1,
        "PBD",
        "Pelatihan Batik Dasar",
        "",
        5,
        Decimal(70),
        Decimal(80),
        [CompetencyData(i + 1, u, Decimal(1), i) for i, u in enumerate(UNITS)],
    )
    days = [date(2022, 5, 23) + timedelta(days=d) for d in range(5)]
    cohort = CohortData(
        1,
        "PBD-2022-01",
        course,
        days[0],
        days[-1],
        days,
        "Rumah Batik Kota Probolinggo",
        "DAK non-fisik",
        "Pengembangan IKM Batik",
        30,
        CohortStatus.FINISHED,
        [InstructorRef(2, "ani", "Ani Suryani"), InstructorRef(3, "budi", "Budi Hartono")],
        n,
        0,
    )
    rows = []
    for i in range(n):
        failed = i % 10 == 3
        rows.append(
            CohortReportRow(
                full_name=f"Peserta {i + 1:03d}",
                gender="LP"[i % 3 == 0],
                age_band=["<20", "20-29", "30-39"][i % 3],
                kecamatan=KECAMATAN[i % 5],
                attendance_pct=Decimal(60 if failed else 100),
                scores=[Decimal(70 + (i + j) % 20) for j in range(len(UNITS) - 1)] + [None],
                final_score=Decimal("78.25"),
                result=Result.FAILED if failed else Result.PASSED,
                certificate_number="" if failed else f"RB/PBD/2022/{i + 1:04d}",
            )
        )
    return CohortReportData(
        centre_name="Rumah Batik Kota Probolinggo",
        logo=logo if logo is not None else LOGO.read_bytes(),
        cohort=cohort,
        competencies=list(UNITS),
        rows=rows,
        by_kecamatan={k: sum(1 for r in rows if r.kecamatan == k) for k in KECAMATAN},
        by_gender={
            "L": sum(r.gender == "L" for r in rows),
            "P": sum(r.gender == "P" for r in rows),
        },
        by_age_band={"<20": 10, "20-29": 10, "30-39": 10},
        pass_rate=Decimal("90.00"),
        certificates_issued=27,
        printed_by="Ani Suryani",
        printed_at=datetime(2022, 5, 27, 8, 30),
    )


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_pdf_has_the_facts_the_summary_and_every_participant():
    pages = texts(cohort_report_pdf(report()))
    assert len(pages) == 2
    first = pages[0]
    for words in (
        "Laporan Pelatihan",
        "PBD-2022-01",
        "Pelatihan Batik Dasar (5 hari)",
        "23–27 Mei 2022",
        "DAK non-fisik",
        "Ani Suryani, Budi Hartono",
        "Menurut kecamatan",
        "Kademangan 6",
        "Laki-laki (L) 20",
        "Perempuan (P) 10",
        "90 %",
        "Sertifikat diterbitkan",
        "U1 Menggambar pola",
        "Halaman 1 dari 2",
        "Dicetak oleh Ani Suryani",
    ):
        assert words in first, words
    everything = " ".join(pages)
    for i in range(1, 31):
        assert f"Peserta {i:03d}" in everything
    assert "Peserta 004 P Mayangan 60" in everything  # L/P, kecamatan, attendance
    assert "Tidak lulus" in everything and "RB/PBD/2022/0030" in everything
    assert "Halaman 2 dari 2" in pages[1]


def test_a_long_participant_table_repeats_its_header_on_every_page(tmp_path):
    out = tmp_path / "laporan.pdf"
    write_cohort_report_pdf(report(250, logo=b"broken"), out)
    pages = texts(out.read_bytes())
    assert len(pages) >= 6
    for n, page in enumerate(pages[1:], start=2):
        assert "No. Nama L/P Kecamatan Hadir %" in page
        assert f"Halaman {n} dari {len(pages)}" in page
    assert "Peserta 250" in pages[-1]


def test_an_empty_cohort_says_so():
    pages = texts(cohort_report_pdf(report(0)))
    assert "Belum ada peserta." in pages[0] and "Halaman 1 dari 1" in pages[0]


def test_excel_has_participants_with_real_numbers_and_a_summary(tmp_path):
    out = tmp_path / "laporan.xlsx"
    write_cohort_report_xlsx(report(), out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Peserta", "Ringkasan"]
    ws = wb["Peserta"]
    assert ws.freeze_panes == "C2"
    header = [c.value for c in ws[1]]
    assert header[:6] == ["No.", "Nama", "L/P", "Umur", "Kecamatan", "Hadir %"]
    assert header[6 : 6 + len(UNITS)] == UNITS
    first = [c.value for c in ws[2]]
    assert first[1] == "Peserta 001" and first[2] == "P" and first[5] == 100
    assert isinstance(first[6], float | int) and first[6 + len(UNITS) - 1] is None
    assert first[-3] == 78.25 and first[-2] == "Lulus" and first[-1] == "RB/PBD/2022/0001"
    assert ws.max_row == 31
    summary = {r[0].value: r[1].value for r in wb["Ringkasan"].iter_rows() if r[0].value}
    assert summary["Angkatan"] == "PBD-2022-01"
    assert summary["Tingkat kelulusan"] == 0.9
    assert summary["Sertifikat diterbitkan"] == 27
    assert summary["Kademangan"] == 6
    assert wb["Ringkasan"].column_dimensions["A"].width == 28
