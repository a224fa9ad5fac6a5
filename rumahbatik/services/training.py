"""Training in one import: courses, cohorts, enrolment, attendance, scores, graduation.

The work is split into small modules; this one gathers their public functions so screens and
tests can write ``training.record_scores(...)``. Certificates live in
:mod:`rumahbatik.services.certificates`.
"""

from __future__ import annotations

from rumahbatik.services.training_cohorts import (
    cohort_detail,
    cohort_id_by_code,
    create_cohort,
    enrol,
    instructors,
    list_cohorts,
    next_cohort_code,
    set_cohort_status,
    suggest_cohort_code,
    trainees,
    update_cohort,
    withdraw,
)
from rumahbatik.services.training_common import MAX_COHORT_DAYS, is_scoped
from rumahbatik.services.training_courses import (
    DEFAULT_COURSE,
    create_course,
    ensure_default_course,
    get_course,
    list_courses,
    update_course,
)
from rumahbatik.services.training_grades import (
    attendance_grid,
    close_cohort,
    cohort_progress,
    graduates_to_artisans,
    mark_all_present,
    override_result,
    practical_photo_path,
    record_attendance,
    record_scores,
    score_grid,
    set_practical_photo,
    trainee_progress,
)
from rumahbatik.services.training_report import cohort_report

__all__ = [
    "DEFAULT_COURSE",
    "MAX_COHORT_DAYS",
    "attendance_grid",
    "close_cohort",
    "cohort_report",
    "cohort_detail",
    "cohort_id_by_code",
    "cohort_progress",
    "create_cohort",
    "create_course",
    "enrol",
    "ensure_default_course",
    "get_course",
    "graduates_to_artisans",
    "instructors",
    "is_scoped",
    "list_cohorts",
    "list_courses",
    "mark_all_present",
    "next_cohort_code",
    "override_result",
    "practical_photo_path",
    "record_attendance",
    "record_scores",
    "score_grid",
    "set_cohort_status",
    "suggest_cohort_code",
    "set_practical_photo",
    "trainee_progress",
    "trainees",
    "update_cohort",
    "update_course",
    "withdraw",
]
