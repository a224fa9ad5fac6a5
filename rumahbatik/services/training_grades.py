"""Daily work in a cohort: attendance, scores, practical photos, progress, graduation.

The rules themselves are in :mod:`rumahbatik.domain.grading`; every change to marks, scores
and results leaves an audit row with old and new values.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import grading
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_date
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.training import (
    RESULT_LABELS,
    CertificateKind,
    CohortStatus,
    EnrollmentStatus,
    Mark,
    Result,
)
from rumahbatik.models import (
    Attendance,
    Certificate,
    Cohort,
    CompetencyScore,
    Course,
    Enrollment,
    Person,
)
from rumahbatik.services import audit, media
from rumahbatik.services.context import Actor
from rumahbatik.services.people import (
    ArtisanInput,
    PersonData,
    _apply_artisan,
    _audit_view,
    _data,
    check_artisan,
)
from rumahbatik.services.settings import get_settings
from rumahbatik.services.training_cohorts import start_cohort_in, today
from rumahbatik.services.training_common import (
    cohort_data,
    cohort_days,
    competencies,
    enrolled,
    load_cohort,
    load_enrollment,
    require_open,
    rule_from_json,
    rule_json,
    to_decimal,
    trainee_rows,
    units,
)
from rumahbatik.services.training_types import (
    AttendanceGrid,
    CohortProgress,
    Progress,
    ScoreCell,
    ScoreGrid,
)

log = logging.getLogger(__name__)

MEDIA_AREA = "training"
ScoreValue = ScoreCell | Decimal | int | str | None


def _names(session: Session, enrollment_ids: Sequence[int]) -> dict[int, str]:
    if not enrollment_ids:
        return {}
    return dict(
        session.execute(
            select(Enrollment.id, Person.full_name)
            .join(Person, Person.id == Enrollment.person_id)
            .where(Enrollment.id.in_(list(enrollment_ids)))
        ).all()
    )


def _check_enrolled(session: Session, cohort: Cohort, ids: set[int]) -> dict[int, str]:
    rows = {e.id: e for e in enrolled(session, cohort.id)}
    names = _names(session, list(ids))
    for eid in ids:
        if eid not in rows:
            raise ValidationError("not_enrolled", name=names.get(eid, f"#{eid}"))
    return names


# ---------------------------------------------------------------- attendance


def record_attendance_in(
    session: Session,
    actor: Actor,
    cohort: Cohort,
    marks: Mapping[tuple[int, date], Mark | str | None],
    *,
    on: date | None = None,
) -> int:
    """Write marks (None clears one) in the caller's transaction; returns how many changed."""
    require_open(cohort)
    days = set(cohort_days(cohort.start_date, cohort.end_date))
    now_day = on or today()
    cleaned: dict[tuple[int, date], Mark | None] = {}
    for (eid, day), mark in marks.items():
        if day not in days:
            raise ValidationError(
                "day_outside_cohort",
                day=format_date(day),
                start=format_date(cohort.start_date),
                end=format_date(cohort.end_date),
            )
        if day > now_day:
            raise ValidationError("day_in_future", day=format_date(day))
        if mark is None or mark == "":
            cleaned[(eid, day)] = None
            continue
        try:
            cleaned[(eid, day)] = Mark(mark)
        except ValueError as exc:
            raise ValidationError("mark_invalid", value=str(mark)) from exc
    names = _check_enrolled(session, cohort, {eid for eid, _ in cleaned})
    if cohort.status == CohortStatus.PLANNED and cleaned:
        start_cohort_in(session, actor, cohort)
    existing = {
        (a.enrollment_id, a.day): a
        for a in session.scalars(
            select(Attendance).where(Attendance.enrollment_id.in_({eid for eid, _ in cleaned}))
        )
    }
    old: dict[str, str | None] = {}
    new: dict[str, str | None] = {}
    for (eid, day), mark in cleaned.items():
        row = existing.get((eid, day))
        before = row.status if row is not None else None
        after = mark.value if mark is not None else None
        if before == after:
            continue
        label = f"{names.get(eid, eid)} {format_date(day)}"
        old[label], new[label] = before, after
        if mark is None:
            session.delete(row)
        elif row is None:
            session.add(
                Attendance(enrollment_id=eid, day=day, status=after, updated_by=actor.username)
            )
        else:
            row.status, row.updated_by = after, actor.username  # type: ignore[assignment]
    if new:
        audit.record(
            session, actor, "attendance", "cohort", cohort.id, old=old, new=new,
            summary=f"{cohort.code}: {len(new)} mark(s)",
        )  # fmt: skip
    return len(new)


def record_attendance(
    db: Database,
    actor: Actor,
    cohort_id: int,
    marks: Mapping[tuple[int, date], Mark | str | None],
) -> int:
    """Set attendance cells ``{(enrollment_id, day): Mark}`` (None clears a cell).

    Days must be training days of the cohort and not in the future; a planned cohort starts
    running with its first mark. Returns the number of cells changed.
    """
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        return record_attendance_in(session, actor, cohort, marks)


def mark_all_present(db: Database, actor: Actor, cohort_id: int, day: date) -> int:
    """Mark every enrolled trainee without a mark on ``day`` present (others are kept)."""
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        ids = [e.id for e in enrolled(session, cohort.id)]
        taken = (
            set(
                session.scalars(
                    select(Attendance.enrollment_id).where(
                        Attendance.enrollment_id.in_(ids), Attendance.day == day
                    )
                )
            )
            if ids
            else set()
        )
        marks = {(eid, day): Mark.PRESENT for eid in ids if eid not in taken}
        return record_attendance_in(session, actor, cohort, marks)


def _marks(session: Session, ids: Sequence[int]) -> dict[tuple[int, date], Mark]:
    if not ids:
        return {}
    return {
        (a.enrollment_id, a.day): Mark(a.status)
        for a in session.scalars(select(Attendance).where(Attendance.enrollment_id.in_(list(ids))))
    }


def attendance_grid(db: Database, actor: Actor, cohort_id: int) -> AttendanceGrid:
    """Enrolled trainees × training days with the marks taken so far."""
    with db.read() as session:
        cohort = load_cohort(session, actor, cohort_id)
        rows = trainee_rows(session, cohort.id, [EnrollmentStatus.ENROLLED])
        return AttendanceGrid(
            cohort.id,
            cohort_days(cohort.start_date, cohort.end_date),
            rows,
            _marks(session, [r.enrollment_id for r in rows]),
        )


# ---------------------------------------------------------------- scores


def _clean_score(value: ScoreValue, name: str, competency: str) -> ScoreCell | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    cell = value if isinstance(value, ScoreCell) else ScoreCell(value)  # type: ignore[arg-type]
    d = to_decimal(cell.value)
    if d is None or not grading.check_score(d):
        raise ValidationError(
            "score_invalid", value=str(cell.value), name=name, competency=competency
        )
    return ScoreCell(d.quantize(grading.TWO_PLACES), (cell.note or "").strip())


def record_scores_in(
    session: Session,
    actor: Actor,
    cohort: Cohort,
    scores: Mapping[tuple[int, int], ScoreValue],
) -> int:
    require_open(cohort)
    comps = {c.id: c.name for c in competencies(session, cohort.course_id)}
    names = _check_enrolled(session, cohort, {eid for eid, _ in scores})
    cleaned: dict[tuple[int, int], ScoreCell | None] = {}
    for (eid, cid), value in scores.items():
        if cid not in comps:
            raise NotFound("not_found", what=f"competency unit #{cid}")
        cleaned[(eid, cid)] = _clean_score(value, names.get(eid, str(eid)), comps[cid])
    existing = {
        (s.enrollment_id, s.competency_id): s
        for s in session.scalars(
            select(CompetencyScore).where(
                CompetencyScore.enrollment_id.in_({eid for eid, _ in cleaned})
            )
        )
    }
    old: dict[str, str | None] = {}
    new: dict[str, str | None] = {}
    for (eid, cid), cell in cleaned.items():
        row = existing.get((eid, cid))
        before = (str(row.value), row.note) if row is not None else None
        after = (str(cell.value), cell.note) if cell is not None else None
        if before == after:
            continue
        label = f"{names.get(eid, eid)} · {comps[cid]}"
        old[label] = f"{before[0]} {before[1]}".strip() if before else None
        new[label] = f"{after[0]} {after[1]}".strip() if after else None
        if cell is None:
            session.delete(row)
        elif row is None:
            session.add(
                CompetencyScore(
                    enrollment_id=eid, competency_id=cid, value=cell.value, note=cell.note,
                    updated_by=actor.username,
                )
            )  # fmt: skip
        else:
            row.value, row.note, row.updated_by = cell.value, cell.note, actor.username
    if new:
        audit.record(
            session, actor, "scores", "cohort", cohort.id, old=old, new=new,
            summary=f"{cohort.code}: {len(new)} score(s)",
        )  # fmt: skip
    return len(new)


def record_scores(
    db: Database,
    actor: Actor,
    cohort_id: int,
    scores: Mapping[tuple[int, int], ScoreValue],
) -> int:
    """Set scores ``{(enrollment_id, competency_id): value}``: a Decimal/int/"72,5" or a
    :class:`ScoreCell` with a note; None or "" clears. 0–100, at most 2 decimals; every value
    is checked before any is written. Returns the number of cells changed."""
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        return record_scores_in(session, actor, cohort, scores)


def _score_map(session: Session, ids: Sequence[int]) -> dict[tuple[int, int], ScoreCell]:
    if not ids:
        return {}
    return {
        (s.enrollment_id, s.competency_id): ScoreCell(s.value, s.note)
        for s in session.scalars(
            select(CompetencyScore).where(CompetencyScore.enrollment_id.in_(list(ids)))
        )
    }


def score_grid(db: Database, actor: Actor, cohort_id: int) -> ScoreGrid:
    """Enrolled trainees × competency units with the scores (and notes) so far."""
    with db.read() as session:
        cohort = load_cohort(session, actor, cohort_id)
        course = session.get(Course, cohort.course_id)
        assert course is not None
        rows = trainee_rows(session, cohort.id, [EnrollmentStatus.ENROLLED])
        comps = cohort_data(session, cohort).course.competencies
        return ScoreGrid(
            cohort.id, comps, rows, _score_map(session, [r.enrollment_id for r in rows])
        )


def set_practical_photo(db: Database, actor: Actor, enrollment_id: int, data: bytes | None) -> str:
    """Store (or with None remove) a trainee's practical-work photo; returns its absolute path."""
    settings = get_settings(db)
    stored = (
        media.store_image(data, MEDIA_AREA, field="Photo", folder_setting=settings.media_folder)
        if data
        else None
    )
    with db.transaction() as session:
        e = load_enrollment(session, actor, enrollment_id, edit=True)
        old = e.practical_photo
        e.practical_photo = stored.file if stored else ""
        audit.record(
            session, actor, "update", "enrollment", e.id,
            old={"practical_photo": old}, new={"practical_photo": e.practical_photo},
            summary="practical photo",
        )  # fmt: skip
    return str(media.media_path(stored.file, settings.media_folder)) if stored else ""


def practical_photo_path(db: Database, actor: Actor, enrollment_id: int) -> str:
    """The absolute path of a trainee's practical-work photo, "" when there is none."""
    with db.read() as session:
        rel = load_enrollment(session, actor, enrollment_id).practical_photo
    return str(media.media_path(rel, get_settings(db).media_folder)) if rel else ""


# ---------------------------------------------------------------- progress and results


def _progress_rows(session: Session, cohort: Cohort, *, on: date | None = None) -> list[Progress]:
    course = session.get(Course, cohort.course_id)
    assert course is not None
    unit_list = units(course)
    days = cohort_days(cohort.start_date, cohort.end_date)
    rows = trainee_rows(session, cohort.id, [EnrollmentStatus.ENROLLED])
    ids = [r.enrollment_id for r in rows]
    marks = _marks(session, ids)
    score_cells = _score_map(session, ids)
    enrolments = {e.id: e for e in enrolled(session, cohort.id)}
    finished = cohort.status == CohortStatus.FINISHED
    taken_days = sorted({d for _, d in marks})
    out: list[Progress] = []
    for r in rows:
        e = enrolments[r.enrollment_id]
        scores = {cid: c.value for (eid, cid), c in score_cells.items() if eid == r.enrollment_id}
        attended = grading.attended_days(
            m for (eid, _), m in marks.items() if eid == r.enrollment_id
        )
        missing = [u.name for u in unit_list if u.id not in scores]
        final = grading.final_score(scores, {u.id: u.weight for u in unit_list})
        if finished and e.result is not None:
            rule, params = rule_from_json(e.result_rule)
            result: Result | None = Result(e.override_result or e.result)
            if e.override_result:
                rule = grading.RULE_OVERRIDDEN
                params = {
                    "user": e.override_by,
                    "reason": e.override_reason,
                    "rule_result": RESULT_LABELS[Result(e.result)],
                }
            out.append(
                Progress(
                    r.enrollment_id, r.full_name, e.attendance_pct or Decimal("0.00"), len(days),
                    scores, missing, e.final_score, result, rule, params, False,
                    bool(e.override_result), e.override_reason,
                )
            )  # fmt: skip
            continue
        counted = len(taken_days)
        risk = grading.at_risk(
            attended=attended,
            remaining_days=len(days) - counted,
            days=len(days),
            attendance_required=course.attendance_required,
            units=unit_list,
            scores=scores,
            pass_mark=course.pass_mark,
        )
        out.append(
            Progress(
                r.enrollment_id, r.full_name, grading.attendance_pct(attended, counted), counted,
                scores, missing, final, None, risk.rule or grading.RULE_UNDECIDED, risk.params,
                risk.at_risk,
            )
        )  # fmt: skip
    return out


def _average(values: list[Decimal]) -> Decimal | None:
    return grading.round2(sum(values, Decimal(0)) / len(values)) if values else None


def _cohort_progress(session: Session, cohort: Cohort) -> CohortProgress:
    rows = _progress_rows(session, cohort)
    data = cohort_data(session, cohort)
    avg_scores: dict[int, Decimal] = {}
    for comp in data.course.competencies:
        avg = _average([r.scores[comp.id] for r in rows if comp.id in r.scores])
        if avg is not None:
            avg_scores[comp.id] = avg
    return CohortProgress(
        cohort=data,
        rows=rows,
        average_attendance=_average([r.attendance_pct for r in rows if r.days_counted]),
        average_scores=avg_scores,
        average_final=_average([r.final_score for r in rows if r.final_score is not None]),
        passed=sum(1 for r in rows if r.result == Result.PASSED),
        failed=sum(1 for r in rows if r.result == Result.FAILED),
        undecided=sum(1 for r in rows if r.result is None),
    )


def cohort_progress(db: Database, actor: Actor, cohort_id: int) -> CohortProgress:
    """Each enrolled trainee's attendance, scores, final score and the rule that decides (or
    will decide) their result; averages; who is at risk before the last day."""
    with db.read() as session:
        return _cohort_progress(session, load_cohort(session, actor, cohort_id))


def trainee_progress(db: Database, actor: Actor, enrollment_id: int) -> Progress:
    with db.read() as session:
        e = load_enrollment(session, actor, enrollment_id)
        cohort = session.get(Cohort, e.cohort_id)
        assert cohort is not None
        for row in _progress_rows(session, cohort):
            if row.enrollment_id == enrollment_id:
                return row
        raise ValidationError(
            "not_enrolled", name=_names(session, [enrollment_id]).get(enrollment_id, "")
        )


def close_cohort_in(session: Session, actor: Actor, cohort: Cohort) -> None:
    if cohort.status != CohortStatus.RUNNING:
        raise ValidationError(
            "cohort_status_change", old=cohort.status, new=CohortStatus.FINISHED.value
        )
    course = session.get(Course, cohort.course_id)
    assert course is not None
    unit_list = units(course)
    days = cohort_days(cohort.start_date, cohort.end_date)
    enrolments = enrolled(session, cohort.id)
    ids = [e.id for e in enrolments]
    marks = _marks(session, ids)
    cells = _score_map(session, ids)
    names = _names(session, ids)
    old: dict[str, str | None] = {}
    new: dict[str, str | None] = {}
    for e in enrolments:
        scores = {cid: c.value for (eid, cid), c in cells.items() if eid == e.id}
        decision = grading.decide(
            attended=grading.attended_days(m for (eid, _), m in marks.items() if eid == e.id),
            days=len(days),
            attendance_required=course.attendance_required,
            units=unit_list,
            scores=scores,
            pass_mark=course.pass_mark,
        )
        label = names.get(e.id, str(e.id))
        old[label] = e.result
        e.attendance_pct = decision.attendance
        e.final_score = decision.final
        e.result = decision.result.value
        e.result_rule = rule_json(decision.rule, decision.params)
        new[label] = f"{e.result} ({decision.attendance}%, {decision.final})"
    cohort.status = CohortStatus.FINISHED.value
    cohort.closed_at = utcnow()
    audit.record(
        session, actor, "close", "cohort", cohort.id,
        old={"status": CohortStatus.RUNNING.value, **old},
        new={"status": cohort.status, **new}, summary=f"{cohort.code} closed",
    )  # fmt: skip


def close_cohort(db: Database, actor: Actor, cohort_id: int) -> CohortProgress:
    """Graduation: compute and store every enrolled trainee's result by the stated rules
    (:mod:`rumahbatik.domain.grading`) and finish the cohort (running → finished)."""
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        close_cohort_in(session, actor, cohort)
        session.flush()
        return _cohort_progress(session, cohort)


def override_result_in(
    session: Session, actor: Actor, e: Enrollment, result: Result | str, reason: str
) -> None:
    actor.require(Permission.OVERRIDE_RESULTS)
    name = _names(session, [e.id]).get(e.id, "")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("override_reason_required", name=name)
    wanted = Result(result)
    if e.result is None:
        raise ValidationError("no_result", name=name)
    old = {"result": e.override_result or e.result, "override_reason": e.override_reason}
    e.override_result = wanted.value
    e.override_reason = reason
    e.override_by = actor.username
    e.override_at = utcnow()
    audit.record(
        session, actor, "override", "enrollment", e.id, old=old,
        new={"result": wanted.value, "override_reason": reason},
        summary=f"{name}: {old['result']} → {wanted.value}",
    )  # fmt: skip
    if wanted is Result.FAILED:
        # A certificate must not outlive the result it attests: revoke it with the same reason.
        for cert in session.scalars(
            select(Certificate).where(
                Certificate.enrollment_id == e.id,
                Certificate.kind == CertificateKind.CERTIFICATE.value,
                Certificate.revoked_at.is_(None),
            )
        ):
            cert.revoked_at = utcnow()
            cert.revoked_reason = reason
            audit.record(
                session, actor, "revoke", "certificate", cert.id,
                old={"revoked": False}, new={"revoked": True, "reason": reason},
                summary=f"{cert.number}: {name}",
            )  # fmt: skip


def override_result(
    db: Database, actor: Actor, enrollment_id: int, result: Result | str, reason: str
) -> Progress:
    """A manager sets one trainee's result against the rules, with a written reason
    (needs OVERRIDE_RESULTS; the cohort must be closed; audited with old and new values)."""
    actor.require(Permission.OVERRIDE_RESULTS)
    with db.transaction() as session:
        e = load_enrollment(session, actor, enrollment_id, edit=True)
        override_result_in(session, actor, e, result, reason)
        session.flush()
        cohort = session.get(Cohort, e.cohort_id)
        assert cohort is not None
        return next(r for r in _progress_rows(session, cohort) if r.enrollment_id == e.id)


def passed(e: Enrollment) -> bool:
    """The result that counts: a manager's override, else the computed one."""
    return (e.override_result or e.result) == Result.PASSED.value


def graduates_to_artisans(
    db: Database, actor: Actor, cohort_id: int, enrollment_ids: Sequence[int] | None = None
) -> list[PersonData]:
    """Make the cohort's graduates (all, or those listed) artisans of the centre in one step
    and one transaction, joined on the cohort's last day with tulis at beginner level.
    People already artisans are left as they are. Needs MANAGE_PEOPLE."""
    actor.require(Permission.MANAGE_PEOPLE)
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id)
        if cohort.status != CohortStatus.FINISHED:
            raise ValidationError("cohort_not_finished", cohort_code=cohort.code)
        pool = {e.id: e for e in enrolled(session, cohort.id)}
        wanted = list(enrollment_ids) if enrollment_ids is not None else sorted(pool)
        values, skills, errors = check_artisan(
            ArtisanInput(joined_on=min(cohort.end_date, today()), skills=(("tulis", 1),))
        )
        if errors:
            raise errors[0]
        out: list[PersonData] = []
        for eid in wanted:
            e = pool.get(eid)
            name = _names(session, [eid]).get(eid, f"#{eid}")
            if e is None:
                raise ValidationError("not_enrolled", name=name)
            if not passed(e):
                raise ValidationError("not_passed", name=name)
            person = session.get(Person, e.person_id)
            assert person is not None
            if not person.is_artisan:
                old = _audit_view(person)
                _apply_artisan(session, person, dict(values), dict(skills))
                session.flush()
                audit.record(
                    session, actor, "update", "person", person.id, old=old,
                    new=_audit_view(person), summary=f"now artisan: {person.full_name} ({cohort.code})",
                )  # fmt: skip
            out.append(_data(session, person))
        return out
