"""Suppliers and the editable regions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rumahbatik.domain.errors import Conflict, PermissionDenied, ValidationError
from rumahbatik.models import AuditEntry
from rumahbatik.services import people, regions, suppliers
from rumahbatik.services.people import PersonInput
from rumahbatik.services.suppliers import SupplierInput
from tests.services.regions_seed import ensure_regions


@pytest.fixture(autouse=True)
def _regions(db):
    ensure_regions(db)


def test_supplier_create_update_list(db, staff):
    s = suppliers.create_supplier(
        db,
        staff,
        SupplierInput(
            name=" UD Mori Jaya ", contact_person="Pak Hadi", phone="0335 421 999",
            email="Mori@Jaya.id", supplies="kain mori primissima, prima",
        ),
    )  # fmt: skip
    assert s.name == "UD Mori Jaya" and s.phone == "+62335421999" and s.email == "mori@jaya.id"
    suppliers.create_supplier(db, staff, SupplierInput(name="Toko Malam Sumber Rejeki"))
    assert [x.name for x in suppliers.list_suppliers(db, staff, "mori")] == ["UD Mori Jaya"]
    changed = suppliers.update_supplier(
        db, staff, s.id, SupplierInput(**{**s.as_input().__dict__, "active": False})
    )
    assert not changed.active
    assert [x.name for x in suppliers.list_suppliers(db, staff, active=True)] == [
        "Toko Malam Sumber Rejeki"
    ]


def test_supplier_rules(db, staff, manager, instructor):
    suppliers.create_supplier(db, staff, SupplierInput(name="CV Canting Emas"))
    with pytest.raises(Conflict) as err:
        suppliers.create_supplier(db, staff, SupplierInput(name="cv canting emas"))
    assert err.value.code == "supplier_name_taken"
    with pytest.raises(ValidationError) as err:
        suppliers.create_supplier(db, staff, SupplierInput(name=""))
    assert err.value.code == "required"
    with pytest.raises(ValidationError):
        suppliers.create_supplier(db, staff, SupplierInput(name="X", phone="99"))
    with pytest.raises(PermissionDenied):
        suppliers.create_supplier(db, instructor, SupplierInput(name="Y"))
    s = suppliers.list_suppliers(db, staff)[0]
    with pytest.raises(PermissionDenied):
        suppliers.delete_supplier(db, staff, s.id)
    suppliers.delete_supplier(db, manager, s.id)
    assert suppliers.list_suppliers(db, staff) == []
    with db.read() as session:
        actions = [
            e.action
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "supplier").order_by(AuditEntry.id)
            )
        ]
    assert actions == ["create", "delete"]


def test_regions_add_rename_deactivate_delete(db, manager, staff):
    kec = regions.add_region(db, manager, "Kecamatan Baru")
    kel = regions.add_region(db, manager, "Kelurahan Baru", kec.id)
    assert kel.kind == "kelurahan" and kel.parent_id == kec.id
    with pytest.raises(Conflict) as err:
        regions.add_region(db, manager, "kelurahan baru", kec.id)
    assert err.value.code == "region_name_taken"
    # The same name under another kecamatan is fine.
    other = regions.list_regions(db)[0]
    regions.add_region(db, manager, "Kelurahan Baru", other.id)
    renamed = regions.rename_region(db, manager, kel.id, "Kelurahan Lama")
    assert renamed.name == "Kelurahan Lama"
    with pytest.raises(PermissionDenied):
        regions.add_region(db, staff, "Nope")
    people.create_customer(
        db, staff, PersonInput(full_name="Warga", kecamatan_id=kec.id, kelurahan_id=kel.id)
    )
    with pytest.raises(Conflict) as err:
        regions.delete_region(db, manager, kel.id)
    assert err.value.code == "region_in_use" and err.value.params["people"] == 1
    with pytest.raises(Conflict) as err:
        regions.delete_region(db, manager, kec.id)
    assert err.value.params["children"] == 1
    regions.set_region_active(db, manager, kel.id, False)
    names = {k.name: [x.name for x in k.kelurahan] for k in regions.list_regions(db)}
    assert names["Kecamatan Baru"] == []
    every = {
        k.name: [x.name for x in k.kelurahan]
        for k in regions.list_regions(db, include_inactive=True)
    }
    assert every["Kecamatan Baru"] == ["Kelurahan Lama"]
    spare = regions.add_region(db, manager, "Sementara", kec.id)
    regions.delete_region(db, manager, spare.id)


def test_region_name_required(db, manager):
    with pytest.raises(ValidationError):
        regions.add_region(db, manager, "   ")


def test_people_exports(db, staff):
    from datetime import date

    from rumahbatik.services import exports
    from rumahbatik.services.people import ArtisanInput, CustomerInput
    from rumahbatik.services.people_exports import artisans_table
    from rumahbatik.services.people_list import PersonFilter

    people.create_artisan(
        db, staff, PersonInput(full_name="Sumarni", nik="3574015505800002"),
        ArtisanInput(joined_on=date(2022, 5, 30), skills=(("tulis", 4),)),
    )  # fmt: skip
    people.create_artisan(db, staff, PersonInput(full_name="Hasan", active=False))
    people.create_customer(
        db, staff, PersonInput(full_name="Hotel Ratna"), CustomerInput("institution")
    )
    suppliers.create_supplier(db, staff, SupplierInput(name="UD Mori Jaya"))
    table = exports.build_export(db, staff, "artisans")
    assert [r[0] for r in table.rows] == ["Hasan", "Sumarni"]
    assert table.rows[1][8] == "tulis (4)" and table.rows[1][11] == date(2022, 5, 30)
    assert [c.kind for c in table.columns][-2:] == ["date", "bool"]
    assert all(len(r) == len(table.columns) for r in table.rows)
    only_active = artisans_table(db, staff, PersonFilter(active=True))
    assert [r[0] for r in only_active.rows] == ["Sumarni"]
    assert exports.build_export(db, staff, "customers").rows[0][:2] == (
        "Hotel Ratna",
        "institution",
    )
    assert exports.build_export(db, staff, "suppliers").rows[0][0] == "UD Mori Jaya"
