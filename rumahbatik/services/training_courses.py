"""Training courses and their competency units (with weights, pass mark and attendance rule)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.validation import invalid
from rumahbatik.models import Competency, CompetencyScore, Course
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.training_common import course_data, to_decimal
from rumahbatik.services.training_types import CompetencyInput, CourseData, CourseInput

F_CODE = QT_TRANSLATE_NOOP("Training", "Course code")
F_NAME = QT_TRANSLATE_NOOP("Training", "Course name")
F_DAYS = QT_TRANSLATE_NOOP("Training", "Number of days")
F_PASS_MARK = QT_TRANSLATE_NOOP("Training", "Pass mark")
F_ATTENDANCE = QT_TRANSLATE_NOOP("Training", "Attendance required (%)")
F_UNIT = QT_TRANSLATE_NOOP("Training", "Competency unit")
F_WEIGHT = QT_TRANSLATE_NOOP("Training", "Weight")

DEFAULT_COURSE = CourseInput(
    code="PBD",
    name="Pelatihan Batik Dasar",
    description="Pelatihan dasar membatik tulis selama 5 hari: dari menggambar pola sampai "
    "finishing.",
    days=5,
    pass_mark=Decimal(70),
    attendance_required=Decimal(80),
    competencies=tuple(
        CompetencyInput(name, Decimal(w))
        for name, w in (
            ("Menggambar pola", 1),
            ("Mencanting/nglowong", 2),
            ("Nembok", 1),
            ("Pewarnaan", 2),
            ("Pelorodan", 1),
            ("Finishing", 1),
        )
    ),
)


def _percent(value: object, field: str) -> Decimal:
    d = to_decimal(value)
    if d is None:
        raise invalid(field, "number")
    if not Decimal(0) <= d <= Decimal(100):
        raise invalid(field, "range", min=0, max=100)
    return d.quantize(Decimal("0.01"))


def _clean(inp: CourseInput) -> dict[str, Any]:
    code = (inp.code or "").strip().upper()
    if not code:
        raise ValidationError("required", field=F_CODE)
    if not re.fullmatch(r"[A-Z0-9]{1,10}", code):
        raise (
            invalid(F_CODE, "too_long", max=10)
            if len(code) > 10
            else invalid(F_CODE, "choice", choices="A-Z, 0-9")
        )
    name = " ".join((inp.name or "").split())
    if not name:
        raise ValidationError("required", field=F_NAME)
    if len(name) > 120:
        raise invalid(F_NAME, "too_long", max=120)
    try:
        days = int(inp.days)
    except (TypeError, ValueError) as exc:
        raise invalid(F_DAYS, "integer") from exc
    if not 1 <= days <= 60:
        raise invalid(F_DAYS, "range", min=1, max=60)
    units: list[tuple[int | None, str, Decimal]] = []
    seen: set[str] = set()
    for unit in inp.competencies:
        unit_name = " ".join((unit.name or "").split())
        if not unit_name:
            raise ValidationError("required", field=F_UNIT)
        if len(unit_name) > 80:
            raise invalid(F_UNIT, "too_long", max=80)
        if unit_name.lower() in seen:
            raise ValidationError("unit_duplicate", name=unit_name)
        seen.add(unit_name.lower())
        weight = to_decimal(unit.weight)
        if weight is None:
            raise invalid(f"{F_WEIGHT} ({unit_name})", "number")
        if not Decimal(0) < weight <= Decimal(100):
            raise invalid(f"{F_WEIGHT} ({unit_name})", "range", min="0,01", max=100)
        units.append((unit.id, unit_name, weight.quantize(Decimal("0.01"))))
    if not units:
        raise ValidationError("course_no_units")
    return {
        "code": code,
        "name": name,
        "description": (inp.description or "").strip(),
        "days": days,
        "pass_mark": _percent(inp.pass_mark, F_PASS_MARK),
        "attendance_required": _percent(inp.attendance_required, F_ATTENDANCE),
        "active": bool(inp.active),
        "units": units,
    }


def _view(course: Course) -> dict[str, Any]:
    return {
        "code": course.code,
        "name": course.name,
        "days": course.days,
        "pass_mark": course.pass_mark,
        "attendance_required": course.attendance_required,
        "active": course.active,
        "units": "; ".join(f"{c.name} ×{c.weight}" for c in course.competencies),
    }


def save_course(session: Session, actor: Actor, course_id: int | None, inp: CourseInput) -> Course:
    """Create or update a course inside the caller's transaction (validated, audited)."""
    actor.require(Permission.MANAGE_ALL_COHORTS)
    values = _clean(inp)
    course = session.get(Course, course_id) if course_id is not None else None
    if course_id is not None and course is None:
        raise NotFound("not_found", what=f"course #{course_id}")
    clash = session.scalar(
        select(Course.id).where(Course.code == values["code"], Course.id != (course_id or 0))
    )
    if clash is not None:
        raise Conflict("course_code_taken", course_code=values["code"])
    old = _view(course) if course is not None else {}
    if course is None:
        course = Course()
        session.add(course)
    units = values.pop("units")
    for key, value in values.items():
        setattr(course, key, value)
    keep = {uid for uid, _, _ in units if uid is not None}
    current = {c.id: c for c in course.competencies}
    for cid, comp in current.items():
        if cid not in keep:
            used = session.scalar(select(exists().where(CompetencyScore.competency_id == cid)))
            if used:
                raise Conflict("unit_in_use", name=comp.name)
            course.competencies.remove(comp)
    session.flush()  # removed names free before renamed/added ones take them
    for position, (uid, name, weight) in enumerate(units):
        comp = current.get(uid) if uid is not None else None
        if uid is not None and comp is None:
            raise NotFound("not_found", what=f"competency unit #{uid}")
        if comp is None:
            comp = Competency(name=name, weight=weight, position=position)
            course.competencies.append(comp)
        else:
            comp.name, comp.weight, comp.position = name, weight, position
    session.flush()
    session.refresh(course)
    audit.record(
        session,
        actor,
        "update" if old else "create",
        "course",
        course.id,
        old=old,
        new=_view(course),
        summary=f"{course.code} {course.name}",
    )
    return course


def create_course(db: Database, actor: Actor, inp: CourseInput) -> CourseData:
    """A new course with its competency units (needs MANAGE_ALL_COHORTS)."""
    with db.transaction() as session:
        return course_data(save_course(session, actor, None, inp))


def update_course(db: Database, actor: Actor, course_id: int, inp: CourseInput) -> CourseData:
    """Change a course; units with an ``id`` are kept (renamed/reweighted), others added;
    a unit left out is removed unless it already has scores."""
    with db.transaction() as session:
        return course_data(save_course(session, actor, course_id, inp))


def list_courses(db: Database, actor: Actor, *, include_inactive: bool = False) -> list[CourseData]:
    """Every course by name (every role that may view training)."""
    actor.require(Permission.VIEW_TRAINING)
    stmt = select(Course).order_by(Course.name, Course.id)
    if not include_inactive:
        stmt = stmt.where(Course.active.is_(True))
    with db.read() as session:
        return [course_data(c) for c in session.scalars(stmt)]


def get_course(db: Database, actor: Actor, course_id: int) -> CourseData:
    actor.require(Permission.VIEW_TRAINING)
    with db.read() as session:
        course = session.get(Course, course_id)
        if course is None:
            raise NotFound("not_found", what=f"course #{course_id}")
        return course_data(course)


def ensure_default_course_in(session: Session, actor: Actor) -> Course:
    existing = session.scalar(select(Course).where(Course.code == DEFAULT_COURSE.code))
    return existing if existing is not None else save_course(session, actor, None, DEFAULT_COURSE)


def ensure_default_course(db: Database, actor: Actor) -> CourseData:
    """ "Pelatihan Batik Dasar" (PBD: 5 days, six units, pass mark 70, attendance 80%),
    created if missing; the existing course is returned unchanged."""
    with db.transaction() as session:
        return course_data(ensure_default_course_in(session, actor))
