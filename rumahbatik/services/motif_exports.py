"""The ``motifs`` export: the catalogue as a table (CSV/Excel)."""

from __future__ import annotations

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import RoyaltyKind
from rumahbatik.domain.tables import Column, Table
from rumahbatik.services import motifs
from rumahbatik.services.context import Actor


def _royalty(kind: str, value: object) -> str:
    if kind == RoyaltyKind.PERCENT:
        return f"{value}%"
    if kind == RoyaltyKind.FIXED:
        return f"Rp{value}"
    return ""


def motifs_table(db: Database, actor: Actor) -> Table:
    """Every motif by code: designer, techniques, status, colours, HKI, royalty, version."""
    cols = [
        Column("code", QT_TRANSLATE_NOOP("Exports", "Code")),
        Column("name", QT_TRANSLATE_NOOP("Exports", "Name")),
        Column("designer", QT_TRANSLATE_NOOP("Exports", "Designer")),
        Column("co_designers", QT_TRANSLATE_NOOP("Exports", "Co-designers")),
        Column("techniques", QT_TRANSLATE_NOOP("Exports", "Techniques")),
        Column("status", QT_TRANSLATE_NOOP("Exports", "Status")),
        Column("colours", QT_TRANSLATE_NOOP("Exports", "Colours")),
        Column("hki_number", QT_TRANSLATE_NOOP("Exports", "HKI number")),
        Column("hki_date", QT_TRANSLATE_NOOP("Exports", "HKI date"), "date"),
        Column("royalty", QT_TRANSLATE_NOOP("Exports", "Royalty")),
        Column("version", QT_TRANSLATE_NOOP("Exports", "Version"), "int"),
        Column("created_on", QT_TRANSLATE_NOOP("Exports", "Created on"), "date"),
    ]
    rows: list[tuple] = []
    after = None
    while True:
        page = motifs.list_motifs(db, actor, after=after, limit=500)
        for r in page:
            m = motifs.get_motif(db, actor, r.id)
            rows.append(
                (
                    m.code,
                    m.name,
                    m.designer.name if m.designer else "",
                    ", ".join(p.name for p in m.co_designers),
                    ", ".join(t.value for t in m.techniques),
                    m.status.value,
                    ", ".join(f"{c.name} {c.hex}" for c in m.colours),
                    m.hki_number,
                    m.hki_date,
                    _royalty(m.royalty_kind, m.royalty_value.normalize()),
                    m.version,
                    m.created_on,
                )
            )
        if len(page) < 500:
            break
        after = page[-1]
    return Table("motifs", QT_TRANSLATE_NOOP("Exports", "Motifs"), cols, rows)
