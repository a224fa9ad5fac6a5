"""What the training services share: instructor scoping, loading and turning rows into the
data objects of :mod:`rumahbatik.services.training_types`.

**Scoping.** A role that may manage training but not every cohort (the instructor) sees and
edits only the cohorts they teach (a :class:`~rumahbatik.models.CohortInstructor` row); any
other cohort is :class:`NotFound` to them, so its existence is not revealed either. Roles with
``MANAGE_ALL_COHORTS`` see every cohort; roles that may only view training (staff) see every
cohort read-only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.grading import Unit
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.training import CohortStatus, EnrollmentStatus
from rumahbatik.models import (
    Cohort,
    CohortInstructor,
    Competency,
    Course,
    Enrollment,
    Person,
    Region,
    User,
)
from rumahbatik.services.context import Actor
from rumahbatik.services.training_types import (
    CohortData,
    CompetencyData,
    CourseData,
    InstructorRef,
    TraineeRow,
)

#: The longest cohort accepted (days = end - start + 1).
MAX_COHORT_DAYS = 60


def is_scoped(actor: Actor) -> bool:
    """True for an instructor: may manage training, but only their own cohorts."""
    return actor.can(Permission.MANAGE_TRAINING) and not actor.can(Permission.MANAGE_ALL_COHORTS)


def scope(stmt: Select[Any], actor: Actor) -> Select[Any]:
    """Restrict a select over :class:`Cohort` to the cohorts ``actor`` may see."""
    if is_scoped(actor):
        stmt = stmt.where(
            Cohort.id.in_(
                select(CohortInstructor.cohort_id).where(CohortInstructor.user_id == actor.user_id)
            )
        )
    return stmt


def teaches(session: Session, actor: Actor, cohort_id: int) -> bool:
    return (
        session.get(CohortInstructor, {"cohort_id": cohort_id, "user_id": actor.user_id})
        is not None
    )


def load_cohort(session: Session, actor: Actor, cohort_id: int, *, edit: bool = False) -> Cohort:
    """The cohort if ``actor`` may see it (``edit``: and change it), else NotFound/PermissionDenied."""
    actor.require(Permission.MANAGE_TRAINING if edit else Permission.VIEW_TRAINING)
    cohort = session.get(Cohort, cohort_id)
    if cohort is None or (is_scoped(actor) and not teaches(session, actor, cohort_id)):
        raise NotFound("not_found", what=f"cohort #{cohort_id}")
    return cohort


def cohort_by_code(session: Session, actor: Actor, code: str, *, edit: bool = False) -> Cohort:
    cohort_id = session.scalar(select(Cohort.id).where(Cohort.code == code.strip().upper()))
    if cohort_id is None:
        raise NotFound("not_found", what=f"cohort {code}")
    return load_cohort(session, actor, cohort_id, edit=edit)


def require_open(cohort: Cohort) -> None:
    """Refuse changes to trainees, attendance and scores of a finished cohort."""
    if cohort.status == CohortStatus.FINISHED:
        raise ValidationError("cohort_finished", cohort_code=cohort.code)


def load_enrollment(
    session: Session, actor: Actor, enrollment_id: int, *, edit: bool = False
) -> Enrollment:
    e = session.get(Enrollment, enrollment_id)
    if e is None:
        raise NotFound("not_found", what=f"trainee #{enrollment_id}")
    load_cohort(session, actor, e.cohort_id, edit=edit)
    return e


def cohort_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def course_data(course: Course) -> CourseData:
    return CourseData(
        id=course.id,
        code=course.code,
        name=course.name,
        description=course.description,
        days=course.days,
        pass_mark=course.pass_mark,
        attendance_required=course.attendance_required,
        competencies=[
            CompetencyData(c.id, c.name, c.weight, c.position) for c in course.competencies
        ],
        active=course.active,
    )


def units(course: Course) -> list[Unit]:
    return [Unit(c.id, c.name, c.weight) for c in course.competencies]


def instructor_refs(session: Session, cohort_id: int) -> list[InstructorRef]:
    rows = session.execute(
        select(User.id, User.username, User.full_name)
        .join(CohortInstructor, CohortInstructor.user_id == User.id)
        .where(CohortInstructor.cohort_id == cohort_id)
        .order_by(User.full_name, User.username)
    )
    return [InstructorRef(r[0], r[1], r[2]) for r in rows]


def counts(session: Session, cohort_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    """``{cohort_id: {status: count}}`` of the enrolments."""
    out: dict[int, dict[str, int]] = {}
    ids = list(cohort_ids)
    if not ids:
        return out
    rows = session.execute(
        select(Enrollment.cohort_id, Enrollment.status, func.count())
        .where(Enrollment.cohort_id.in_(ids))
        .group_by(Enrollment.cohort_id, Enrollment.status)
    )
    for cohort_id, status, n in rows:
        out.setdefault(cohort_id, {})[status] = n
    return out


def cohort_data(session: Session, cohort: Cohort) -> CohortData:
    course = session.get(Course, cohort.course_id)
    assert course is not None
    n = counts(session, [cohort.id]).get(cohort.id, {})
    return CohortData(
        id=cohort.id,
        code=cohort.code,
        course=course_data(course),
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        days=cohort_days(cohort.start_date, cohort.end_date),
        venue=cohort.venue,
        funding_source=cohort.funding_source,
        programme=cohort.programme,
        capacity=cohort.capacity,
        status=CohortStatus(cohort.status),
        instructors=instructor_refs(session, cohort.id),
        enrolled_count=n.get(EnrollmentStatus.ENROLLED, 0),
        waitlist_count=n.get(EnrollmentStatus.WAITLIST, 0),
        notes=cohort.notes,
        closed_at=cohort.closed_at,
    )


def trainee_rows(
    session: Session, cohort_id: int, statuses: Iterable[EnrollmentStatus] | None = None
) -> list[TraineeRow]:
    """The cohort's enrolments by name (waiting list by position), with their person."""
    stmt = (
        select(Enrollment, Person)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.cohort_id == cohort_id)
    )
    if statuses is not None:
        stmt = stmt.where(Enrollment.status.in_([s.value for s in statuses]))
    rows = session.execute(stmt).all()
    region_ids = {i for _, p in rows for i in (p.kecamatan_id, p.kelurahan_id) if i}
    names = (
        dict(session.execute(select(Region.id, Region.name).where(Region.id.in_(region_ids))).all())
        if region_ids
        else {}
    )
    out = [
        TraineeRow(
            enrollment_id=e.id,
            person_id=p.id,
            full_name=p.full_name,
            gender=p.gender,
            birth_date=p.birth_date,
            kecamatan=names.get(p.kecamatan_id or 0, ""),
            kelurahan=names.get(p.kelurahan_id or 0, ""),
            phone=p.phone,
            status=EnrollmentStatus(e.status),
            waitlist_position=e.waitlist_position,
            has_photo=bool(e.practical_photo),
            is_artisan=p.is_artisan,
        )
        for e, p in rows
    ]
    order = {
        EnrollmentStatus.ENROLLED: 0,
        EnrollmentStatus.WAITLIST: 1,
        EnrollmentStatus.WITHDRAWN: 2,
    }
    out.sort(
        key=lambda r: (
            order[r.status],
            r.waitlist_position or 0,
            r.full_name.lower(),
            r.enrollment_id,
        )
    )
    return out


def enrolled(session: Session, cohort_id: int) -> list[Enrollment]:
    return list(
        session.scalars(
            select(Enrollment).where(
                Enrollment.cohort_id == cohort_id,
                Enrollment.status == EnrollmentStatus.ENROLLED.value,
            )
        )
    )


def competencies(session: Session, course_id: int) -> list[Competency]:
    return list(
        session.scalars(
            select(Competency)
            .where(Competency.course_id == course_id)
            .order_by(Competency.position)
        )
    )


def rule_json(rule: str, params: dict[str, str]) -> str:
    """How a result's rule is stored: the English template and its parameters."""
    return json.dumps({"rule": rule, "params": params}, ensure_ascii=False, sort_keys=True)


def rule_from_json(text: str) -> tuple[str, dict[str, str]]:
    if not text:
        return "", {}
    try:
        data = json.loads(text)
    except ValueError:
        return text, {}
    return str(data.get("rule", "")), {k: str(v) for k, v in data.get("params", {}).items()}


def to_decimal(value: object) -> Decimal | None:
    """A number from a form (``72,5`` or ``72.5``), or None when it is not one."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    text = str(value).strip().replace(",", ".")
    try:
        d = Decimal(text)
    except ArithmeticError:
        return None
    return d if d.is_finite() else None
