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
    "override": QT_TRANSLATE_NOOP("Audit", "result overridden"),
    "revoke": QT_TRANSLATE_NOOP("Audit", "revoked"),
}

ENTITY_LABELS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "settings": QT_TRANSLATE_NOOP("Audit", "settings"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
}
