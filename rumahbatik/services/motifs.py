"""The motif catalogue: motifs with designers, techniques, colours, images and versions.

Images are files in the media folder (``services.media``); rows keep only relative paths.
Every change leaves an audit row; each call is one transaction and input is checked before
anything is written.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, cast, delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import motifs as rules
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.formatting import like_pattern
from rumahbatik.domain.motifs import FIELDS, MAX_LENGTHS, ImageKind
from rumahbatik.domain.people import MotifStatus, RoyaltyKind, Technique
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.validation import invalid
from rumahbatik.models import (
    Motif,
    MotifCoDesigner,
    MotifColour,
    MotifImage,
    MotifTechnique,
    MotifVersion,
    Person,
    SettingValue,
)
from rumahbatik.services import audit, media
from rumahbatik.services.context import Actor

log = logging.getLogger(__name__)

MEDIA_AREA = "motifs"
_TECHNIQUE_ORDER = {t.value: i for i, t in enumerate(Technique)}


# ---------------------------------------------------------------- data out


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True)
class Colour:
    name: str
    hex: str  # #rrggbb


@dataclass(frozen=True)
class ImageData:
    id: int  # 0 in an old version's view
    kind: ImageKind
    file: str  # relative to the media folder
    thumbnail: str
    caption: str
    position: int
    path: str  # absolute, for showing and printing
    thumbnail_path: str


@dataclass(frozen=True)
class MotifData:
    id: int
    code: str
    name: str
    description: str
    philosophy: str
    origin: str
    designer: PersonRef | None
    co_designers: tuple[PersonRef, ...]
    techniques: tuple[Technique, ...]
    colours: tuple[Colour, ...]
    images: tuple[ImageData, ...]
    created_on: date | None
    status: MotifStatus
    hki_number: str
    hki_date: date | None
    royalty_kind: str
    royalty_value: Decimal
    version: int
    updated_at: datetime | None = None

    def main_image(self) -> ImageData | None:
        """The design image, else the first photo, else None."""
        for img in self.images:
            if img.kind is ImageKind.DESIGN:
                return img
        return self.images[0] if self.images else None


@dataclass(frozen=True)
class MotifRow:
    """One line of the list or one tile of the grid."""

    id: int
    code: str
    name: str
    status: MotifStatus
    designer_name: str
    techniques: tuple[Technique, ...]
    thumbnail_path: str  # absolute; "" when the motif has no image
    version: int
    created_on: date | None
    hki_number: str
    royalty_kind: str
    royalty_value: Decimal
    colours: tuple[str, ...] = ()  # hex codes, for small swatches


@dataclass(frozen=True)
class MotifFilter:
    text: str = ""
    technique: str = ""
    designer_id: int | None = None  # designer or co-designer
    status: str = ""


@dataclass(frozen=True)
class VersionInfo:
    id: int
    motif_id: int
    version: int
    note: str
    created_at: datetime
    created_by: str


# ---------------------------------------------------------------- data in


@dataclass
class ImageInput:
    """An image of the motif: an existing one (``image_id``) or a new one (``data``)."""

    kind: str = ImageKind.DESIGN.value
    caption: str = ""
    data: bytes | None = None
    image_id: int | None = None


@dataclass
class MotifInput:
    """Everything the edit form sends; lists replace what the motif had (in that order)."""

    name: str
    code: str = ""  # empty: the next free MTF-nnn
    description: str = ""
    philosophy: str = ""
    origin: str = ""
    designer_id: int | None = None
    co_designer_ids: Sequence[int] = ()
    techniques: Sequence[str] = ()
    colours: Sequence[Colour | tuple[str, str]] = ()
    images: Sequence[ImageInput] = ()
    created_on: date | None = None
    status: str = MotifStatus.DRAFT.value
    hki_number: str = ""
    hki_date: date | None = None
    royalty_kind: str = RoyaltyKind.NONE.value
    royalty_value: Decimal | int | str | None = Decimal(0)


@dataclass
class _Clean:
    name: str
    code: str
    description: str
    philosophy: str
    origin: str
    designer_id: int | None
    co_designer_ids: list[int]
    techniques: list[Technique]
    colours: list[Colour]
    images: list[tuple[ImageKind, str, int | None, media.StoredImage | None]]
    created_on: date | None
    status: MotifStatus
    hki_number: str
    hki_date: date | None
    royalty_kind: RoyaltyKind
    royalty_value: Decimal
    new_files: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- helpers


def _text(value: str | None, key: str, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("required", field=FIELDS[key])
    limit = MAX_LENGTHS.get(key)
    if limit and len(text) > limit:
        raise invalid(FIELDS[key], "too_long", max=limit)
    return text


def media_folder_of(session: Session) -> str:
    row = session.get(SettingValue, "media_folder")
    if row is None or row.value is None:
        return ""
    value = json.loads(row.value)
    return value if isinstance(value, str) else ""


def _abs(relative: str, folder: str) -> str:
    return str(media.media_path(relative, folder)) if relative else ""


def _clean(inp: MotifInput, folder: str, old_status: MotifStatus | None = None) -> _Clean:
    """Check and normalise the form; then store new images (content-addressed files)."""
    name = _text(inp.name, "name", required=True)
    code = rules.normalise_code(_text(inp.code, "code"))
    try:
        status = MotifStatus(inp.status or MotifStatus.DRAFT)
    except ValueError as exc:
        raise invalid(
            FIELDS["status"], "choice", choices=", ".join(s.value for s in MotifStatus)
        ) from exc
    if old_status is not None and not rules.can_change_status(old_status, status):
        raise ValidationError("motif_status_change", old=old_status.value, new=status.value)
    techniques: list[Technique] = []
    for t in inp.techniques:
        try:
            tech = Technique(t)
        except ValueError as exc:
            raise invalid(
                FIELDS["techniques"], "choice", choices=", ".join(x.value for x in Technique)
            ) from exc
        if tech not in techniques:
            techniques.append(tech)
    techniques.sort(key=lambda x: _TECHNIQUE_ORDER[x.value])
    colours: list[Colour] = []
    for c in inp.colours:
        cname, chex = (c.name, c.hex) if isinstance(c, Colour) else c
        cname = _text(cname, "colour_name")
        if not cname and not (chex or "").strip():
            continue  # an empty row in the form
        if not cname:
            raise ValidationError("required", field=FIELDS["colour_name"])
        colours.append(Colour(cname, rules.normalise_hex(chex, cname)))
    hki_number = _text(inp.hki_number, "hki_number")
    if hki_number and inp.hki_date is None:
        raise ValidationError("hki_date_required", number=hki_number)
    if inp.hki_date is not None and not hki_number:
        raise ValidationError("required", field=FIELDS["hki_number"])
    royalty_kind, royalty_value = rules.check_royalty(inp.royalty_kind, inp.royalty_value)
    co_ids = []
    for pid in inp.co_designer_ids:
        if pid != inp.designer_id and pid not in co_ids:
            co_ids.append(int(pid))
    images: list[tuple[ImageKind, str, int | None, media.StoredImage | None]] = []
    pending: list[tuple[ImageKind, str, int | None, bytes | None]] = []
    for img in inp.images:
        try:
            kind = ImageKind(img.kind or ImageKind.DESIGN)
        except ValueError as exc:
            raise invalid(
                FIELDS["image_kind"], "choice", choices=", ".join(k.value for k in ImageKind)
            ) from exc
        caption = _text(img.caption, "caption")
        if img.image_id is None and not img.data:
            raise ValidationError("required", field=FIELDS["image"])
        pending.append((kind, caption, img.image_id, img.data if img.image_id is None else None))
    # Everything else is valid: only now write image files.
    new_files: list[str] = []
    for kind, caption, image_id, data in pending:
        stored = None
        if data is not None:
            stored = media.store_image(
                data, MEDIA_AREA, field=FIELDS["image"], folder_setting=folder
            )
            new_files.append(stored.file)
        images.append((kind, caption, image_id, stored))
    return _Clean(
        name=name,
        code=code,
        description=(inp.description or "").strip(),
        philosophy=(inp.philosophy or "").strip(),
        origin=_text(inp.origin, "origin"),
        designer_id=inp.designer_id,
        co_designer_ids=co_ids,
        techniques=techniques,
        colours=colours,
        images=images,
        created_on=inp.created_on,
        status=status,
        hki_number=hki_number,
        hki_date=inp.hki_date if hki_number else None,
        royalty_kind=royalty_kind,
        royalty_value=royalty_value,
        new_files=new_files,
    )


def _check_artisans(session: Session, ids: Iterable[int]) -> None:
    wanted = set(ids)
    if not wanted:
        return
    found = {
        pid: (name, is_artisan)
        for pid, name, is_artisan in session.execute(
            select(Person.id, Person.full_name, Person.is_artisan).where(Person.id.in_(wanted))
        )
    }
    for pid in sorted(wanted):
        if pid not in found:
            raise NotFound("not_found", what=f"#{pid}")
        if not found[pid][1]:
            raise ValidationError("designer_not_artisan", name=found[pid][0])


def _next_code(session: Session) -> str:
    codes = session.scalars(select(Motif.code).where(Motif.code.like(f"{rules.CODE_PREFIX}%")))
    numbers = [n for n in (rules.code_number(c) for c in codes) if n is not None]
    return rules.next_code(numbers)


def _check_code_free(session: Session, code: str, motif_id: int | None) -> None:
    other = session.execute(
        select(Motif.id, Motif.name).where(func.upper(Motif.code) == code.upper())
    ).first()
    if other is not None and other.id != motif_id:
        raise Conflict("motif_code_taken", motif_code=code, name=other.name)


def _get(session: Session, motif_id: int) -> Motif:
    motif = session.get(Motif, motif_id)
    if motif is None:
        raise NotFound("not_found", what=f"motif #{motif_id}")
    return motif


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return dict(
        session.execute(select(Person.id, Person.full_name).where(Person.id.in_(wanted))).all()
    )


def _data(session: Session, motif: Motif, folder: str) -> MotifData:
    co_ids = [c.person_id for c in motif.co_designers]
    names = _names(session, [*co_ids, *([motif.designer_id] if motif.designer_id else [])])
    return MotifData(
        id=motif.id,
        code=motif.code,
        name=motif.name,
        description=motif.description,
        philosophy=motif.philosophy,
        origin=motif.origin,
        designer=(
            PersonRef(motif.designer_id, names.get(motif.designer_id, ""))
            if motif.designer_id
            else None
        ),
        co_designers=tuple(
            sorted((PersonRef(i, names.get(i, "")) for i in co_ids), key=lambda p: p.name)
        ),
        techniques=tuple(
            sorted(
                (Technique(t.technique) for t in motif.techniques),
                key=lambda x: _TECHNIQUE_ORDER[x.value],
            )
        ),
        colours=tuple(Colour(c.name, c.hex) for c in motif.colours),
        images=tuple(
            ImageData(
                id=i.id,
                kind=ImageKind(i.kind),
                file=i.file,
                thumbnail=i.thumbnail,
                caption=i.caption,
                position=i.position,
                path=_abs(i.file, folder),
                thumbnail_path=_abs(i.thumbnail, folder),
            )
            for i in motif.images
        ),
        created_on=motif.created_on,
        status=MotifStatus(motif.status),
        hki_number=motif.hki_number,
        hki_date=motif.hki_date,
        royalty_kind=motif.royalty_kind,
        royalty_value=Decimal(motif.royalty_value or 0),
        version=motif.version,
        updated_at=motif.updated_at,
    )


def _audit_view(motif: Motif) -> dict[str, Any]:
    return {
        "code": motif.code,
        "name": motif.name,
        "description": motif.description,
        "philosophy": motif.philosophy,
        "origin": motif.origin,
        "designer_id": motif.designer_id,
        "co_designer_ids": sorted(c.person_id for c in motif.co_designers),
        "techniques": sorted(t.technique for t in motif.techniques),
        "colours": [f"{c.name} {c.hex}" for c in motif.colours],
        "images": [f"{i.kind}:{i.file}" for i in motif.images],
        "created_on": motif.created_on,
        "status": motif.status,
        "hki_number": motif.hki_number,
        "hki_date": motif.hki_date,
        "royalty_kind": motif.royalty_kind,
        "royalty_value": motif.royalty_value,
        "version": motif.version,
    }


def _apply(session: Session, motif: Motif, c: _Clean) -> list[str]:
    """Write the cleaned form into ``motif``; return the files of removed image rows."""
    motif.name = c.name
    motif.code = c.code
    motif.description = c.description
    motif.philosophy = c.philosophy
    motif.origin = c.origin
    motif.designer_id = c.designer_id
    motif.created_on = c.created_on
    motif.status = c.status.value
    motif.hki_number = c.hki_number
    motif.hki_date = c.hki_date
    motif.royalty_kind = c.royalty_kind.value
    motif.royalty_value = c.royalty_value
    # Keep the rows that stay, so only what really changed is written.
    old_tech = {t.technique: t for t in motif.techniques}
    motif.techniques = [
        old_tech.get(t.value) or MotifTechnique(technique=t.value) for t in c.techniques
    ]
    old_co = {cd.person_id: cd for cd in motif.co_designers}
    motif.co_designers = [
        old_co.get(pid) or MotifCoDesigner(person_id=pid) for pid in c.co_designer_ids
    ]
    motif.colours = [
        MotifColour(position=i, name=col.name, hex=col.hex) for i, col in enumerate(c.colours)
    ]
    existing = {img.id: img for img in motif.images}
    kept: list[MotifImage] = []
    for pos, (kind, caption, image_id, stored) in enumerate(c.images):
        if image_id is not None:
            row = existing.pop(image_id, None)
            if row is None:
                raise NotFound("not_found", what=f"image #{image_id}")
        else:
            assert stored is not None
            row = MotifImage(file=stored.file, thumbnail=stored.thumbnail)
        row.kind = kind.value
        row.caption = caption
        row.position = pos
        kept.append(row)
    motif.images = kept
    removed: list[str] = []
    for row in existing.values():
        removed.extend([row.file, row.thumbnail])
    return removed


def _remove_unused_files(db: Database, candidates: Iterable[str]) -> None:
    """Delete image files no motif image row and no saved version refers to any more."""
    files = sorted({f for f in candidates if f})
    if not files:
        return
    with db.read() as session:
        folder = media_folder_of(session)
        for rel in files:
            used = session.scalar(
                select(exists().where(or_(MotifImage.file == rel, MotifImage.thumbnail == rel)))
            ) or session.scalar(
                select(exists().where(cast(MotifVersion.snapshot, String).like(f"%{rel}%")))
            )
            if used:
                continue
            path = media.media_path(rel, folder)
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not delete the unused image %s", path)


def _flush_unique(session: Session, code: str) -> None:
    try:
        session.flush()
    except IntegrityError as exc:  # two PCs saving the same code at once
        raise Conflict("conflict", motif_code=code) from exc


# ---------------------------------------------------------------- reading


def get_motif(db: Database, actor: Actor, motif_id: int) -> MotifData:
    """One motif with everything about it."""
    with db.read() as session:
        return _data(session, _get(session, motif_id), media_folder_of(session))


def _filtered(stmt: Any, flt: MotifFilter) -> Any:
    if flt.text.strip():
        like = like_pattern(flt.text)
        stmt = stmt.where(
            or_(
                Motif.code.ilike(like, escape="\\"),
                Motif.name.ilike(like, escape="\\"),
                Motif.philosophy.ilike(like, escape="\\"),
            )
        )
    if flt.technique:
        stmt = stmt.where(
            exists().where(
                MotifTechnique.motif_id == Motif.id, MotifTechnique.technique == flt.technique
            )
        )
    if flt.designer_id is not None:
        stmt = stmt.where(
            or_(
                Motif.designer_id == flt.designer_id,
                exists().where(
                    MotifCoDesigner.motif_id == Motif.id,
                    MotifCoDesigner.person_id == flt.designer_id,
                ),
            )
        )
    if flt.status:
        stmt = stmt.where(Motif.status == flt.status)
    return stmt


def list_motifs(
    db: Database,
    actor: Actor,
    flt: MotifFilter = MotifFilter(),
    *,
    after: MotifRow | None = None,
    limit: int = 200,
) -> list[MotifRow]:
    """Motifs by code, filtered in SQL; pass the last row as ``after`` for the next page."""
    stmt = (
        select(Motif, Person.full_name)
        .outerjoin(Person, Person.id == Motif.designer_id)
        .order_by(Motif.code)
        .limit(limit)
    )
    stmt = _filtered(stmt, flt)
    if after is not None:
        stmt = stmt.where(Motif.code > after.code)
    with db.read() as session:
        folder = media_folder_of(session)
        found = session.execute(stmt).all()
        ids = [m.id for m, _ in found]
        techniques: dict[int, list[Technique]] = {}
        thumbs: dict[int, str] = {}
        colours: dict[int, list[str]] = {}
        if ids:
            for mid, tech in session.execute(
                select(MotifTechnique.motif_id, MotifTechnique.technique).where(
                    MotifTechnique.motif_id.in_(ids)
                )
            ):
                techniques.setdefault(mid, []).append(Technique(tech))
            images = session.execute(
                select(MotifImage.motif_id, MotifImage.kind, MotifImage.thumbnail)
                .where(MotifImage.motif_id.in_(ids))
                .order_by(MotifImage.motif_id, MotifImage.position)
            ).all()
            designs: set[int] = set()
            for mid, kind, thumb in images:  # a design image first, else the first photo
                if kind == ImageKind.DESIGN and mid not in designs:
                    designs.add(mid)
                    thumbs[mid] = thumb
                elif mid not in thumbs:
                    thumbs[mid] = thumb
            for mid, hex_ in session.execute(
                select(MotifColour.motif_id, MotifColour.hex)
                .where(MotifColour.motif_id.in_(ids))
                .order_by(MotifColour.motif_id, MotifColour.position)
            ):
                colours.setdefault(mid, []).append(hex_)
        return [
            MotifRow(
                id=m.id,
                code=m.code,
                name=m.name,
                status=MotifStatus(m.status),
                designer_name=designer or "",
                techniques=tuple(
                    sorted(techniques.get(m.id, []), key=lambda x: _TECHNIQUE_ORDER[x.value])
                ),
                thumbnail_path=_abs(thumbs.get(m.id, ""), folder),
                version=m.version,
                created_on=m.created_on,
                hki_number=m.hki_number,
                royalty_kind=m.royalty_kind,
                royalty_value=Decimal(m.royalty_value or 0),
                colours=tuple(colours.get(m.id, [])),
            )
            for m, designer in found
        ]


def count_motifs(db: Database, actor: Actor, flt: MotifFilter = MotifFilter()) -> int:
    """How many motifs the filter finds."""
    with db.read() as session:
        return session.scalar(_filtered(select(func.count(Motif.id)), flt)) or 0


def designer_choices(db: Database, actor: Actor, include: Iterable[int] = ()) -> list[PersonRef]:
    """Active artisans by name, plus the people in ``include`` (a motif's current designers)."""
    extra = [int(i) for i in include]
    cond = and_(Person.is_artisan.is_(True), Person.active.is_(True))
    if extra:
        cond = or_(cond, Person.id.in_(extra))
    with db.read() as session:
        return [
            PersonRef(pid, name)
            for pid, name in session.execute(
                select(Person.id, Person.full_name).where(cond).order_by(Person.name_key, Person.id)
            )
        ]


def used_designers(db: Database, actor: Actor) -> list[PersonRef]:
    """The people who designed or co-designed at least one motif (for the filter)."""
    with db.read() as session:
        ids = set(session.scalars(select(Motif.designer_id).where(Motif.designer_id.is_not(None))))
        ids |= set(session.scalars(select(MotifCoDesigner.person_id)))
        names = _names(session, ids)
    return sorted((PersonRef(i, n) for i, n in names.items()), key=lambda p: (p.name.lower(), p.id))


# ---------------------------------------------------------------- writing


def create_in_session(
    session: Session, actor: Actor, inp: MotifInput, *, folder: str | None = None
) -> Motif:
    """Create a motif inside the caller's transaction (used by the demo); returns the row."""
    folder = media_folder_of(session) if folder is None else folder
    c = _clean(inp, folder)
    _check_artisans(session, [*([c.designer_id] if c.designer_id else []), *c.co_designer_ids])
    if c.code:
        _check_code_free(session, c.code, None)
    else:
        c.code = _next_code(session)
    motif = Motif(code=c.code, version=1)
    _apply(session, motif, c)
    session.add(motif)
    _flush_unique(session, c.code)
    audit.record(
        session,
        actor,
        "create",
        "motif",
        motif.id,
        new=_audit_view(motif),
        summary=f"motif {motif.code} {motif.name}",
    )
    return motif


def create_motif(db: Database, actor: Actor, inp: MotifInput) -> MotifData:
    """Add a motif to the catalogue. An empty code gets the next free ``MTF-nnn``."""
    actor.require(Permission.MANAGE_MOTIFS)
    with db.transaction() as session:
        folder = media_folder_of(session)
        motif = create_in_session(session, actor, inp, folder=folder)
        return _data(session, motif, folder)


def update_motif(db: Database, actor: Actor, motif_id: int, inp: MotifInput) -> MotifData:
    """Change a motif. Image files no longer used by any row or version are deleted."""
    actor.require(Permission.MANAGE_MOTIFS)
    with db.transaction() as session:
        folder = media_folder_of(session)
        motif = _get(session, motif_id)
        c = _clean(inp, folder, MotifStatus(motif.status))
        _check_artisans(session, [*([c.designer_id] if c.designer_id else []), *c.co_designer_ids])
        if c.code:
            _check_code_free(session, c.code, motif.id)
        else:
            c.code = motif.code
        old = _audit_view(motif)
        removed = _apply(session, motif, c)
        _flush_unique(session, c.code)
        audit.record(
            session,
            actor,
            "update",
            "motif",
            motif.id,
            old=old,
            new=_audit_view(motif),
            summary=f"motif {motif.code} {motif.name}",
        )
        data = _data(session, motif, folder)
    _remove_unused_files(db, removed)
    return data


def delete_motif(db: Database, actor: Actor, motif_id: int) -> None:
    """Delete a draft motif. Approved and retired motifs are refused: retire them instead."""
    actor.require(Permission.DELETE_RECORDS)
    with db.transaction() as session:
        motif = _get(session, motif_id)
        if motif.status != MotifStatus.DRAFT.value:
            raise Conflict("motif_delete_refused", name=motif.name, status=motif.status)
        old = _audit_view(motif)
        files = [f for i in motif.images for f in (i.file, i.thumbnail)]
        for version in session.scalars(
            select(MotifVersion).where(MotifVersion.motif_id == motif.id)
        ):
            for img in version.snapshot.get("images", []):
                files.extend([img.get("file", ""), img.get("thumbnail", "")])
        session.execute(delete(MotifVersion).where(MotifVersion.motif_id == motif.id))
        session.delete(motif)
        audit.record(
            session,
            actor,
            "delete",
            "motif",
            motif_id,
            old=old,
            summary=f"motif {old['code']} {old['name']}",
        )
    _remove_unused_files(db, files)


# ---------------------------------------------------------------- versions


def _snapshot(data: MotifData) -> dict[str, Any]:
    return {
        "code": data.code,
        "name": data.name,
        "description": data.description,
        "philosophy": data.philosophy,
        "origin": data.origin,
        "designer": {"id": data.designer.id, "name": data.designer.name} if data.designer else None,
        "co_designers": [{"id": p.id, "name": p.name} for p in data.co_designers],
        "techniques": [t.value for t in data.techniques],
        "colours": [{"name": c.name, "hex": c.hex} for c in data.colours],
        "images": [
            {"kind": i.kind.value, "file": i.file, "thumbnail": i.thumbnail, "caption": i.caption}
            for i in data.images
        ],
        "created_on": data.created_on.isoformat() if data.created_on else None,
        "status": data.status.value,
        "hki_number": data.hki_number,
        "hki_date": data.hki_date.isoformat() if data.hki_date else None,
        "royalty_kind": data.royalty_kind,
        "royalty_value": str(data.royalty_value),
        "version": data.version,
    }


def _from_snapshot(motif_id: int, snap: dict[str, Any], folder: str) -> MotifData:
    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    designer = snap.get("designer")
    return MotifData(
        id=motif_id,
        code=snap.get("code", ""),
        name=snap.get("name", ""),
        description=snap.get("description", ""),
        philosophy=snap.get("philosophy", ""),
        origin=snap.get("origin", ""),
        designer=PersonRef(designer["id"], designer["name"]) if designer else None,
        co_designers=tuple(PersonRef(p["id"], p["name"]) for p in snap.get("co_designers", [])),
        techniques=tuple(Technique(t) for t in snap.get("techniques", [])),
        colours=tuple(Colour(c["name"], c["hex"]) for c in snap.get("colours", [])),
        images=tuple(
            ImageData(
                id=0,
                kind=ImageKind(i["kind"]),
                file=i["file"],
                thumbnail=i["thumbnail"],
                caption=i.get("caption", ""),
                position=pos,
                path=_abs(i["file"], folder),
                thumbnail_path=_abs(i["thumbnail"], folder),
            )
            for pos, i in enumerate(snap.get("images", []))
        ),
        created_on=day(snap.get("created_on")),
        status=MotifStatus(snap.get("status", MotifStatus.DRAFT.value)),
        hki_number=snap.get("hki_number", ""),
        hki_date=day(snap.get("hki_date")),
        royalty_kind=snap.get("royalty_kind", RoyaltyKind.NONE.value),
        royalty_value=Decimal(snap.get("royalty_value", "0")),
        version=int(snap.get("version", 1)),
    )


def new_version_in_session(session: Session, actor: Actor, motif: Motif, note: str) -> int:
    """Keep the motif's current state as a saved version and count up; returns the new number."""
    note = (note or "").strip()
    data = _data(session, motif, media_folder_of(session))
    session.add(
        MotifVersion(
            motif_id=motif.id,
            version=motif.version,
            snapshot=_snapshot(data),
            note=note,
            created_by=actor.username[:32],
        )
    )
    old_version = motif.version
    motif.version = old_version + 1
    session.flush()
    audit.record(
        session,
        actor,
        "update",
        "motif",
        motif.id,
        old={"version": old_version},
        new={"version": motif.version, "version_note": note},
        summary=f"motif {motif.code} {motif.name}: version {motif.version}",
    )
    return motif.version


def new_version(db: Database, actor: Actor, motif_id: int, note: str = "") -> MotifData:
    """Save the motif as it is now (fields and image list) and start the next version.

    The saved version can be viewed later (:func:`motif_version`) but never edited.
    """
    actor.require(Permission.MANAGE_MOTIFS)
    with db.transaction() as session:
        motif = _get(session, motif_id)
        new_version_in_session(session, actor, motif, note)
        return _data(session, motif, media_folder_of(session))


def motif_versions(db: Database, actor: Actor, motif_id: int) -> list[VersionInfo]:
    """The saved earlier versions of a motif, newest first."""
    with db.read() as session:
        _get(session, motif_id)
        return [
            VersionInfo(v.id, v.motif_id, v.version, v.note, v.created_at, v.created_by)
            for v in session.scalars(
                select(MotifVersion)
                .where(MotifVersion.motif_id == motif_id)
                .order_by(MotifVersion.version.desc())
            )
        ]


def motif_version(db: Database, actor: Actor, motif_id: int, version: int) -> MotifData:
    """An earlier version of a motif as it was saved (read-only)."""
    with db.read() as session:
        row = session.scalar(
            select(MotifVersion).where(
                MotifVersion.motif_id == motif_id, MotifVersion.version == version
            )
        )
        if row is None:
            raise NotFound("not_found", what=f"motif #{motif_id} version {version}")
        return _from_snapshot(motif_id, dict(row.snapshot), media_folder_of(session))


def image_bytes(image: ImageData) -> bytes | None:
    """The bytes of a motif image file (None when the file is missing)."""
    try:
        return Path(image.path).read_bytes()
    except OSError:
        log.warning("motif image missing: %s", image.path)
        return None
