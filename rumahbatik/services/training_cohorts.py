"""Cohorts (angkatan): planning, instructors, status, enrolment with a waiting list, lists.

Managers (``MANAGE_ALL_COHORTS``) create and change cohorts; instructors start, enrol and
withdraw in the cohorts they teach (see :mod:`rumahbatik.services.training_common`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.formatting import format_date, like_pattern
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.roles import Permission, Role
from rumahbatik.domain.training import CohortStatus, EnrollmentStatus
from rumahbatik.domain.validation import invalid
from rumahbatik.models import Cohort, CohortInstructor, Course, Enrollment, Person, User
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.people import PersonInput, check_person
from rumahbatik.services.training_common import (
    MAX_COHORT_DAYS,
    cohort_data,
    counts,
    load_cohort,
    load_enrollment,
    require_open,
    scope,
    trainee_rows,
)
from rumahbatik.services.training_types import (
    CohortData,
    CohortFilter,
    CohortInput,
    CohortRow,
    EnrolResult,
    TraineeRow,
)

log = logging.getLogger(__name__)

F_CODE = QT_TRANSLATE_NOOP("Training", "Cohort code")
F_CAPACITY = QT_TRANSLATE_NOOP("Training", "Capacity")
F_COURSE = QT_TRANSLATE_NOOP("Training", "Course")
F_START = QT_TRANSLATE_NOOP("Training", "Start date")
F_END = QT_TRANSLATE_NOOP("Training", "End date")


# ---------------------------------------------------------------- cohorts


def next_cohort_code(session: Session, course_code: str, year: int) -> str:
    """``PBD-2022-01``: the course code, the year and the next free two-digit sequence."""
    prefix = f"{course_code}-{year}-"
    codes = session.scalars(select(Cohort.code).where(Cohort.code.like(f"{prefix}%")))
    used = [int(c[len(prefix) :]) for c in codes if c[len(prefix) :].isdigit()]
    return f"{prefix}{max(used, default=0) + 1:02d}"


def suggest_cohort_code(db: Database, actor: Actor, course_code: str, year: int) -> str:
    """The code a new cohort of this course and year would get if left empty."""
    actor.require(Permission.VIEW_TRAINING)
    with db.read() as session:
        return next_cohort_code(session, course_code, year)


def _text(value: str, field: str, limit: int) -> str:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise invalid(field, "too_long", max=limit)
    return text


def _clean(session: Session, inp: CohortInput, own_id: int | None) -> dict[str, Any]:
    course = session.get(Course, inp.course_id)
    if course is None:
        raise NotFound("not_found", what=f"course #{inp.course_id}")
    if inp.start_date is None:
        raise ValidationError("required", field=F_START)
    if inp.end_date is None:
        raise ValidationError("required", field=F_END)
    if inp.end_date < inp.start_date:
        raise ValidationError(
            "cohort_dates", start=format_date(inp.start_date), end=format_date(inp.end_date)
        )
    days = (inp.end_date - inp.start_date).days + 1
    if days > MAX_COHORT_DAYS:
        raise ValidationError(
            "cohort_too_long",
            max=MAX_COHORT_DAYS,
            start=format_date(inp.start_date),
            end=format_date(inp.end_date),
            days=days,
        )
    try:
        capacity = int(inp.capacity)
    except (TypeError, ValueError) as exc:
        raise invalid(F_CAPACITY, "integer") from exc
    if not 1 <= capacity <= 500:
        raise invalid(F_CAPACITY, "range", min=1, max=500)
    code = (inp.code or "").strip().upper()
    if code:
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9._/-]{0,19}", code):
            raise invalid(F_CODE, "choice", choices="A-Z, 0-9, . _ / - (max 20)")
    else:
        code = next_cohort_code(session, course.code, inp.start_date.year)
    clash = session.scalar(select(Cohort.id).where(Cohort.code == code, Cohort.id != (own_id or 0)))
    if clash is not None:
        raise Conflict("cohort_code_taken", cohort_code=code)
    instructor_ids = list(dict.fromkeys(inp.instructor_ids))
    for uid in instructor_ids:
        user = session.get(User, uid)
        if user is None or not user.active or user.role != Role.INSTRUCTOR.value:
            raise ValidationError("not_an_instructor", name=user.full_name if user else f"#{uid}")
    return {
        "course_id": course.id,
        "code": code,
        "start_date": inp.start_date,
        "end_date": inp.end_date,
        "venue": _text(inp.venue, QT_TRANSLATE_NOOP("Training", "Venue"), 200),
        "funding_source": _text(
            inp.funding_source, QT_TRANSLATE_NOOP("Training", "Funding source"), 120
        ),
        "programme": _text(inp.programme, QT_TRANSLATE_NOOP("Training", "Programme"), 200),
        "capacity": capacity,
        "notes": (inp.notes or "").strip(),
        "instructor_ids": instructor_ids,
    }


def _view(c: Cohort) -> dict[str, Any]:
    return {
        "code": c.code,
        "course_id": c.course_id,
        "start_date": c.start_date,
        "end_date": c.end_date,
        "venue": c.venue,
        "funding_source": c.funding_source,
        "programme": c.programme,
        "capacity": c.capacity,
        "status": c.status,
        "notes": c.notes,
        "instructors": ",".join(
            str(i.user_id) for i in sorted(c.instructors, key=lambda i: i.user_id)
        ),
    }


def save_cohort(session: Session, actor: Actor, cohort_id: int | None, inp: CohortInput) -> Cohort:
    """Create or change a cohort inside the caller's transaction (validated, audited)."""
    actor.require(Permission.MANAGE_ALL_COHORTS)
    cohort = load_cohort(session, actor, cohort_id, edit=True) if cohort_id is not None else None
    values = _clean(session, inp, cohort_id)
    instructor_ids = values.pop("instructor_ids")
    old = _view(cohort) if cohort is not None else {}
    if cohort is not None:
        if cohort.status == CohortStatus.FINISHED and (
            values["start_date"] != cohort.start_date or values["end_date"] != cohort.end_date
        ):
            raise ValidationError("cohort_finished", cohort_code=cohort.code)
        n = counts(session, [cohort.id]).get(cohort.id, {}).get(EnrollmentStatus.ENROLLED, 0)
        if n > values["capacity"]:
            raise ValidationError("cohort_has_trainees", count=n, capacity=values["capacity"])
    else:
        cohort = Cohort(status=CohortStatus.PLANNED.value)
        session.add(cohort)
    for key, value in values.items():
        setattr(cohort, key, value)
    current = {i.user_id: i for i in cohort.instructors}
    for uid, link in current.items():
        if uid not in instructor_ids:
            cohort.instructors.remove(link)
    for uid in instructor_ids:
        if uid not in current:
            cohort.instructors.append(CohortInstructor(user_id=uid))
    session.flush()
    if old:
        _promote_waitlist(session, actor, cohort)
    audit.record(
        session, actor, "update" if old else "create", "cohort", cohort.id,
        old=old, new=_view(cohort), summary=cohort.code,
    )  # fmt: skip
    return cohort


def create_cohort(db: Database, actor: Actor, inp: CohortInput) -> CohortData:
    """A planned cohort; an empty code becomes ``<course>-<year>-<nn>``."""
    with db.transaction() as session:
        return cohort_data(session, save_cohort(session, actor, None, inp))


def update_cohort(db: Database, actor: Actor, cohort_id: int, inp: CohortInput) -> CohortData:
    """Change a cohort; a raised capacity moves people up from the waiting list."""
    with db.transaction() as session:
        return cohort_data(session, save_cohort(session, actor, cohort_id, inp))


_NEXT = {CohortStatus.PLANNED: CohortStatus.RUNNING}


def start_cohort_in(session: Session, actor: Actor, cohort: Cohort) -> None:
    old = cohort.status
    if CohortStatus(old) != CohortStatus.PLANNED:
        raise ValidationError("cohort_status_change", old=old, new=CohortStatus.RUNNING.value)
    cohort.status = CohortStatus.RUNNING.value
    audit.record(
        session, actor, "update", "cohort", cohort.id,
        old={"status": old}, new={"status": cohort.status}, summary=f"{cohort.code} started",
    )  # fmt: skip


def set_cohort_status(
    db: Database, actor: Actor, cohort_id: int, status: CohortStatus | str
) -> CohortData:
    """planned → running (finished only through ``close_cohort``, which computes results)."""
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        try:
            wanted = CohortStatus(status)
        except ValueError as exc:
            raise ValidationError(
                "cohort_status_change", old=cohort.status, new=str(status)
            ) from exc
        if wanted != _NEXT.get(CohortStatus(cohort.status)):
            raise ValidationError("cohort_status_change", old=cohort.status, new=wanted.value)
        start_cohort_in(session, actor, cohort)
        return cohort_data(session, cohort)


def list_cohorts(db: Database, actor: Actor, flt: CohortFilter | None = None) -> list[CohortRow]:
    """The cohorts ``actor`` may see, newest first (an instructor: only their own)."""
    actor.require(Permission.VIEW_TRAINING)
    flt = flt or CohortFilter()
    stmt = select(Cohort, Course).join(Course, Course.id == Cohort.course_id)
    stmt = scope(stmt, actor)
    if flt.status:
        stmt = stmt.where(Cohort.status == CohortStatus(flt.status).value)
    if flt.course_id is not None:
        stmt = stmt.where(Cohort.course_id == flt.course_id)
    if flt.year is not None:
        stmt = stmt.where(extract("year", Cohort.start_date) == flt.year)
    if flt.text.strip():
        like = like_pattern(flt.text)
        stmt = stmt.where(
            or_(
                *(
                    col.ilike(like, escape="\\")
                    for col in (Cohort.code, Cohort.venue, Cohort.programme, Cohort.funding_source)
                )
            )
        )
    stmt = stmt.order_by(Cohort.start_date.desc(), Cohort.code.desc())
    with db.read() as session:
        pairs = session.execute(stmt).all()
        ids = [c.id for c, _ in pairs]
        n = counts(session, ids)
        names: dict[int, list[str]] = {}
        if ids:
            for cid, full_name, username in session.execute(
                select(CohortInstructor.cohort_id, User.full_name, User.username)
                .join(User, User.id == CohortInstructor.user_id)
                .where(CohortInstructor.cohort_id.in_(ids))
                .order_by(User.full_name)
            ):
                names.setdefault(cid, []).append(full_name or username)
        return [
            CohortRow(
                id=c.id,
                code=c.code,
                course_code=course.code,
                course_name=course.name,
                start_date=c.start_date,
                end_date=c.end_date,
                venue=c.venue,
                status=CohortStatus(c.status),
                capacity=c.capacity,
                enrolled_count=n.get(c.id, {}).get(EnrollmentStatus.ENROLLED, 0),
                waitlist_count=n.get(c.id, {}).get(EnrollmentStatus.WAITLIST, 0),
                instructor_names=names.get(c.id, []),
                funding_source=c.funding_source,
                programme=c.programme,
            )
            for c, course in pairs
        ]


def cohort_detail(db: Database, actor: Actor, cohort_id: int) -> CohortData:
    """One cohort with its course, days, instructors and counts."""
    with db.read() as session:
        return cohort_data(session, load_cohort(session, actor, cohort_id))


def cohort_id_by_code(db: Database, actor: Actor, code: str) -> int:
    from rumahbatik.services.training_common import cohort_by_code

    with db.read() as session:
        return cohort_by_code(session, actor, code).id


def instructors(db: Database, actor: Actor) -> list[tuple[int, str, str]]:
    """``(user_id, username, full_name)`` of the active instructors, for the cohort form."""
    actor.require(Permission.VIEW_TRAINING)
    with db.read() as session:
        return [
            (r[0], r[1], r[2])
            for r in session.execute(
                select(User.id, User.username, User.full_name)
                .where(User.role == Role.INSTRUCTOR.value, User.active.is_(True))
                .order_by(User.full_name)
            )
        ]


# ---------------------------------------------------------------- enrolment


def trainees(
    db: Database, actor: Actor, cohort_id: int, *, include_all: bool = True
) -> list[TraineeRow]:
    """Enrolled trainees by name, then the waiting list by position, then the withdrawn."""
    with db.read() as session:
        load_cohort(session, actor, cohort_id)
        statuses = None if include_all else [EnrollmentStatus.ENROLLED]
        return trainee_rows(session, cohort_id, statuses)


def _enrolled_count(session: Session, cohort_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Enrollment.cohort_id == cohort_id,
                Enrollment.status == EnrollmentStatus.ENROLLED.value,
            )
        )
        or 0
    )


def _last_position(session: Session, cohort_id: int) -> int:
    return (
        session.scalar(
            select(func.max(Enrollment.waitlist_position)).where(
                Enrollment.cohort_id == cohort_id,
                Enrollment.status == EnrollmentStatus.WAITLIST.value,
            )
        )
        or 0
    )


def enrol_in(session: Session, actor: Actor, cohort: Cohort, person: Person) -> EnrolResult:
    """Enrol ``person`` (the waiting list when the cohort is full), in the caller's transaction."""
    existing = session.scalar(
        select(Enrollment).where(
            Enrollment.cohort_id == cohort.id, Enrollment.person_id == person.id
        )
    )
    if existing is not None and existing.status != EnrollmentStatus.WITHDRAWN.value:
        raise Conflict("already_enrolled", name=person.full_name, cohort_code=cohort.code)
    room = _enrolled_count(session, cohort.id) < cohort.capacity
    position = None if room else _last_position(session, cohort.id) + 1
    e = existing or Enrollment(cohort_id=cohort.id, person_id=person.id)
    e.status = (EnrollmentStatus.ENROLLED if room else EnrollmentStatus.WAITLIST).value
    e.waitlist_position = position
    if existing is None:
        session.add(e)
    session.flush()
    audit.record(
        session, actor, "enrol", "enrollment", e.id,
        new={"cohort": cohort.code, "person_id": person.id, "status": e.status,
             "waitlist_position": e.waitlist_position},
        summary=f"{cohort.code}: {person.full_name}",
    )  # fmt: skip
    return EnrolResult(
        e.id, person.id, person.full_name, EnrollmentStatus(e.status), e.waitlist_position
    )


def new_person_in(session: Session, actor: Actor, inp: PersonInput) -> Person:
    """A new person (not yet an artisan or customer), validated like the people screens do."""
    values, errors = check_person(session, inp)
    if errors:
        raise errors[0]
    person = Person(**values)
    session.add(person)
    session.flush()
    audit.record(
        session, actor, "create", "person", person.id,
        new={k: v for k, v in values.items() if k != "name_key"},
        summary=f"trainee {person.full_name}",
    )  # fmt: skip
    return person


def enrol(
    db: Database,
    actor: Actor,
    cohort_id: int,
    person_ids: Sequence[int] = (),
    new_people: Sequence[PersonInput] = (),
) -> list[EnrolResult]:
    """Enrol existing people and/or new people (created here), all in one transaction.

    Beyond the capacity, people go on the waiting list in the order given.
    """
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        require_open(cohort)
        results: list[EnrolResult] = []
        for pid in person_ids:
            person = session.get(Person, pid)
            if person is None:
                raise NotFound("not_found", what=f"person #{pid}")
            results.append(enrol_in(session, actor, cohort, person))
        for inp in new_people:
            results.append(enrol_in(session, actor, cohort, new_person_in(session, actor, inp)))
        return results


def _renumber_waitlist(session: Session, cohort_id: int) -> None:
    waiting = session.scalars(
        select(Enrollment)
        .where(
            Enrollment.cohort_id == cohort_id, Enrollment.status == EnrollmentStatus.WAITLIST.value
        )
        .order_by(Enrollment.waitlist_position, Enrollment.id)
    )
    for i, e in enumerate(waiting, start=1):
        e.waitlist_position = i


def _promote_waitlist(session: Session, actor: Actor, cohort: Cohort) -> list[int]:
    """Move people up from the waiting list while there is room; returns their enrolment ids."""
    moved: list[int] = []
    free = cohort.capacity - _enrolled_count(session, cohort.id)
    if free <= 0:
        return moved
    waiting = list(
        session.scalars(
            select(Enrollment)
            .where(
                Enrollment.cohort_id == cohort.id,
                Enrollment.status == EnrollmentStatus.WAITLIST.value,
            )
            .order_by(Enrollment.waitlist_position, Enrollment.id)
            .limit(free)
        )
    )
    for e in waiting:
        old = {"status": e.status, "waitlist_position": e.waitlist_position}
        e.status, e.waitlist_position = EnrollmentStatus.ENROLLED.value, None
        moved.append(e.id)
        audit.record(
            session, actor, "update", "enrollment", e.id, old=old,
            new={"status": e.status, "waitlist_position": None},
            summary=f"{cohort.code}: moved up from the waiting list",
        )  # fmt: skip
    session.flush()
    _renumber_waitlist(session, cohort.id)
    return moved


def withdraw(db: Database, actor: Actor, enrollment_id: int, reason: str = "") -> list[int]:
    """Withdraw a trainee (or take them off the waiting list).

    The first on the waiting list moves up into the freed place; returns the enrolment ids
    that moved up.
    """
    with db.transaction() as session:
        e = load_enrollment(session, actor, enrollment_id, edit=True)
        cohort = session.get(Cohort, e.cohort_id)
        assert cohort is not None
        require_open(cohort)
        if e.status == EnrollmentStatus.WITHDRAWN.value:
            return []
        old = {"status": e.status, "waitlist_position": e.waitlist_position}
        e.status, e.waitlist_position = EnrollmentStatus.WITHDRAWN.value, None
        if reason.strip():
            e.notes = (e.notes + "\n" if e.notes else "") + reason.strip()
        session.flush()
        audit.record(
            session, actor, "withdraw", "enrollment", e.id, old=old,
            new={"status": e.status, "reason": reason.strip()}, summary=cohort.code,
        )  # fmt: skip
        _renumber_waitlist(session, cohort.id)
        return _promote_waitlist(session, actor, cohort)


def today() -> date:
    """Today's date (a function so tests can move it)."""
    return date.today()
