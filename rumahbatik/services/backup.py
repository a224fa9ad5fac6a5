"""Backups and restores.

A backup is always a SQLite file with the program's schema and its Alembic revision:
made with SQLite's online backup API from a SQLite database, or by copying every row out of
PostgreSQL. The same file restores into either kind of database.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, insert, select, text

from rumahbatik import config
from rumahbatik.db import Database, migrate
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import BackupError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.roles import Permission
from rumahbatik.models import Base
from rumahbatik.services import audit
from rumahbatik.services.context import Actor

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".rbbackup"
AUTO_PREFIX = "auto-"
COPY_BATCH = 2000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    size_bytes: int
    user_count: int
    made_at: datetime | None


def _no_progress(_done: int, _total: int) -> None:
    pass


def _copy_rows(src: Engine, dst: Engine, progress: Progress = _no_progress) -> None:
    """Copy every row of every model table, parents before children, in batches."""
    tables = Base.metadata.sorted_tables
    with src.connect() as s, dst.begin() as d:
        counts = {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
        total = sum(counts.values()) or 1
        done = 0
        for table in tables:
            result = s.execution_options(yield_per=COPY_BATCH).execute(select(table))
            for chunk in result.partitions(COPY_BATCH):
                d.execute(insert(table), [dict(r._mapping) for r in chunk])
                done += len(chunk)
                progress(done, total)


def _stamp(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
            )
        )
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": revision})


def _write_backup(db: Database, dest: Path, progress: Progress = _no_progress) -> BackupInfo:
    dest = dest.expanduser().resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the destination and rename, so a crash never leaves half a backup.
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    revision = migrate.current_revision(db) or ""
    if db.dialect == "sqlite":
        raw = db.engine.raw_connection()
        try:
            target = sqlite3.connect(tmp)
            try:
                raw.driver_connection.backup(  # type: ignore[union-attr]
                    target,
                    pages=1024,
                    progress=lambda _s, remaining, total: progress(total - remaining, total),
                )
            finally:
                target.close()
        finally:
            raw.close()
        # A backup is one self-contained file: fold the WAL in.
        with sqlite3.connect(tmp) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
    else:
        engine = create_engine(f"sqlite:///{tmp}")
        try:
            Base.metadata.create_all(engine)
            _copy_rows(db.engine, engine, progress)
            _stamp(engine, revision)
        finally:
            engine.dispose()
    _pack_media(tmp, _media_root(db))
    tmp.replace(dest)
    return inspect_backup(dest)


MEDIA_TABLE = "backup_media"


def _media_root(db: Database) -> Path:
    # Imported when needed: Pillow (behind media) costs start-up time.
    from rumahbatik.services import media, settings

    return media.media_root(settings.get_settings(db).media_folder)


def _pack_media(backup_file: Path, root: Path) -> None:
    """Photos and motif images live as files: the backup carries them in a table of its own."""
    with sqlite3.connect(backup_file) as conn:
        conn.execute(f"CREATE TABLE {MEDIA_TABLE} (path TEXT PRIMARY KEY, data BLOB NOT NULL)")
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.name.endswith(".part"):
                    conn.execute(
                        f"INSERT INTO {MEDIA_TABLE} (path, data) VALUES (?, ?)",
                        (path.relative_to(root).as_posix(), path.read_bytes()),
                    )
    conn.close()


def _unpack_media(backup_file: Path, root: Path) -> int:
    """Write the backup's media files that are missing, then drop the table from the copy."""
    written = 0
    with sqlite3.connect(backup_file) as conn:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (MEDIA_TABLE,)
        ).fetchone()
        if has:
            for rel, data in conn.execute(f"SELECT path, data FROM {MEDIA_TABLE}"):
                target = (root / rel).resolve()
                if root.resolve() not in target.parents:
                    continue  # never write outside the media folder
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tmp = target.with_name(target.name + ".part")
                    tmp.write_bytes(data)
                    tmp.replace(target)
                    written += 1
            conn.execute(f"DROP TABLE {MEDIA_TABLE}")
    conn.close()
    return written


def backup_database(
    db: Database, actor: Actor, dest: Path, progress: Progress = _no_progress
) -> BackupInfo:
    """Write a consistent copy of the whole database to ``dest`` while the program runs."""
    actor.require(Permission.MANAGE_BACKUPS)
    info = _write_backup(db, Path(dest), progress)
    with db.transaction() as session:
        audit.record(session, actor, "backup", "database", "", summary=str(info.path))
    log.info("backup written to %s (%d bytes)", info.path, info.size_bytes)
    return info


def inspect_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is an intact Rumah Batik backup this program can restore."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(
            "backup_invalid",
            path=str(path),
            reason=QT_TRANSLATE_NOOP("Errors", "the file was not found"),
        )
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise BackupError(
                "backup_invalid",
                path=str(path),
                reason=QT_TRANSLATE_NOOP("Errors", "it is not a database file"),
            )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError("backup_invalid", path=str(path), reason=str(exc)) from exc
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(
                "backup_invalid",
                path=str(path),
                reason=QT_TRANSLATE_NOOP("Errors", "the file is damaged ({check})"),
                check=check,
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "users" not in tables:
            raise BackupError(
                "backup_invalid",
                path=str(path),
                reason=QT_TRANSLATE_NOOP("Errors", "it was not made by Rumah Batik"),
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else ""
        if revision not in migrate.known_revisions():
            raise BackupError("backup_newer", path=str(path))
        users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        made = (
            conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
            if "audit_log" in tables
            else None
        )
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup_invalid", path=str(path), reason=str(exc)) from exc
    finally:
        conn.close()
    return BackupInfo(
        path=path,
        revision=revision,
        size_bytes=path.stat().st_size,
        user_count=users,
        # SQLite keeps the UTC timestamp naive: make it aware like every other one.
        made_at=datetime.fromisoformat(made).replace(tzinfo=UTC) if isinstance(made, str) else None,
    )


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path


def restore_database(
    db: Database, actor: Actor, source: Path, progress: Progress = _no_progress
) -> RestoreResult:
    """Replace the database with a backup.

    The backup is checked first; the current database is saved beside the other backups
    before anything is replaced. Everyone should log in again afterwards.
    """
    actor.require(Permission.MANAGE_BACKUPS)
    info = inspect_backup(Path(source))
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    previous = _write_backup(db, config.backup_dir() / f"before-restore-{stamp}{BACKUP_SUFFIX}")
    with tempfile.TemporaryDirectory() as tmpdir:
        # Work on a copy brought up to the current schema, never on the user's file.
        work = Path(tmpdir) / "restore.sqlite3"
        shutil.copyfile(info.path, work)
        _unpack_media(work, _media_root(db))
        work_db = Database(f"sqlite:///{work}")
        try:
            migrate.upgrade(work_db)
        finally:
            work_db.dispose()  # close the copy, or Windows cannot delete it afterwards
        if db.dialect == "sqlite":
            db.dispose()
            src = sqlite3.connect(work)
            dst = sqlite3.connect(db.sqlite_path)  # type: ignore[arg-type]
            try:
                src.backup(dst, pages=1024, progress=lambda _s, rem, tot: progress(tot - rem, tot))
            finally:
                src.close()
                dst.close()
        else:
            _replace_all_rows(db, Path(work), progress)
    db.dispose()
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "restore",
            "database",
            "",
            summary=f"restored from {info.path}; previous saved as {previous.path}",
        )
    log.info("database restored from %s; previous copy %s", info.path, previous.path)
    return RestoreResult(restored_from=info.path, previous_copy=previous.path)


def _replace_all_rows(db: Database, work: Path, progress: Progress) -> None:
    """PostgreSQL: empty every table and copy the backup's rows in, in one transaction."""
    src = create_engine(f"sqlite:///{work}")
    tables = Base.metadata.sorted_tables
    try:
        with src.connect() as s, db.engine.begin() as d:
            names = ", ".join(f'"{t.name}"' for t in tables)
            d.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            total = sum(s.scalar(select(func.count()).select_from(t)) or 0 for t in tables) or 1
            done = 0
            for table in tables:
                result = s.execution_options(yield_per=COPY_BATCH).execute(select(table))
                for chunk in result.partitions(COPY_BATCH):
                    d.execute(insert(table), [dict(r._mapping) for r in chunk])
                    done += len(chunk)
                    progress(done, total)
            for table in tables:
                if (
                    "id" in table.c
                    and table.c.id.autoincrement in (True, "auto")
                    and table.c.id.primary_key
                ):
                    d.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 1), '
                            f'(SELECT MAX(id) FROM "{table.name}") IS NOT NULL)'
                        )
                    )
    finally:
        src.dispose()


def auto_backup_folder(folder_setting: str) -> Path:
    return Path(folder_setting).expanduser() if folder_setting else config.backup_dir()


def auto_backup_if_due(
    db: Database, folder: Path, keep: int, *, now: datetime | None = None
) -> Path | None:
    """Make the day's automatic backup unless one exists from the last 24 hours; keep ``keep``.

    Runs for whoever is logged in: it protects their work and reveals nothing.
    """
    now = now or utcnow()
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
    made: Path | None = None
    if existing:
        newest = existing[-1].stem[len(AUTO_PREFIX) :]
        try:
            newest_at = datetime.strptime(newest, "%Y%m%d-%H%M%S").replace(tzinfo=now.tzinfo)
        except ValueError:
            newest_at = None
        if newest_at is not None and (now - newest_at).total_seconds() < 24 * 3600:
            return None
    target = folder / f"{AUTO_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"
    made = _write_backup(db, target).path
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
    for old in autos[: max(0, len(autos) - keep)]:
        old.unlink(missing_ok=True)
    log.info("automatic backup %s", made)
    return made


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size_bytes: int
    modified_at: datetime
    automatic: bool


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first (automatic ones and those saved before a restore)."""
    if not folder.is_dir():
        return []
    files = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        stat = path.stat()
        files.append(
            BackupFile(
                path=path,
                size_bytes=stat.st_size,
                modified_at=datetime.fromtimestamp(stat.st_mtime).astimezone(),
                automatic=path.name.startswith(AUTO_PREFIX),
            )
        )
    return sorted(files, key=lambda f: f.modified_at, reverse=True)
