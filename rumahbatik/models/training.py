"""Training: courses with competency units, cohorts (angkatan), enrolments, attendance,
scores, results and certificates; and the gapless number series documents draw from."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rumahbatik.domain.clock import utcnow
from rumahbatik.models.base import Base, Score, TimestampMixin, UTCDateTime


class NumberSeries(Base):
    """A gapless counter (certificates now; invoices later), incremented inside the
    transaction of the document that takes the number, so a rollback leaves no gap."""

    __tablename__ = "number_series"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)  # e.g. certificate/PBD/2022
    value: Mapped[int] = mapped_column(Integer, default=0)


class Course(TimestampMixin, Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)  # PBD
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    days: Mapped[int] = mapped_column(Integer, default=5)
    pass_mark: Mapped[Decimal] = mapped_column(Score, default=Decimal(70))
    attendance_required: Mapped[Decimal] = mapped_column(Score, default=Decimal(80))  # percent
    active: Mapped[bool] = mapped_column(default=True)

    competencies: Mapped[list[Competency]] = relationship(
        cascade="all, delete-orphan", order_by="Competency.position"
    )


class Competency(Base):
    """A competency unit of a course (menggambar pola, mencanting, ...) with its weight."""

    __tablename__ = "competencies"
    __table_args__ = (UniqueConstraint("course_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(80))
    weight: Mapped[Decimal] = mapped_column(Score, default=Decimal(1))


class Cohort(TimestampMixin, Base):
    """An angkatan: one run of a course."""

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # PBD-2022-01
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    funding_source: Mapped[str] = mapped_column(String(120), default="")  # DAK non-fisik, APBD
    programme: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    instructors: Mapped[list[CohortInstructor]] = relationship(cascade="all, delete-orphan")
    enrollments: Mapped[list[Enrollment]] = relationship(cascade="all, delete-orphan")


class CohortInstructor(Base):
    """An instructor (a user with the instructor role) teaching a cohort: their scope."""

    __tablename__ = "cohort_instructors"

    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Enrollment(TimestampMixin, Base):
    """A trainee (peserta) in a cohort, or on its waiting list, and their result."""

    __tablename__ = "enrollments"
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id"),
        Index("ix_enrollments_cohort_status", "cohort_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(
        String(16), default="enrolled"
    )  # enrolled|waitlist|withdrawn
    waitlist_position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    practical_photo: Mapped[str] = mapped_column(String(255), default="")  # media file
    notes: Mapped[str] = mapped_column(Text, default="")
    # Computed at graduation by the stated rules...
    attendance_pct: Mapped[Decimal | None] = mapped_column(Score, nullable=True)
    final_score: Mapped[Decimal | None] = mapped_column(Score, nullable=True)
    result: Mapped[str | None] = mapped_column(String(10), nullable=True)  # passed|failed
    result_rule: Mapped[str] = mapped_column(Text, default="")  # which rule decided
    # ...and a manager's override, with its written reason (audited too).
    override_result: Mapped[str | None] = mapped_column(String(10), nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(32), default="")
    override_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    attendance: Mapped[list[Attendance]] = relationship(cascade="all, delete-orphan")
    scores: Mapped[list[CompetencyScore]] = relationship(cascade="all, delete-orphan")


class Attendance(Base):
    __tablename__ = "attendance"

    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(10))  # present|late|excused|absent
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(32), default="")


class CompetencyScore(Base):
    __tablename__ = "competency_scores"

    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), primary_key=True
    )
    competency_id: Mapped[int] = mapped_column(
        ForeignKey("competencies.id", ondelete="RESTRICT"), primary_key=True
    )
    value: Mapped[Decimal] = mapped_column(Score)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(32), default="")


class Certificate(Base):
    """A certificate (or a participation letter) issued to one enrolment."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("enrollment_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(
        String(16), default="certificate"
    )  # certificate|participation
    number: Mapped[str] = mapped_column(String(40), unique=True)  # RB/PBD/2022/0007
    # A keyed hash (per-installation secret): not guessable from the number.
    verification_code: Mapped[str] = mapped_column(String(32), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(32), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
