"""Time in one place, so tests can move it."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, timezone-aware in UTC (what the database stores)."""
    return datetime.now(UTC)
