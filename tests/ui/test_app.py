"""The start-up wiring: which dialog comes first, and a database that cannot be opened."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialog

from rumahbatik import app
from rumahbatik.services import users
from rumahbatik.ui.login_dialog import FirstAdminDialog, LoginDialog


def test_empty_database_asks_for_the_first_admin(qtbot, sqlite_db, monkeypatch):
    seen: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        dialog.username.setText("kepala")
        dialog.password.setText("rahasia-123")
        dialog.password2.setText("rahasia-123")
        dialog.try_create()
        return dialog.result()

    monkeypatch.setattr(FirstAdminDialog, "exec", fake_exec)
    actor = app.ask_for_user(sqlite_db)
    assert seen == ["FirstAdminDialog"]
    assert actor is not None and actor.username == "kepala"


def test_later_starts_show_the_login_with_the_demo_hint(qtbot, demo_db, monkeypatch):
    seen: list[LoginDialog] = []

    def fake_exec(dialog: LoginDialog) -> int:
        seen.append(dialog)
        dialog.username.setText("admin")
        dialog.password.setText("admin")
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    actor = app.ask_for_user(demo_db)
    assert actor is not None and actor.username == "admin"
    assert seen[0].findChild(object, "demoHint") is not None
    assert not users.needs_first_admin(demo_db)


def test_cancelled_login_returns_nobody(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert app.ask_for_user(demo_db) is None


def test_unreachable_database_is_reported_not_crashed(qtbot, boxes, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    code = app.run_gui("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1")
    assert code == 1
    # The database cannot be opened before its language setting is known: Indonesian.
    (text,) = boxes.texts("critical")
    assert text.startswith("Basis data tidak dapat dibuka")
    assert "Connection refused" in text and "sqlalche.me" not in text


def test_benchmark_entry_point_opens_the_window_as_a_user(qtbot, demo_db):
    window = app.start_for_benchmark(demo_db.url, "dewi")
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.ctx.actor.username == "dewi"
