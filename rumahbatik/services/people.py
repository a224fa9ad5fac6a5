"""People: artisans (pengrajin) and customers, one record per human.

A :class:`~rumahbatik.models.Person` carries what every role shares (name, NIK, contact,
address); an artisan profile and a customer profile hang off it. The same human is never typed
twice: :func:`make_artisan` turns an existing person (a trainee who graduates, a customer) into
an artisan, :func:`make_customer` the other way round.

Every call here is one transaction, validates before it writes, records an audit row, and
returns plain dataclasses. Searching and paging live in :mod:`rumahbatik.services.people_list`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import people_fields as F
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import Conflict, DomainError, NotFound, ValidationError
from rumahbatik.domain.formatting import format_date
from rumahbatik.domain.people import CustomerType, Gender, SkillLevel, Technique
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import AccrualKind
from rumahbatik.domain.stock import LocationKind
from rumahbatik.domain.validation import (
    invalid,
    normalise_email,
    normalise_nib,
    normalise_nik,
    normalise_npwp,
    normalise_phone,
)
from rumahbatik.models import (
    ArtisanAccrual,
    ArtisanProfile,
    ArtisanSettlement,
    ArtisanSkill,
    BatchStage,
    BatchStageArtisan,
    Cohort,
    ConsignmentIntake,
    Course,
    CustomerProfile,
    Enrollment,
    Invoice,
    Item,
    Location,
    Motif,
    MotifCoDesigner,
    Person,
    ProductionBatch,
    Region,
    StockBalance,
    WageEntry,
    WagePayment,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor

log = logging.getLogger(__name__)

WALK_IN_NAME = "Pelanggan umum"
MAX_NAME = 120


# ---------------------------------------------------------------- inputs and outputs


@dataclass(frozen=True)
class PersonInput:
    """What a form or an import row gives for the shared part of a person."""

    full_name: str
    nik: str = ""
    gender: str = ""  # "L", "P" or "" (domain.people.Gender)
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    kecamatan_id: int | None = None
    kelurahan_id: int | None = None
    photo: str = ""  # relative path from store_photo(), "" for none
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class ArtisanInput:
    business_name: str = ""
    nib: str = ""
    bank_name: str = ""
    bank_account_number: str = ""
    bank_account_holder: str = ""
    joined_on: date | None = None
    #: ``(technique, level)`` pairs, e.g. ``(("tulis", 3), ("cap", 2))``.
    skills: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CustomerInput:
    customer_type: str = CustomerType.RETAIL.value
    organisation: str = ""
    npwp: str = ""


@dataclass(frozen=True)
class SkillData:
    technique: Technique
    level: SkillLevel


@dataclass(frozen=True)
class ArtisanData:
    business_name: str
    nib: str
    bank_name: str
    bank_account_number: str
    bank_account_holder: str
    joined_on: date | None
    skills: tuple[SkillData, ...]

    def as_input(self) -> ArtisanInput:
        return ArtisanInput(
            business_name=self.business_name,
            nib=self.nib,
            bank_name=self.bank_name,
            bank_account_number=self.bank_account_number,
            bank_account_holder=self.bank_account_holder,
            joined_on=self.joined_on,
            skills=tuple((s.technique.value, int(s.level)) for s in self.skills),
        )


@dataclass(frozen=True)
class CustomerData:
    customer_type: CustomerType
    organisation: str
    npwp: str
    is_walk_in_default: bool

    def as_input(self) -> CustomerInput:
        return CustomerInput(self.customer_type.value, self.organisation, self.npwp)


@dataclass(frozen=True)
class PersonData:
    id: int
    full_name: str
    nik: str
    gender: str
    birth_date: date | None
    phone: str  # E.164, e.g. +6281234567890
    email: str
    address: str
    kecamatan_id: int | None
    kecamatan: str
    kelurahan_id: int | None
    kelurahan: str
    photo: str
    notes: str
    active: bool
    is_artisan: bool
    is_customer: bool
    artisan: ArtisanData | None
    customer: CustomerData | None
    created_at: datetime | None = None

    def as_input(self) -> PersonInput:
        return PersonInput(
            full_name=self.full_name,
            nik=self.nik,
            gender=self.gender,
            birth_date=self.birth_date,
            phone=self.phone,
            email=self.email,
            address=self.address,
            kecamatan_id=self.kecamatan_id,
            kelurahan_id=self.kelurahan_id,
            photo=self.photo,
            notes=self.notes,
            active=self.active,
        )


# ---------------------------------------------------------------- validation


def _collect(errors: list[DomainError], fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except DomainError as exc:
        errors.append(exc)
        return None


def _name(text: str) -> str:
    name = " ".join((text or "").split())
    if not name:
        raise ValidationError("required", field=F.FULL_NAME)
    if len(name) > MAX_NAME:
        raise invalid(F.FULL_NAME, "too_long", max=MAX_NAME)
    return name


def _not_future(value: date | None, label: str) -> date | None:
    if value is not None and value > date.today():
        raise ValidationError("date_future", field=label, date=format_date(value))
    return value


def _gender(text: str) -> str:
    text = (text or "").strip().upper()
    if text and text not in {g.value for g in Gender}:
        raise invalid(F.GENDER, "choice", choices="L, P")
    return text


def _optional(normalise: Any, text: str, label: str) -> str:
    return normalise(text, label) if (text or "").strip() else ""


def _short(text: str, label: str, limit: int) -> str:
    text = (text or "").strip()
    if len(text) > limit:
        raise invalid(label, "too_long", max=limit)
    return text


def nik_owner(session: Session, nik: str, own_id: int | None) -> tuple[int, str] | None:
    """``(id, name)`` of another person already holding ``nik``, if any."""
    stmt = select(Person.id, Person.full_name).where(Person.nik == nik)
    if own_id is not None:
        stmt = stmt.where(Person.id != own_id)
    row = session.execute(stmt).first()
    return (row[0], row[1]) if row else None


def _regions(
    session: Session, kecamatan_id: int | None, kelurahan_id: int | None
) -> tuple[int | None, int | None]:
    kec = session.get(Region, kecamatan_id) if kecamatan_id is not None else None
    if kecamatan_id is not None and (kec is None or kec.kind != "kecamatan"):
        raise ValidationError("region_unknown", field=F.KECAMATAN, value=str(kecamatan_id))
    if kelurahan_id is None:
        return kecamatan_id, None
    kel = session.get(Region, kelurahan_id)
    if kel is None or kel.kind != "kelurahan":
        raise ValidationError("region_unknown", field=F.KELURAHAN, value=str(kelurahan_id))
    if kec is None:
        # The kelurahan says which kecamatan it is in.
        return kel.parent_id, kel.id
    if kel.parent_id != kec.id:
        raise ValidationError("kelurahan_mismatch", kelurahan=kel.name, kecamatan=kec.name)
    return kec.id, kel.id


def check_person(
    session: Session, inp: PersonInput, own_id: int | None = None
) -> tuple[dict[str, Any], list[DomainError]]:
    """Clean the shared fields; every problem is collected, not just the first.

    Returns the cleaned column values (complete only when the error list is empty).
    """
    errors: list[DomainError] = []
    values: dict[str, Any] = {
        "full_name": _collect(errors, _name, inp.full_name),
        "gender": _collect(errors, _gender, inp.gender) or None,
        "birth_date": _collect(errors, _not_future, inp.birth_date, F.BIRTH_DATE),
        "phone": _collect(errors, _optional, normalise_phone, inp.phone, F.PHONE) or "",
        "email": _collect(errors, _optional, normalise_email, inp.email, F.EMAIL) or "",
        "address": (inp.address or "").strip(),
        "photo": (inp.photo or "").strip(),
        "notes": (inp.notes or "").strip(),
        "active": bool(inp.active),
    }
    nik = _collect(errors, _optional, normalise_nik, inp.nik, F.NIK) or None
    if nik:
        owner = nik_owner(session, nik, own_id)
        if owner is not None:
            errors.append(Conflict("nik_taken", nik=nik, name=owner[1]))
    values["nik"] = nik
    regions = _collect(errors, _regions, session, inp.kecamatan_id, inp.kelurahan_id)
    values["kecamatan_id"], values["kelurahan_id"] = regions or (None, None)
    if values["full_name"]:
        values["name_key"] = values["full_name"].lower()
    return values, errors


def _skill(technique: str, level: Any) -> tuple[str, int]:
    try:
        tech = Technique(str(technique).strip().lower())
    except ValueError as exc:
        raise ValidationError(
            "technique_unknown",
            technique=technique,
            choices=", ".join(t.value for t in Technique),
        ) from exc
    try:
        lvl = SkillLevel(int(level))
    except (TypeError, ValueError) as exc:
        raise ValidationError("skill_level_invalid", technique=tech.value, level=level) from exc
    return tech.value, int(lvl)


def check_artisan(inp: ArtisanInput) -> tuple[dict[str, Any], dict[str, int], list[DomainError]]:
    """Clean the artisan profile: ``(profile values, {technique: level}, errors)``."""
    errors: list[DomainError] = []
    values = {
        "business_name": _collect(errors, _short, inp.business_name, F.BUSINESS_NAME, 120) or "",
        "nib": _collect(errors, _optional, normalise_nib, inp.nib, F.NIB) or "",
        "bank_name": _collect(errors, _short, inp.bank_name, F.BANK_NAME, 80) or "",
        "bank_account_number": _collect(errors, _short, inp.bank_account_number, F.BANK_ACCOUNT, 40)
        or "",
        "bank_account_holder": _collect(errors, _short, inp.bank_account_holder, F.BANK_HOLDER, 120)
        or "",
        "joined_on": _collect(errors, _not_future, inp.joined_on, F.JOINED_ON),
    }
    skills: dict[str, int] = {}
    for technique, level in inp.skills:
        pair = _collect(errors, _skill, technique, level)
        if pair:
            skills[pair[0]] = pair[1]
    return values, skills, errors


def _customer_type(text: str) -> str:
    try:
        return CustomerType(text).value
    except ValueError as exc:
        raise invalid(
            F.CUSTOMER_TYPE, "choice", choices=", ".join(c.value for c in CustomerType)
        ) from exc


def check_customer(inp: CustomerInput) -> tuple[dict[str, Any], list[DomainError]]:
    errors: list[DomainError] = []
    values = {
        "customer_type": _collect(errors, _customer_type, inp.customer_type),
        "organisation": _collect(errors, _short, inp.organisation, F.ORGANISATION, 120) or "",
        "npwp": _collect(errors, _optional, normalise_npwp, inp.npwp, F.NPWP) or "",
    }
    return values, errors


def _raise_first(errors: list[DomainError]) -> None:
    if errors:
        raise errors[0]


# ---------------------------------------------------------------- reading


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("not_found", what=f"person #{person_id}")
    return person


def _data(session: Session, p: Person) -> PersonData:
    names = {
        r.id: r.name
        for r in session.scalars(
            select(Region).where(Region.id.in_([i for i in (p.kecamatan_id, p.kelurahan_id) if i]))
        )
    }
    artisan = None
    if p.is_artisan and p.artisan is not None:
        a = p.artisan
        skills = tuple(
            SkillData(Technique(s.technique), SkillLevel(s.level))
            for s in sorted(p.skills, key=lambda s: list(Technique).index(Technique(s.technique)))
        )
        artisan = ArtisanData(
            a.business_name,
            a.nib,
            a.bank_name,
            a.bank_account_number,
            a.bank_account_holder,
            a.joined_on,
            skills,
        )
    customer = None
    if p.is_customer and p.customer is not None:
        c = p.customer
        customer = CustomerData(
            CustomerType(c.customer_type), c.organisation, c.npwp, c.is_walk_in_default
        )
    return PersonData(
        id=p.id,
        full_name=p.full_name,
        nik=p.nik or "",
        gender=p.gender or "",
        birth_date=p.birth_date,
        phone=p.phone,
        email=p.email,
        address=p.address,
        kecamatan_id=p.kecamatan_id,
        kecamatan=names.get(p.kecamatan_id or 0, ""),
        kelurahan_id=p.kelurahan_id,
        kelurahan=names.get(p.kelurahan_id or 0, ""),
        photo=p.photo,
        notes=p.notes,
        active=p.active,
        is_artisan=p.is_artisan,
        is_customer=p.is_customer,
        artisan=artisan,
        customer=customer,
        created_at=p.created_at,
    )


def get_person(db: Database, actor: Actor, person_id: int) -> PersonData:
    """One person with their artisan and customer profiles."""
    actor.require(Permission.MANAGE_PEOPLE)
    with db.read() as session:
        return _data(session, _get(session, person_id))


def _audit_view(p: Person) -> dict[str, Any]:
    view: dict[str, Any] = {
        "full_name": p.full_name,
        "nik": p.nik,
        "gender": p.gender,
        "birth_date": p.birth_date,
        "phone": p.phone,
        "email": p.email,
        "address": p.address,
        "kecamatan_id": p.kecamatan_id,
        "kelurahan_id": p.kelurahan_id,
        "photo": p.photo,
        "notes": p.notes,
        "active": p.active,
        "is_artisan": p.is_artisan,
        "is_customer": p.is_customer,
    }
    if p.artisan is not None:
        a = p.artisan
        view.update(
            business_name=a.business_name,
            nib=a.nib,
            bank_name=a.bank_name,
            bank_account_number=a.bank_account_number,
            bank_account_holder=a.bank_account_holder,
            joined_on=a.joined_on,
            skills=", ".join(
                f"{s.technique}:{s.level}" for s in sorted(p.skills, key=lambda s: s.technique)
            ),
        )
    if p.customer is not None:
        c = p.customer
        view.update(customer_type=c.customer_type, organisation=c.organisation, npwp=c.npwp)
    return view


# ---------------------------------------------------------------- writing


def _apply_artisan(
    session: Session, p: Person, values: dict[str, Any], skills: dict[str, int]
) -> None:
    p.is_artisan = True
    if p.artisan is None:
        p.artisan = ArtisanProfile()
    for key, value in values.items():
        setattr(p.artisan, key, value)
    if p.artisan.joined_on is None:
        p.artisan.joined_on = date.today()
    current = {s.technique: s for s in p.skills}
    for technique, skill in current.items():
        if technique not in skills:
            p.skills.remove(skill)
    for technique, level in skills.items():
        if technique in current:
            current[technique].level = level
        else:
            p.skills.append(ArtisanSkill(technique=technique, level=level))


def _apply_customer(p: Person, values: dict[str, Any]) -> None:
    p.is_customer = True
    if p.customer is None:
        p.customer = CustomerProfile(is_walk_in_default=False)
    for key, value in values.items():
        setattr(p.customer, key, value)


def _save(
    db: Database,
    actor: Actor,
    person_id: int | None,
    inp: PersonInput | None,
    artisan: ArtisanInput | None,
    customer: CustomerInput | None,
    summary: str,
) -> PersonData:
    actor.require(Permission.MANAGE_PEOPLE)
    a_values, skills, errors = check_artisan(artisan) if artisan else ({}, {}, [])
    c_values, c_errors = check_customer(customer) if customer else ({}, [])
    try:
        with db.transaction() as session:
            p = _get(session, person_id) if person_id is not None else None
            old = _audit_view(p) if p is not None else {}
            p_values: dict[str, Any] = {}
            if inp is not None:
                p_values, p_errors = check_person(session, inp, person_id)
                errors = p_errors + errors
            _raise_first(errors + c_errors)
            if p is not None and p.customer is not None and p.customer.is_walk_in_default:
                if p_values.get("active") is False:
                    raise Conflict("walk_in_protected", name=p.full_name)
                c_values["customer_type"] = CustomerType.WALK_IN.value
            if p is None:
                p = Person()
                session.add(p)
            for key, value in p_values.items():
                setattr(p, key, value)
            if artisan is not None:
                _apply_artisan(session, p, a_values, skills)
            if customer is not None:
                _apply_customer(p, c_values)
            session.flush()
            action = "create" if not old else "update"
            audit.record(
                session, actor, action, "person", p.id,
                old=old, new=_audit_view(p), summary=f"{summary} {p.full_name}",
            )  # fmt: skip
            return _data(session, p)
    except IntegrityError as exc:
        # Two PCs saved the same NIK at once: the unique index caught what the check missed.
        log.info("integrity error saving a person: %s", exc.orig)
        raise Conflict("nik_taken", nik=inp.nik if inp else "", name="?") from exc


def create_artisan(
    db: Database, actor: Actor, person: PersonInput, artisan: ArtisanInput = ArtisanInput()
) -> PersonData:
    """A new person who is an artisan (joined today unless ``joined_on`` says otherwise)."""
    return _save(db, actor, None, person, artisan, None, "artisan")


def update_artisan(
    db: Database, actor: Actor, person_id: int, person: PersonInput, artisan: ArtisanInput
) -> PersonData:
    """Change a person's shared fields and their artisan profile (made one if missing)."""
    return _save(db, actor, person_id, person, artisan, None, "artisan")


def make_artisan(
    db: Database, actor: Actor, person_id: int, artisan: ArtisanInput = ArtisanInput()
) -> PersonData:
    """Make an existing person (a graduate, a customer) an artisan without retyping them."""
    return _save(db, actor, person_id, None, artisan, None, "now artisan:")


def create_customer(
    db: Database, actor: Actor, person: PersonInput, customer: CustomerInput = CustomerInput()
) -> PersonData:
    """A new person who is a customer."""
    return _save(db, actor, None, person, None, customer, "customer")


def update_customer(
    db: Database, actor: Actor, person_id: int, person: PersonInput, customer: CustomerInput
) -> PersonData:
    """Change a person's shared fields and their customer profile (made one if missing)."""
    return _save(db, actor, person_id, person, None, customer, "customer")


def make_customer(
    db: Database, actor: Actor, person_id: int, customer: CustomerInput = CustomerInput()
) -> PersonData:
    """Make an existing person (e.g. an artisan who buys) a customer too."""
    return _save(db, actor, person_id, None, None, customer, "now customer:")


def set_person_active(db: Database, actor: Actor, person_id: int, active: bool) -> PersonData:
    """Set a person active or inactive (what to do instead of deleting one with history)."""
    actor.require(Permission.MANAGE_PEOPLE)
    with db.transaction() as session:
        p = _get(session, person_id)
        if not active and p.customer is not None and p.customer.is_walk_in_default:
            raise Conflict("walk_in_protected", name=p.full_name)
        if p.active != active:
            audit.record(
                session, actor, "update", "person", p.id,
                old={"active": p.active}, new={"active": active}, summary=p.full_name,
            )  # fmt: skip
            p.active = active
            p.updated_at = utcnow()
        return _data(session, p)


# ---------------------------------------------------------------- history and deleting


@dataclass(frozen=True)
class MotifRef:
    id: int
    code: str
    name: str
    role: str  # "designer" | "co-designer"


@dataclass(frozen=True)
class TrainingRef:
    cohort_code: str
    course_name: str
    start_date: date
    end_date: date
    status: str  # enrolled | waitlist | withdrawn
    result: str | None  # passed | failed | None while undecided


@dataclass(frozen=True)
class ProductionRef:
    """A stage of a production batch the person worked on."""

    batch_number: str
    product: str
    stage: str  # domain.production.Stage value
    pieces: int
    status: str  # domain.production.BatchStatus value
    finished_on: date | None


@dataclass(frozen=True)
class HeldStock:
    """Stock the person holds at home (cloth handed out for work)."""

    item_name: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class PersonHistory:
    """What a person has done here, for the detail panel and the delete check.

    Consignment (titip jual) and royalties: pieces of theirs at the shop, and what sales owe
    them that is not yet paid out (unsettled accruals plus unpaid settlement balances).
    """

    motifs: tuple[MotifRef, ...] = ()
    trainings: tuple[TrainingRef, ...] = ()
    production: tuple[ProductionRef, ...] = ()
    held: tuple[HeldStock, ...] = ()
    wages_earned: Decimal = Decimal(0)
    wages_paid: Decimal = Decimal(0)
    consigned_at_shop: Decimal = Decimal(0)  # pieces
    consignment_owed: Decimal = Decimal(0)
    royalties_owed: Decimal = Decimal(0)
    settlements_unpaid: Decimal = Decimal(0)
    consignment_intakes: int = 0
    invoices: int = 0  # bought as a customer

    @property
    def sales_owed(self) -> Decimal:
        """Consignment shares and royalties not yet paid out."""
        return self.consignment_owed + self.royalties_owed + self.settlements_unpaid

    @property
    def wages_owed(self) -> Decimal:
        return self.wages_earned - self.wages_paid

    @property
    def designed(self) -> int:
        return sum(1 for m in self.motifs if m.role == "designer")

    @property
    def co_designed(self) -> int:
        return sum(1 for m in self.motifs if m.role == "co-designer")

    @property
    def is_empty(self) -> bool:
        return not (
            self.motifs
            or self.trainings
            or self.production
            or self.held
            or self.wages_earned
            or self.wages_paid
            or self.consignment_intakes
            or self.invoices
            or self.consignment_owed
            or self.royalties_owed
        )


def _history(session: Session, person_id: int) -> PersonHistory:
    designed = session.execute(
        select(Motif.id, Motif.code, Motif.name)
        .where(Motif.designer_id == person_id)
        .order_by(Motif.name)
    ).all()
    co = session.execute(
        select(Motif.id, Motif.code, Motif.name)
        .join(MotifCoDesigner, MotifCoDesigner.motif_id == Motif.id)
        .where(MotifCoDesigner.person_id == person_id)
        .order_by(Motif.name)
    ).all()
    motifs = tuple(MotifRef(i, c, n, "designer") for i, c, n in designed) + tuple(
        MotifRef(i, c, n, "co-designer") for i, c, n in co
    )
    trainings = tuple(
        TrainingRef(code, course, start, end, status, override or result)
        for code, course, start, end, status, result, override in session.execute(
            select(
                Cohort.code,
                Course.name,
                Cohort.start_date,
                Cohort.end_date,
                Enrollment.status,
                Enrollment.result,
                Enrollment.override_result,
            )
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(Course, Course.id == Cohort.course_id)
            .where(Enrollment.person_id == person_id)
            .order_by(Cohort.start_date)
        )
    )
    production = tuple(
        ProductionRef(number, product, stage, pieces, status, finished_on)
        for number, product, stage, pieces, status, finished_on in session.execute(
            select(
                ProductionBatch.number,
                Item.name,
                BatchStage.stage,
                BatchStageArtisan.pieces,
                ProductionBatch.status,
                ProductionBatch.finished_on,
            )
            .join(BatchStage, BatchStage.id == BatchStageArtisan.stage_id)
            .join(ProductionBatch, ProductionBatch.id == BatchStage.batch_id)
            .join(Item, Item.id == ProductionBatch.product_id)
            .where(BatchStageArtisan.artisan_id == person_id)
            .order_by(ProductionBatch.id.desc(), BatchStage.position)
        )
    )
    held = tuple(
        HeldStock(name, Decimal(qty), unit)
        for name, qty, unit in session.execute(
            select(Item.name, StockBalance.quantity, Item.unit)
            .join(StockBalance, StockBalance.item_id == Item.id)
            .join(Location, Location.id == StockBalance.location_id)
            .where(Location.person_id == person_id, StockBalance.quantity != 0)
            .order_by(Item.name_key)
        )
    )
    earned = session.scalar(
        select(func.sum(WageEntry.amount)).where(WageEntry.artisan_id == person_id)
    )
    paid = session.scalar(
        select(func.sum(WagePayment.amount)).where(WagePayment.artisan_id == person_id)
    )
    at_shop = session.scalar(
        select(func.sum(StockBalance.quantity))
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(Item.consignor_id == person_id, Location.kind == LocationKind.SHOP.value)
    )
    open_accruals = dict(
        session.execute(
            select(ArtisanAccrual.kind, func.sum(ArtisanAccrual.amount))
            .where(ArtisanAccrual.person_id == person_id, ArtisanAccrual.settlement_id.is_(None))
            .group_by(ArtisanAccrual.kind)
        ).all()
    )
    unpaid = session.scalar(
        select(func.sum(ArtisanSettlement.total_owed - ArtisanSettlement.paid)).where(
            ArtisanSettlement.person_id == person_id
        )
    )
    intakes = session.scalar(
        select(func.count())
        .select_from(ConsignmentIntake)
        .where(ConsignmentIntake.person_id == person_id)
    )
    invoices = session.scalar(
        select(func.count()).select_from(Invoice).where(Invoice.customer_id == person_id)
    )
    return PersonHistory(
        motifs=motifs,
        trainings=trainings,
        production=production,
        held=held,
        wages_earned=Decimal(earned or 0),
        wages_paid=Decimal(paid or 0),
        consigned_at_shop=Decimal(at_shop or 0),
        consignment_owed=Decimal(open_accruals.get(AccrualKind.CONSIGNMENT.value) or 0),
        royalties_owed=Decimal(open_accruals.get(AccrualKind.ROYALTY.value) or 0),
        settlements_unpaid=Decimal(unpaid or 0),
        consignment_intakes=int(intakes or 0),
        invoices=int(invoices or 0),
    )


def person_history(db: Database, actor: Actor, person_id: int) -> PersonHistory:
    """The person's history: motifs designed, trainings, production work, cloth held at
    home, wages, consignment and royalties owed."""
    actor.require(Permission.MANAGE_PEOPLE)
    with db.read() as session:
        _get(session, person_id)
        return _history(session, person_id)


def delete_person(db: Database, actor: Actor, person_id: int) -> None:
    """Delete a person without history. One with history is refused: set them inactive."""
    actor.require(Permission.DELETE_RECORDS)
    with db.transaction() as session:
        p = _get(session, person_id)
        if p.customer is not None and p.customer.is_walk_in_default:
            raise Conflict("walk_in_protected", name=p.full_name)
        history = _history(session, p.id)
        if not history.is_empty:
            raise Conflict(
                "person_has_history",
                name=p.full_name,
                designed=history.designed,
                co_designed=history.co_designed,
                trainings=len(history.trainings),
                batches=len({p.batch_number for p in history.production}),
            )
        audit.record(
            session, actor, "delete", "person", p.id, old=_audit_view(p), summary=p.full_name
        )
        session.delete(p)


# ---------------------------------------------------------------- the walk-in customer


def walk_in_customer(db: Database, actor: Actor) -> PersonData:
    """The default customer of counter sales ("Pelanggan umum"), created on first use."""
    with db.transaction() as session:
        p = ensure_walk_in(session, actor)
        return _data(session, p)


def ensure_walk_in(session: Session, actor: Actor | None) -> Person:
    """The walk-in customer inside the caller's transaction (creates it if missing)."""
    pid = session.scalar(
        select(CustomerProfile.person_id).where(CustomerProfile.is_walk_in_default.is_(True))
    )
    if pid is not None:
        return _get(session, pid)
    p = Person(
        full_name=WALK_IN_NAME,
        name_key=WALK_IN_NAME.lower(),
        is_customer=True,
        active=True,
        notes="",
    )
    p.customer = CustomerProfile(
        customer_type=CustomerType.WALK_IN.value, organisation="", npwp="", is_walk_in_default=True
    )
    session.add(p)
    session.flush()
    audit.record(session, actor, "create", "person", p.id, new=_audit_view(p), summary=WALK_IN_NAME)
    return p


def store_photo(db: Database, actor: Actor, data: bytes) -> str:
    """Check and store a photo in the media folder; returns the path for ``PersonInput.photo``."""
    from rumahbatik.services import media
    from rumahbatik.services.settings import get_settings

    actor.require(Permission.MANAGE_PEOPLE)
    folder = str(get_settings(db)["media_folder"] or "")
    return media.store_image(data, "people", field="Photo", folder_setting=folder).file


def count_people(db: Database) -> dict[str, int]:
    """How many artisans and customers there are (for the dashboard and the benchmark)."""
    with db.read() as session:
        return {
            "artisans": session.scalar(select(func.count()).where(Person.is_artisan.is_(True)))
            or 0,
            "customers": session.scalar(select(func.count()).where(Person.is_customer.is_(True)))
            or 0,
        }


def insert_checked(
    session: Session,
    actor: Actor,
    values: dict[str, Any],
    *,
    artisan: tuple[dict[str, Any], dict[str, int]] | None = None,
    customer: dict[str, Any] | None = None,
    summary: str = "",
) -> int:
    """Add a person whose values :func:`check_person` & co. already cleaned, in the caller's
    transaction (the import writes many rows in one); returns the new id."""
    p = Person(**values)
    session.add(p)
    if artisan is not None:
        _apply_artisan(session, p, artisan[0], artisan[1])
    if customer is not None:
        _apply_customer(p, customer)
    session.flush()
    audit.record(
        session, actor, "create", "person", p.id, new=_audit_view(p),
        summary=f"{summary} {p.full_name}".strip(),
    )  # fmt: skip
    return p.id
