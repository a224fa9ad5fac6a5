"""The one place where errors become messages a person can act on."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rumahbatik.domain.errors import DomainError, PermissionDenied
from rumahbatik.domain.messages import render
from rumahbatik.logsetup import log_file

log = logging.getLogger(__name__)


def error_text(exc: DomainError) -> str:
    """The translated message of a domain error, with its parameters translated too."""
    return render(exc, QCoreApplication.translate)


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
