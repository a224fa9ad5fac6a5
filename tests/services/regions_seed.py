"""Kota Probolinggo's regions for tests: the PostgreSQL fixture truncates every table,
the migration's seed rows included, so tests that need them put them back."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import func, insert, select

from rumahbatik.db import Database
from rumahbatik.models import Region

_MIGRATION = next(
    (Path(__file__).resolve().parents[2] / "rumahbatik/db/migrations/versions").glob("*_0002_*.py")
)


def probolinggo() -> dict[str, list[str]]:
    spec = importlib.util.spec_from_file_location("_migration_0002", _MIGRATION)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PROBOLINGGO


def ensure_regions(db: Database) -> None:
    """Seed the regions as migration 0002 does, if the table is empty."""
    with db.transaction() as session:
        if session.scalar(select(func.count(Region.id))):
            return
        for kecamatan, kelurahan in probolinggo().items():
            parent = session.execute(
                insert(Region)
                .values(kind="kecamatan", name=kecamatan, city="Kota Probolinggo", active=True)
                .returning(Region.id)
            ).scalar_one()
            session.execute(
                insert(Region),
                [
                    {"kind": "kelurahan", "name": k, "parent_id": parent,
                     "city": "Kota Probolinggo", "active": True}
                    for k in kelurahan
                ],
            )  # fmt: skip


def ensure_locations(db: Database) -> None:
    """Seed the gudang and toko locations as migration 0004 does, if the table is empty."""
    from rumahbatik.models import Location

    with db.transaction() as session:
        if session.scalar(select(func.count(Location.id))):
            return
        session.execute(
            insert(Location),
            [
                {"code": "GUDANG", "name": "Gudang", "kind": "store", "active": True,
                 "position": 1},
                {"code": "TOKO", "name": "Toko / Galeri", "kind": "shop", "active": True,
                 "position": 2},
            ],
        )  # fmt: skip
