"""A realistic demo: the Rumah Batik of Kota Probolinggo.

Each area adds its step to :data:`DEMO_STEPS`; all steps run in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from rumahbatik import config
from rumahbatik.db import Database
from rumahbatik.domain.errors import Conflict
from rumahbatik.domain.roles import Role
from rumahbatik.models import Base, SettingValue, User
from rumahbatik.services import audit, passwords
from rumahbatik.services.context import Actor
from rumahbatik.services.settings import _encode

log = logging.getLogger(__name__)

DEMO_ADMIN = ("admin", "admin")
#: Reference data the migrations ship; ``--force`` keeps it.
REFERENCE_TABLES = {"regions", "stock_locations"}
#: Every other demo account logs in with this password.
DEMO_PASSWORD = "batik123"

PROFILE: dict[str, object] = {
    "centre_name": "Rumah Batik Kota Probolinggo",
    "centre_address": "Jl. Panglima Sudirman No. 19, Kel. Tisnonegaran, Kec. Kanigaran",
    "centre_city": "Probolinggo",
    "centre_phone": "+62335421234",
    "centre_email": "rumahbatik@probolinggokota.go.id",
    "centre_nib": "9120301234567",
    "bank_name": "Bank Jatim",
    "bank_account_number": "0181234567",
    "bank_account_holder": "Rumah Batik Kota Probolinggo",
    "invoice_footer": "Terima kasih telah membeli batik karya pengrajin Kota Probolinggo.",
    "certificate_signatory1_name": "Ir. Wahyu Hadi Santoso, M.M.",
    "certificate_signatory1_title": "Kepala Dinas Perindustrian dan Tenaga Kerja",
    "certificate_signatory2_name": "Ratna Kusumawati, S.Sn.",
    "certificate_signatory2_title": "Instruktur Pelatihan Batik",
    "invoice_signatory_name": "Siti Aminah",
    "invoice_signatory_title": "Kepala Rumah Batik",
    "vat_enabled": False,
    "low_stock_default": Decimal("5"),
    "is_demo": True,
}

USERS: list[tuple[str, str, Role]] = [
    ("admin", "Administrator Rumah Batik", Role.ADMIN),
    ("siti", "Siti Aminah", Role.MANAGER),
    ("dewi", "Dewi Lestari", Role.STAFF),
    ("agus", "Agus Prasetyo", Role.STAFF),
    ("ratna", "Ratna Kusumawati", Role.INSTRUCTOR),
    ("bambang", "Bambang Hariyanto", Role.INSTRUCTOR),
]


def _profile(session: Session, actor: Actor) -> None:
    values = dict(PROFILE)
    for key, value in values.items():
        spec = config.SETTINGS_BY_KEY[key]
        session.merge(SettingValue(key=key, value=_encode(spec, value)))
    logo = config.resources_dir() / "images" / "logo.png"
    if logo.is_file():
        session.merge(SettingValue(key="centre_logo", value=None, blob=logo.read_bytes()))
    audit.record(session, actor, "create", "settings", "", new=values, summary="demo profile")


def _users(session: Session, actor: Actor) -> None:
    # One hash for all demo users but admin: hashing is deliberately slow.
    shared = passwords.hash_password(DEMO_PASSWORD)
    for username, full_name, role in USERS:
        pw_hash = passwords.hash_password(DEMO_ADMIN[1]) if username == DEMO_ADMIN[0] else shared
        user = User(username=username, full_name=full_name, role=role.value, password_hash=pw_hash)
        session.add(user)
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            "user",
            user.id,
            new={"username": username, "full_name": full_name, "role": role.value},
            summary=f"demo user {username}",
        )


def _people(session: Session, actor: Actor) -> None:
    from rumahbatik.services.people_demo import demo_people  # Pillow portraits: only when used

    demo_people(session, actor)


DemoStep = Callable[[Session, Actor], None]
DEMO_STEPS: list[DemoStep] = [_profile, _users, _people]


def _motifs(session: Session, actor: Actor) -> None:
    from rumahbatik.services.motif_demo import demo_motifs  # Pillow drawing: only when used

    demo_motifs(session, actor)


# The motif catalogue comes last: its designers are the artisans the steps before created.
DEMO_STEPS.append(_motifs)


def _training(session: Session, actor: Actor) -> None:
    from rumahbatik.services.training_demo import demo_training

    demo_training(session, actor)


# Training after people (its May 2022 trainees are the artisans who graduated then); placed
# before the motif catalogue, which the tests expect to stay the last step.
DEMO_STEPS.insert(DEMO_STEPS.index(_motifs), _training)


def _stock(session: Session, actor: Actor) -> None:
    from rumahbatik.services.stock_demo import demo_stock

    demo_stock(session, actor)


# Stock after the motif catalogue: its products are made in the demo's motifs.
DEMO_STEPS.append(_stock)


def is_empty(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count(User.id)))


def fill_demo(db: Database, actor: Actor, *, force: bool = False) -> None:
    """Fill an empty database with the demo (``force`` first empties a non-empty one)."""
    with db.transaction() as session:
        if session.scalar(select(func.count(User.id))):
            if not force:
                raise Conflict("database_not_empty")
            for table in reversed(Base.metadata.sorted_tables):
                if table.name == "stock_locations":  # keep gudang and toko, not artisans'
                    session.execute(delete(table).where(table.c.person_id.is_not(None)))
                elif table.name not in REFERENCE_TABLES:
                    if table.name == "items":  # variants point at their product (RESTRICT)
                        session.execute(update(table).values(parent_id=None))
                    session.execute(delete(table))
        demo_actor = Actor(None, actor.username, Role.ADMIN)
        for step in DEMO_STEPS:
            step(session, demo_actor)
    log.info("demo data written to %s", db.display_name)
