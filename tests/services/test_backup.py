"""Backups, restores and automatic backups, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from rumahbatik import config
from rumahbatik.db import Database, migrate
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import BackupError, PermissionDenied
from rumahbatik.services import audit, backup, settings, users
from tests.conftest import PASSWORD, actor_for


def _usernames(db, actor):
    return sorted(u.username for u in users.list_users(db, actor))


def _open_backup(path: Path) -> Database:
    """A backup file opened as a database (it is one), without migrating it."""
    return Database(f"sqlite:///{path}")


def test_backup_is_a_self_contained_sqlite_file(db, admin, staff, tmp_path):
    progress = []
    info = backup.backup_database(
        db,
        admin,
        tmp_path / "out" / "satu.rbbackup",
        progress=lambda done, total: progress.append((done, total)),
    )
    assert info.path == (tmp_path / "out" / "satu.rbbackup").resolve()
    assert info.revision == migrate.head_revision()
    assert info.user_count == 2
    assert info.size_bytes == info.path.stat().st_size > 0
    # the time of the newest audit row (here: adding dewi), aware and in UTC
    assert info.made_at is not None and info.made_at.tzinfo == UTC
    assert abs(info.made_at - utcnow()) < timedelta(minutes=5)
    assert progress and progress[-1][0] == progress[-1][1]
    assert not list(info.path.parent.glob("*.part"))
    assert not Path(f"{info.path}-wal").exists()
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy = _open_backup(info.path)
    try:
        assert _usernames(copy, admin) == ["admin", "dewi"]
    finally:
        copy.dispose()
    rows = audit.list_audit(db, admin, audit.AuditFilter(action="backup"))
    assert len(rows) == 1 and str(info.path) in rows[0].summary


def test_backup_needs_permission(db, staff, tmp_path):
    with pytest.raises(PermissionDenied) as err:
        backup.backup_database(db, staff, tmp_path / "x.rbbackup")
    assert err.value.code == "permission_denied"
    assert not (tmp_path / "x.rbbackup").exists()


def test_restore_needs_permission(db, admin, staff, tmp_path):
    info = backup.backup_database(db, admin, tmp_path / "x.rbbackup")
    with pytest.raises(PermissionDenied):
        backup.restore_database(db, staff, info.path)


def test_backup_and_restore_round_trip(db, admin, data_dir, tmp_path):
    made = backup.backup_database(db, admin, tmp_path / "sebelum.rbbackup")

    # change the database after the backup
    users.add_user(db, admin, "agus", PASSWORD, "staff")
    settings.update_settings(db, admin, {"centre_city": "Probolinggo"})
    assert _usernames(db, admin) == ["admin", "agus"]

    result = backup.restore_database(db, admin, made.path)
    assert result.restored_from == made.path

    # the change is gone
    assert _usernames(db, admin) == ["admin"]
    assert settings.get_settings(db).centre_city == ""
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do: agus does not exist
        users.login(db, "agus", PASSWORD)

    # the database as it was is kept, in the data folder, and has the change
    previous = result.previous_copy
    assert previous.is_file()
    assert previous.parent == config.backup_dir()
    assert data_dir in previous.parents
    assert previous.name.startswith("before-restore-")
    assert backup.inspect_backup(previous).user_count == 2
    kept = _open_backup(previous)
    try:
        assert _usernames(kept, admin) == ["admin", "agus"]
        assert settings.get_settings(kept).centre_city == "Probolinggo"
    finally:
        kept.dispose()

    # the restore is in the (restored) audit log
    [row] = audit.list_audit(db, admin, audit.AuditFilter(action="restore"))
    assert str(made.path) in row.summary and str(previous) in row.summary
    assert row.username == "admin"

    # the database keeps working: new rows get fresh ids (PostgreSQL sequences were reset)
    agus = users.add_user(db, admin, "agus", PASSWORD, "staff")
    assert agus.id > admin.user_id
    users.add_user(db, admin, "bambang", PASSWORD, "instructor")
    settings.update_settings(db, admin, {"centre_city": "Kota Probolinggo"})
    assert _usernames(db, admin) == ["admin", "agus", "bambang"]
    assert users.login(db, "agus", PASSWORD).username == "agus"


def test_restore_into_another_database(db, admin, tmp_path, _sqlite_template):
    """A backup from either kind of database restores into a SQLite one."""
    users.add_user(db, admin, "agus", PASSWORD, "staff")
    made = backup.backup_database(db, admin, tmp_path / "pindah.rbbackup")
    other_path = tmp_path / "other.sqlite3"
    shutil.copyfile(_sqlite_template, other_path)
    other = Database(f"sqlite:///{other_path}")
    try:
        other_admin = actor_for(users.create_first_admin(other, "lain", PASSWORD))
        backup.restore_database(other, other_admin, made.path)
        assert _usernames(other, admin) == ["admin", "agus"]
        assert users.login(other, "agus", PASSWORD).username == "agus"
    finally:
        other.dispose()


def test_restore_leaves_no_file_open(db, admin, tmp_path):
    """Every connection to the temporary working copy is closed (Windows cannot delete an open
    file, so a leaked one there makes the restore fail)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc")
    made = backup.backup_database(db, admin, tmp_path / "b.rbbackup")
    backup.restore_database(db, admin, made.path)

    def targets():
        out = []
        for fd in fds.iterdir():
            try:
                out.append(str(fd.readlink()))
            except OSError:
                pass
        return out

    assert [t for t in targets() if "restore.sqlite3" in t] == []


def test_restore_refuses_a_bad_file_and_changes_nothing(db, admin, tmp_path, data_dir):
    bad = tmp_path / "bad.rbbackup"
    bad.write_bytes(b"definitely not a database")
    with pytest.raises(BackupError) as err:
        backup.restore_database(db, admin, bad)
    assert err.value.code == "backup_invalid"
    assert _usernames(db, admin) == ["admin"]
    assert not list(config.backup_dir().glob("before-restore-*"))


# ---------------------------------------------------------------- inspect_backup


@pytest.fixture
def good_backup(sqlite_db, tmp_path):
    admin = users.create_first_admin(sqlite_db, "admin", PASSWORD)
    return backup.backup_database(sqlite_db, actor_for(admin), tmp_path / "good.rbbackup").path


def test_inspect_a_good_backup(good_backup):
    info = backup.inspect_backup(good_backup)
    assert info.revision == migrate.head_revision()
    assert info.user_count == 1


def test_inspect_missing_file(tmp_path):
    with pytest.raises(BackupError) as err:
        backup.inspect_backup(tmp_path / "nothing.rbbackup")
    assert err.value.code == "backup_invalid"
    assert err.value.params["reason"] == "the file was not found"


@pytest.mark.parametrize(
    "content", [b"", b"PK\x03\x04 a zip file", b"SQLite format 2\x00" + b"\0" * 100]
)
def test_inspect_refuses_a_file_that_is_not_sqlite(tmp_path, content):
    path = tmp_path / "x.rbbackup"
    path.write_bytes(content)
    with pytest.raises(BackupError) as err:
        backup.inspect_backup(path)
    assert err.value.code == "backup_invalid"
    assert err.value.params["reason"] == "it is not a database file"
    assert err.value.params["path"] == str(path)


def test_inspect_refuses_a_sqlite_file_that_is_not_ours(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('rendang')")
    conn.close()
    with pytest.raises(BackupError) as err:
        backup.inspect_backup(path)
    assert err.value.code == "backup_invalid"
    assert err.value.params["reason"] == "it was not made by Rumah Batik"


def test_inspect_refuses_a_newer_backup(good_backup):
    with sqlite3.connect(good_backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    with pytest.raises(BackupError) as err:
        backup.inspect_backup(good_backup)
    assert err.value.code == "backup_newer"
    assert "newer version" in err.value.english()


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_inspect_refuses_a_truncated_file(good_backup, tmp_path, keep):
    data = good_backup.read_bytes()
    cut = tmp_path / "cut.rbbackup"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(BackupError) as err:
        backup.inspect_backup(cut)
    assert err.value.code == "backup_invalid"


def test_inspect_refuses_a_corrupted_file(good_backup, tmp_path):
    data = bytearray(good_backup.read_bytes())
    page = 4096
    assert len(data) >= 3 * page
    for i in range(page + 8, len(data), 7):  # scribble over every page after the first
        data[i] = (data[i] + 0x5A) % 256
    bad = tmp_path / "bad.rbbackup"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError) as err:
        backup.inspect_backup(bad)
    assert err.value.code == "backup_invalid"


def test_restore_refuses_a_newer_backup_and_keeps_the_database(db, admin, tmp_path):
    made = backup.backup_database(db, admin, tmp_path / "b.rbbackup").path
    newer = tmp_path / "newer.rbbackup"
    shutil.copyfile(made, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    users.add_user(db, admin, "agus", PASSWORD, "staff")
    with pytest.raises(BackupError) as err:
        backup.restore_database(db, admin, newer)
    assert err.value.code == "backup_newer"
    assert _usernames(db, admin) == ["admin", "agus"]


# ---------------------------------------------------------------- automatic backups


def test_auto_backup_daily_and_pruned(db, admin, tmp_path):
    folder = tmp_path / "auto"
    t0 = utcnow().replace(microsecond=0)
    first = backup.auto_backup_if_due(db, folder, keep=2, now=t0)
    assert first is not None and first.is_file()
    assert first.name.startswith(backup.AUTO_PREFIX) and first.suffix == backup.BACKUP_SUFFIX
    assert backup.inspect_backup(first).user_count == 1

    assert backup.auto_backup_if_due(db, folder, keep=2, now=t0 + timedelta(hours=1)) is None
    assert (
        backup.auto_backup_if_due(db, folder, keep=2, now=t0 + timedelta(hours=23, minutes=59))
        is None
    )
    assert len(list(folder.iterdir())) == 1

    second = backup.auto_backup_if_due(db, folder, keep=2, now=t0 + timedelta(hours=24, seconds=1))
    assert second is not None and second != first
    third = backup.auto_backup_if_due(db, folder, keep=2, now=t0 + timedelta(days=2, seconds=2))
    assert third is not None
    fourth = backup.auto_backup_if_due(db, folder, keep=2, now=t0 + timedelta(days=3, seconds=3))
    remaining = sorted(folder.glob(f"*{backup.BACKUP_SUFFIX}"))
    assert remaining == [third, fourth]
    assert not first.exists() and not second.exists()


def test_auto_backup_leaves_other_files_alone(db, admin, tmp_path):
    folder = tmp_path / "auto"
    folder.mkdir()
    manual = folder / "manual.rbbackup"
    manual.write_bytes(b"x")
    before = folder / "before-restore-20260101-000000.rbbackup"
    before.write_bytes(b"x")
    t0 = utcnow()
    for day in range(3):
        backup.auto_backup_if_due(db, folder, keep=1, now=t0 + timedelta(days=day))
    assert manual.exists() and before.exists()
    assert len(list(folder.glob(f"{backup.AUTO_PREFIX}*"))) == 1


def test_auto_backup_folder_setting(data_dir, tmp_path):
    assert backup.auto_backup_folder("") == config.backup_dir()
    assert backup.auto_backup_folder(str(tmp_path / "usb")) == tmp_path / "usb"
