"""Training services on SQLite and PostgreSQL: courses, cohorts, scoping, waiting list,
attendance, scores, graduation, overrides, graduates to artisans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from rumahbatik.domain import grading
from rumahbatik.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from rumahbatik.domain.training import CohortStatus, EnrollmentStatus, Mark, Result
from rumahbatik.services import audit, training, users
from rumahbatik.services.audit import AuditFilter
from rumahbatik.services.training_types import (
    CohortFilter,
    CohortInput,
    CompetencyInput,
    CourseInput,
    ScoreCell,
)
from tests.conftest import PASSWORD, actor_for
from tests.services.training_helpers import (
    END,
    START,
    all_present,
    closed_cohort,
    make_cohort,
    score_all,
)


def test_default_course(db, manager):
    course = training.ensure_default_course(db, manager)
    assert (course.code, course.name, course.days) == ("PBD", "Pelatihan Batik Dasar", 5)
    assert [c.name for c in course.competencies] == [
        "Menggambar pola", "Mencanting/nglowong", "Nembok", "Pewarnaan", "Pelorodan", "Finishing",
    ]  # fmt: skip
    assert course.pass_mark == 70 and course.attendance_required == 80
    assert training.ensure_default_course(db, manager).id == course.id


def test_course_validation_and_update_keeps_scored_units(db, manager):
    with pytest.raises(ValidationError) as exc:
        training.create_course(db, manager, CourseInput("X", "X", competencies=()))
    assert exc.value.code == "course_no_units"
    with pytest.raises(ValidationError):
        training.create_course(
            db, manager, CourseInput("X", "X", competencies=[CompetencyInput("A", "abc")])
        )
    course, cohort, ids = make_cohort(db, manager, n=1)
    first = course.competencies[0]
    training.record_scores(db, manager, cohort.id, {(ids[0], first.id): 80})
    keep = [CompetencyInput(c.name, c.weight, c.id) for c in course.competencies[1:]]
    with pytest.raises(Conflict) as exc:
        training.update_course(db, manager, course.id, CourseInput("PBD", "P", competencies=keep))
    assert exc.value.code == "unit_in_use"
    renamed = [CompetencyInput("Pola", 3, first.id), *keep]
    updated = training.update_course(
        db, manager, course.id, CourseInput("PBD", "Pelatihan", competencies=renamed)
    )
    assert updated.competencies[0].id == first.id and updated.competencies[0].name == "Pola"


def test_cohort_code_dates_and_status(db, manager):
    course = training.ensure_default_course(db, manager)
    a = training.create_cohort(db, manager, CohortInput(course.id, START, END))
    b = training.create_cohort(db, manager, CohortInput(course.id, START, END))
    assert (a.code, b.code) == ("PBD-2022-01", "PBD-2022-02")
    assert a.days[0] == START and len(a.days) == 5 and a.status is CohortStatus.PLANNED
    with pytest.raises(ValidationError) as exc:
        training.create_cohort(db, manager, CohortInput(course.id, END, START))
    assert exc.value.code == "cohort_dates"
    with pytest.raises(ValidationError) as exc:
        training.create_cohort(db, manager, CohortInput(course.id, START, date(2022, 8, 1)))
    assert exc.value.code == "cohort_too_long"
    with pytest.raises(Conflict):
        training.create_cohort(db, manager, CohortInput(course.id, START, END, code="pbd-2022-01"))
    with pytest.raises(ValidationError):
        training.set_cohort_status(db, manager, a.id, CohortStatus.FINISHED)
    assert training.set_cohort_status(db, manager, a.id, "running").status is CohortStatus.RUNNING


def test_instructors_must_have_the_role(db, manager, staff):
    course = training.ensure_default_course(db, manager)
    with pytest.raises(ValidationError) as exc:
        training.create_cohort(
            db, manager, CohortInput(course.id, START, END, instructor_ids=[staff.user_id])
        )
    assert exc.value.code == "not_an_instructor"


def test_instructor_sees_and_edits_only_own_cohorts(db, admin, manager, instructor):
    other = actor_for(users.add_user(db, admin, "bambang", PASSWORD, "instructor", "Bambang"))
    course, mine, ids = make_cohort(db, manager, instructor, n=2)
    _, theirs, their_ids = make_cohort(db, manager, other, n=2)
    assert [c.code for c in training.list_cohorts(db, instructor)] == [mine.code]
    assert {c.code for c in training.list_cohorts(db, manager)} == {mine.code, theirs.code}
    assert training.cohort_detail(db, instructor, mine.id).instructors[0].username == "ratna"
    training.record_attendance(db, instructor, mine.id, {(ids[0], START): Mark.PRESENT})
    with pytest.raises(NotFound):
        training.cohort_detail(db, instructor, theirs.id)
    with pytest.raises(NotFound):
        training.attendance_grid(db, instructor, theirs.id)
    with pytest.raises(NotFound):
        training.record_attendance(db, instructor, theirs.id, {(their_ids[0], START): "present"})
    with pytest.raises(NotFound):
        training.withdraw(db, instructor, their_ids[0])
    with pytest.raises(PermissionDenied):
        training.create_cohort(db, instructor, CohortInput(course.id, START, END))
    with pytest.raises(NotFound):  # an id that belongs to another cohort
        training.record_scores(
            db, instructor, theirs.id, {(their_ids[0], course.competencies[0].id): 80}
        )


def test_staff_views_but_cannot_change(db, manager, staff):
    _, cohort, ids = make_cohort(db, manager, n=1)
    assert training.list_cohorts(db, staff)[0].id == cohort.id
    with pytest.raises(PermissionDenied):
        training.record_attendance(db, staff, cohort.id, {(ids[0], START): "present"})


def test_waiting_list_and_withdrawal(db, manager):
    _, cohort, ids = make_cohort(db, manager, n=5, capacity=3)
    rows = training.trainees(db, manager, cohort.id)
    assert [r.status for r in rows].count(EnrollmentStatus.ENROLLED) == 3
    assert [(r.full_name, r.waitlist_position) for r in rows[3:]] == [
        ("Peserta 03", 1), ("Peserta 04", 2)
    ]  # fmt: skip
    moved = training.withdraw(db, manager, ids[0], "pindah kerja")
    assert moved == [ids[3]]
    rows = {r.enrollment_id: r for r in training.trainees(db, manager, cohort.id)}
    assert rows[ids[3]].status is EnrollmentStatus.ENROLLED
    assert (rows[ids[4]].status, rows[ids[4]].waitlist_position) == (EnrollmentStatus.WAITLIST, 1)
    assert rows[ids[0]].status is EnrollmentStatus.WITHDRAWN
    detail = training.cohort_detail(db, manager, cohort.id)
    assert (detail.enrolled_count, detail.waitlist_count) == (3, 1)
    with pytest.raises(Conflict):
        training.enrol(db, manager, cohort.id, [rows[ids[3]].person_id])
    # raising the capacity moves the rest up
    inp = CohortInput(detail.course.id, START, END, code=detail.code, capacity=5)
    assert training.update_cohort(db, manager, cohort.id, inp).waitlist_count == 0


def test_enrolment_of_new_people_is_one_transaction(db, manager):
    from rumahbatik.services.people import PersonInput

    _, cohort, _ = make_cohort(db, manager, n=0)
    with pytest.raises(ValidationError):
        training.enrol(db, manager, cohort.id, new_people=[PersonInput("Ani"), PersonInput("")])
    assert training.trainees(db, manager, cohort.id) == []


def test_attendance_rules(db, manager):
    _, cohort, ids = make_cohort(db, manager, n=2)
    with pytest.raises(ValidationError) as exc:
        training.record_attendance(db, manager, cohort.id, {(ids[0], date(2022, 5, 28)): "present"})
    assert exc.value.code == "day_outside_cohort"
    with pytest.raises(ValidationError) as exc:
        training.record_attendance(db, manager, cohort.id, {(ids[0], START): "sick"})
    assert exc.value.code == "mark_invalid"
    training.record_attendance(db, manager, cohort.id, {(ids[0], START): Mark.EXCUSED})
    assert training.cohort_detail(db, manager, cohort.id).status is CohortStatus.RUNNING
    assert training.mark_all_present(db, manager, cohort.id, START) == 1  # ids[0] keeps excused
    grid = training.attendance_grid(db, manager, cohort.id)
    assert grid.marks == {(ids[0], START): Mark.EXCUSED, (ids[1], START): Mark.PRESENT}
    training.record_attendance(db, manager, cohort.id, {(ids[0], START): None})
    assert (ids[0], START) not in training.attendance_grid(db, manager, cohort.id).marks


def test_future_days_cannot_be_taken(db, manager):
    today = date.today()
    _, cohort, ids = make_cohort(
        db, manager, n=1, start=today, end=date.fromordinal(today.toordinal() + 2)
    )
    with pytest.raises(ValidationError) as exc:
        training.record_attendance(db, manager, cohort.id, {(ids[0], cohort.days[1]): "present"})
    assert exc.value.code == "day_in_future"


def test_scores_validation_notes_and_audit(db, manager):
    course, cohort, ids = make_cohort(db, manager, n=1)
    unit = course.competencies[0].id
    for bad in ("abc", 101, "-1", "72.555"):
        with pytest.raises(ValidationError) as exc:
            training.record_scores(db, manager, cohort.id, {(ids[0], unit): bad})
        assert exc.value.code == "score_invalid"
    training.record_scores(
        db, manager, cohort.id, {(ids[0], unit): ScoreCell(Decimal("72.5"), "garis rapi")}
    )
    training.record_scores(db, manager, cohort.id, {(ids[0], unit): "80,5"})
    cell = training.score_grid(db, manager, cohort.id).scores[(ids[0], unit)]
    assert cell.value == Decimal("80.50") and cell.note == ""
    row = audit.list_audit(db, manager, AuditFilter(action="scores"))[0]
    assert list(row.changes.values()) == [["72.50 garis rapi", "80.50"]]


def test_progress_and_at_risk(db, manager):
    course, cohort, ids = make_cohort(db, manager, n=2)
    marks = {(ids[0], d): Mark.PRESENT for d in cohort.days[:3]}
    marks |= {(ids[1], d): Mark.ABSENT for d in cohort.days[:2]}
    marks[(ids[1], cohort.days[2])] = Mark.PRESENT
    training.record_attendance(db, manager, cohort.id, marks)
    training.record_scores(db, manager, cohort.id, {(ids[0], course.competencies[0].id): 60})
    rows = {r.enrollment_id: r for r in training.cohort_progress(db, manager, cohort.id).rows}
    assert rows[ids[0]].attendance_pct == Decimal("100.00") and rows[ids[0]].days_counted == 3
    assert rows[ids[0]].at_risk and rows[ids[0]].rule == grading.RULE_AT_RISK_SCORE
    assert rows[ids[1]].at_risk and rows[ids[1]].rule == grading.RULE_AT_RISK_ATTENDANCE
    assert rows[ids[0]].result is None and len(rows[ids[0]].missing_scores) == 5


def test_close_computes_results_with_the_rule(db, manager):
    course, cohort, ids = make_cohort(db, manager, n=4)
    all_present(db, manager, cohort)
    training.record_attendance(
        db, manager, cohort.id, {(ids[1], d): Mark.EXCUSED for d in cohort.days[:2]}
    )
    score_all(db, manager, cohort, course, ids)
    score_all(db, manager, cohort, course, [ids[2]], 60)
    training.record_scores(db, manager, cohort.id, {(ids[3], course.competencies[-1].id): None})
    progress = training.close_cohort(db, manager, cohort.id)
    rows = {r.enrollment_id: r for r in progress.rows}
    assert rows[ids[0]].result is Result.PASSED and rows[ids[0]].final_score == Decimal("80.00")
    assert rows[ids[1]].rule == grading.RULE_ATTENDANCE
    assert rows[ids[1]].rule_params == {"attendance": "60", "required": "80"}
    assert rows[ids[2]].rule == grading.RULE_FINAL_BELOW
    assert rows[ids[3]].rule_params == {"competency": "Finishing"}
    assert (progress.passed, progress.failed, progress.undecided) == (1, 3, 0)
    assert progress.cohort.status is CohortStatus.FINISHED
    with pytest.raises(ValidationError) as exc:
        training.record_scores(db, manager, cohort.id, {(ids[0], course.competencies[0].id): 90})
    assert exc.value.code == "cohort_finished"


def test_override_needs_permission_and_reason_and_is_audited(db, manager, instructor):
    _, cohort, ids = closed_cohort(db, manager, n=2, fail=[])
    training.update_cohort(
        db, manager, cohort.id,
        CohortInput(cohort.course.id, START, END, code=cohort.code,
                    instructor_ids=[instructor.user_id]),
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        training.override_result(db, instructor, ids[0], Result.FAILED, "plagiat")
    with pytest.raises(ValidationError) as exc:
        training.override_result(db, manager, ids[0], Result.FAILED, "   ")
    assert exc.value.code == "override_reason_required"
    row = training.override_result(db, manager, ids[0], Result.FAILED, "karya bukan buatan sendiri")
    assert row.result is Result.FAILED and row.overridden
    assert row.rule == grading.RULE_OVERRIDDEN and row.rule_params["user"] == "siti"
    entry = audit.list_audit(db, manager, AuditFilter(action="override"))[0]
    assert entry.changes["result"] == ["passed", "failed"]
    assert entry.changes["override_reason"] == ["", "karya bukan buatan sendiri"]


def test_graduates_become_artisans_in_one_step(db, manager):
    _, cohort, ids = closed_cohort(db, manager, n=3)
    people = training.graduates_to_artisans(db, manager, cohort.id)
    assert len(people) == 3 and all(p.is_artisan for p in people)
    assert people[0].artisan.joined_on == END
    assert all(r.is_artisan for r in training.trainees(db, manager, cohort.id))


def test_failed_trainee_is_not_made_artisan(db, manager, instructor):
    _, cohort, ids = make_cohort(db, manager, n=2)
    all_present(db, manager, cohort)
    training.close_cohort(db, manager, cohort.id)  # no scores: both fail
    with pytest.raises(ValidationError) as exc:
        training.graduates_to_artisans(db, manager, cohort.id, [ids[0]])
    assert exc.value.code == "not_passed"
    with pytest.raises(PermissionDenied):
        training.graduates_to_artisans(db, instructor, cohort.id)


def test_list_cohorts_filters(db, manager):
    make_cohort(db, manager, n=0)
    assert training.list_cohorts(db, manager, CohortFilter(year=2022))[0].code == "PBD-2022-01"
    assert training.list_cohorts(db, manager, CohortFilter(year=2023)) == []
    assert training.list_cohorts(db, manager, CohortFilter(text="aula"))
    assert training.list_cohorts(db, manager, CohortFilter(status="finished")) == []
