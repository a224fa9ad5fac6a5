"""Training words: cohort status, attendance marks, results (grading rules come with the services)."""

from __future__ import annotations

import enum

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP


class CohortStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


COHORT_STATUS_LABELS: dict[CohortStatus, str] = {
    CohortStatus.PLANNED: QT_TRANSLATE_NOOP("Training", "planned"),
    CohortStatus.RUNNING: QT_TRANSLATE_NOOP("Training", "running"),
    CohortStatus.FINISHED: QT_TRANSLATE_NOOP("Training", "finished"),
}


class EnrollmentStatus(enum.StrEnum):
    ENROLLED = "enrolled"
    WAITLIST = "waitlist"
    WITHDRAWN = "withdrawn"


class Mark(enum.StrEnum):
    """One attendance cell."""

    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


MARK_LABELS: dict[Mark, str] = {
    Mark.PRESENT: QT_TRANSLATE_NOOP("Training", "present"),
    Mark.LATE: QT_TRANSLATE_NOOP("Training", "late"),
    Mark.EXCUSED: QT_TRANSLATE_NOOP("Training", "excused"),
    Mark.ABSENT: QT_TRANSLATE_NOOP("Training", "absent"),
}


class Result(enum.StrEnum):
    PASSED = "passed"
    FAILED = "failed"


RESULT_LABELS: dict[Result, str] = {
    Result.PASSED: QT_TRANSLATE_NOOP("Training", "passed"),
    Result.FAILED: QT_TRANSLATE_NOOP("Training", "did not pass"),
}


class CertificateKind(enum.StrEnum):
    CERTIFICATE = "certificate"
    PARTICIPATION = "participation"  # surat keterangan for trainees who did not graduate
