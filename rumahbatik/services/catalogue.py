"""The data behind the printed motif catalogue (lookbook): plain objects, no session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.people import MotifStatus
from rumahbatik.domain.validation import invalid
from rumahbatik.services import motifs, settings
from rumahbatik.services.context import Actor
from rumahbatik.services.motifs import Colour, MotifFilter

#: ``--status`` choices: only motifs approved for production, or every motif.
STATUS_CHOICES = ("approved", "all")


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name: str
    philosophy: str
    description: str
    origin: str
    designer: str
    co_designers: tuple[str, ...]
    techniques: tuple[str, ...]  # Technique values (tulis, cap, ...)
    colours: tuple[Colour, ...]
    status: str  # MotifStatus value
    hki_number: str = ""
    hki_date: date | None = None
    image: bytes | None = None  # the design image, else the first photo
    image_path: str = ""  # used when ``image`` is None
    version: int = 1


@dataclass(frozen=True)
class CatalogueData:
    centre_name: str
    centre_city: str
    logo: bytes | None
    made_on: date
    entries: list[CatalogueEntry] = field(default_factory=list)


def build_catalogue(
    db: Database, actor: Actor, status: str = "approved", *, made_on: date | None = None
) -> CatalogueData:
    """Everything the lookbook prints: the centre's profile and the motifs (by code).

    ``status`` is ``approved`` (motifs approved for production) or ``all``.
    """
    if status not in STATUS_CHOICES:
        raise invalid("status", "choice", choices=", ".join(STATUS_CHOICES))
    flt = MotifFilter(status=MotifStatus.APPROVED.value if status == "approved" else "")
    rows: list[motifs.MotifRow] = []
    while True:
        page = motifs.list_motifs(db, actor, flt, after=rows[-1] if rows else None, limit=200)
        rows.extend(page)
        if len(page) < 200:
            break
    entries = []
    for row in rows:
        m = motifs.get_motif(db, actor, row.id)
        main = m.main_image()
        entries.append(
            CatalogueEntry(
                code=m.code,
                name=m.name,
                philosophy=m.philosophy,
                description=m.description,
                origin=m.origin,
                designer=m.designer.name if m.designer else "",
                co_designers=tuple(p.name for p in m.co_designers),
                techniques=tuple(t.value for t in m.techniques),
                colours=m.colours,
                status=m.status.value,
                hki_number=m.hki_number,
                hki_date=m.hki_date,
                image=motifs.image_bytes(main) if main else None,
                image_path=main.path if main else "",
                version=m.version,
            )
        )
    s = settings.get_settings(db)
    return CatalogueData(
        centre_name=s.centre_name,
        centre_city=s.centre_city,
        logo=s.centre_logo,
        made_on=made_on or utcnow().astimezone().date(),
        entries=entries,
    )
