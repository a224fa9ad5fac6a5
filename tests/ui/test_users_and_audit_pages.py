from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from rumahbatik.services import users
from rumahbatik.ui.users_page import PasswordResetDialog, UserDialog


def users_tab(window):  # type: ignore[no-untyped-def]
    return window.open_page("settings").open_tab("Users")


def test_users_tab_lists_the_demo_users(window_for):
    page = users_tab(window_for("admin"))
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == ["admin", "agus", "bambang", "dewi", "ratna", "siti"]
    roles = {
        page.table.item(r, 0).text(): page.table.item(r, 2).text()
        for r in range(page.table.rowCount())
    }
    assert roles["ratna"] == "Instructor"


def test_add_user_dialog_creates_a_user(qtbot, window_for, demo_db):
    window = window_for("admin")
    dialog = UserDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "budi")
    qtbot.keyClicks(dialog.full_name, "Budi Santoso")
    dialog.role.setCurrentIndex(dialog.role.findData("instructor"))
    qtbot.keyClicks(dialog.password, "canting-99")
    qtbot.keyClicks(dialog.password2, "canting-99")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save()
    actor = users.login(demo_db, "budi", "canting-99")
    assert actor.full_name == "Budi Santoso" and actor.role.value == "instructor"


def test_duplicate_user_name_is_explained_in_the_dialog(qtbot, window_for):
    window = window_for("admin")
    dialog = UserDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "DEWI")
    qtbot.keyClicks(dialog.password, "canting-99")
    qtbot.keyClicks(dialog.password2, "canting-99")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "already used" in dialog.message.text()


def test_manager_cannot_make_an_admin(qtbot, window_for):
    window = window_for("siti")
    dialog = UserDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "boss")
    dialog.role.setCurrentIndex(dialog.role.findData("admin"))
    qtbot.keyClicks(dialog.password, "canting-99")
    qtbot.keyClicks(dialog.password2, "canting-99")
    dialog.save()
    assert "may not do this" in dialog.message.text()


def test_switching_a_user_off_stops_their_login(qtbot, window_for, demo_db):
    window = window_for("admin")
    page = users_tab(window)
    row = [page.table.item(r, 0).text() for r in range(page.table.rowCount())].index("agus")
    page.table.selectRow(row)
    dialog = UserDialog(window.ctx, page.selected(), window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.active, Qt.MouseButton.LeftButton)
    assert not dialog.active.isChecked()
    dialog.save()
    page.reload()
    assert page.table.item(row, 3).text() == "switched off"
    try:
        users.login(demo_db, "agus", "batik123")
    except Exception as exc:  # noqa: BLE001
        assert getattr(exc, "code", "") == "user_inactive"
    else:
        raise AssertionError("a switched-off user logged in")


def test_password_reset(qtbot, window_for, demo_db):
    window = window_for("admin")
    page = users_tab(window)
    page.table.selectRow(0)
    target = page.selected()
    dialog = PasswordResetDialog(window.ctx, target, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "baru-sekali-1")
    qtbot.keyClicks(dialog.password2, "baru-sekali-1")
    dialog.save()
    assert users.login(demo_db, target.username, "baru-sekali-1").username == target.username


def test_audit_log_lists_filters_and_shows_old_and_new_values(qtbot, window_for):
    window = window_for("admin")
    page = window.open_page("settings").open_tab("Audit log")
    qtbot.waitUntil(lambda: page.user_filter.count() > 1, timeout=3000)
    # The view fetches its first page when it is laid out, which may come after the facets.
    qtbot.waitUntil(lambda: page.model.rowCount() >= 8, timeout=3000)  # profile, users, login
    assert page.model.data(page.model.index(0, 2)) == "logged in"
    qtbot.keyClicks(page.search, "ratna")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.table.selectRow(0)
    details = page.details.toPlainText()
    assert "demo user ratna" in details
    assert 'role: null → "instructor"' in details
    page.search.clear()
    page.action_filter.setCurrentIndex(page.action_filter.findData("login"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.data(page.model.index(0, 1)) == "admin"


def test_audit_tab_is_hidden_from_staff(window_for):
    assert "settings" not in window_for("dewi").page_keys()
