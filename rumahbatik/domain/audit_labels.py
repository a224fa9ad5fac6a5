"""Words for the audit log's actions and record types (English source, translated by the ui)."""

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "login": QT_TRANSLATE_NOOP("Audit", "logged in"),
    "login_failed": QT_TRANSLATE_NOOP("Audit", "wrong password"),
    "backup": QT_TRANSLATE_NOOP("Audit", "backed up"),
    "restore": QT_TRANSLATE_NOOP("Audit", "restored"),
    "attendance": QT_TRANSLATE_NOOP("Audit", "attendance taken"),
    "scores": QT_TRANSLATE_NOOP("Audit", "scores entered"),
    "enrol": QT_TRANSLATE_NOOP("Audit", "enrolled"),
    "withdraw": QT_TRANSLATE_NOOP("Audit", "withdrawn"),
    "close": QT_TRANSLATE_NOOP("Audit", "closed"),
    "issue": QT_TRANSLATE_NOOP("Audit", "issued"),
    "override": QT_TRANSLATE_NOOP("Audit", "result overridden"),
    "revoke": QT_TRANSLATE_NOOP("Audit", "revoked"),
    "import": QT_TRANSLATE_NOOP("Audit", "imported"),
    "new_version": QT_TRANSLATE_NOOP("Audit", "new version"),
}

ENTITY_LABELS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "settings": QT_TRANSLATE_NOOP("Audit", "settings"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
    "person": QT_TRANSLATE_NOOP("Audit", "person"),
    "supplier": QT_TRANSLATE_NOOP("Audit", "supplier"),
    "region": QT_TRANSLATE_NOOP("Audit", "region"),
    "motif": QT_TRANSLATE_NOOP("Audit", "motif"),
    "course": QT_TRANSLATE_NOOP("Audit", "course"),
    "cohort": QT_TRANSLATE_NOOP("Audit", "cohort"),
    "enrollment": QT_TRANSLATE_NOOP("Audit", "enrolment"),
    "certificate": QT_TRANSLATE_NOOP("Audit", "certificate"),
}
