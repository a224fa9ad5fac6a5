"""Alembic, driven from code: no alembic.ini needed at run time.

Alembic is imported only when the schema must change (it costs ~250 ms at start-up): the
usual start compares the database's revision with :data:`SCHEMA_HEAD` using plain SQL.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from rumahbatik.db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest migration's revision. A new migration must update it; a test checks that it
#: equals Alembic's single head.
SCHEMA_HEAD = "0006"


def alembic_config(db: Database | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
        cfg.attributes["engine"] = db.engine
    return cfg


def head_revision() -> str:
    """Alembic's single head (raises if the chain has several)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The database's revision, or None for an empty database."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, revision: str = "head") -> None:
    """Create or migrate the schema; a no-op when it is already current."""
    current = current_revision(db)
    if revision == "head" and current == SCHEMA_HEAD:
        return
    from alembic import command

    log.info("migrating database %s from %s to %s", db.display_name, current, revision)
    command.upgrade(alembic_config(db), revision)
