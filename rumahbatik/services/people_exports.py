"""The artisans, customers and suppliers lists as tables for CSV/Excel.

The GUI passes the filter its page shows (it exports what the user sees); the command line
(``rumahbatik export artisans``) exports everybody.
"""

from __future__ import annotations

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import CUSTOMER_TYPE_LABELS, CustomerType
from rumahbatik.domain.tables import Column, Table
from rumahbatik.services import people_list, suppliers
from rumahbatik.services.context import Actor
from rumahbatik.services.people_list import PersonFilter, PersonRow

ALL_ARTISANS = PersonFilter(role="artisan")
ALL_CUSTOMERS = PersonFilter(role="customer")


def _skills(row: PersonRow) -> str:
    return ", ".join(f"{technique} ({level})" for technique, level in row.skills)


def artisans_table(db: Database, actor: Actor, flt: PersonFilter = ALL_ARTISANS) -> Table:
    """Artisans matching ``flt`` (everyone by default), in the filter's order."""
    cols = [
        Column("full_name", QT_TRANSLATE_NOOP("Exports", "Name")),
        Column("nik", QT_TRANSLATE_NOOP("Exports", "NIK")),
        Column("gender", QT_TRANSLATE_NOOP("Exports", "Gender (L/P)")),
        Column("phone", QT_TRANSLATE_NOOP("Exports", "Phone")),
        Column("email", QT_TRANSLATE_NOOP("Exports", "E-mail")),
        Column("address", QT_TRANSLATE_NOOP("Exports", "Address")),
        Column("kelurahan", QT_TRANSLATE_NOOP("Exports", "Kelurahan")),
        Column("kecamatan", QT_TRANSLATE_NOOP("Exports", "Kecamatan")),
        Column("techniques", QT_TRANSLATE_NOOP("Exports", "Techniques (level 1-4)")),
        Column("business_name", QT_TRANSLATE_NOOP("Exports", "Business name (IKM)")),
        Column("nib", QT_TRANSLATE_NOOP("Exports", "NIB")),
        Column("joined_on", QT_TRANSLATE_NOOP("Exports", "Joined on"), "date"),
        Column("active", QT_TRANSLATE_NOOP("Exports", "Active"), "bool"),
    ]
    rows = [
        (
            r.full_name,
            r.nik,
            r.gender,
            r.phone,
            r.email,
            r.address,
            r.kelurahan,
            r.kecamatan,
            _skills(r),
            r.business_name,
            r.nib,
            r.joined_on,
            r.active,
        )  # fmt: skip
        for r in people_list.iter_all(db, actor, flt)
    ]
    return Table("artisans", QT_TRANSLATE_NOOP("Exports", "Artisans"), cols, rows)


def customers_table(db: Database, actor: Actor, flt: PersonFilter = ALL_CUSTOMERS) -> Table:
    """Customers matching ``flt`` (everyone by default)."""
    cols = [
        Column("full_name", QT_TRANSLATE_NOOP("Exports", "Name")),
        Column("customer_type", QT_TRANSLATE_NOOP("Exports", "Customer type")),
        Column("organisation", QT_TRANSLATE_NOOP("Exports", "Organisation")),
        Column("phone", QT_TRANSLATE_NOOP("Exports", "Phone")),
        Column("email", QT_TRANSLATE_NOOP("Exports", "E-mail")),
        Column("address", QT_TRANSLATE_NOOP("Exports", "Address")),
        Column("kecamatan", QT_TRANSLATE_NOOP("Exports", "Kecamatan")),
        Column("nik", QT_TRANSLATE_NOOP("Exports", "NIK")),
        Column("npwp", QT_TRANSLATE_NOOP("Exports", "NPWP")),
        Column("active", QT_TRANSLATE_NOOP("Exports", "Active"), "bool"),
    ]
    rows = [
        (
            r.full_name,
            CUSTOMER_TYPE_LABELS[CustomerType(r.customer_type)] if r.customer_type else "",
            r.organisation,
            r.phone,
            r.email,
            r.address,
            r.kecamatan,
            r.nik,
            r.npwp,
            r.active,
        )  # fmt: skip
        for r in people_list.iter_all(db, actor, flt)
    ]
    return Table("customers", QT_TRANSLATE_NOOP("Exports", "Customers"), cols, rows)


def suppliers_table(db: Database, actor: Actor, text: str = "") -> Table:
    """Suppliers (matching ``text`` when given)."""
    cols = [
        Column("name", QT_TRANSLATE_NOOP("Exports", "Name")),
        Column("contact_person", QT_TRANSLATE_NOOP("Exports", "Contact person")),
        Column("phone", QT_TRANSLATE_NOOP("Exports", "Phone")),
        Column("email", QT_TRANSLATE_NOOP("Exports", "E-mail")),
        Column("address", QT_TRANSLATE_NOOP("Exports", "Address")),
        Column("supplies", QT_TRANSLATE_NOOP("Exports", "Supplies")),
        Column("notes", QT_TRANSLATE_NOOP("Exports", "Notes")),
        Column("active", QT_TRANSLATE_NOOP("Exports", "Active"), "bool"),
    ]
    rows = [
        (s.name, s.contact_person, s.phone, s.email, s.address, s.supplies, s.notes, s.active)
        for s in suppliers.list_suppliers(db, actor, text)
    ]
    return Table("suppliers", QT_TRANSLATE_NOOP("Exports", "Suppliers"), cols, rows)
