"""Wiring: QApplication, translations, error hook, database, login and the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from rumahbatik import config
from rumahbatik.db import Database, open_database
from rumahbatik.domain.errors import DomainError
from rumahbatik.services import backup, users
from rumahbatik.services import demo as demo_data
from rumahbatik.services.context import Actor, system_actor
from rumahbatik.services.settings import get_settings
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.errors import install_excepthook, show_error
from rumahbatik.ui.i18n import install_translators
from rumahbatik.ui.login_dialog import FirstAdminDialog, LoginDialog
from rumahbatik.ui.main_window import MainWindow
from rumahbatik.ui.operations import run_in_background

log = logging.getLogger(__name__)


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(config.APP_NAME)
    QCoreApplication.setApplicationName(config.APP_NAME)
    icon = config.resources_dir() / "images" / "icon.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def build_main_window(db: Database, actor: Actor) -> MainWindow:
    return MainWindow(UiContext(db=db, actor=actor, settings=get_settings(db), bus=ChangeBus()))


def ask_for_user(db: Database) -> Actor | None:
    """First admin on an empty database, otherwise the login dialog."""
    settings = get_settings(db)
    if users.needs_first_admin(db):
        dialog = FirstAdminDialog(db)
    else:
        dialog = LoginDialog(
            db, centre_name=settings.centre_name, logo=settings.centre_logo, demo=settings.is_demo
        )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def _start_auto_backup(window: MainWindow) -> None:
    settings = window.ctx.settings
    if not settings.auto_backup:
        return
    folder = backup.auto_backup_folder(settings.backup_folder)

    def done(path: object) -> None:
        if path:
            window.ctx.bus.changed.emit("backup")
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Automatic backup saved: {path}").format(
                    path=path
                ),
                8000,
            )

    def failed(exc: BaseException) -> None:
        log.error("automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The automatic backup failed; see the log.")
        )

    run_in_background(
        window,
        lambda: backup.auto_backup_if_due(window.ctx.db, folder, settings.backup_keep),
        done,
        on_error=failed,
    )


def run_gui(db_url: str | None = None, demo: bool = False) -> int:
    """Open the program window. Returns the process exit code."""
    app = ensure_app()
    install_excepthook()
    url = config.resolve_db_url(db_url)
    try:
        db = open_database(url)
    except Exception as exc:  # noqa: BLE001 - shown to the user, then we stop
        log.exception("cannot open database %s", url)
        install_translators("id")
        QMessageBox.critical(
            None,
            "Rumah Batik",
            QCoreApplication.translate("Errors", "The database cannot be opened: {reason}").format(
                reason=_short_reason(exc)
            ),
        )
        return 1
    if demo and demo_data.is_empty(db):
        try:
            demo_data.fill_demo(db, system_actor())
        except DomainError as exc:
            show_error(None, exc)
    install_translators(get_settings(db).language)
    windows: list[MainWindow] = []

    def login_and_show() -> None:
        actor = ask_for_user(db)
        if actor is None:
            app.quit()
            return
        window = build_main_window(db, actor)
        window.closed.connect(
            lambda logged_out: QTimer.singleShot(0, login_and_show) if logged_out else app.quit()
        )
        windows[:] = [window]
        window.show()
        _start_auto_backup(window)

    # Logging out closes the window but not the program.
    app.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(0, login_and_show)
    return app.exec()


def _short_reason(exc: BaseException) -> str:
    """The driver's own first line (e.g. "connection refused"), not SQLAlchemy's wrapping."""
    cause = getattr(exc, "orig", None) or exc
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def start_for_benchmark(db_url: str, username: str) -> MainWindow:
    """Open the database and show the main window as ``username``, skipping the login dialog.

    Used by ``python -m bench`` to time start-up as a user sees it after logging in.
    """
    ensure_app()
    db = open_database(db_url)
    settings = get_settings(db)
    install_translators(settings.language)
    match = [u for u in users.list_users(db, system_actor()) if u.username == username]
    if not match:
        raise LookupError(f"no user {username!r}")
    u = match[0]
    window = build_main_window(db, Actor(u.id, u.username, u.role, u.full_name))
    window.show()
    return window
