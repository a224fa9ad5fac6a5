"""Finding people: search as you type, filters, sorting and paging, all in SQL.

Built for 50,000 people. The default order (name) is keyset-paged on ``(name_key, id)``,
which the index ``ix_people_name_key`` serves directly; the joined-date order is keyset-paged
too, on ``(joined date or a sentinel, name_key, id)``; kecamatan pages with OFFSET. A page is
found in two steps: a narrow query sorts only the ids (and the sort keys) of the matching
people, then the wide row of those ids is read. Sorting the wide joined rows of 30,000 artisans
took ~150 ms for page 1 and ~360 ms at OFFSET 19,800 (bench/cases/people.py); the narrow keyset
query takes ~35 ms for any page. Rows are lightweight dataclasses; each carries its
``position`` so the next page can start after it whatever the order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import Date, Select, and_, exists, func, literal, or_, select, tuple_
from sqlalchemy.orm import aliased

from rumahbatik.db import Database
from rumahbatik.domain.roles import Permission
from rumahbatik.models import ArtisanProfile, ArtisanSkill, CustomerProfile, Person, Region
from rumahbatik.services.context import Actor

Role = Literal["artisan", "customer", "any"]
SortKey = Literal["name", "joined", "kecamatan", "created"]
SORT_KEYS: tuple[SortKey, ...] = ("name", "joined", "kecamatan", "created")
DEFAULT_PAGE = 200


@dataclass(frozen=True)
class PersonFilter:
    """What the artisans/customers lists show; the page and the exports share it."""

    role: Role = "artisan"
    text: str = ""
    kecamatan_id: int | None = None
    technique: str = ""
    active: bool | None = None  # None: both
    customer_type: str = ""
    sort: SortKey = "name"
    descending: bool = False


@dataclass(frozen=True)
class PersonRow:
    position: int  # 0-based place in the filtered, sorted list
    id: int
    full_name: str
    name_key: str
    nik: str
    gender: str
    phone: str
    email: str
    address: str
    kecamatan: str
    kelurahan: str
    active: bool
    joined_on: date | None
    business_name: str
    nib: str
    skills: tuple[tuple[str, int], ...]
    customer_type: str
    organisation: str
    npwp: str
    is_walk_in_default: bool
    photo: str


_KEC = aliased(Region, name="kec")
_KEL = aliased(Region, name="kel")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_condition(text: str):  # type: ignore[no-untyped-def]
    """Every word must match the name; a number also matches NIK (prefix) or phone."""
    conditions = []
    for word in text.lower().split():
        digits = re.sub(r"[\s.\-+()]", "", word)
        name_like = Person.name_key.like(f"%{_escape(word)}%", escape="\\")
        if digits.isdigit() and len(digits) >= 3:
            phone = digits
            if digits.startswith("0"):
                phone = "62" + digits[1:]
            options = [
                name_like,
                Person.nik.like(f"{digits}%"),
                Person.phone.like(f"+{phone}%") if phone.startswith("62") else False,
                Person.phone.like(f"%{digits}%"),
            ]
            conditions.append(or_(*[o for o in options if o is not False]))
        else:
            conditions.append(name_like)
    return and_(*conditions) if conditions else None


def _columns() -> Select:
    return (
        select(
            Person.id,
            Person.full_name,
            Person.name_key,
            Person.nik,
            Person.gender,
            Person.phone,
            Person.email,
            Person.address,
            _KEC.name,
            _KEL.name,
            Person.active,
            ArtisanProfile.joined_on,
            ArtisanProfile.business_name,
            ArtisanProfile.nib,
            CustomerProfile.customer_type,
            CustomerProfile.organisation,
            CustomerProfile.npwp,
            CustomerProfile.is_walk_in_default,
            Person.photo,
        )
        .outerjoin(_KEC, _KEC.id == Person.kecamatan_id)
        .outerjoin(_KEL, _KEL.id == Person.kelurahan_id)
        .outerjoin(ArtisanProfile, ArtisanProfile.person_id == Person.id)
        .outerjoin(CustomerProfile, CustomerProfile.person_id == Person.id)
    )


#: Where people without a joined date go (last, whichever the direction).
_NO_DATE_ASC = date(9999, 12, 31)
_NO_DATE_DESC = date(1, 1, 1)


def _joined_key(flt: PersonFilter):  # type: ignore[no-untyped-def]
    return func.coalesce(
        ArtisanProfile.joined_on, _NO_DATE_DESC if flt.descending else _NO_DATE_ASC
    )


def _keys(flt: PersonFilter) -> Select:
    """The narrow query: ids of the matching people, with only the joins the order needs."""
    stmt = select(Person.id)
    if flt.sort == "joined":
        stmt = stmt.outerjoin(ArtisanProfile, ArtisanProfile.person_id == Person.id)
    elif flt.sort == "kecamatan":
        stmt = stmt.outerjoin(_KEC, _KEC.id == Person.kecamatan_id)
    return _where(stmt, flt)


def _where(stmt: Select, flt: PersonFilter) -> Select:
    if flt.role == "artisan":
        stmt = stmt.where(Person.is_artisan.is_(True))
    elif flt.role == "customer":
        stmt = stmt.where(Person.is_customer.is_(True))
    if flt.active is not None:
        stmt = stmt.where(Person.active.is_(flt.active))
    if flt.kecamatan_id is not None:
        stmt = stmt.where(Person.kecamatan_id == flt.kecamatan_id)
    if flt.technique:
        stmt = stmt.where(
            exists().where(
                ArtisanSkill.person_id == Person.id, ArtisanSkill.technique == flt.technique
            )
        )
    if flt.customer_type:
        stmt = stmt.where(
            exists().where(
                CustomerProfile.person_id == Person.id,
                CustomerProfile.customer_type == flt.customer_type,
            )
        )
    text = _text_condition(flt.text or "")
    if text is not None:
        stmt = stmt.where(text)
    return stmt


def _order(flt: PersonFilter) -> list:  # type: ignore[type-arg]
    def d(col):  # type: ignore[no-untyped-def]
        return col.desc() if flt.descending else col.asc()

    if flt.sort == "joined":
        # Unknown dates last whichever the direction (the sentinel of _joined_key).
        return [d(_joined_key(flt)), d(Person.name_key), d(Person.id)]
    if flt.sort == "kecamatan":
        return [_KEC.name.is_(None), d(_KEC.name), d(Person.name_key), d(Person.id)]
    if flt.sort == "created":
        return [d(Person.id)]
    return [d(Person.name_key), d(Person.id)]


def list_people(
    db: Database,
    actor: Actor,
    flt: PersonFilter = PersonFilter(),
    *,
    after: PersonRow | None = None,
    limit: int = DEFAULT_PAGE,
) -> list[PersonRow]:
    """One page of people matching ``flt``; pass the last row of a page to get the next."""
    actor.require(Permission.MANAGE_PEOPLE)
    stmt = _keys(flt).order_by(*_order(flt)).limit(limit)
    start = 0
    if after is not None:
        start = after.position + 1
        if flt.sort == "name":
            key = tuple_(Person.name_key, Person.id)
            mark = tuple_(after.name_key, after.id)
            stmt = stmt.where(key < mark if flt.descending else key > mark)
        elif flt.sort == "joined":
            no_date = _NO_DATE_DESC if flt.descending else _NO_DATE_ASC
            key = tuple_(_joined_key(flt), Person.name_key, Person.id)
            mark = tuple_(literal(after.joined_on or no_date, Date), after.name_key, after.id)
            stmt = stmt.where(key < mark if flt.descending else key > mark)
        else:
            stmt = stmt.offset(start)
    with db.read() as session:
        ids = list(session.scalars(stmt))
        by_id = {r[0]: r for r in session.execute(_columns().where(Person.id.in_(ids)))}
        rows = [by_id[i] for i in ids]
        skills: dict[int, list[tuple[str, int]]] = {}
        if ids and flt.role != "customer":
            for pid, technique, level in session.execute(
                select(ArtisanSkill.person_id, ArtisanSkill.technique, ArtisanSkill.level)
                .where(ArtisanSkill.person_id.in_(ids))
                .order_by(ArtisanSkill.person_id, ArtisanSkill.level.desc())
            ):
                skills.setdefault(pid, []).append((technique, level))
    return [
        PersonRow(
            position=start + i,
            id=r[0],
            full_name=r[1],
            name_key=r[2],
            nik=r[3] or "",
            gender=r[4] or "",
            phone=r[5] or "",
            email=r[6] or "",
            address=r[7] or "",
            kecamatan=r[8] or "",
            kelurahan=r[9] or "",
            active=bool(r[10]),
            joined_on=r[11],
            business_name=r[12] or "",
            nib=r[13] or "",
            skills=tuple(skills.get(r[0], ())),
            customer_type=r[14] or "",
            organisation=r[15] or "",
            npwp=r[16] or "",
            is_walk_in_default=bool(r[17]),
            photo=r[18] or "",
        )
        for i, r in enumerate(rows)
    ]


def count_matching(db: Database, actor: Actor, flt: PersonFilter = PersonFilter()) -> int:
    """How many people match ``flt`` (for the "N artisans" label)."""
    actor.require(Permission.MANAGE_PEOPLE)
    stmt = _where(select(func.count(Person.id)), flt)
    with db.read() as session:
        return session.scalar(stmt) or 0


def iter_all(db: Database, actor: Actor, flt: PersonFilter, page: int = 2000) -> list[PersonRow]:
    """Every matching row, page by page (for exports)."""
    out: list[PersonRow] = []
    last: PersonRow | None = None
    while True:
        rows = list_people(db, actor, flt, after=last, limit=page)
        out.extend(rows)
        if len(rows) < page:
            return out
        last = rows[-1]
