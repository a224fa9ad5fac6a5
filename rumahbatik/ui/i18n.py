"""Loading translations, and translating the domain's marked strings at display time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from rumahbatik import config

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
# Kept alive here: a QTranslator removed by the garbage collector stops translating.
_installed: list[QTranslator] = []


def install_translators(language: str) -> str:
    """Install the program's translation for ``language`` (source strings are English).

    Returns the language actually in use. Qt ships no Indonesian translation of its own
    dialogs, so ``qt_extra_id`` translates the standard buttons (context QPlatformTheme).
    """
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    language = language if language in LANGUAGES else "id"
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        folder = config.resources_dir() / "i18n"
        for name in ("rumahbatik_id", "qt_extra_id"):
            tr = QTranslator(app)
            if tr.load(str(folder / f"{name}.qm")):
                app.installTranslator(tr)
                _installed.append(tr)
            else:
                log.warning("translation %s not found in %s", name, folder)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language


def t(context: str, text: str) -> str:
    """Translate a string the domain marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)
