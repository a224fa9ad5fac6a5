"""The plain data objects of the training area: what the services return, what the screens
show and what the certificate and report PDFs are drawn from (reports never see a session).

This module is the contract between ``services/training*.py``, ``reports/certificates.py``,
``reports/training_report.py`` and ``ui/training*.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from rumahbatik.domain.training import CertificateKind, CohortStatus, EnrollmentStatus, Mark, Result


@dataclass(frozen=True)
class CompetencyData:
    id: int
    name: str
    weight: Decimal
    position: int


@dataclass(frozen=True)
class CourseData:
    id: int
    code: str  # PBD
    name: str  # Pelatihan Batik Dasar
    description: str
    days: int
    pass_mark: Decimal  # weighted final score needed, 0-100
    attendance_required: Decimal  # percent of days present (late counts as present)
    competencies: list[CompetencyData]
    active: bool = True


@dataclass(frozen=True)
class InstructorRef:
    user_id: int
    username: str
    full_name: str


@dataclass(frozen=True)
class CohortData:
    id: int
    code: str  # PBD-2022-01
    course: CourseData
    start_date: date
    end_date: date
    days: list[date]  # the training days, start..end
    venue: str
    funding_source: str
    programme: str
    capacity: int
    status: CohortStatus
    instructors: list[InstructorRef]
    enrolled_count: int
    waitlist_count: int
    notes: str = ""
    closed_at: datetime | None = None


@dataclass(frozen=True)
class TraineeRow:
    """One enrolment as lists and grids show it."""

    enrollment_id: int
    person_id: int
    full_name: str
    gender: str | None  # L / P
    birth_date: date | None
    kecamatan: str
    kelurahan: str
    phone: str
    status: EnrollmentStatus
    waitlist_position: int | None
    has_photo: bool  # practical-work photo
    is_artisan: bool


@dataclass(frozen=True)
class AttendanceGrid:
    cohort_id: int
    days: list[date]
    trainees: list[TraineeRow]  # enrolled only, by name
    marks: dict[tuple[int, date], Mark]  # (enrollment_id, day) -> mark; missing = not taken


@dataclass(frozen=True)
class ScoreCell:
    value: Decimal
    note: str = ""


@dataclass(frozen=True)
class ScoreGrid:
    cohort_id: int
    competencies: list[CompetencyData]
    trainees: list[TraineeRow]
    scores: dict[tuple[int, int], ScoreCell]  # (enrollment_id, competency_id) -> cell


@dataclass(frozen=True)
class Progress:
    """Where one trainee stands, and which rule decides their result."""

    enrollment_id: int
    full_name: str
    attendance_pct: Decimal  # of the days taken so far (or all days once closed)
    days_counted: int
    scores: dict[int, Decimal]  # competency_id -> value
    missing_scores: list[str]  # competency names without a score
    final_score: Decimal | None  # weighted; None while scores are missing
    result: Result | None  # None while undecided
    rule: str  # English source text with {placeholders}, translated by the ui
    rule_params: dict[str, str] = field(default_factory=dict)
    at_risk: bool = False  # cannot pass any more, or below a threshold before the last day
    overridden: bool = False
    override_reason: str = ""


@dataclass(frozen=True)
class CohortProgress:
    cohort: CohortData
    rows: list[Progress]
    average_attendance: Decimal | None
    average_scores: dict[int, Decimal]  # competency_id -> average
    average_final: Decimal | None
    passed: int
    failed: int
    undecided: int


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate or participation letter."""

    kind: CertificateKind
    number: str  # RB/PBD/2022/0007
    verification_code: str  # what the QR code carries (with verify_url_prefix if set)
    holder_name: str
    holder_birth: str  # "Probolinggo, 12/03/1990" or ""
    course_name: str
    cohort_code: str
    start_date: date
    end_date: date
    venue: str
    competencies: list[tuple[str, Decimal]]  # name, score (certificates only)
    final_score: Decimal | None
    place: str  # city for "Probolinggo, 27 Mei 2022"
    issue_date: date
    centre_name: str
    centre_address: str
    city_header: str  # e.g. "PEMERINTAH KOTA PROBOLINGGO"
    logo: bytes | None
    signatories: list[tuple[str, str]]  # (name, title), 1-2 of them
    revoked: bool = False


@dataclass(frozen=True)
class VerificationResult:
    status: str  # genuine | revoked | unknown
    number: str = ""
    holder_name: str = ""
    course_name: str = ""
    cohort_code: str = ""
    issued_at: datetime | None = None
    revoked_reason: str = ""


@dataclass(frozen=True)
class CohortReportRow:
    full_name: str
    gender: str | None
    age_band: str  # "<20", "20-29", ...
    kecamatan: str
    attendance_pct: Decimal | None
    scores: list[Decimal | None]  # in competency order
    final_score: Decimal | None
    result: Result | None
    certificate_number: str


@dataclass(frozen=True)
class CohortReportData:
    """The cohort report for the city office (PDF and Excel)."""

    centre_name: str
    logo: bytes | None
    cohort: CohortData
    competencies: list[str]
    rows: list[CohortReportRow]
    by_kecamatan: dict[str, int]
    by_gender: dict[str, int]
    by_age_band: dict[str, int]
    pass_rate: Decimal | None
    certificates_issued: int
    printed_by: str
    printed_at: datetime


# ---------------------------------------------------------------- inputs (what forms send)


@dataclass(frozen=True)
class CompetencyInput:
    """A competency unit of a course; ``id`` keeps an existing unit (its scores stay)."""

    name: str
    weight: Decimal | int | str = Decimal(1)
    id: int | None = None


@dataclass(frozen=True)
class CourseInput:
    """A course as its form sends it; ``competencies`` replace the course's units, in order."""

    code: str
    name: str
    description: str = ""
    days: int = 5
    pass_mark: Decimal | int | str = Decimal(70)
    attendance_required: Decimal | int | str = Decimal(80)
    competencies: Sequence[CompetencyInput] = ()
    active: bool = True


@dataclass(frozen=True)
class CohortInput:
    """A cohort as its form sends it. An empty ``code`` gets the next free
    ``<course code>-<year>-<nn>``."""

    course_id: int
    start_date: date
    end_date: date
    code: str = ""
    venue: str = ""
    funding_source: str = ""
    programme: str = ""
    capacity: int = 30
    instructor_ids: Sequence[int] = ()
    notes: str = ""


@dataclass(frozen=True)
class CohortFilter:
    text: str = ""  # code, venue, programme or funding source
    status: str = ""  # a CohortStatus value, "" for all
    course_id: int | None = None
    year: int | None = None  # of the start date


@dataclass(frozen=True)
class EnrolResult:
    """Where an enrolment landed: in the cohort, or on its waiting list (and where)."""

    enrollment_id: int
    person_id: int
    full_name: str
    status: EnrollmentStatus
    waitlist_position: int | None = None


@dataclass(frozen=True)
class CohortRow:
    """One line of the cohort list."""

    id: int
    code: str
    course_code: str
    course_name: str
    start_date: date
    end_date: date
    venue: str
    status: CohortStatus
    capacity: int
    enrolled_count: int
    waitlist_count: int
    instructor_names: list[str]
    funding_source: str = ""
    programme: str = ""


@dataclass(frozen=True)
class CertificateRow:
    """One issued certificate or participation letter, as lists show it."""

    id: int
    enrollment_id: int
    kind: CertificateKind
    number: str
    verification_code: str
    holder_name: str
    cohort_code: str
    issued_at: datetime
    issued_by: str
    revoked_at: datetime | None = None
    revoked_reason: str = ""


@dataclass(frozen=True)
class IssueResult:
    """What ``issue_certificates`` did: the new documents and the ones that already existed."""

    issued: list[CertificateRow]
    existing: list[CertificateRow]
    skipped: list[tuple[int, str]]  # (enrollment_id, English reason) not issued
