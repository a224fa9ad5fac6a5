"""The training report for the city office: figures equal hand arithmetic on trainees made
here (overrides, revoked certificates, a trainee in two cohorts, a cohort outside the period
whose certificate is issued inside it); the PDF and Excel read back."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.reports import Label
from rumahbatik.domain.training import Mark, Result
from rumahbatik.services import certificates, regions, training
from rumahbatik.services.context import Actor
from rumahbatik.services.people import PersonInput
from rumahbatik.services.reports_catalog import build_report
from rumahbatik.services.training_types import CohortInput
from tests.services.regions_seed import ensure_regions
from tests.services.training_helpers import all_present, score_all

TODAY = date.today()
START, END = TODAY - timedelta(days=30), TODAY


def _born(first_day: date, age: int) -> date:
    """A birthday that makes someone ``age`` on ``first_day`` and for weeks after."""
    return (
        date(first_day.year - age, 1, 1)
        if first_day.month > 2
        else date(first_day.year - age - 1, 6, 1)
    )


def _cohort(db: Database, manager: Actor, course_id: int, start: date, days: int = 5):  # type: ignore[no-untyped-def]
    return training.create_cohort(
        db, manager, CohortInput(course_id, start, start + timedelta(days=days - 1), venue="Aula")
    )


def _made(db: Database, manager: Actor, instructor: Actor) -> dict:  # type: ignore[type-arg]
    """Cohort A (closed, in the period), B (running, in the period), C (closed long before)."""
    ensure_regions(db)
    k1, k2 = (k for k in regions.list_regions(db)[:2])
    course = training.ensure_default_course(db, manager)
    a = training.create_cohort(
        db, manager,
        CohortInput(course.id, TODAY - timedelta(days=20), TODAY - timedelta(days=16),
                    venue="Aula", instructor_ids=[instructor.user_id]),
    )  # fmt: skip
    first = a.start_date
    p1, p2, p3, p4 = training.enrol(
        db, manager, a.id,
        new_people=[
            PersonInput("Ani Rahayu", gender="P", birth_date=_born(first, 25), kecamatan_id=k1.id),
            PersonInput("Bunga Citra", gender="P", birth_date=_born(first, 35), kecamatan_id=k1.id),
            PersonInput("Cahyo Utomo", gender="L", birth_date=_born(first, 45), kecamatan_id=k2.id),
            PersonInput("Dodi"),  # nothing known: no gender, age or district
        ],
    )  # fmt: skip
    # Dodi misses two of five days (60 % < 80 %): he fails on attendance.
    training.record_attendance(
        db, manager, a.id, {(p4.enrollment_id, d): Mark.ABSENT for d in a.days[:2]}
    )
    all_present(db, manager, a)
    ids = [p.enrollment_id for p in (p1, p2, p3, p4)]
    score_all(db, manager, a, course, ids)
    score_all(db, manager, a, course, [p3.enrollment_id], 50)  # Cahyo fails on the score...
    training.close_cohort(db, manager, a.id)
    # ...and a manager passes him after a remedial test.
    training.override_result(db, manager, p3.enrollment_id, Result.PASSED, "ujian ulang lulus")
    issued = certificates.issue_certificates(db, manager, a.id).issued
    assert len(issued) == 3
    certificates.issue_certificates(db, manager, a.id, [p4.enrollment_id], participation=True)
    bunga = next(c for c in issued if c.enrollment_id == p2.enrollment_id)
    certificates.revoke(db, manager, bunga.id, "salah nama")
    training.graduates_to_artisans(db, manager, a.id, [p1.enrollment_id])

    b = _cohort(db, manager, course.id, TODAY - timedelta(days=2))
    (p5,) = training.enrol(
        db, manager, b.id,
        new_people=[PersonInput("Eka Putri", gender="P", birth_date=_born(b.start_date, 17),
                                kecamatan_id=k2.id)],
    )  # fmt: skip
    training.enrol(db, manager, b.id, [p3.person_id])  # Cahyo again: counts twice
    cahyo_b = next(
        t.enrollment_id for t in training.trainees(db, manager, b.id) if t.person_id == p3.person_id
    )
    training.record_attendance(
        db, manager, b.id,
        {(p5.enrollment_id, b.start_date): Mark.LATE, (cahyo_b, b.start_date): Mark.ABSENT},
    )  # fmt: skip

    c = _cohort(db, manager, course.id, TODAY - timedelta(days=90))
    (old,) = training.enrol(db, manager, c.id, new_people=[PersonInput("Fajar")])
    all_present(db, manager, c)
    score_all(db, manager, c, course, [old.enrollment_id])
    training.close_cohort(db, manager, c.id)
    certificates.issue_certificates(db, manager, c.id)  # issued today: in the period
    return {"a": a, "b": b, "c": c, "k1": k1, "k2": k2, "course": course}


def test_training_report_matches_hand_arithmetic(
    db: Database, manager: Actor, instructor: Actor, tmp_path: Path
) -> None:
    m = _made(db, manager, instructor)
    a, b = m["a"], m["b"]
    report = build_report(db, manager, "training", START, END)

    # Graduation as the training services see it (an independent count).
    progress = training.cohort_progress(db, manager, a.id)
    assert progress.passed == 3 and progress.failed == 1

    cohorts = report.table("Cohorts")
    assert [r[0] for r in cohorts.rows] == [a.code, b.code]  # C is long before the period
    assert cohorts.rows[0][2:4] == (a.start_date, a.end_date)
    assert cohorts.rows[0][4] == "Ratna Kusumawati"

    results = report.table("Results per cohort")
    # A: 4 trainees, 4 results, 3 passed (one by override); attendance 18 of 4 × 5 marks;
    # certificates: Ani and Cahyo (Bunga's revoked). B: running, one day taken, 1 of 2.
    assert results.rows[0] == (a.code, 4, 4, 3, D("75.0"), D("90.0"), 2)
    assert results.rows[1] == (b.code, 2, 0, 0, None, D("50.0"), 0)
    assert results.total == (Label("Reports", "Total"), 6, 4, 3, D("75.0"), D("86.4"), 2)

    k1, k2 = m["k1"].name, m["k2"].name
    by_district = {str(r[0]): r[1:] for r in report.table("Participants by district").rows}
    assert by_district == {
        k1: (2, 2, 2, D("100.0")),  # Ani, Bunga
        k2: (3, 1, 1, D("100.0")),  # Cahyo twice, Eka
        "(unknown)": (1, 1, 0, D("0.0")),  # Dodi
    }
    by_gender = report.table("Participants by gender")
    assert [r[0] for r in by_gender.rows] == [
        Label("People", "female"),
        Label("People", "male"),
        Label("Reports", "(unknown)"),
    ]
    assert [r[1:4] for r in by_gender.rows] == [(3, 2, 2), (2, 1, 1), (1, 1, 0)]
    assert by_gender.total is not None and by_gender.total[1:4] == (6, 4, 3)

    by_age = {str(r[0]): r[1] for r in report.table("Participants by age band").rows}
    assert by_age == {"<20": 1, "20-29": 1, "30-39": 1, "40-49": 2, "(unknown)": 1}

    certs = report.table("Certificates issued")
    name = m["course"].name
    # Ani, Cahyo and Fajar (cohort C, issued today); Bunga's was revoked; Dodi's letter.
    assert certs.rows == [
        (name, Label("Reports", "Certificate of competence"), 3),
        (name, Label("Reports", "Participation letter"), 1),
    ]
    assert certs.total is not None and certs.total[2] == 4

    assert report.table("Graduates and artisans").rows == [(3, 1, D("33.3"))]
    artisans = report.table("Graduates working as artisans").rows
    assert artisans == [("Ani Rahayu", a.code, k1, a.end_date)]

    assert report.charts[0].labels == [k2, k1, "(unknown)"]
    assert report.charts[0].values == [D(3), D(2), D(1)]

    from pypdf import PdfReader

    from rumahbatik.reports.report_pdf import render_report
    from rumahbatik.reports.report_xlsx import write_report_xlsx

    pdf = render_report(report, centre_name="Rumah Batik Uji")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Training report (city office)" in text and "Rumah Batik Uji" in text
    assert "Ani Rahayu" in text and "75,0%" in text and "Page 1 of" in text
    out = tmp_path / "training.xlsx"
    write_report_xlsx(report, out, centre_name="Rumah Batik Uji")
    from openpyxl import load_workbook

    wb = load_workbook(out)
    for title in ("Cohorts", "Results per cohort", "Participants by district",
                  "Certificates issued", "Graduates working as artisans"):  # fmt: skip
        assert title in wb.sheetnames
    ws = wb["Results per cohort"]
    assert ws.freeze_panes == "A2" and ws["A1"].value == "Cohort" and ws["A1"].font.bold
    assert ws["B2"].value == 4 and ws["E2"].value == pytest.approx(75.0)
    last = ws.max_row
    assert ws.cell(last, 1).value == "Total" and ws.cell(last, 2).value == 6
    assert wb["Cohorts"]["C2"].value.date() == a.start_date


def test_an_empty_period_gives_empty_tables_and_zero_totals(db: Database, manager: Actor) -> None:
    report = build_report(db, manager, "training", date(2001, 1, 1), date(2001, 12, 31))
    assert report.table("Cohorts").rows == []
    assert report.table("Results per cohort").total == (
        Label("Reports", "Total"), 0, 0, 0, None, None, 0,
    )  # fmt: skip
    assert report.table("Participants by district").total[1:4] == (0, 0, 0)  # type: ignore[index]
    assert report.table("Graduates and artisans").rows == [(0, 0, None)]
    from rumahbatik.reports.report_pdf import render_report

    assert render_report(report, centre_name="Rumah Batik Uji").startswith(b"%PDF")


def test_the_training_report_needs_the_reports_permission(
    db: Database, staff: Actor, manager: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        build_report(db, staff, "training", START, END)
    with pytest.raises(ValidationError):
        build_report(db, manager, "training", END, START)
