"""Named exports: the same tables the GUI's lists offer, by name, for ``rumahbatik export``.

Each area adds its own entry to :data:`EXPORTS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rumahbatik.db import Database
from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.roles import ROLE_LABELS, Permission
from rumahbatik.domain.tables import Column, Table
from rumahbatik.services import audit, people_exports, users
from rumahbatik.services.context import Actor


@dataclass(frozen=True)
class ExportSpec:
    name: str
    title: str
    permission: Permission
    build: Callable[[Database, Actor], Table]


def _users(db: Database, actor: Actor) -> Table:
    cols = [
        Column("username", QT_TRANSLATE_NOOP("Exports", "User name")),
        Column("full_name", QT_TRANSLATE_NOOP("Exports", "Full name")),
        Column("role", QT_TRANSLATE_NOOP("Exports", "Role")),
        Column("active", QT_TRANSLATE_NOOP("Exports", "Active"), "bool"),
        Column("last_login_at", QT_TRANSLATE_NOOP("Exports", "Last login"), "datetime"),
        Column("created_at", QT_TRANSLATE_NOOP("Exports", "Created"), "datetime"),
    ]
    rows = [
        (u.username, u.full_name, ROLE_LABELS[u.role], u.active, u.last_login_at, u.created_at)
        for u in users.list_users(db, actor)
    ]
    return Table("users", QT_TRANSLATE_NOOP("Exports", "Users"), cols, rows)


def _audit(db: Database, actor: Actor) -> Table:
    cols = [
        Column("at", QT_TRANSLATE_NOOP("Exports", "When"), "datetime"),
        Column("username", QT_TRANSLATE_NOOP("Exports", "User")),
        Column("action", QT_TRANSLATE_NOOP("Exports", "Action")),
        Column("entity", QT_TRANSLATE_NOOP("Exports", "Record type")),
        Column("entity_id", QT_TRANSLATE_NOOP("Exports", "Record")),
        Column("summary", QT_TRANSLATE_NOOP("Exports", "Summary")),
        Column("changes", QT_TRANSLATE_NOOP("Exports", "Changes")),
    ]
    rows: list[tuple] = []
    before: int | None = None
    while True:
        page = audit.list_audit(db, actor, before_id=before, limit=5000)
        if not page:
            break
        rows.extend(
            (
                r.at,
                r.username,
                r.action,
                r.entity,
                r.entity_id,
                r.summary,
                "; ".join(f"{k}: {v[0]} → {v[1]}" for k, v in r.changes.items()),
            )
            for r in page
        )
        before = page[-1].id
    return Table("audit", QT_TRANSLATE_NOOP("Exports", "Audit log"), cols, rows)


def _motifs(db: Database, actor: Actor) -> Table:
    from rumahbatik.services.motif_exports import motifs_table

    return motifs_table(db, actor)


def _cohorts(db: Database, actor: Actor) -> Table:
    from rumahbatik.services.training_exports import cohorts_table

    return cohorts_table(db, actor)


def _trainees(db: Database, actor: Actor) -> Table:
    from rumahbatik.services.training_exports import trainees_table

    return trainees_table(db, actor)


def _certificates(db: Database, actor: Actor) -> Table:
    from rumahbatik.services.training_exports import certificates_table

    return certificates_table(db, actor)


EXPORTS: dict[str, ExportSpec] = {
    spec.name: spec
    for spec in (
        ExportSpec("users", QT_TRANSLATE_NOOP("Exports", "Users"), Permission.MANAGE_USERS, _users),
        ExportSpec(
            "motifs", QT_TRANSLATE_NOOP("Exports", "Motifs"), Permission.VIEW_DASHBOARD, _motifs
        ),
        ExportSpec(
            "audit", QT_TRANSLATE_NOOP("Exports", "Audit log"), Permission.VIEW_AUDIT, _audit
        ),
        ExportSpec(
            "artisans",
            QT_TRANSLATE_NOOP("Exports", "Artisans"),
            Permission.MANAGE_PEOPLE,
            lambda db, actor: people_exports.artisans_table(db, actor),
        ),
        ExportSpec(
            "customers",
            QT_TRANSLATE_NOOP("Exports", "Customers"),
            Permission.MANAGE_PEOPLE,
            lambda db, actor: people_exports.customers_table(db, actor),
        ),
        ExportSpec(
            "suppliers",
            QT_TRANSLATE_NOOP("Exports", "Suppliers"),
            Permission.MANAGE_PEOPLE,
            lambda db, actor: people_exports.suppliers_table(db, actor),
        ),
        ExportSpec(
            "cohorts", QT_TRANSLATE_NOOP("Exports", "Cohorts"), Permission.VIEW_TRAINING, _cohorts
        ),
        ExportSpec(
            "trainees",
            QT_TRANSLATE_NOOP("Exports", "Trainees"),
            Permission.VIEW_TRAINING,
            _trainees,
        ),
        ExportSpec(
            "certificates",
            QT_TRANSLATE_NOOP("Exports", "Certificates"),
            Permission.VIEW_TRAINING,
            _certificates,
        ),
    )
}


def export_names() -> list[str]:
    return sorted(EXPORTS)


def build_export(db: Database, actor: Actor, name: str) -> Table:
    """The table behind the export called ``name``, if the actor may see it."""
    spec = EXPORTS.get(name)
    if spec is None:
        raise ValidationError("export_unknown", name=name, known=", ".join(export_names()))
    actor.require(spec.permission)
    return spec.build(db, actor)
