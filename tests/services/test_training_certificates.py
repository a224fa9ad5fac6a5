"""Certificates on SQLite and PostgreSQL: numbering, verification, revocation, data, exports,
demo."""

from __future__ import annotations

from datetime import date

import pytest

from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.training import CertificateKind, Mark
from rumahbatik.services import certificates as C
from rumahbatik.services import exports, settings, training
from rumahbatik.services.training_types import CohortInput
from tests.services.training_helpers import closed_cohort, make_cohort


def test_numbers_are_sequential_and_issuing_is_idempotent(db, manager):
    _, cohort, ids = closed_cohort(db, manager, n=4, fail=[])
    first = C.issue_certificates(db, manager, cohort.id)
    assert [r.number for r in first.issued] == [f"RB/PBD/2022/000{i}" for i in range(1, 5)]
    again = C.issue_certificates(db, manager, cohort.id)
    assert again.issued == [] and [r.number for r in again.existing] == [
        r.number for r in first.issued
    ]


def test_failed_trainees_get_letters_on_request(db, manager):
    _, cohort, ids = closed_cohort(db, manager, n=3, fail=[])
    _, cohort2, ids2 = closed_cohort_fail(db, manager)
    result = C.issue_certificates(db, manager, cohort2.id)
    assert len(result.issued) == 1 and len(result.skipped) == 1
    with pytest.raises(ValidationError) as exc:
        C.issue_certificates(db, manager, cohort2.id, [ids2[1]])
    assert exc.value.code == "not_passed"
    letters = C.issue_certificates(db, manager, cohort2.id, participation=True)
    assert [r.number for r in letters.issued] == ["RB/PBD/SK/2022/0001"]
    assert letters.issued[0].kind is CertificateKind.PARTICIPATION


def closed_cohort_fail(db, manager):
    from tests.services.training_helpers import all_present, score_all

    course, cohort, ids = make_cohort(db, manager, n=2)
    all_present(db, manager, cohort)
    score_all(db, manager, cohort, course, ids)
    score_all(db, manager, cohort, course, [ids[1]], 40)
    training.close_cohort(db, manager, cohort.id)
    return course, cohort, ids


def test_a_failed_issue_leaves_no_gap(db, manager, monkeypatch):
    _, cohort, ids = closed_cohort(db, manager, n=3)
    real = C.audit.record
    calls = {"n": 0}

    def boom(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(C.audit, "record", boom)
    with pytest.raises(RuntimeError):
        C.issue_certificates(db, manager, cohort.id)
    monkeypatch.setattr(C.audit, "record", real)
    assert C.list_certificates(db, manager, cohort.id) == []
    issued = C.issue_certificates(db, manager, cohort.id).issued
    assert [r.number[-4:] for r in issued] == ["0001", "0002", "0003"]


def test_series_per_course_and_year(db, manager):
    _, a, _ = closed_cohort(db, manager, n=2)
    C.issue_certificates(db, manager, a.id)
    course = a.course
    b = training.create_cohort(
        db, manager, CohortInput(course.id, date(2023, 1, 9), date(2023, 1, 13))
    )
    training.enrol(db, manager, b.id, [training.trainees(db, manager, a.id)[0].person_id])
    enr = training.trainees(db, manager, b.id)[0].enrollment_id
    for d in b.days:
        training.mark_all_present(db, manager, b.id, d)
    training.record_scores(db, manager, b.id, {(enr, c.id): 90 for c in course.competencies})
    training.close_cohort(db, manager, b.id)
    assert C.issue_certificates(db, manager, b.id).issued[0].number == "RB/PBD/2023/0001"


def test_verification_genuine_tampered_revoked_unknown(db, manager, staff, instructor):
    _, cohort, ids = closed_cohort(db, manager, n=2)
    row = C.issue_certificates(db, manager, cohort.id).issued[0]
    code = row.verification_code
    assert len(code) == 19 and code.count("-") == 3
    assert row.number not in code
    typed = code.lower().replace("-", " ")
    result = C.verify(db, staff, typed)
    assert result.status == "genuine" and result.number == row.number
    assert result.holder_name == row.holder_name and result.cohort_code == cohort.code
    assert C.verify(db, staff, f"https://rb.example/verify/{code}").status == "genuine"
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert C.verify(db, staff, tampered).status == "unknown"
    assert C.verify(db, staff, "not a code").status == "unknown"
    with pytest.raises(PermissionDenied):
        C.revoke(db, instructor, row.id, "salah nama")
    with pytest.raises(ValidationError):
        C.revoke(db, manager, row.id, " ")
    C.revoke(db, manager, row.id, "salah nama")
    result = C.verify(db, staff, code)
    assert result.status == "revoked" and result.revoked_reason == "salah nama"
    with pytest.raises(ValidationError):
        C.revoke(db, manager, row.id, "lagi")


def test_codes_depend_on_the_installation_secret():
    a = C.verification_code(b"one", "RB/PBD/2022/0001", 1)
    assert a != C.verification_code(b"two", "RB/PBD/2022/0001", 1)
    assert a != C.verification_code(b"one", "RB/PBD/2022/0001", 2)
    assert C.normalise_code(a.lower().replace("-", "")) == a


def test_the_secret_never_leaves_through_settings(db, manager):
    _, cohort, _ = closed_cohort(db, manager, n=1)
    C.issue_certificates(db, manager, cohort.id)
    assert settings.get_settings(db)["certificate_secret"] == ""
    with pytest.raises(ValidationError):
        settings.update_settings(db, manager, {"certificate_secret": "x"})


def test_certificate_data(db, manager):
    settings.update_settings(
        db, manager,
        {"centre_city": "Probolinggo", "certificate_signatory1_name": "Ir. Wahyu",
         "certificate_signatory1_title": "Kepala Dinas"},
    )  # fmt: skip
    course, cohort, _ = closed_cohort(db, manager, n=2)
    C.issue_certificates(db, manager, cohort.id)
    docs = C.certificate_data(db, manager, cohort.id)
    assert len(docs) == 2 and docs[0].number.endswith("0001")
    assert [n for n, _ in docs[0].competencies] == [c.name for c in course.competencies]
    assert docs[0].place == "Probolinggo" and docs[0].signatories == [("Ir. Wahyu", "Kepala Dinas")]
    assert docs[0].city_header == "PEMERINTAH KOTA PROBOLINGGO"
    assert docs[0].issue_date == cohort.end_date


def test_open_cohort_cannot_issue(db, manager):
    _, cohort, _ = make_cohort(db, manager, n=1)
    with pytest.raises(ValidationError) as exc:
        C.issue_certificates(db, manager, cohort.id)
    assert exc.value.code == "cohort_not_finished"


def test_exports(db, manager, instructor):
    _, cohort, _ = closed_cohort(db, manager, n=2)
    C.issue_certificates(db, manager, cohort.id)
    assert len(exports.build_export(db, manager, "cohorts").rows) == 1
    assert len(exports.build_export(db, manager, "trainees").rows) == 2
    certs = exports.build_export(db, manager, "certificates")
    assert [c.key for c in certs.columns][:4] == ["number", "kind", "verification_code", "holder"]
    assert certs.rows[0][0] == "RB/PBD/2022/0001"
    assert exports.build_export(db, instructor, "certificates").rows == []  # not their cohort


def test_demo_training(demo_filled):
    from rumahbatik.services.context import system_actor

    db = demo_filled
    admin = system_actor()
    rows = {c.code: c for c in training.list_cohorts(db, admin)}
    assert set(rows) == {"PBD-2022-01", "PBD-2026-01", "PBD-2026-02"}
    may = rows["PBD-2022-01"]
    assert (may.enrolled_count, may.venue) == (30, "Aula Bakesbangpol Kota Probolinggo")
    progress = training.cohort_progress(db, admin, may.id)
    assert progress.passed + progress.failed == 30 and 3 <= progress.failed <= 4
    certs = C.list_certificates(db, admin, may.id)
    numbers = [c.number for c in certs if c.kind is CertificateKind.CERTIFICATE]
    assert numbers == [f"RB/PBD/2022/{i:04d}" for i in range(1, progress.passed + 1)]
    assert sum(c.kind is CertificateKind.PARTICIPATION for c in certs) == 1
    assert C.verify(db, admin, certs[0].verification_code).status == "genuine"
    running = rows["PBD-2026-02"]
    assert running.status.value == "running"
    grid = training.attendance_grid(db, admin, running.id)
    today_marks = [m for (_, d), m in grid.marks.items() if d == date.today()]
    assert 0 < len(today_marks) < len(grid.trainees)
    assert Mark.PRESENT in today_marks
