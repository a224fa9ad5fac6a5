"""The training report for the city office: the cohorts of a period, who took part (by
district, gender and age band), attendance, pass rates, certificates issued and the
graduates who now work as artisans of the centre.

**What counts.** The cohorts of the period are those whose dates overlap ``start``..``end``.
Participants are their enrolled trainees (the waiting list and withdrawn trainees do not
count); a person in two cohorts counts twice. *Completed* means the trainee has a result (the
cohort is closed); *graduated* means the result that counts — a manager's override, else the
computed one — is *passed*. The pass rate is graduated ÷ completed. Attendance is the marks
present or late ÷ (trainees × days on which attendance was taken). Certificates issued are
those whose issue day (local time) falls in the period and which are not revoked, whatever
the cohort. Graduates working as artisans are the distinct people who graduated from the
period's cohorts and now have an active artisan profile (graduation can make them artisans:
:func:`rumahbatik.services.training_grades.graduates_to_artisans`).

Counts are ``GROUP BY`` queries over the period's enrolments; only the age bands are worked
out in Python, from one (birth date, cohort start) pair per enrolment of the period.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.grading import ATTENDED
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import GENDER_LABELS, Gender
from rumahbatik.domain.reports import Chart, Label, Progress, Report, ReportTable, no_progress
from rumahbatik.domain.tables import Column
from rumahbatik.domain.training import (
    COHORT_STATUS_LABELS,
    CertificateKind,
    CohortStatus,
    EnrollmentStatus,
    Result,
)
from rumahbatik.models import (
    ArtisanProfile,
    Attendance,
    Certificate,
    Cohort,
    CohortInstructor,
    Course,
    Enrollment,
    Person,
    Region,
    User,
)
from rumahbatik.services.context import Actor
from rumahbatik.services.report_common import check_period, total_label
from rumahbatik.services.training_report import AGE_BANDS, age_band
from rumahbatik.services.training_report import UNKNOWN as UNKNOWN_BAND

TITLE = QT_TRANSLATE_NOOP("Reports", "Training report (city office)")

T_COHORTS = QT_TRANSLATE_NOOP("Reports", "Cohorts")
T_RESULTS = QT_TRANSLATE_NOOP("Reports", "Results per cohort")
T_DISTRICT = QT_TRANSLATE_NOOP("Reports", "Participants by district")
T_GENDER = QT_TRANSLATE_NOOP("Reports", "Participants by gender")
T_AGE = QT_TRANSLATE_NOOP("Reports", "Participants by age band")
T_CERTIFICATES = QT_TRANSLATE_NOOP("Reports", "Certificates issued")
T_GRADUATES = QT_TRANSLATE_NOOP("Reports", "Graduates and artisans")
T_ARTISANS = QT_TRANSLATE_NOOP("Reports", "Graduates working as artisans")
T_PASS_RATE = QT_TRANSLATE_NOOP("Reports", "Pass rate per cohort (%)")

C_COHORT = Column("cohort", QT_TRANSLATE_NOOP("Reports", "Cohort"))
C_COURSE = Column("course", QT_TRANSLATE_NOOP("Reports", "Course"))
C_PARTICIPANTS = Column("participants", QT_TRANSLATE_NOOP("Reports", "Participants"), "int")
C_COMPLETED = Column("completed", QT_TRANSLATE_NOOP("Reports", "Completed"), "int")
C_GRADUATED = Column("graduated", QT_TRANSLATE_NOOP("Reports", "Graduated"), "int")
# Keys ending in _pct are printed as percentages by the PDF writer.
C_PASS_PCT = Column("pass_pct", QT_TRANSLATE_NOOP("Reports", "Pass rate %"), "decimal")
C_ATTENDANCE_PCT = Column("attendance_pct", QT_TRANSLATE_NOOP("Reports", "Attendance %"), "decimal")
C_CERTIFICATES = Column("certificates", QT_TRANSLATE_NOOP("Reports", "Certificates"), "int")
GROUP_COLUMNS = (C_PARTICIPANTS, C_COMPLETED, C_GRADUATED, C_PASS_PCT)

UNKNOWN = QT_TRANSLATE_NOOP("Reports", "(unknown)")
KIND_LABELS: dict[CertificateKind, str] = {
    CertificateKind.CERTIFICATE: QT_TRANSLATE_NOOP("Reports", "Certificate of competence"),
    CertificateKind.PARTICIPATION: QT_TRANSLATE_NOOP("Reports", "Participation letter"),
}

NOTE_COUNTS = QT_TRANSLATE_NOOP(
    "Reports",
    "Cohorts whose dates overlap the period. Participants are enrolled trainees (not the "
    "waiting list or withdrawn); completed = has a result, graduated = passed (a manager's "
    "override counts); pass rate = graduated ÷ completed.",
)
NOTE_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Reports",
    "Attendance = present or late marks ÷ (trainees × days on which attendance was taken). "
    "Certificates issued: by issue day in the period, revoked ones left out. Graduates working "
    "as artisans: distinct people who graduated from these cohorts and now have an active "
    "artisan profile.",
)

_PASSED = Result.PASSED.value
_ENROLLED = EnrollmentStatus.ENROLLED.value


def _pct(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """``part / whole`` as a percentage to one place; None (a blank cell) when there is
    nothing to divide by, e.g. the pass rate of a cohort still running."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _local_start(day: date) -> datetime:
    """The first instant of a local calendar day, aware (compared with UTC timestamps)."""
    return datetime.combine(day, time.min).astimezone()


def _passed() -> ColumnElement[bool]:
    """The result that counts: a manager's override, else the computed one."""
    return func.coalesce(Enrollment.override_result, Enrollment.result) == _PASSED


def _sums() -> tuple[Any, ...]:
    """Participants, completed, graduated of the enrolments in the query."""
    return (
        func.count(Enrollment.id),
        func.count(Enrollment.result),
        func.count(Enrollment.id).filter(_passed()),
    )


def _group_row(label: Any, participants: Any, completed: Any, graduated: Any) -> tuple[Any, ...]:
    n, done, ok = int(participants or 0), int(completed or 0), int(graduated or 0)
    return (label, n, done, ok, _pct(ok, done))


def _group_total(rows: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    return _group_row(
        total_label(),
        sum(r[1] for r in rows),
        sum(r[2] for r in rows),
        sum(r[3] for r in rows),
    )


def _gender_label(code: str | None) -> Any:
    try:
        return Label("People", GENDER_LABELS[Gender(code)])
    except ValueError:
        return Label("Reports", UNKNOWN)


def training_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """The training of ``start``..``end`` (both days included) for the city office; see the
    module docstring for what counts."""

    check_period(actor, start, end)
    steps = 7
    tables: list[ReportTable] = []
    charts: list[Chart] = []
    with db.read() as session:
        overlaps = and_(Cohort.start_date <= end, Cohort.end_date >= start)
        # The period's participants: enrolled trainees of the overlapping cohorts.
        period = (
            select(Enrollment.id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(overlaps, Enrollment.status == _ENROLLED)
        )
        in_period = Enrollment.id.in_(period.scalar_subquery())

        progress(0, steps)
        cohort_table, results_table, pass_chart = _cohorts(session, overlaps)
        tables += [cohort_table, results_table]

        progress(1, steps)
        district_rows = [
            _group_row(name or Label("Reports", UNKNOWN), *sums)
            for name, *sums in session.execute(
                select(Region.name, *_sums())
                .select_from(Enrollment)
                .join(Person, Person.id == Enrollment.person_id)
                .outerjoin(Region, Region.id == Person.kecamatan_id)
                .where(in_period)
                .group_by(Region.id, Region.name)
                .order_by(func.count(Enrollment.id).desc(), Region.name)
            )
        ]
        tables.append(
            ReportTable(
                T_DISTRICT,
                (Column("district", QT_TRANSLATE_NOOP("Reports", "District")), *GROUP_COLUMNS),
                district_rows,
                _group_total(district_rows),
            )
        )
        charts.append(
            Chart(
                "bar",
                T_DISTRICT,
                [str(r[0]) for r in district_rows],
                [Decimal(r[1]) for r in district_rows],
                value_kind="int",
            )
        )
        if len(pass_chart.values) > 1:  # one bar says nothing the table does not
            charts.append(pass_chart)

        progress(2, steps)
        by_gender = {
            code: sums
            for code, *sums in session.execute(
                select(Person.gender, *_sums())
                .select_from(Enrollment)
                .join(Person, Person.id == Enrollment.person_id)
                .where(in_period)
                .group_by(Person.gender)
            )
        }
        # Women first, then men, then anything not recorded (merged into one row).
        order = [Gender.FEMALE.value, Gender.MALE.value]
        gender_rows = [_group_row(_gender_label(g), *by_gender[g]) for g in order if g in by_gender]
        rest = [sums for g, sums in by_gender.items() if g not in order]
        if rest:
            gender_rows.append(
                _group_row(Label("Reports", UNKNOWN), *(sum(int(s[i] or 0) for s in rest)
                                                         for i in range(3)))
            )  # fmt: skip
        tables.append(
            ReportTable(
                T_GENDER,
                (Column("gender", QT_TRANSLATE_NOOP("Reports", "Gender")), *GROUP_COLUMNS),
                gender_rows,
                _group_total(gender_rows),
            )
        )

        progress(3, steps)
        tables.append(_age_bands(session, in_period))

        progress(4, steps)
        tables.append(_certificates(session, start, end))

        progress(5, steps)
        tables += _artisans(session, in_period)
        progress(steps, steps)
    return Report(
        key="training",
        title=TITLE,
        start=start,
        end=end,
        tables=tables,
        charts=charts,
        notes=[NOTE_COUNTS, NOTE_ATTENDANCE],
        printed_by=actor.full_name or actor.username,
    )


def _cohorts(session: Session, overlaps: ColumnElement[bool]) -> tuple[ReportTable, ...]:
    """The cohorts (who, when) and their results (the figures, with a total row)."""
    cohorts = session.execute(
        select(
            Cohort.id,
            Cohort.code,
            Course.name,
            Cohort.start_date,
            Cohort.end_date,
            Cohort.status,
        )
        .join(Course, Course.id == Cohort.course_id)
        .where(overlaps)
        .order_by(Cohort.start_date, Cohort.code)
    ).all()
    ids = [c.id for c in cohorts]
    teachers: dict[int, list[str]] = {}
    figures: dict[int, tuple[int, int, int]] = {}
    attended: dict[int, tuple[int, int]] = {}
    certificates: dict[int, int] = {}
    if ids:
        for cohort_id, name in session.execute(
            select(CohortInstructor.cohort_id, func.coalesce(User.full_name, User.username))
            .join(User, User.id == CohortInstructor.user_id)
            .where(CohortInstructor.cohort_id.in_(ids))
            .order_by(User.full_name, User.username)
        ):
            teachers.setdefault(cohort_id, []).append(name)
        enrolled = and_(Enrollment.cohort_id.in_(ids), Enrollment.status == _ENROLLED)
        figures = {
            cohort_id: (int(n or 0), int(done or 0), int(ok or 0))
            for cohort_id, n, done, ok in session.execute(
                select(Enrollment.cohort_id, *_sums())
                .where(enrolled)
                .group_by(Enrollment.cohort_id)
            )
        }
        attended = {
            cohort_id: (int(marks or 0), int(days or 0))
            for cohort_id, marks, days in session.execute(
                select(
                    Enrollment.cohort_id,
                    func.count().filter(Attendance.status.in_([m.value for m in ATTENDED])),
                    func.count(func.distinct(Attendance.day)),
                )
                .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
                .where(enrolled)
                .group_by(Enrollment.cohort_id)
            )
        }
        certificates = {
            cohort_id: int(n or 0)
            for cohort_id, n in session.execute(
                select(Enrollment.cohort_id, func.count(Certificate.id))
                .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
                .where(
                    Enrollment.cohort_id.in_(ids),
                    Certificate.kind == CertificateKind.CERTIFICATE.value,
                    Certificate.revoked_at.is_(None),
                )
                .group_by(Enrollment.cohort_id)
            )
        }
    cohort_rows: list[tuple[Any, ...]] = []
    result_rows: list[tuple[Any, ...]] = []
    possible_total = marks_total = 0
    for c in cohorts:
        try:
            status: Any = Label("Training", COHORT_STATUS_LABELS[CohortStatus(c.status)])
        except ValueError:
            status = c.status
        n, done, ok = figures.get(c.id, (0, 0, 0))
        marks, days = attended.get(c.id, (0, 0))
        possible_total += n * days
        marks_total += marks
        cohort_rows.append(
            (c.code, c.name, c.start_date, c.end_date, ", ".join(teachers.get(c.id, [])), status)
        )
        result_rows.append(
            (c.code, n, done, ok, _pct(ok, done), _pct(marks, n * days), certificates.get(c.id, 0))
        )
    total = (
        total_label(),
        sum(r[1] for r in result_rows),
        sum(r[2] for r in result_rows),
        sum(r[3] for r in result_rows),
        _pct(sum(r[3] for r in result_rows), sum(r[2] for r in result_rows)),
        _pct(marks_total, possible_total),
        sum(r[6] for r in result_rows),
    )
    cohort_table = ReportTable(
        T_COHORTS,
        (
            C_COHORT,
            C_COURSE,
            Column("start", QT_TRANSLATE_NOOP("Reports", "Start"), "date"),
            Column("end", QT_TRANSLATE_NOOP("Reports", "End"), "date"),
            Column("instructors", QT_TRANSLATE_NOOP("Reports", "Instructors")),
            Column("status", QT_TRANSLATE_NOOP("Reports", "Status")),
        ),
        cohort_rows,
    )
    results_table = ReportTable(
        T_RESULTS,
        (
            C_COHORT,
            C_PARTICIPANTS,
            C_COMPLETED,
            C_GRADUATED,
            C_PASS_PCT,
            C_ATTENDANCE_PCT,
            C_CERTIFICATES,
        ),
        result_rows,
        total,
    )
    decided = [r for r in result_rows if r[4] is not None]
    chart = Chart(
        "bar", T_PASS_RATE, [r[0] for r in decided], [r[4] for r in decided], value_kind="decimal"
    )
    return cohort_table, results_table, chart


def _age_bands(session: Session, in_period: ColumnElement[bool]) -> ReportTable:
    """Participants by age on their cohort's first day, in the city office's bands."""
    counts: Counter[str] = Counter()
    completed: Counter[str] = Counter()
    graduated: Counter[str] = Counter()
    for birth, first_day, result, ok in session.execute(
        select(Person.birth_date, Cohort.start_date, Enrollment.result, _passed())
        .select_from(Enrollment)
        .join(Person, Person.id == Enrollment.person_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(in_period)
    ):
        band = age_band(birth, first_day)
        counts[band] += 1
        completed[band] += result is not None
        graduated[band] += bool(ok)
    order = [label for _low, _high, label in AGE_BANDS]
    rows = [
        _group_row(band, counts[band], completed[band], graduated[band])
        for band in order
        if counts[band]
    ]
    if counts[UNKNOWN_BAND]:
        rows.append(
            _group_row(
                Label("Reports", UNKNOWN),
                counts[UNKNOWN_BAND],
                completed[UNKNOWN_BAND],
                graduated[UNKNOWN_BAND],
            )
        )
    return ReportTable(
        T_AGE,
        (Column("age_band", QT_TRANSLATE_NOOP("Reports", "Age band")), *GROUP_COLUMNS),
        rows,
        _group_total(rows),
    )


def _certificates(session: Session, start: date, end: date) -> ReportTable:
    """Certificates and participation letters issued in the period, per course and kind."""
    rows: list[tuple[Any, ...]] = []
    for course, kind, n in session.execute(
        select(Course.name, Certificate.kind, func.count(Certificate.id))
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(Course, Course.id == Cohort.course_id)
        .where(
            Certificate.issued_at >= _local_start(start),
            Certificate.issued_at < _local_start(end + timedelta(days=1)),
            Certificate.revoked_at.is_(None),
        )
        .group_by(Course.id, Course.name, Certificate.kind)
        .order_by(Course.name, Certificate.kind)
    ):
        try:
            kind_label: Any = Label("Reports", KIND_LABELS[CertificateKind(kind)])
        except ValueError:
            kind_label = kind
        rows.append((course, kind_label, int(n or 0)))
    return ReportTable(
        T_CERTIFICATES,
        (
            C_COURSE,
            Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind")),
            Column("issued", QT_TRANSLATE_NOOP("Reports", "Issued"), "int"),
        ),
        rows,
        (total_label(), "", sum(r[2] for r in rows)),
    )


def _artisans(session: Session, in_period: ColumnElement[bool]) -> list[ReportTable]:
    """How many of the period's graduates now work as artisans, and who they are."""
    graduated = and_(in_period, _passed())
    graduates = int(
        session.scalar(select(func.count(func.distinct(Enrollment.person_id))).where(graduated))
        or 0
    )
    rows = [
        (name, cohort, district or Label("Reports", UNKNOWN), since)
        for name, cohort, district, since in session.execute(
            select(
                Person.full_name,
                # A person who graduated twice is listed once, with their latest cohort.
                func.max(Cohort.code),
                Region.name,
                ArtisanProfile.joined_on,
            )
            .select_from(Enrollment)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(Person, Person.id == Enrollment.person_id)
            .join(ArtisanProfile, ArtisanProfile.person_id == Person.id)
            .outerjoin(Region, Region.id == Person.kecamatan_id)
            .where(graduated, Person.is_artisan.is_(True), Person.active.is_(True))
            .group_by(Person.id, Person.full_name, Person.name_key, Region.name,
                      ArtisanProfile.joined_on)
            .order_by(Person.name_key, Person.id)
        )
    ]  # fmt: skip
    summary = ReportTable(
        T_GRADUATES,
        (
            Column("graduates", QT_TRANSLATE_NOOP("Reports", "Graduates"), "int"),
            Column("artisans", QT_TRANSLATE_NOOP("Reports", "Now artisans"), "int"),
            Column("artisans_pct", QT_TRANSLATE_NOOP("Reports", "Share %"), "decimal"),
        ),
        [(graduates, len(rows), _pct(len(rows), graduates))],
    )
    listing = ReportTable(
        T_ARTISANS,
        (
            Column("name", QT_TRANSLATE_NOOP("Reports", "Name")),
            C_COHORT,
            Column("district", QT_TRANSLATE_NOOP("Reports", "District")),
            Column("since", QT_TRANSLATE_NOOP("Reports", "Artisan since"), "date"),
        ),
        rows,
    )
    return [summary, listing]
