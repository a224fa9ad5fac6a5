"""Regions: the kecamatan (districts) and kelurahan (sub-districts) people live in.

Editable reference data: Kota Probolinggo's 5 kecamatan and 29 kelurahan ship with the
migrations; managers may add, rename and switch regions off. A region in use is never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.validation import invalid
from rumahbatik.models import Person, Region
from rumahbatik.services import audit
from rumahbatik.services.context import Actor

KECAMATAN = "kecamatan"
KELURAHAN = "kelurahan"
DEFAULT_CITY = "Kota Probolinggo"
MAX_NAME = 80


@dataclass(frozen=True)
class RegionData:
    id: int
    kind: str  # kecamatan | kelurahan
    name: str
    parent_id: int | None
    active: bool


@dataclass(frozen=True)
class KecamatanData:
    id: int
    name: str
    active: bool
    kelurahan: tuple[RegionData, ...]


def _data(r: Region) -> RegionData:
    return RegionData(r.id, r.kind, r.name, r.parent_id, r.active)


def list_regions(db: Database, *, include_inactive: bool = False) -> list[KecamatanData]:
    """Every kecamatan with its kelurahan, sorted by name (reference data: no permission)."""
    stmt = select(Region).order_by(Region.name, Region.id)
    if not include_inactive:
        stmt = stmt.where(Region.active.is_(True))
    with db.read() as session:
        regions = [_data(r) for r in session.scalars(stmt)]
    children: dict[int, list[RegionData]] = {}
    for r in regions:
        if r.kind == KELURAHAN and r.parent_id is not None:
            children.setdefault(r.parent_id, []).append(r)
    return [
        KecamatanData(r.id, r.name, r.active, tuple(children.get(r.id, ())))
        for r in regions
        if r.kind == KECAMATAN
    ]


def _get(session: Session, region_id: int) -> Region:
    region = session.get(Region, region_id)
    if region is None:
        raise NotFound("not_found", what=f"region #{region_id}")
    return region


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("required", field=F.REGION_NAME)
    if len(name) > MAX_NAME:
        raise invalid(F.REGION_NAME, "too_long", max=MAX_NAME)
    return name


def _check_unique(session: Session, kind: str, parent_id: int | None, name: str, own: int) -> None:
    parent_cond = Region.parent_id.is_(None) if parent_id is None else Region.parent_id == parent_id
    clash = session.scalar(
        select(Region.id).where(
            Region.kind == kind,
            parent_cond,
            func.lower(Region.name) == name.lower(),
            Region.id != own,
        )
    )
    if clash is not None:
        raise Conflict("region_name_taken", name=name)


def add_region(db: Database, actor: Actor, name: str, parent_id: int | None = None) -> RegionData:
    """Add a kecamatan (``parent_id`` None) or a kelurahan of the kecamatan ``parent_id``."""
    actor.require(Permission.MANAGE_SETTINGS)
    name = _clean_name(name)
    with db.transaction() as session:
        kind = KECAMATAN
        city = DEFAULT_CITY
        if parent_id is not None:
            parent = _get(session, parent_id)
            if parent.kind != KECAMATAN:
                raise ValidationError("region_unknown", field=F.KECAMATAN, value=parent.name)
            kind, city = KELURAHAN, parent.city
        _check_unique(session, kind, parent_id, name, own=-1)
        region = Region(kind=kind, name=name, parent_id=parent_id, city=city, active=True)
        session.add(region)
        session.flush()
        audit.record(
            session, actor, "create", "region", region.id,
            new={"kind": kind, "name": name, "parent_id": parent_id}, summary=f"{kind} {name}",
        )  # fmt: skip
        return _data(region)


def rename_region(db: Database, actor: Actor, region_id: int, name: str) -> RegionData:
    """Give a region a new name (people keep pointing at it)."""
    actor.require(Permission.MANAGE_SETTINGS)
    name = _clean_name(name)
    with db.transaction() as session:
        region = _get(session, region_id)
        _check_unique(session, region.kind, region.parent_id, name, own=region.id)
        old = region.name
        region.name = name
        audit.record(
            session, actor, "update", "region", region.id,
            old={"name": old}, new={"name": name}, summary=f"{region.kind} {old} → {name}",
        )  # fmt: skip
        return _data(region)


def set_region_active(db: Database, actor: Actor, region_id: int, active: bool) -> RegionData:
    """Switch a region off (no longer offered in pick lists) or on again."""
    actor.require(Permission.MANAGE_SETTINGS)
    with db.transaction() as session:
        region = _get(session, region_id)
        if region.active != active:
            audit.record(
                session, actor, "update", "region", region.id,
                old={"active": region.active}, new={"active": active},
                summary=f"{region.kind} {region.name}",
            )  # fmt: skip
            region.active = active
        return _data(region)


def delete_region(db: Database, actor: Actor, region_id: int) -> None:
    """Delete a region nobody uses; one in use is refused (switch it off instead)."""
    actor.require(Permission.MANAGE_SETTINGS)
    with db.transaction() as session:
        region = _get(session, region_id)
        people = session.scalar(
            select(func.count(Person.id)).where(
                or_(Person.kecamatan_id == region.id, Person.kelurahan_id == region.id)
            )
        )
        children = session.scalar(
            select(func.count(Region.id)).where(Region.parent_id == region.id)
        )
        if people or children:
            raise Conflict("region_in_use", name=region.name, people=people, children=children)
        audit.record(
            session, actor, "delete", "region", region.id,
            old={"kind": region.kind, "name": region.name, "parent_id": region.parent_id},
            summary=f"{region.kind} {region.name}",
        )  # fmt: skip
        session.delete(region)
