"""A small cohort made through the services, for the training screens' tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rumahbatik.db import Database
from rumahbatik.domain.roles import Role
from rumahbatik.services import training, users
from rumahbatik.services.context import Actor
from rumahbatik.services.people import PersonInput
from rumahbatik.services.settings import get_settings
from rumahbatik.services.training_types import CohortData, CohortInput
from rumahbatik.ui.context import ChangeBus, UiContext

PASSWORD = "rahasia-123"
NAMES = ["Ayu Lestari", "Bagus Pratama", "Citra Dewi", "Dimas Saputra"]


@dataclass
class Setup:
    db: Database
    admin: Actor
    cohort: CohortData
    ctx: UiContext


def make_cohort(db: Database, names: list[str] = NAMES, *, role: Role = Role.ADMIN) -> Setup:
    admin_user = users.create_first_admin(db, "admin", PASSWORD, "Administrator")
    admin = Actor(admin_user.id, admin_user.username, admin_user.role, admin_user.full_name)
    course = training.ensure_default_course(db, admin)
    cohort = training.create_cohort(
        db,
        admin,
        CohortInput(
            course_id=course.id,
            start_date=date(2022, 5, 23),
            end_date=date(2022, 5, 27),
            venue="Rumah Batik Kota Probolinggo",
            funding_source="DAK non-fisik",
            capacity=30,
        ),
    )
    training.enrol(db, admin, cohort.id, new_people=[PersonInput(full_name=n) for n in names])
    cohort = training.cohort_detail(db, admin, cohort.id)
    ctx = UiContext(db, admin, get_settings(db), ChangeBus())
    return Setup(db, admin, cohort, ctx)
