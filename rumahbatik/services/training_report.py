"""The cohort report for the city office: who took part, from where, how they did."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.training import CertificateKind, Result
from rumahbatik.services import certificates
from rumahbatik.services.context import Actor
from rumahbatik.services.settings import get_settings
from rumahbatik.services.training_cohorts import trainees
from rumahbatik.services.training_grades import cohort_progress
from rumahbatik.services.training_types import CohortReportData, CohortReportRow

#: Age bands the city office reports in (age on the cohort's first day).
AGE_BANDS = (
    (0, 19, "<20"),
    (20, 29, "20-29"),
    (30, 39, "30-39"),
    (40, 49, "40-49"),
    (50, 200, "50+"),
)
UNKNOWN = "?"


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: date | None, day: date) -> str:
    age = age_on(birth, day)
    if age is None:
        return UNKNOWN
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def cohort_report(db: Database, actor: Actor, cohort_id: int) -> CohortReportData:
    """Everything the cohort report shows, for the PDF and the Excel file.

    Instructors get only their own cohorts (the progress and trainee services check it).
    """
    actor.require(Permission.VIEW_TRAINING)
    progress = cohort_progress(db, actor, cohort_id)
    cohort = progress.cohort
    people = {t.enrollment_id: t for t in trainees(db, actor, cohort_id, include_all=False)}
    issued = {
        c.enrollment_id: c.number
        for c in certificates.list_certificates(db, actor, cohort_id)
        if c.kind is CertificateKind.CERTIFICATE and c.revoked_at is None
    }
    competencies = cohort.course.competencies
    rows: list[CohortReportRow] = []
    for p in progress.rows:
        t = people.get(p.enrollment_id)
        rows.append(
            CohortReportRow(
                full_name=p.full_name,
                gender=t.gender if t else None,
                age_band=age_band(t.birth_date if t else None, cohort.start_date),
                kecamatan=(t.kecamatan if t else "") or UNKNOWN,
                attendance_pct=p.attendance_pct,
                scores=[p.scores.get(c.id) for c in competencies],
                final_score=p.final_score,
                result=p.result,
                certificate_number=issued.get(p.enrollment_id, ""),
            )
        )
    decided = [r for r in rows if r.result is not None]
    passed = sum(1 for r in decided if r.result is Result.PASSED)
    pass_rate = (
        (Decimal(passed) * 100 / len(decided)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if decided
        else None
    )
    order = [label for _low, _high, label in AGE_BANDS] + [UNKNOWN]
    bands = Counter(r.age_band for r in rows)
    settings = get_settings(db)
    return CohortReportData(
        centre_name=settings.centre_name,
        logo=settings.centre_logo,
        cohort=cohort,
        competencies=[c.name for c in competencies],
        rows=rows,
        by_kecamatan=dict(sorted(Counter(r.kecamatan for r in rows).items())),
        by_gender=dict(sorted(Counter(r.gender or UNKNOWN for r in rows).items())),
        by_age_band={label: bands[label] for label in order if bands[label]},
        pass_rate=pass_rate,
        certificates_issued=len(issued),
        printed_by=actor.full_name or actor.username,
        printed_at=utcnow(),
    )
