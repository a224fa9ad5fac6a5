"""A cohort with trainees for the training tests."""

from __future__ import annotations

from datetime import date

from rumahbatik.services import training
from rumahbatik.services.people import PersonInput
from rumahbatik.services.training_types import CohortInput

START, END = date(2022, 5, 23), date(2022, 5, 27)


def make_cohort(db, manager, instructor=None, *, n=4, capacity=30, start=START, end=END):
    course = training.ensure_default_course(db, manager)
    cohort = training.create_cohort(
        db, manager,
        CohortInput(course.id, start, end, capacity=capacity, venue="Aula",
                    instructor_ids=[instructor.user_id] if instructor else []),
    )  # fmt: skip
    enrolled = training.enrol(
        db, manager, cohort.id, new_people=[PersonInput(f"Peserta {i:02d}") for i in range(n)]
    )
    return course, cohort, [e.enrollment_id for e in enrolled]


def all_present(db, actor, cohort):
    for day in cohort.days:
        training.mark_all_present(db, actor, cohort.id, day)


def score_all(db, actor, cohort, course, ids, value=80):
    training.record_scores(
        db, actor, cohort.id, {(e, c.id): value for e in ids for c in course.competencies}
    )


def closed_cohort(db, manager, *, n=4, fail=()):
    """A closed cohort: everyone present and scored 80, except ``fail`` (scored 50)."""
    course, cohort, ids = make_cohort(db, manager, n=n)
    all_present(db, manager, cohort)
    score_all(db, manager, cohort, course, ids)
    if fail:
        score_all(db, manager, cohort, course, list(fail), 50)
    training.close_cohort(db, manager, cohort.id)
    return course, cohort, ids
