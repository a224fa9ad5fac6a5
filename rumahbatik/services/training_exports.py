"""The ``cohorts``, ``trainees`` and ``certificates`` exports (CSV/Excel), scoped like the
screens: an instructor exports only the cohorts they teach."""

from __future__ import annotations

from sqlalchemy import select

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.tables import Column, Table
from rumahbatik.domain.training import (
    COHORT_STATUS_LABELS,
    RESULT_LABELS,
    CohortStatus,
    EnrollmentStatus,
    Result,
)
from rumahbatik.models import Certificate, Cohort, Enrollment, Person
from rumahbatik.services.context import Actor
from rumahbatik.services.training_cohorts import list_cohorts
from rumahbatik.services.training_common import scope


def cohorts_table(db: Database, actor: Actor) -> Table:
    cols = [
        Column("code", QT_TRANSLATE_NOOP("Exports", "Cohort")),
        Column("course", QT_TRANSLATE_NOOP("Exports", "Course")),
        Column("start_date", QT_TRANSLATE_NOOP("Exports", "Start"), "date"),
        Column("end_date", QT_TRANSLATE_NOOP("Exports", "End"), "date"),
        Column("venue", QT_TRANSLATE_NOOP("Exports", "Venue")),
        Column("instructors", QT_TRANSLATE_NOOP("Exports", "Instructors")),
        Column("funding_source", QT_TRANSLATE_NOOP("Exports", "Funding source")),
        Column("programme", QT_TRANSLATE_NOOP("Exports", "Programme")),
        Column("capacity", QT_TRANSLATE_NOOP("Exports", "Capacity"), "int"),
        Column("enrolled", QT_TRANSLATE_NOOP("Exports", "Enrolled"), "int"),
        Column("waitlist", QT_TRANSLATE_NOOP("Exports", "Waiting list"), "int"),
        Column("status", QT_TRANSLATE_NOOP("Exports", "Status")),
    ]
    rows = [
        (
            c.code,
            c.course_name,
            c.start_date,
            c.end_date,
            c.venue,
            ", ".join(c.instructor_names),
            c.funding_source,
            c.programme,
            c.capacity,
            c.enrolled_count,
            c.waitlist_count,
            COHORT_STATUS_LABELS[CohortStatus(c.status)],
        )
        for c in sorted(list_cohorts(db, actor), key=lambda c: (c.start_date, c.code))
    ]
    return Table("cohorts", QT_TRANSLATE_NOOP("Exports", "Cohorts"), cols, rows)


def trainees_table(db: Database, actor: Actor) -> Table:
    cols = [
        Column("cohort", QT_TRANSLATE_NOOP("Exports", "Cohort")),
        Column("full_name", QT_TRANSLATE_NOOP("Exports", "Full name")),
        Column("gender", QT_TRANSLATE_NOOP("Exports", "Gender")),
        Column("birth_date", QT_TRANSLATE_NOOP("Exports", "Date of birth"), "date"),
        Column("phone", QT_TRANSLATE_NOOP("Exports", "Phone")),
        Column("status", QT_TRANSLATE_NOOP("Exports", "Enrolment")),
        Column("waitlist_position", QT_TRANSLATE_NOOP("Exports", "Waiting list position"), "int"),
        Column("attendance_pct", QT_TRANSLATE_NOOP("Exports", "Attendance %"), "decimal"),
        Column("final_score", QT_TRANSLATE_NOOP("Exports", "Final score"), "decimal"),
        Column("result", QT_TRANSLATE_NOOP("Exports", "Result")),
        Column("overridden", QT_TRANSLATE_NOOP("Exports", "Result overridden"), "bool"),
    ]
    stmt = scope(
        select(Cohort.code, Person, Enrollment)
        .join(Enrollment, Enrollment.cohort_id == Cohort.id)
        .join(Person, Person.id == Enrollment.person_id)
        .order_by(Cohort.start_date, Cohort.code, Enrollment.status, Person.name_key),
        actor,
    )
    with db.read() as session:
        rows = []
        for code, p, e in session.execute(stmt):
            result = e.override_result or e.result
            rows.append(
                (
                    code,
                    p.full_name,
                    p.gender or "",
                    p.birth_date,
                    p.phone,
                    EnrollmentStatus(e.status).value,
                    e.waitlist_position,
                    e.attendance_pct,
                    e.final_score,
                    RESULT_LABELS[Result(result)] if result else "",
                    bool(e.override_result),
                )
            )
    return Table("trainees", QT_TRANSLATE_NOOP("Exports", "Trainees"), cols, rows)


def certificates_table(db: Database, actor: Actor) -> Table:
    cols = [
        Column("number", QT_TRANSLATE_NOOP("Exports", "Number")),
        Column("kind", QT_TRANSLATE_NOOP("Exports", "Kind")),
        Column("verification_code", QT_TRANSLATE_NOOP("Exports", "Verification code")),
        Column("holder", QT_TRANSLATE_NOOP("Exports", "Holder")),
        Column("cohort", QT_TRANSLATE_NOOP("Exports", "Cohort")),
        Column("issued_at", QT_TRANSLATE_NOOP("Exports", "Issued"), "datetime"),
        Column("revoked_at", QT_TRANSLATE_NOOP("Exports", "Revoked"), "datetime"),
        Column("revoked_reason", QT_TRANSLATE_NOOP("Exports", "Reason revoked")),
    ]
    stmt = scope(
        select(Certificate, Person.full_name, Cohort.code)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Person, Person.id == Enrollment.person_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .order_by(Certificate.kind, Certificate.number),
        actor,
    )
    with db.read() as session:
        rows = [
            (
                c.number,
                c.kind,
                c.verification_code,
                holder,
                code,
                c.issued_at,
                c.revoked_at,
                c.revoked_reason,
            )
            for c, holder, code in session.execute(stmt)
        ]
    return Table("certificates", QT_TRANSLATE_NOOP("Exports", "Certificates"), cols, rows)
