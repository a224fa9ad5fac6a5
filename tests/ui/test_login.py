from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from rumahbatik.domain.roles import Role
from rumahbatik.services import users
from rumahbatik.ui.login_dialog import FirstAdminDialog, LoginDialog


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_wrong_password_shows_a_clear_message_and_keeps_the_dialog_open(qtbot, demo_db):
    dialog = LoginDialog(demo_db, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username, "admin")
    type_into(qtbot, dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible()
    assert "user name or password is wrong" in dialog.message.text()
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.actor is None


def test_demo_hint_is_shown_only_on_the_demo_database(qtbot, demo_db, sqlite_db):
    demo_dialog = LoginDialog(demo_db, demo=True)
    qtbot.addWidget(demo_dialog)
    assert demo_dialog.findChild(object, "demoHint") is not None
    plain = LoginDialog(demo_db, demo=False)
    qtbot.addWidget(plain)
    assert plain.findChild(object, "demoHint") is None


def test_repeated_failures_make_the_dialog_say_wait(qtbot, demo_db):
    dialog = LoginDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(users.FREE_ATTEMPTS + 1):
        dialog.username.setText("siti")
        type_into(qtbot, dialog.password, "wrong")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "Wait" in dialog.message.text() and "seconds" in dialog.message.text()


def test_right_password_logs_in(qtbot, demo_db):
    dialog = LoginDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username, "siti")
    type_into(qtbot, dialog.password, "batik123")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.username == "siti"
    assert dialog.actor.role is Role.MANAGER


def test_first_start_creates_the_admin(qtbot, sqlite_db):
    assert users.needs_first_admin(sqlite_db)
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username, "kepala")
    type_into(qtbot, dialog.full_name, "Siti Aminah")
    type_into(qtbot, dialog.password, "rahasia-123")
    type_into(qtbot, dialog.password2, "rahasia-124")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    assert users.needs_first_admin(sqlite_db)

    dialog.password2.clear()
    type_into(qtbot, dialog.password2, "rahasia-123")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert not users.needs_first_admin(sqlite_db)


def test_first_admin_password_rules_are_shown(qtbot, sqlite_db):
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username, "kepala")
    type_into(qtbot, dialog.password, "short")
    type_into(qtbot, dialog.password2, "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in dialog.message.text()
    assert users.needs_first_admin(sqlite_db)
