"""The cohort report's figures against sums made here from the same data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from rumahbatik.domain.errors import NotFound, PermissionDenied
from rumahbatik.domain.training import Result
from rumahbatik.services import certificates, training
from rumahbatik.services.training_report import age_band
from tests.services.training_helpers import all_present, closed_cohort, make_cohort, score_all


@pytest.mark.parametrize(
    ("birth", "band"),
    [
        (date(2003, 5, 24), "<20"),
        (date(2002, 5, 23), "20-29"),
        (date(1972, 5, 23), "50+"),
        (None, "?"),
    ],
)
def test_age_on_the_first_day_decides_the_band(birth, band):
    assert age_band(birth, date(2022, 5, 23)) == band


def test_report_counts_match_the_cohort(db, manager):
    course, cohort, ids = make_cohort(db, manager, n=5)
    all_present(db, manager, cohort)
    score_all(db, manager, cohort, course, ids[:4])
    score_all(db, manager, cohort, course, ids[4:], 40)  # fails on the final score
    training.close_cohort(db, manager, cohort.id)
    certificates.issue_certificates(db, manager, cohort.id)

    report = training.cohort_report(db, manager, cohort.id)

    progress = training.cohort_progress(db, manager, cohort.id)
    results = [p.result for p in progress.rows]
    passed = results.count(Result.PASSED)
    assert len(report.rows) == 5
    assert report.pass_rate == (Decimal(passed) * 100 / len(results)).quantize(Decimal("0.01"))
    assert report.certificates_issued == passed == 4
    assert sum(report.by_kecamatan.values()) == sum(report.by_gender.values()) == 5
    assert sum(report.by_age_band.values()) == 5
    assert report.competencies == [c.name for c in course.competencies]
    failed = [r for r in report.rows if r.result is Result.FAILED]
    assert len(failed) == 1 and failed[0].certificate_number == ""
    assert all(
        r.certificate_number.startswith("RB/PBD/2022/")
        for r in report.rows
        if r.result is Result.PASSED
    )
    assert all(s == Decimal("40.00") for s in failed[0].scores)


def test_instructors_only_get_their_own_cohorts_report(db, manager, instructor):
    _course, cohort, _ids = closed_cohort(db, manager, n=2)
    with pytest.raises((NotFound, PermissionDenied)):
        training.cohort_report(db, instructor, cohort.id)
