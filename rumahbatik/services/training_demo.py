"""The demo's training: course PBD, the May 2022 cohort that produced most of the centre's
artisans (closed, with results and certificates), a planned and a running cohort.

Deterministic: a fixed seed, and the running cohort placed around today.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.domain.training import Mark
from rumahbatik.models import Certificate, Cohort, Person, Region, User
from rumahbatik.services.certificates import issue_in
from rumahbatik.services.context import Actor
from rumahbatik.services.people import PersonInput
from rumahbatik.services.training_cohorts import enrol_in, new_person_in, save_cohort
from rumahbatik.services.training_common import cohort_days, competencies, enrolled
from rumahbatik.services.training_courses import ensure_default_course_in
from rumahbatik.services.training_grades import (
    close_cohort_in,
    record_attendance_in,
    record_scores_in,
)
from rumahbatik.services.training_types import CohortInput

log = logging.getLogger(__name__)

SEED = 2022_05_23
TRAINEES = 30
VENUE_2022 = "Aula Bakesbangpol Kota Probolinggo"
FUNDING = "DAK non-fisik"
PROGRAMME = "Pengembangan sentra IKM batik (UU 3/2014)"
GRADUATE_NOTE = "Lulusan Pelatihan Batik Dasar Mei 2022"

#: Trainees of May 2022 who are not artisans today (some did not pass).
NEW_TRAINEES: tuple[tuple[str, str], ...] = (
    ("Sri Wahyuningsih", "P"), ("Yuliana Fitriani", "P"), ("Moch. Sholeh", "L"),
    ("Lilik Suryani", "P"), ("Nur Hasanah", "P"), ("Achmad Fauzi", "L"),
    ("Umi Kulsum", "P"), ("Dwi Ratnasari", "P"), ("Samsul Arifin", "L"),
    ("Wiwik Handayani", "P"), ("Endang Sulistyowati", "P"), ("Imam Syafi'i", "L"),
)  # fmt: skip

#: Who did not pass in May 2022 (index in the trainee list from the end) and why.
FAIL_ABSENT, FAIL_SCORE, FAIL_BOTH = -1, -2, -3


def _instructor_ids(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(User.id).where(User.username.in_(["ratna", "bambang"])).order_by(User.username)
        )
    )


def _kecamatan_ids(session: Session) -> list[int]:
    return list(
        session.scalars(select(Region.id).where(Region.kind == "kecamatan").order_by(Region.id))
    )


def _trainees_2022(session: Session, actor: Actor, rng: random.Random) -> list[Person]:
    """The demo artisans who graduated in May 2022, then new people up to 30."""
    graduates = list(
        session.scalars(
            select(Person)
            .where(Person.is_artisan.is_(True), Person.notes.like(f"{GRADUATE_NOTE}%"))
            .order_by(Person.id)
        )
    )[: TRAINEES - 5]
    kecamatan = _kecamatan_ids(session)
    out = list(graduates)
    for k, (name, gender) in enumerate(NEW_TRAINEES):
        if len(out) >= TRAINEES:
            break
        birth = date(1975 + rng.randrange(25), rng.randrange(1, 13), rng.randrange(1, 28))
        out.append(
            new_person_in(
                session,
                actor,
                PersonInput(
                    full_name=name,
                    gender=gender,
                    birth_date=birth,
                    kecamatan_id=kecamatan[k % len(kecamatan)] if kecamatan else None,
                    notes="Peserta Pelatihan Batik Dasar Mei 2022.",
                ),
            )
        )
    return out


def _may_2022(session: Session, actor: Actor, course_id: int, instructors: list[int]) -> None:
    rng = random.Random(SEED)
    cohort = save_cohort(
        session,
        actor,
        None,
        CohortInput(
            course_id=course_id,
            code="PBD-2022-01",
            start_date=date(2022, 5, 23),
            end_date=date(2022, 5, 27),
            venue=VENUE_2022,
            funding_source=FUNDING,
            programme=PROGRAMME,
            capacity=TRAINEES,
            instructor_ids=instructors,
            notes="Instruktur dari Kipro (Kreatif Probolinggo) Kota Probolinggo.",
        ),
    )
    people = _trainees_2022(session, actor, rng)
    for person in people:
        enrol_in(session, actor, cohort, person)
    session.flush()
    by_person = {e.person_id: e.id for e in enrolled(session, cohort.id)}
    ids = [by_person[p.id] for p in people]
    days = cohort_days(cohort.start_date, cohort.end_date)
    absent_one, weak, both = ids[FAIL_ABSENT], ids[FAIL_SCORE], ids[FAIL_BOTH]
    marks: dict[tuple[int, date], Mark] = {}
    for eid in ids:
        for d in days:
            roll = rng.random()
            mark = Mark.PRESENT
            if roll < 0.06:
                mark = Mark.LATE
            elif roll < 0.08:
                mark = Mark.EXCUSED
            marks[(eid, d)] = mark
        if eid not in (absent_one, both):  # the others miss at most one day: still ≥ 80 %
            missed = [d for d in days if marks[(eid, d)] == Mark.EXCUSED]
            for d in missed[1:]:
                marks[(eid, d)] = Mark.PRESENT
    for d in days[1:3]:
        marks[(absent_one, d)] = Mark.ABSENT  # 60 %: sick for two days
    marks[(both, days[2])] = Mark.EXCUSED
    marks[(both, days[3])] = Mark.ABSENT
    record_attendance_in(session, actor, cohort, marks, on=cohort.end_date)
    comps = competencies(session, course_id)
    scores: dict[tuple[int, int], Decimal] = {}
    for eid in ids:
        base = rng.randint(72, 90)
        for c in comps:
            scores[(eid, c.id)] = Decimal(max(55, min(95, base + rng.randint(-8, 6))))
    for c in comps:  # one trainee struggled with every unit
        scores[(weak, c.id)] = Decimal(rng.randint(55, 66))
        scores[(both, c.id)] = Decimal(rng.randint(58, 72))
    record_scores_in(session, actor, cohort, scores)
    close_cohort_in(session, actor, cohort)
    session.flush()
    issued = issue_in(session, actor, cohort).issued
    issued += issue_in(session, actor, cohort, [weak], participation=True).issued
    handed_out = datetime(2022, 5, 27, 7, 0, tzinfo=UTC)  # 14:00 in Probolinggo
    cohort.closed_at = handed_out
    for row in issued:
        cert = session.get(Certificate, row.id)
        assert cert is not None
        cert.issued_at = handed_out


def _later_cohorts(session: Session, actor: Actor, course_id: int, instructors: list[int]) -> None:
    today = date.today()
    waiting = list(
        session.scalars(
            select(Person)
            .where(Person.is_artisan.is_(False), Person.notes.like("Mendaftar Pelatihan%"))
            .order_by(Person.id)
        )
    )
    planned = save_cohort(
        session,
        actor,
        None,
        CohortInput(
            course_id=course_id,
            code="PBD-2026-01",
            start_date=today + timedelta(days=21),
            end_date=today + timedelta(days=25),
            venue="Rumah Batik Kota Probolinggo, ruang pelatihan",
            funding_source="APBD Kota Probolinggo",
            programme=PROGRAMME,
            capacity=TRAINEES,
            instructor_ids=instructors[1:] or instructors,
        ),
    )
    for person in waiting[: len(waiting) // 2]:
        enrol_in(session, actor, planned, person)
    running = save_cohort(
        session,
        actor,
        None,
        CohortInput(
            course_id=course_id,
            code="PBD-2026-02",
            start_date=today - timedelta(days=2),
            end_date=today + timedelta(days=2),
            venue="Rumah Batik Kota Probolinggo, ruang pelatihan",
            funding_source="APBD Kota Probolinggo",
            programme=PROGRAMME,
            capacity=8,
            instructor_ids=instructors[:1],
        ),
    )
    rest = waiting[len(waiting) // 2 :]
    kecamatan = _kecamatan_ids(session)
    extra = [
        new_person_in(
            session, actor,
            PersonInput(full_name=name, gender=g, kecamatan_id=kecamatan[i % len(kecamatan)]
                        if kecamatan else None, notes="Peserta angkatan 2026-02."),
        )
        for i, (name, g) in enumerate((("Siti Nurjanah", "P"), ("Rina Marlina", "P"),
                                       ("Ahmad Zainuri", "L"), ("Mega Puspita", "P")))
    ]  # fmt: skip
    for person in rest + extra:
        enrol_in(session, actor, running, person)  # the last ones land on the waiting list
    session.flush()
    ids = sorted(e.id for e in enrolled(session, running.id))
    marks: dict[tuple[int, date], Mark] = {}
    for k, eid in enumerate(ids):
        marks[(eid, running.start_date)] = Mark.PRESENT
        marks[(eid, running.start_date + timedelta(days=1))] = (
            Mark.ABSENT if k == 0 else Mark.LATE if k == 3 else Mark.PRESENT
        )
    for eid in ids[: len(ids) // 2]:  # today: taken for half the class so far
        marks[(eid, today)] = Mark.PRESENT if eid != ids[0] else Mark.ABSENT
    record_attendance_in(session, actor, running, marks, on=today)
    comps = competencies(session, course_id)
    record_scores_in(
        session,
        actor,
        running,
        {(eid, comps[0].id): Decimal(60 + 4 * k) for k, eid in enumerate(ids)},
    )


def demo_training(session: Session, actor: Actor) -> None:
    """Demo step: course PBD, cohort PBD-2022-01 (30 trainees, closed, certificates), a
    planned PBD-2026-01 and a running PBD-2026-02."""
    course = ensure_default_course_in(session, actor)
    instructors = _instructor_ids(session)
    _may_2022(session, actor, course.id, instructors)
    _later_cohorts(session, actor, course.id, instructors)
    n = len(list(session.scalars(select(Cohort.id))))
    log.info("demo training: %d cohorts", n)
