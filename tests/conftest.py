"""Shared test fixtures: a migrated database on SQLite and PostgreSQL, cheap passwords, actors.

The environment is set before anything from the program is imported, so nothing a test does
(backups, logs, Qt) ever touches the user's real data folder or needs a display.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A safe data folder from the first import on; each test then gets its own (see below).
_IMPORT_DATA_DIR = tempfile.mkdtemp(prefix="rumahbatik-test-data-")
atexit.register(shutil.rmtree, _IMPORT_DATA_DIR, ignore_errors=True)
os.environ["RUMAHBATIK_DATA_DIR"] = _IMPORT_DATA_DIR
os.environ.pop("RUMAHBATIK_DB_URL", None)

import argon2  # noqa: E402
import pytest  # noqa: E402
from sqlalchemy import MetaData, create_engine, text  # noqa: E402

from rumahbatik import config  # noqa: E402
from rumahbatik.db import Database, migrate  # noqa: E402
from rumahbatik.domain.roles import Role  # noqa: E402
from rumahbatik.models import Base  # noqa: E402
from rumahbatik.services import demo, passwords, users  # noqa: E402
from rumahbatik.services.context import Actor, system_actor  # noqa: E402

#: ``postgresql+psycopg://USER@HOST:PORT/DB`` of a throw-away database, or unset to skip.
PG_URL_ENV = "RUMAHBATIK_TEST_PG_URL"
#: Set (as CI does) to fail instead of skip when the PostgreSQL URL is missing.
PG_REQUIRED_ENV = "RUMAHBATIK_TEST_PG_REQUIRED"

#: Every user the fixtures create logs in with this password.
PASSWORD = "rahasia-123"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: needs the PostgreSQL test database")


# ---------------------------------------------------------------- environment


@pytest.fixture(scope="session", autouse=True)
def _session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Session-wide data folder (what session fixtures see)."""
    path = tmp_path_factory.mktemp("data")
    old = os.environ.get(config.ENV_DATA_DIR)
    os.environ[config.ENV_DATA_DIR] = str(path)
    yield path
    if old is not None:
        os.environ[config.ENV_DATA_DIR] = old


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own data folder: backups and logs land here."""
    path = tmp_path / "data"
    monkeypatch.setenv(config.ENV_DATA_DIR, str(path))
    monkeypatch.delenv(config.ENV_DB_URL, raising=False)
    return path


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2 at its cheapest: the real algorithm, a fraction of the time."""
    real = passwords.hasher
    passwords.hasher = argon2.PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    passwords._DUMMY_HASH = None
    yield
    passwords.hasher = real
    passwords._DUMMY_HASH = None


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """The command line sets up file logging once per process; undo it after each test, so a
    later test never writes to a closed stream or another test's folder."""
    from rumahbatik import logsetup

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logsetup._configured = False


# ---------------------------------------------------------------- databases


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL test database URL; the test is skipped when it is not configured."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        if os.environ.get(PG_REQUIRED_ENV):
            pytest.fail(f"{PG_REQUIRED_ENV} is set but {PG_URL_ENV} is not")
        pytest.skip(f"set {PG_URL_ENV} to run the PostgreSQL tests")
    return url


def drop_everything(url: str) -> None:
    """Drop every table (ours, stale ones and alembic_version) from a database."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            stale = MetaData()
            stale.reflect(conn)
            stale.drop_all(conn)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    try:
        migrate.upgrade(db)
    finally:
        db.dispose()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists(), "template not checkpointed"
    return path


@pytest.fixture(scope="session")
def _pg_migrated(pg_url: str) -> str:
    """The PostgreSQL test database, emptied of any earlier run and migrated to head once."""
    drop_everything(pg_url)
    db = Database(pg_url)
    try:
        migrate.upgrade(db)
    finally:
        db.dispose()
    return pg_url


def truncate_all(db: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def sqlite_db(_sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database in this test's folder."""
    path = tmp_path / "rumahbatik.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def pg_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The PostgreSQL test database with every table empty (skipped when not configured)."""
    url = request.getfixturevalue("_pg_migrated")
    db = Database(url)
    truncate_all(db)
    # The migrations' reference data (regions, locations) is gone with the truncate: put it
    # back, so PostgreSQL starts from what a fresh SQLite copy has.
    from tests.services.regions_seed import ensure_locations, ensure_regions

    ensure_regions(db)
    ensure_locations(db)
    yield db
    db.dispose()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
    ]
)
def db(request: pytest.FixtureRequest) -> Database:
    """A migrated, empty database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_db")
    return request.getfixturevalue("pg_db")


# ---------------------------------------------------------------- people


def actor_for(user: users.UserData) -> Actor:
    return Actor(user.id, user.username, user.role, user.full_name)


@pytest.fixture
def admin(db: Database) -> Actor:
    user = users.create_first_admin(db, "admin", PASSWORD, "Administrator")
    return actor_for(user)


@pytest.fixture
def manager(db: Database, admin: Actor) -> Actor:
    return actor_for(users.add_user(db, admin, "siti", PASSWORD, Role.MANAGER, "Siti Aminah"))


@pytest.fixture
def staff(db: Database, admin: Actor) -> Actor:
    return actor_for(users.add_user(db, admin, "dewi", PASSWORD, Role.STAFF, "Dewi Lestari"))


@pytest.fixture
def instructor(db: Database, admin: Actor) -> Actor:
    return actor_for(
        users.add_user(db, admin, "ratna", PASSWORD, Role.INSTRUCTOR, "Ratna Kusumawati")
    )


# ---------------------------------------------------------------- the demo


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory, _sqlite_template: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """The demo is filled once per test run (its pictures take a while); tests get copies."""
    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    media_folder = folder / "data"
    old = os.environ.get(config.ENV_DATA_DIR)
    os.environ[config.ENV_DATA_DIR] = str(media_folder)
    db = Database(f"sqlite:///{path}")
    try:
        demo.fill_demo(db, system_actor())
        with db.engine.connect() as conn:  # fold the WAL into the file before copying it
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
        if old is None:
            os.environ.pop(config.ENV_DATA_DIR, None)
        else:
            os.environ[config.ENV_DATA_DIR] = old
    return path, media_folder / "media"


@pytest.fixture
def demo_db(
    _demo_template: tuple[Path, Path], data_dir: Path, tmp_path: Path
) -> Iterator[Database]:
    """A copy of the demo database, with its pictures in this test's data folder."""
    template, media = _demo_template
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(template, path)
    if media.is_dir():
        shutil.copytree(media, data_dir / "media", dirs_exist_ok=True)
    db = Database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
    ]
)
def demo_filled(request: pytest.FixtureRequest) -> Database:
    """The demo on each database: a copy of the run's one filled SQLite file, or PostgreSQL
    filled for this test (the demo takes ~10 s; filling it once per run keeps the suite fast)."""
    if request.param == "sqlite":
        return request.getfixturevalue("demo_db")
    db = request.getfixturevalue("pg_db")
    demo.fill_demo(db, system_actor())
    return db
