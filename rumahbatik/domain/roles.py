"""Roles and what each may do. The services check these; the ui only hides buttons."""

from __future__ import annotations

import enum

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    STAFF = "staff"
    INSTRUCTOR = "instructor"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Admin"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.STAFF: QT_TRANSLATE_NOOP("Roles", "Staff"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("Roles", "Instructor"),
}


class Permission(enum.StrEnum):
    VIEW_DASHBOARD = "view_dashboard"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_MOTIFS = "manage_motifs"
    VIEW_TRAINING = "view_training"
    MANAGE_TRAINING = "manage_training"
    MANAGE_ALL_COHORTS = "manage_all_cohorts"
    MANAGE_STOCK = "manage_stock"
    VIEW_SALES = "view_sales"
    VIEW_PRICES = "view_prices"
    SELL = "sell"
    CANCEL_INVOICES = "cancel_invoices"
    DELETE_RECORDS = "delete_records"
    VIEW_REPORTS = "view_reports"
    VIEW_SETTINGS = "view_settings"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    MANAGE_BACKUPS = "manage_backups"
    OVERRIDE_RESULTS = "override_results"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_DASHBOARD: QT_TRANSLATE_NOOP("Permissions", "view the dashboard"),
    Permission.MANAGE_PEOPLE: QT_TRANSLATE_NOOP("Permissions", "manage artisans and customers"),
    Permission.MANAGE_MOTIFS: QT_TRANSLATE_NOOP("Permissions", "manage the motif catalogue"),
    Permission.VIEW_TRAINING: QT_TRANSLATE_NOOP("Permissions", "view training"),
    Permission.MANAGE_TRAINING: QT_TRANSLATE_NOOP("Permissions", "manage training"),
    Permission.MANAGE_ALL_COHORTS: QT_TRANSLATE_NOOP("Permissions", "manage every cohort"),
    Permission.MANAGE_STOCK: QT_TRANSLATE_NOOP("Permissions", "manage stock"),
    Permission.VIEW_SALES: QT_TRANSLATE_NOOP("Permissions", "view sales"),
    Permission.VIEW_PRICES: QT_TRANSLATE_NOOP("Permissions", "view prices"),
    Permission.SELL: QT_TRANSLATE_NOOP("Permissions", "sell"),
    Permission.CANCEL_INVOICES: QT_TRANSLATE_NOOP("Permissions", "cancel invoices"),
    Permission.DELETE_RECORDS: QT_TRANSLATE_NOOP("Permissions", "delete records"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("Permissions", "view reports"),
    Permission.VIEW_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "view settings"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "change settings"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "manage users"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Permissions", "view the audit log"),
    Permission.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("Permissions", "back up and restore"),
    Permission.OVERRIDE_RESULTS: QT_TRANSLATE_NOOP("Permissions", "override training results"),
}

_STAFF = {
    Permission.VIEW_DASHBOARD,
    Permission.MANAGE_PEOPLE,
    Permission.MANAGE_MOTIFS,
    Permission.VIEW_TRAINING,
    Permission.MANAGE_STOCK,
    Permission.VIEW_SALES,
    Permission.VIEW_PRICES,
    Permission.SELL,
}
_INSTRUCTOR = {
    Permission.VIEW_DASHBOARD,
    Permission.VIEW_TRAINING,
    Permission.MANAGE_TRAINING,
}
_MANAGER = (
    _STAFF
    | _INSTRUCTOR
    | {
        Permission.MANAGE_ALL_COHORTS,
        Permission.CANCEL_INVOICES,
        Permission.DELETE_RECORDS,
        Permission.VIEW_REPORTS,
        Permission.VIEW_SETTINGS,
        Permission.MANAGE_SETTINGS,
        Permission.VIEW_AUDIT,
        Permission.MANAGE_BACKUPS,
        Permission.OVERRIDE_RESULTS,
        # Managers run the office: they add staff and instructors, but only an admin
        # may create, change or remove an admin (checked in services.users).
        Permission.MANAGE_USERS,
    }
)
_ADMIN = _MANAGER

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(_ADMIN),
    Role.MANAGER: frozenset(_MANAGER),
    Role.STAFF: frozenset(_STAFF),
    Role.INSTRUCTOR: frozenset(_INSTRUCTOR),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
