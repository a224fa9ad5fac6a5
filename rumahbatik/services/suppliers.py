"""Suppliers of materials (kain mori, malam, pewarna, canting): who they are, what they sell."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.validation import invalid, normalise_email, normalise_phone
from rumahbatik.models import Supplier
from rumahbatik.services import audit
from rumahbatik.services.context import Actor


@dataclass(frozen=True)
class SupplierInput:
    name: str
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    supplies: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class SupplierData(SupplierInput):
    id: int = 0
    created_at: datetime | None = None

    def as_input(self) -> SupplierInput:
        values = asdict(self)
        values.pop("id")
        values.pop("created_at")
        return SupplierInput(**values)


def _data(s: Supplier) -> SupplierData:
    return SupplierData(
        name=s.name,
        contact_person=s.contact_person,
        phone=s.phone,
        email=s.email,
        address=s.address,
        supplies=s.supplies,
        notes=s.notes,
        active=s.active,
        id=s.id,
        created_at=s.created_at,
    )


def _clean(inp: SupplierInput) -> SupplierInput:
    name = " ".join((inp.name or "").split())
    if not name:
        raise ValidationError("required", field=F.SUPPLIER_NAME)
    if len(name) > 120:
        raise invalid(F.SUPPLIER_NAME, "too_long", max=120)
    contact = (inp.contact_person or "").strip()
    if len(contact) > 120:
        raise invalid(F.CONTACT_PERSON, "too_long", max=120)
    phone = normalise_phone(inp.phone, F.PHONE) if (inp.phone or "").strip() else ""
    email = normalise_email(inp.email, F.EMAIL) if (inp.email or "").strip() else ""
    return SupplierInput(
        name=name,
        contact_person=contact,
        phone=phone,
        email=email,
        address=(inp.address or "").strip(),
        supplies=(inp.supplies or "").strip(),
        notes=(inp.notes or "").strip(),
        active=bool(inp.active),
    )


def _check_unique(session: Session, name: str, own: int) -> None:
    clash = session.scalar(
        select(Supplier.id).where(func.lower(Supplier.name) == name.lower(), Supplier.id != own)
    )
    if clash is not None:
        raise Conflict("supplier_name_taken", name=name)


def _get(session: Session, supplier_id: int) -> Supplier:
    s = session.get(Supplier, supplier_id)
    if s is None:
        raise NotFound("not_found", what=f"supplier #{supplier_id}")
    return s


def create_supplier(db: Database, actor: Actor, inp: SupplierInput) -> SupplierData:
    """Add a supplier; the name is unique regardless of case."""
    actor.require(Permission.MANAGE_PEOPLE)
    with db.transaction() as session:
        return _data(create_in_session(session, actor, inp))


def create_in_session(session: Session, actor: Actor, inp: SupplierInput) -> Supplier:
    """:func:`create_supplier` inside the caller's transaction (the demo writes in one)."""
    clean = _clean(inp)
    _check_unique(session, clean.name, own=-1)
    s = Supplier(**asdict(clean))
    session.add(s)
    session.flush()
    audit.record(session, actor, "create", "supplier", s.id, new=asdict(clean), summary=clean.name)
    return s


def update_supplier(
    db: Database, actor: Actor, supplier_id: int, inp: SupplierInput
) -> SupplierData:
    """Change a supplier's details (also how to switch one off: ``active=False``)."""
    actor.require(Permission.MANAGE_PEOPLE)
    clean = _clean(inp)
    with db.transaction() as session:
        s = _get(session, supplier_id)
        _check_unique(session, clean.name, own=s.id)
        old = _data(s).as_input()
        for key, value in asdict(clean).items():
            setattr(s, key, value)
        audit.record(
            session, actor, "update", "supplier", s.id,
            old=asdict(old), new=asdict(clean), summary=clean.name,
        )  # fmt: skip
        session.flush()
        return _data(s)


def get_supplier(db: Database, actor: Actor, supplier_id: int) -> SupplierData:
    actor.require(Permission.MANAGE_PEOPLE)
    with db.read() as session:
        return _data(_get(session, supplier_id))


def list_suppliers(
    db: Database, actor: Actor, text: str = "", *, active: bool | None = None
) -> list[SupplierData]:
    """Suppliers by name; ``text`` searches name, contact, phone and what they supply."""
    actor.require(Permission.MANAGE_PEOPLE)
    stmt = select(Supplier).order_by(func.lower(Supplier.name), Supplier.id)
    if active is not None:
        stmt = stmt.where(Supplier.active.is_(active))
    for word in (text or "").lower().split():
        like = f"%{word}%"
        stmt = stmt.where(
            or_(
                func.lower(Supplier.name).like(like),
                func.lower(Supplier.contact_person).like(like),
                func.lower(Supplier.supplies).like(like),
                Supplier.phone.like(like),
            )
        )
    with db.read() as session:
        return [_data(s) for s in session.scalars(stmt)]


def delete_supplier(db: Database, actor: Actor, supplier_id: int) -> None:
    """Delete a supplier (nothing refers to suppliers yet; stock receipts will)."""
    actor.require(Permission.DELETE_RECORDS)
    with db.transaction() as session:
        s = _get(session, supplier_id)
        audit.record(
            session, actor, "delete", "supplier", s.id,
            old=asdict(_data(s).as_input()), summary=s.name,
        )  # fmt: skip
        session.delete(s)
