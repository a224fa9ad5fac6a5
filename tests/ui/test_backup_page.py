from __future__ import annotations

from pathlib import Path

from rumahbatik.services import backup, settings
from rumahbatik.services.settings import get_settings


def backup_tab(window):  # type: ignore[no-untyped-def]
    return window.open_page("settings").open_tab("Backup")


def test_backup_now_writes_a_restorable_file(qtbot, window_for, tmp_path, boxes):
    page = backup_tab(window_for("admin"))
    target = tmp_path / "copy.rbbackup"
    page.start_backup(target)
    qtbot.waitUntil(lambda: bool(boxes.texts("information")), timeout=10000)
    assert target.is_file()
    assert backup.inspect_backup(target).user_count == 6
    assert str(target) in boxes.texts("information")[0]


def test_restore_asks_first_then_replaces_the_database_and_logs_out(
    qtbot, window_for, demo_db, tmp_path, boxes
):
    window = window_for("admin")
    page = backup_tab(window)
    saved = tmp_path / "before.rbbackup"
    backup.backup_database(demo_db, window.ctx.actor, saved)
    settings.update_settings(demo_db, window.ctx.actor, {"centre_name": "Changed after backup"})

    boxes.answer = boxes.answer.No
    page.confirm_and_restore(saved)
    assert get_settings(demo_db).centre_name == "Changed after backup"

    boxes.answer = boxes.answer.Yes
    with qtbot.waitSignal(window.closed, timeout=10000) as closed:
        page.confirm_and_restore(saved)
    assert closed.args == [True]  # everyone logs in again
    assert get_settings(demo_db).centre_name == "Rumah Batik Kota Probolinggo"
    assert any("previous database is kept" in t for t in boxes.texts("information"))
    kept = [
        b.path
        for b in backup.list_backups(Path(page.folder()))
        if b.path.name.startswith("before-restore")
    ]
    assert kept


def test_a_file_that_is_not_a_backup_is_refused_before_anything_changes(
    window_for, tmp_path, boxes
):
    page = backup_tab(window_for("admin"))
    junk = tmp_path / "notes.rbbackup"
    junk.write_text("not a database")
    page.confirm_and_restore(junk)
    assert boxes.texts("question") == []
    assert "not a usable Rumah Batik backup" in boxes.texts("warning")[0]
