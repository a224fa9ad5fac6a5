from rumahbatik.db import migrate


def test_schema_head_constant_matches_the_migration_chain():
    """Start-up compares against SCHEMA_HEAD without importing Alembic: keep it current."""
    assert migrate.SCHEMA_HEAD == migrate.head_revision()
