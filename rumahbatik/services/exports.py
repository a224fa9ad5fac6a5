"""Named exports: the same tables the GUI's lists offer, by name, for ``rumahbatik export``.

Each area adds its own entry to :data:`EXPORTS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

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
    #: Exports that can be taken at a past date (``rumahbatik export stock --at DATE``).
    build_at: Callable[[Database, Actor, date | None], Table] | None = None


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


def _stock_at(db: Database, actor: Actor, at: date | None) -> Table:
    from rumahbatik.services.stock_exports import stock_table

    return stock_table(db, actor, at)


def _stock_exports() -> tuple[ExportSpec, ...]:
    def lazy(name: str) -> Callable[[Database, Actor], Table]:
        def build(db: Database, actor: Actor) -> Table:
            from rumahbatik.services import stock_exports  # only when used

            return getattr(stock_exports, name)(db, actor)

        return build

    return (
        ExportSpec(
            "items", QT_TRANSLATE_NOOP("Exports", "Items"), Permission.MANAGE_STOCK,
            lazy("items_table"),
        ),
        ExportSpec(
            "stock", QT_TRANSLATE_NOOP("Exports", "Stock"), Permission.MANAGE_STOCK,
            lambda db, actor: _stock_at(db, actor, None), build_at=_stock_at,
        ),
        ExportSpec(
            "moves", QT_TRANSLATE_NOOP("Exports", "Stock moves"), Permission.MANAGE_STOCK,
            lazy("moves_table"),
        ),
        ExportSpec(
            "batches", QT_TRANSLATE_NOOP("Exports", "Production batches"),
            Permission.MANAGE_STOCK, lazy("batches_table"),
        ),
    )  # fmt: skip


def _sales_exports() -> tuple[ExportSpec, ...]:
    def lazy(name: str) -> Callable[[Database, Actor], Table]:
        def build(db: Database, actor: Actor) -> Table:
            from rumahbatik.services import sales_exports  # only when used

            return getattr(sales_exports, name)(db, actor)

        return build

    return (
        ExportSpec(
            "invoices", QT_TRANSLATE_NOOP("Exports", "Invoices"), Permission.VIEW_SALES,
            lazy("invoices_table"),
        ),
        ExportSpec(
            "invoice-lines", QT_TRANSLATE_NOOP("Exports", "Invoice lines"),
            Permission.VIEW_SALES, lazy("invoice_lines_table"),
        ),
    )  # fmt: skip


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
        *_stock_exports(),
        *_sales_exports(),
    )
}


def export_names() -> list[str]:
    return sorted(EXPORTS)


def dated_export_names() -> list[str]:
    """The exports that take a date (``--at``)."""
    return sorted(name for name, spec in EXPORTS.items() if spec.build_at is not None)


def build_export(db: Database, actor: Actor, name: str, *, at: date | None = None) -> Table:
    """The table behind the export called ``name``, if the actor may see it; ``at`` asks for
    it as it was at the end of that day (only exports that take a date)."""
    spec = EXPORTS.get(name)
    if spec is None:
        raise ValidationError("export_unknown", name=name, known=", ".join(export_names()))
    if at is not None and spec.build_at is None:
        raise ValidationError(
            "value_invalid",
            field="--at",
            reason=QT_TRANSLATE_NOOP(
                "Errors", "the export {name} takes no date (exports with a date: {dated})"
            ),
            name=name,
            dated=", ".join(dated_export_names()),
        )
    actor.require(spec.permission)
    if at is not None and spec.build_at is not None:
        return spec.build_at(db, actor, at)
    return spec.build(db, actor)
