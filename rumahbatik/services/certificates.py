"""Certificates and participation letters: gapless numbers, verification codes, revocation,
and the :class:`CertificateData` the PDFs are drawn from.

* **Numbers** come from a gapless series per prefix, course and year — ``RB/PBD/2022/0007``
  for certificates, ``RB/PBD/SK/2022/0001`` for participation letters (surat keterangan) —
  taken with ``UPDATE number_series SET value = value + 1 … RETURNING value`` inside the
  issuing transaction, so a failed issue leaves no gap.
* **Verification codes** are a keyed hash: HMAC-SHA256 over the number and the certificate id
  with a per-installation secret (created on first use, kept in the settings table under a
  hidden key), base32, 16 characters grouped ``K7QX-2M4P-…``. Without the secret, neither
  can be derived from the other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_date
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.training import CertificateKind, CohortStatus
from rumahbatik.models import (
    Certificate,
    Cohort,
    CompetencyScore,
    Course,
    Enrollment,
    Person,
    SettingValue,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.numbering import next_value
from rumahbatik.services.training_common import (
    cohort_by_code,
    competencies,
    enrolled,
    load_cohort,
)
from rumahbatik.services.training_grades import passed
from rumahbatik.services.training_types import (
    CertificateData,
    CertificateRow,
    IssueResult,
    VerificationResult,
)

log = logging.getLogger(__name__)

SECRET_KEY = "certificate_secret"
CODE_LENGTH = 16
GENUINE, REVOKED, UNKNOWN = "genuine", "revoked", "unknown"

SKIP_NOT_PASSED = QT_TRANSLATE_NOOP("Training", "did not pass: no certificate")
SKIP_PASSED = QT_TRANSLATE_NOOP("Training", "passed: no participation letter")
SKIP_NO_RESULT = QT_TRANSLATE_NOOP("Training", "no result yet")


# ---------------------------------------------------------------- numbers and codes


def series_key(kind: CertificateKind, prefix: str, course_code: str, year: int) -> str:
    return f"{kind.value}/{prefix}/{course_code}/{year}"[:60]


def format_number(kind: CertificateKind, prefix: str, course_code: str, year: int, n: int) -> str:
    """``RB/PBD/2022/0007``; participation letters ``RB/PBD/SK/2022/0001``."""
    middle = course_code if kind == CertificateKind.CERTIFICATE else f"{course_code}/SK"
    return f"{prefix}/{middle}/{year}/{n:04d}" if prefix else f"{middle}/{year}/{n:04d}"


def installation_secret(session: Session) -> bytes:
    """The per-installation key of the verification codes, created on first use."""
    row = session.get(SettingValue, SECRET_KEY)
    if row is None or not row.value:
        row = row or SettingValue(key=SECRET_KEY)
        row.value = '"' + secrets.token_hex(32) + '"'
        session.add(row)
        session.flush()
        log.info("certificate verification secret created")
    return row.value.strip('"').encode()


def verification_code(secret: bytes, number: str, certificate_id: int) -> str:
    """HMAC-SHA256(secret, "number|id") in base32: 16 characters as ``XXXX-XXXX-XXXX-XXXX``."""
    digest = hmac.new(secret, f"{number}|{certificate_id}".encode(), hashlib.sha256).digest()
    raw = base64.b32encode(digest).decode()[:CODE_LENGTH]
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


_CONFUSED = str.maketrans({"0": "O", "1": "I", "8": "B"})


def normalise_code(text: str) -> str:
    """What a person typed or a scanner read → ``XXXX-XXXX-XXXX-XXXX`` (or "" if no code).

    A verification URL keeps only its last part; spaces, dashes and case do not matter, and
    0/1/8 (not in base32) are read as O/I/B.
    """
    text = (text or "").strip()
    text = re.split(r"[/=?#]", text.rstrip("/"))[-1]
    raw = re.sub(r"[\s\-_.]", "", text).upper().translate(_CONFUSED)
    if not re.fullmatch(r"[A-Z2-7]{16}", raw):
        return ""
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


# ---------------------------------------------------------------- issuing


def _row(c: Certificate, holder: str, cohort_code: str) -> CertificateRow:
    return CertificateRow(
        id=c.id,
        enrollment_id=c.enrollment_id,
        kind=CertificateKind(c.kind),
        number=c.number,
        verification_code=c.verification_code,
        holder_name=holder,
        cohort_code=cohort_code,
        issued_at=c.issued_at,
        issued_by=c.issued_by,
        revoked_at=c.revoked_at,
        revoked_reason=c.revoked_reason,
    )


def issue_in(
    session: Session,
    actor: Actor,
    cohort: Cohort,
    enrollment_ids: Sequence[int] | None = None,
    *,
    participation: bool = False,
) -> IssueResult:
    """Issue in the caller's transaction (see :func:`issue_certificates`)."""
    if cohort.status != CohortStatus.FINISHED:
        raise ValidationError("cohort_not_finished", cohort_code=cohort.code)
    kind = CertificateKind.PARTICIPATION if participation else CertificateKind.CERTIFICATE
    course = session.get(Course, cohort.course_id)
    assert course is not None
    prefix = str(get_settings_in(session).get("certificate_prefix", "RB") or "").strip()
    pool = {e.id: e for e in enrolled(session, cohort.id)}
    names = dict(
        session.execute(
            select(Enrollment.id, Person.full_name)
            .join(Person, Person.id == Enrollment.person_id)
            .where(Enrollment.cohort_id == cohort.id)
        ).all()
    )
    wanted = (
        list(enrollment_ids)
        if enrollment_ids is not None
        else sorted(pool, key=lambda i: (names.get(i, "").lower(), i))
    )
    have = {
        c.enrollment_id: c
        for c in session.scalars(
            select(Certificate).where(
                Certificate.enrollment_id.in_(list(pool)), Certificate.kind == kind.value
            )
        )
    }
    result = IssueResult([], [], [])
    secret: bytes | None = None
    year = cohort.end_date.year
    for eid in wanted:
        e = pool.get(eid)
        if e is None:
            raise ValidationError("not_enrolled", name=names.get(eid, f"#{eid}"))
        if eid in have:
            result.existing.append(_row(have[eid], names[eid], cohort.code))
            continue
        if e.result is None:
            result.skipped.append((eid, SKIP_NO_RESULT))
            continue
        if passed(e) == participation:
            if enrollment_ids is not None and not participation:
                raise ValidationError("not_passed", name=names[eid])
            result.skipped.append((eid, SKIP_PASSED if participation else SKIP_NOT_PASSED))
            continue
        secret = secret or installation_secret(session)
        n = next_value(session, series_key(kind, prefix, course.code, year))
        number = format_number(kind, prefix, course.code, year, n)
        cert = Certificate(
            enrollment_id=eid,
            kind=kind.value,
            number=number,
            verification_code="~" + secrets.token_hex(12),  # until the id is known
            issued_at=utcnow(),
            issued_by=actor.username,
        )
        session.add(cert)
        session.flush()
        cert.verification_code = verification_code(secret, number, cert.id)
        session.flush()
        audit.record(
            session, actor, "issue", "certificate", cert.id,
            new={"number": number, "kind": kind.value, "holder": names[eid], "cohort": cohort.code},
            summary=f"{number} {names[eid]}",
        )  # fmt: skip
        result.issued.append(_row(cert, names[eid], cohort.code))
    return result


def get_settings_in(session: Session) -> dict[str, object]:
    """The settings the certificates need, read in the caller's session."""
    from rumahbatik import config
    from rumahbatik.services.settings import _decode

    rows = {r.key: r for r in session.scalars(select(SettingValue))}
    return {
        spec.key: _decode(spec, rows[spec.key]) if spec.key in rows else spec.default
        for spec in config.SETTINGS
        if not spec.extra.get("secret")
    }


def issue_certificates(
    db: Database,
    actor: Actor,
    cohort_id: int,
    enrollment_ids: Sequence[int] | None = None,
    *,
    participation: bool = False,
) -> IssueResult:
    """Issue certificates to the passed trainees of a finished cohort (all, or those listed),
    or with ``participation`` letters to those who did not pass.

    Idempotent: a trainee who already has one gets the existing document back (in
    ``existing``). Numbers are taken in the order of the trainees' names.
    """
    with db.transaction() as session:
        cohort = load_cohort(session, actor, cohort_id, edit=True)
        return issue_in(session, actor, cohort, enrollment_ids, participation=participation)


def list_certificates(db: Database, actor: Actor, cohort_id: int) -> list[CertificateRow]:
    """The certificates and letters of a cohort, by number."""
    with db.read() as session:
        cohort = load_cohort(session, actor, cohort_id)
        rows = session.execute(
            select(Certificate, Person.full_name)
            .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
            .join(Person, Person.id == Enrollment.person_id)
            .where(Enrollment.cohort_id == cohort.id)
            .order_by(Certificate.kind, Certificate.number)
        )
        return [_row(c, name, cohort.code) for c, name in rows]


def revoke(db: Database, actor: Actor, certificate_id: int, reason: str) -> CertificateRow:
    """Revoke a certificate with a written reason (a manager: OVERRIDE_RESULTS). Verification
    then says *revoked*; the number stays used."""
    actor.require(Permission.OVERRIDE_RESULTS)
    reason = " ".join((reason or "").split())
    with db.transaction() as session:
        cert = session.get(Certificate, certificate_id)
        if cert is None:
            raise NotFound("not_found", what=f"certificate #{certificate_id}")
        e = session.get(Enrollment, cert.enrollment_id)
        assert e is not None
        cohort = load_cohort(session, actor, e.cohort_id)
        if not reason:
            raise ValidationError("revoke_reason_required", number=cert.number)
        if cert.revoked_at is not None:
            raise ValidationError(
                "already_revoked", number=cert.number, date=format_date(cert.revoked_at)
            )
        cert.revoked_at = utcnow()
        cert.revoked_reason = reason
        audit.record(
            session, actor, "revoke", "certificate", cert.id,
            old={"revoked": False}, new={"revoked": True, "reason": reason}, summary=cert.number,
        )  # fmt: skip
        person = session.get(Person, e.person_id)
        return _row(cert, person.full_name if person else "", cohort.code)


# ---------------------------------------------------------------- verification


def verify(db: Database, actor: Actor, code: str) -> VerificationResult:
    """Genuine, revoked or unknown, and whose it is. A code that does not match a stored one,
    or whose keyed hash does not match its record, is unknown."""
    actor.require(Permission.VIEW_DASHBOARD)
    normal = normalise_code(code)
    if not normal:
        return VerificationResult(UNKNOWN)
    with db.read() as session:
        row = session.execute(
            select(Certificate, Person.full_name, Cohort.code, Course.name)
            .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
            .join(Person, Person.id == Enrollment.person_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(Course, Course.id == Cohort.course_id)
            .where(Certificate.verification_code == normal)
        ).first()
        if row is None:
            return VerificationResult(UNKNOWN)
        cert, holder, cohort_code, course_name = row
        secret_row = session.get(SettingValue, SECRET_KEY)
        secret = (secret_row.value or "").strip('"').encode() if secret_row else b""
        if not hmac.compare_digest(verification_code(secret, cert.number, cert.id), normal):
            log.warning("certificate %s: stored code does not match its keyed hash", cert.id)
            return VerificationResult(UNKNOWN)
        return VerificationResult(
            status=REVOKED if cert.revoked_at is not None else GENUINE,
            number=cert.number,
            holder_name=holder,
            course_name=course_name,
            cohort_code=cohort_code,
            issued_at=cert.issued_at,
            revoked_reason=cert.revoked_reason,
        )


# ---------------------------------------------------------------- what the PDFs print


def _birth(place: str, born: date | None) -> str:
    return f"{place}, {format_date(born)}" if born and place else format_date(born)


def data_in(
    session: Session, cohort: Cohort, certificate_ids: Sequence[int] | None = None,
    kind: CertificateKind | None = None,
) -> list[CertificateData]:  # fmt: skip
    """The certificates of a cohort (or those listed) as the PDFs need them, by number."""
    settings = get_settings_in(session)
    logo_row = session.get(SettingValue, "centre_logo")
    course = session.get(Course, cohort.course_id)
    assert course is not None
    comps = competencies(session, course.id)
    stmt = (
        select(Certificate, Enrollment, Person)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.cohort_id == cohort.id)
        .order_by(Certificate.kind, Certificate.number)
    )
    if certificate_ids is not None:
        stmt = stmt.where(Certificate.id.in_(list(certificate_ids)))
    if kind is not None:
        stmt = stmt.where(Certificate.kind == kind.value)
    rows = session.execute(stmt).all()
    scores: dict[int, dict[int, object]] = {}
    for s in session.scalars(
        select(CompetencyScore).where(CompetencyScore.enrollment_id.in_([e.id for _, e, _ in rows]))
    ):
        scores.setdefault(s.enrollment_id, {})[s.competency_id] = s.value
    city = str(settings.get("centre_city") or "")
    signatories = [
        (
            str(settings[f"certificate_signatory{i}_name"]),
            str(settings[f"certificate_signatory{i}_title"]),
        )
        for i in (1, 2)
        if settings.get(f"certificate_signatory{i}_name")
    ]
    url = str(settings.get("certificate_verify_url", "") or "")
    out: list[CertificateData] = []
    for cert, e, person in rows:
        is_cert = cert.kind == CertificateKind.CERTIFICATE
        own = scores.get(e.id, {})
        out.append(
            CertificateData(
                kind=CertificateKind(cert.kind),
                number=cert.number,
                verification_code=f"{url}{cert.verification_code}"
                if url
                else cert.verification_code,
                holder_name=person.full_name,
                holder_birth=_birth(city, person.birth_date),
                course_name=course.name,
                cohort_code=cohort.code,
                start_date=cohort.start_date,
                end_date=cohort.end_date,
                venue=cohort.venue,
                competencies=[(c.name, own[c.id]) for c in comps if c.id in own] if is_cert else [],  # type: ignore[misc]
                final_score=e.final_score if is_cert else None,
                place=city,
                issue_date=cohort.end_date,
                centre_name=str(settings.get("centre_name") or ""),
                centre_address=str(settings.get("centre_address") or ""),
                city_header=f"PEMERINTAH KOTA {city.upper()}" if city else "",
                logo=logo_row.blob if logo_row is not None else None,
                signatories=signatories,
                revoked=cert.revoked_at is not None,
            )
        )
    return out


def certificate_data(
    db: Database,
    actor: Actor,
    cohort_id: int,
    certificate_ids: Sequence[int] | None = None,
    *,
    kind: CertificateKind | None = None,
) -> list[CertificateData]:
    """The issued documents of a cohort (or the ones listed, or of one kind) for the PDFs:
    certificates with their scores; letters without. Ordered by kind, then number."""
    with db.read() as session:
        return data_in(session, load_cohort(session, actor, cohort_id), certificate_ids, kind)


def certificate_documents(
    db: Database, actor: Actor, cohort_code: str, *, participation: bool = False
) -> list[CertificateData]:
    """For ``rumahbatik certificates COHORT``: issue whatever is missing (certificates, or
    with ``participation`` the letters), then return those documents for printing."""
    with db.transaction() as session:
        cohort = cohort_by_code(session, actor, cohort_code, edit=True)
        issue_in(session, actor, cohort, participation=participation)
        session.flush()
        kind = CertificateKind.PARTICIPATION if participation else CertificateKind.CERTIFICATE
        return data_in(session, cohort, kind=kind)
