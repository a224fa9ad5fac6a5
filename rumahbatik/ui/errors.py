"""The one place where errors become messages a person can act on."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rumahbatik.domain.errors import MESSAGES, DomainError, PermissionDenied, format_message
from rumahbatik.domain.roles import ROLE_LABELS, Role
from rumahbatik.domain.validation import REASONS
from rumahbatik.logsetup import log_file
from rumahbatik.ui.i18n import t

log = logging.getLogger(__name__)

# Contexts where a field label may have been marked for translation.
FIELD_CONTEXTS = ("Settings", "Fields", "Exports")


def _field(text: str) -> str:
    for context in FIELD_CONTEXTS:
        translated = t(context, text)
        if translated != text:
            return translated
    return text


def error_text(exc: DomainError) -> str:
    """The translated message of a domain error, with its parameters translated too."""
    params: dict[str, Any] = dict(exc.params)
    if "field" in params:
        params["field"] = _field(str(params["field"]))
    if "action" in params:
        params["action"] = t("Permissions", str(params["action"]))
    if "role" in params:
        try:
            params["role"] = t("Roles", ROLE_LABELS[Role(params["role"])])
        except ValueError:
            pass
    if "reason" in params and params.get("reason_key") in REASONS:
        params["reason"] = format_message(t("Errors", REASONS[params["reason_key"]]), params)
    template = MESSAGES.get(exc.code)
    if template is None:
        return exc.english()
    return format_message(t("Errors", template), params)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any error: a domain error as its message, anything else logged and summarised."""
    if isinstance(exc, DomainError):
        title = (
            QCoreApplication.translate("Errors", "Not allowed")
            if isinstance(exc, PermissionDenied)
            else QCoreApplication.translate("Errors", "Please check")
        )
        log.info("refused: %s", exc.english())
        QMessageBox.warning(parent, title, error_text(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Errors", "Something went wrong"),
        QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong and the action was not finished. Nothing that was "
            "already saved is lost.\n\nDetails are in the log file:\n{path}",
        ).format(path=log_file()),
    )


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    app = QApplication.instance()
    if app is not None:
        show_error(app.activeWindow(), exc)


def install_excepthook() -> None:
    """Never a silent crash: an uncaught exception in a slot is logged and shown."""
    sys.excepthook = _excepthook
