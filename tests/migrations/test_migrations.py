"""The migrations build exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from rumahbatik.db import Database, migrate, open_database
from rumahbatik.models import Base, User
from rumahbatik.services import users
from tests.conftest import PASSWORD, drop_everything


def test_one_migration_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads, merge them: {heads}"
    assert migrate.head_revision() == heads[0]


def test_every_revision_is_known_and_chained():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(script.walk_revisions())
    assert {r.revision for r in revisions} == migrate.known_revisions()
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1


def _diff(db: Database) -> list:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


@pytest.fixture
def empty_sqlite(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    yield db
    db.dispose()


@pytest.fixture
def empty_pg(request):
    url = request.getfixturevalue("pg_url")
    drop_everything(url)
    db = Database(url)
    yield db
    db.dispose()
    # leave the schema the other PostgreSQL tests expect
    drop_everything(url)
    again = Database(url)
    migrate.upgrade(again)
    again.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def empty_db(request):
    return request.getfixturevalue("empty_sqlite" if request.param == "sqlite" else "empty_pg")


def test_upgrade_head_builds_the_models_schema(empty_db):
    assert migrate.current_revision(empty_db) is None
    migrate.upgrade(empty_db)
    assert migrate.current_revision(empty_db) == migrate.head_revision()
    assert _diff(empty_db) == []
    tables = set(inspect(empty_db.engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"} == tables


def test_the_comparison_does_see_differences(empty_db):
    """The check above would catch a model change without a migration."""
    migrate.upgrade(empty_db)
    with empty_db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_audit_log_at"))
    diff = _diff(empty_db)
    assert any(d[0] == "add_index" for d in diff), diff


def test_upgrade_twice_is_a_no_op(empty_db):
    migrate.upgrade(empty_db)
    migrate.upgrade(empty_db)
    assert migrate.current_revision(empty_db) == migrate.head_revision()


def test_downgrade_to_base_and_up_again(empty_db):
    from alembic import command

    migrate.upgrade(empty_db)
    command.downgrade(migrate.alembic_config(empty_db), "base")
    assert migrate.current_revision(empty_db) is None
    assert set(inspect(empty_db.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(empty_db)
    assert _diff(empty_db) == []


def test_open_database_migrates_an_old_database(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(f"sqlite:///{path}")
    migrate.upgrade(old, "base")  # a database from before the first revision
    old.dispose()
    assert path.exists()

    db = open_database(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        assert _diff(db) == []
        admin = users.create_first_admin(db, "admin", PASSWORD)
        with db.read() as session:
            assert session.scalar(select(User.username)) == admin.username
    finally:
        db.dispose()


def test_open_database_migrates_an_older_revision(tmp_path):
    """Stamp a database one revision back (when there is one) and reopen it."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    head = script.get_revision(migrate.head_revision())
    target = head.down_revision or "base"
    path = tmp_path / "older.sqlite3"
    old = Database(f"sqlite:///{path}")
    migrate.upgrade(old, target if isinstance(target, str) else target[0])
    old.dispose()
    db = open_database(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        assert _diff(db) == []
    finally:
        db.dispose()


def test_open_database_without_migrate_leaves_the_schema(tmp_path):
    path = tmp_path / "raw.sqlite3"
    db = open_database(f"sqlite:///{path}", migrate=False)
    try:
        assert migrate.current_revision(db) is None
        assert inspect(db.engine).get_table_names() == []
    finally:
        db.dispose()


def test_sqlite_connections_get_the_pragmas(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        db.dispose()


def test_migrations_ship_with_the_package():
    versions = Path(migrate.MIGRATIONS_DIR) / "versions"
    assert (migrate.MIGRATIONS_DIR / "env.py").is_file()
    assert list(versions.glob("*.py"))
