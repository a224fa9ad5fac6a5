"""The audit log: who changed what, when, with old and new values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.formatting import like_pattern
from rumahbatik.domain.roles import Permission
from rumahbatik.models import AuditEntry
from rumahbatik.services.context import Actor


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for the fields whose value changed."""
    out: dict[str, list[Any]] = {}
    for key in sorted(set(old) | set(new)):
        a, b = _jsonable(old.get(key)), _jsonable(new.get(key))
        if a != b:
            out[key] = [a, b]
    return out


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object = "",
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    summary: str = "",
) -> None:
    """Add an audit row in the caller's transaction (so it commits or rolls back with it)."""
    session.add(
        AuditEntry(
            user_id=actor.user_id if actor else None,
            username=(actor.username if actor else "")[:32],
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            summary=summary,
            changes=diff(old or {}, new or {}),
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    changes: dict[str, list[Any]]


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""
    username: str = ""
    entity: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _local_day_start_utc(d: date) -> datetime:
    return datetime.combine(d, time.min).astimezone()


def list_audit(
    db: Database,
    actor: Actor,
    flt: AuditFilter = AuditFilter(),
    *,
    before_id: int | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """Newest first, keyset-paged: pass the last row's id as ``before_id`` for the next page."""
    actor.require(Permission.VIEW_AUDIT)
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    if flt.username:
        stmt = stmt.where(AuditEntry.username == flt.username)
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.action:
        stmt = stmt.where(AuditEntry.action == flt.action)
    if flt.date_from:
        stmt = stmt.where(AuditEntry.at >= _local_day_start_utc(flt.date_from))
    if flt.date_to:
        stmt = stmt.where(AuditEntry.at < _local_day_start_utc(flt.date_to + timedelta(days=1)))
    if flt.text:
        like = like_pattern(flt.text)
        stmt = stmt.where(
            or_(
                AuditEntry.summary.ilike(like, escape="\\"),
                AuditEntry.entity_id.ilike(like, escape="\\"),
                AuditEntry.username.ilike(like, escape="\\"),
            )
        )
    with db.read() as session:
        return [
            AuditRow(
                id=e.id,
                at=e.at,
                username=e.username,
                action=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                summary=e.summary,
                changes=e.changes or {},
            )
            for e in session.scalars(stmt)
        ]


@dataclass(frozen=True)
class AuditFacets:
    usernames: list[str]
    entities: list[str]
    actions: list[str]


def audit_facets(db: Database, actor: Actor) -> AuditFacets:
    """The distinct values the filters offer."""
    actor.require(Permission.VIEW_AUDIT)
    with db.read() as session:
        return AuditFacets(
            usernames=list(
                session.scalars(
                    select(AuditEntry.username).distinct().order_by(AuditEntry.username)
                )
            ),
            entities=list(
                session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
            ),
            actions=list(
                session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
            ),
        )
