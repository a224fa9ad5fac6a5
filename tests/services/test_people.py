"""Artisans and customers: validation, NIK uniqueness, roles on one person, history, search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rumahbatik.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from rumahbatik.models import AuditEntry, Motif, MotifCoDesigner, Region
from rumahbatik.services import people, people_list, regions
from rumahbatik.services.people import ArtisanInput, CustomerInput, PersonInput
from rumahbatik.services.people_list import PersonFilter
from tests.services.regions_seed import ensure_regions

NIK = "3574011505900001"


@pytest.fixture(autouse=True)
def _regions(db):
    ensure_regions(db)


def _region_ids(db, kecamatan: str, kelurahan: str) -> tuple[int, int]:
    for kec in regions.list_regions(db):
        if kec.name == kecamatan:
            for kel in kec.kelurahan:
                if kel.name == kelurahan:
                    return kec.id, kel.id
    raise AssertionError("region missing")


def _artisan(db, actor, name="Siti Rahayu", **kw):
    return people.create_artisan(db, actor, PersonInput(full_name=name, **kw), ArtisanInput())


def test_create_artisan_normalises_and_reads_back(db, staff):
    kec, kel = _region_ids(db, "Kanigaran", "Tisnonegaran")
    p = people.create_artisan(
        db,
        staff,
        PersonInput(
            full_name="  Siti   Rahayu ",
            nik="3574 0115 0590 0001",
            gender="p",
            birth_date=date(1990, 5, 15),
            phone="0812-3456-7890",
            email="Siti@Contoh.ID",
            kecamatan_id=kec,
            kelurahan_id=kel,
        ),
        ArtisanInput(
            business_name="Batik Seruni",
            nib="9120 3012 3456 7",
            joined_on=date(2022, 6, 1),
            skills=(("tulis", 3), ("cap", 2)),
        ),
    )
    assert p.full_name == "Siti Rahayu" and p.nik == NIK and p.gender == "P"
    assert p.phone == "+6281234567890" and p.email == "siti@contoh.id"
    assert (p.kecamatan, p.kelurahan) == ("Kanigaran", "Tisnonegaran")
    assert p.is_artisan and not p.is_customer and p.customer is None
    assert p.artisan.nib == "9120301234567"
    assert [(s.technique.value, int(s.level)) for s in p.artisan.skills] == [
        ("tulis", 3),
        ("cap", 2),
    ]
    again = people.get_person(db, staff, p.id)
    assert again == p
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "person")).one()
        assert entry.action == "create" and entry.changes["nik"] == [None, NIK]
        from rumahbatik.models import Person

        assert s.get(Person, p.id).name_key == "siti rahayu"


def test_joined_defaults_to_today(db, staff):
    assert _artisan(db, staff).artisan.joined_on == date.today()


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"full_name": "  "}, "required", "Full name"),
        ({"nik": "12345"}, "value_invalid", "NIK"),
        ({"phone": "12"}, "value_invalid", "Phone"),
        ({"email": "siti@"}, "value_invalid", "E-mail"),
        ({"gender": "X"}, "value_invalid", "Gender"),
        ({"birth_date": date.today() + timedelta(days=1)}, "date_future", "Birth date"),
    ],
)
def test_person_validation(db, staff, fields, code, field):
    values = {"full_name": "Siti Rahayu", **fields}
    with pytest.raises(ValidationError) as err:
        people.create_artisan(db, staff, PersonInput(**values))
    assert err.value.code == code
    assert err.value.params.get("field") == field
    assert people_list.count_matching(db, staff) == 0


@pytest.mark.parametrize(
    ("artisan", "code"),
    [
        (ArtisanInput(nib="123"), "value_invalid"),
        (ArtisanInput(skills=(("tulis", 7),)), "skill_level_invalid"),
        (ArtisanInput(skills=(("sablon", 2),)), "technique_unknown"),
        (ArtisanInput(joined_on=date.today() + timedelta(days=3)), "date_future"),
    ],
)
def test_artisan_validation(db, staff, artisan, code):
    with pytest.raises(ValidationError) as err:
        people.create_artisan(db, staff, PersonInput(full_name="Budi"), artisan)
    assert err.value.code == code


def test_kelurahan_must_belong_to_the_kecamatan(db, staff):
    kec, _ = _region_ids(db, "Kanigaran", "Tisnonegaran")
    _, other_kel = _region_ids(db, "Mayangan", "Jati")
    with pytest.raises(ValidationError) as err:
        _artisan(db, staff, kecamatan_id=kec, kelurahan_id=other_kel)
    assert err.value.code == "kelurahan_mismatch"
    assert err.value.params == {"kelurahan": "Jati", "kecamatan": "Kanigaran"}
    assert "Kelurahan Jati is not in kecamatan Kanigaran" in str(err.value)


def test_kelurahan_alone_fills_in_its_kecamatan(db, staff):
    kec, kel = _region_ids(db, "Mayangan", "Jati")
    p = _artisan(db, staff, kelurahan_id=kel)
    assert (p.kecamatan_id, p.kecamatan) == (kec, "Mayangan")


def test_kecamatan_must_be_a_kecamatan(db, staff):
    _, kel = _region_ids(db, "Mayangan", "Jati")
    with pytest.raises(ValidationError) as err:
        _artisan(db, staff, kecamatan_id=kel)
    assert err.value.code == "region_unknown"


def test_nik_is_unique_and_the_error_names_the_other_person(db, staff):
    _artisan(db, staff, "Siti Rahayu", nik=NIK)
    with pytest.raises(Conflict) as err:
        people.create_customer(db, staff, PersonInput(full_name="Sri Wahyuni", nik=NIK))
    assert err.value.code == "nik_taken"
    assert err.value.params == {"nik": NIK, "name": "Siti Rahayu"}
    # Saving the holder again with their own NIK is fine.
    p = people_list.list_people(db, staff)[0]
    full = people.get_person(db, staff, p.id)
    people.update_artisan(db, staff, p.id, full.as_input(), full.artisan.as_input())


def test_empty_nik_is_allowed_many_times(db, staff):
    _artisan(db, staff, "A")
    _artisan(db, staff, "B")
    assert people_list.count_matching(db, staff) == 2


def test_update_replaces_skills_and_audits_the_change(db, staff):
    p = people.create_artisan(
        db, staff, PersonInput(full_name="Budi"), ArtisanInput(skills=(("tulis", 1), ("cap", 2)))
    )
    updated = people.update_artisan(
        db,
        staff,
        p.id,
        PersonInput(full_name="Budi Santoso", phone="+62 812 1111 2222"),
        ArtisanInput(skills=(("cap", 4), ("colet", 1)), bank_name="Bank Jatim"),
    )
    assert [(s.technique.value, int(s.level)) for s in updated.artisan.skills] == [
        ("cap", 4),
        ("colet", 1),
    ]
    with db.read() as s:
        changes = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one().changes
    assert changes["full_name"] == ["Budi", "Budi Santoso"]
    assert changes["skills"] == ["cap:2, tulis:1", "cap:4, colet:1"]


def test_bad_update_writes_nothing(db, staff):
    p = _artisan(db, staff, "Budi")
    with pytest.raises(ValidationError):
        people.update_artisan(
            db, staff, p.id, PersonInput(full_name="Budi Baru", nik="99"), ArtisanInput()
        )
    assert people.get_person(db, staff, p.id).full_name == "Budi"


def test_one_person_serves_both_roles(db, staff):
    c = people.create_customer(
        db, staff, PersonInput(full_name="Dewi Anggraini"), CustomerInput("retail")
    )
    a = people.make_artisan(db, staff, c.id, ArtisanInput(skills=(("tulis", 1),)))
    assert a.id == c.id and a.is_artisan and a.is_customer
    assert a.customer.customer_type.value == "retail"
    both = people.make_customer(db, staff, a.id)
    assert both.artisan is not None
    assert people_list.count_matching(db, staff, PersonFilter(role="artisan")) == 1
    assert people_list.count_matching(db, staff, PersonFilter(role="customer")) == 1


def test_customer_validation(db, staff):
    with pytest.raises(ValidationError) as err:
        people.create_customer(db, staff, PersonInput(full_name="X"), CustomerInput(npwp="12"))
    assert err.value.params["field"] == "NPWP"
    with pytest.raises(ValidationError):
        people.create_customer(db, staff, PersonInput(full_name="X"), CustomerInput("vip"))
    c = people.create_customer(
        db,
        staff,
        PersonInput(full_name="Hotel Bromo View"),
        CustomerInput("institution", "PT Bromo View", "01.234.567.8-625.000"),
    )
    assert c.customer.npwp == "012345678625000"


def test_permissions(db, staff, instructor, manager):
    with pytest.raises(PermissionDenied):
        _artisan(db, instructor)
    p = _artisan(db, staff)
    with pytest.raises(PermissionDenied):
        people.delete_person(db, staff, p.id)
    with pytest.raises(PermissionDenied):
        people_list.list_people(db, instructor)
    people.delete_person(db, manager, p.id)
    with pytest.raises(NotFound):
        people.get_person(db, manager, p.id)


def test_delete_refused_with_history_then_inactive(db, staff, manager):
    a = _artisan(db, staff, "Sumarni")
    b = _artisan(db, staff, "Hasan")
    with db.transaction() as s:
        m = Motif(code="M-001", name="Manggur", designer_id=a.id)
        s.add(m)
        s.flush()
        s.add(MotifCoDesigner(motif_id=m.id, person_id=b.id))
    with pytest.raises(Conflict) as err:
        people.delete_person(db, manager, a.id)
    assert err.value.code == "person_has_history"
    assert err.value.params == {
        "name": "Sumarni",
        "designed": 1,
        "co_designed": 0,
        "trainings": 0,
        "batches": 0,
    }
    assert "Set them inactive instead" in str(err.value)
    with pytest.raises(Conflict) as err:
        people.delete_person(db, manager, b.id)
    assert err.value.params["co_designed"] == 1
    history = people.person_history(db, staff, a.id)
    assert [(m.name, m.role) for m in history.motifs] == [("Manggur", "designer")]
    assert history.sales_owed == 0 and history.consignment_intakes == 0
    assert history.production == () and history.held == () and history.wages_owed == 0
    off = people.set_person_active(db, staff, a.id, False)
    assert not off.active
    assert people_list.count_matching(db, staff, PersonFilter(active=True)) == 1


def test_walk_in_customer_is_created_once_and_protected(db, staff, manager):
    w = people.walk_in_customer(db, staff)
    assert w.full_name == "Pelanggan umum" and w.customer.is_walk_in_default
    assert people.walk_in_customer(db, staff).id == w.id
    with pytest.raises(Conflict) as err:
        people.delete_person(db, manager, w.id)
    assert err.value.code == "walk_in_protected"
    with pytest.raises(Conflict):
        people.set_person_active(db, staff, w.id, False)
    # Renaming is fine, the type stays walk-in.
    renamed = people.update_customer(
        db, staff, w.id, PersonInput(full_name="Pembeli umum"), CustomerInput("retail")
    )
    assert renamed.customer.customer_type.value == "walk_in"


# ---------------------------------------------------------------- listing


@pytest.fixture
def crowd(db, staff):
    kec, kel = _region_ids(db, "Kanigaran", "Tisnonegaran")
    kec2, _ = _region_ids(db, "Wonoasih", "Pakistaji")
    made = []
    for i, (name, kecamatan, tech, joined, active) in enumerate(
        [
            ("Ahmad Fauzi", kec, "tulis", date(2022, 5, 30), True),
            ("budi santoso", kec2, "cap", date(2023, 1, 5), True),
            ("Citra Lestari", kec, "cap", date(2021, 3, 1), False),
            ("Dewi Wahyuni", None, "colet", None, True),
            ("Eko Prasetyo", kec2, "tulis", date(2024, 8, 17), True),
        ]
    ):
        made.append(
            people.create_artisan(
                db,
                staff,
                PersonInput(
                    full_name=name,
                    nik=f"35740115059000{i:02d}",
                    phone=f"08123456{i:04d}",
                    kecamatan_id=kecamatan,
                    active=active,
                ),
                ArtisanInput(joined_on=joined or date(2020, 1, 1), skills=((tech, 2),)),
            )
        )
    people.create_customer(db, staff, PersonInput(full_name="Aan Customer"))
    return {"kec": kec, "kec2": kec2, "people": made}


def _names(db, actor, **kw):
    return [r.full_name for r in people_list.list_people(db, actor, PersonFilter(**kw))]


def test_list_sorted_by_name_ignoring_case(db, staff, crowd):
    assert _names(db, staff) == [
        "Ahmad Fauzi", "budi santoso", "Citra Lestari", "Dewi Wahyuni", "Eko Prasetyo"
    ]  # fmt: skip
    assert _names(db, staff, descending=True)[0] == "Eko Prasetyo"


def test_keyset_paging_walks_every_row_once(db, staff, crowd):
    for descending in (False, True):
        for sort in people_list.SORT_KEYS:
            flt = PersonFilter(sort=sort, descending=descending)
            seen, last = [], None
            while True:
                page = people_list.list_people(db, staff, flt, after=last, limit=2)
                seen += [r.id for r in page]
                if len(page) < 2:
                    break
                last = page[-1]
            full = [r.id for r in people_list.list_people(db, staff, flt)]
            assert seen == full and len(set(seen)) == 5, (sort, descending)


def test_joined_date_paging_puts_people_without_a_date_last(db, staff, crowd):
    """Keyset paging on the joined date: customers (no artisan profile, no date) come last in
    both directions, and paging still sees every row once."""
    for name in ("Zaenal Customer", "Ani Customer"):
        people.create_customer(db, staff, PersonInput(full_name=name))
    for descending in (False, True):
        flt = PersonFilter(role="any", sort="joined", descending=descending)
        seen, last = [], None
        while page := people_list.list_people(db, staff, flt, after=last, limit=2):
            seen += page
            last = page[-1]
        assert [r.id for r in seen] == [r.id for r in people_list.list_people(db, staff, flt)], (
            descending
        )
        assert len({r.id for r in seen}) == people_list.count_matching(db, staff, flt) >= 7
        dated = [r.joined_on for r in seen if r.joined_on is not None]
        assert [r.joined_on for r in seen[: len(dated)]] == dated  # no date: last
        assert dated == sorted(dated, reverse=descending)
        undated = [r.full_name for r in seen[len(dated) :]]
        assert {"Zaenal Customer", "Ani Customer"} <= set(undated)


def test_search_filters_and_sorts(db, staff, crowd):
    assert _names(db, staff, text="SANTOSO") == ["budi santoso"]
    assert _names(db, staff, text="eko pras") == ["Eko Prasetyo"]
    assert _names(db, staff, text="3574011505900003") == ["Dewi Wahyuni"]
    assert _names(db, staff, text="0812-3456-0004") == ["Eko Prasetyo"]
    assert _names(db, staff, text="100%") == []
    assert _names(db, staff, kecamatan_id=crowd["kec"]) == ["Ahmad Fauzi", "Citra Lestari"]
    assert _names(db, staff, technique="cap") == ["budi santoso", "Citra Lestari"]
    assert _names(db, staff, active=False) == ["Citra Lestari"]
    assert _names(db, staff, sort="joined")[0] == "Dewi Wahyuni"  # 2020
    assert _names(db, staff, sort="kecamatan")[:2] == ["Ahmad Fauzi", "Citra Lestari"]
    assert _names(db, staff, sort="kecamatan")[-1] == "Dewi Wahyuni"  # none: last
    assert _names(db, staff, role="customer") == ["Aan Customer"]
    assert people_list.count_matching(db, staff, PersonFilter(technique="tulis")) == 2
    row = people_list.list_people(db, staff, PersonFilter(text="ahmad"))[0]
    assert row.kecamatan == "Kanigaran" and row.skills == (("tulis", 2),)
    assert row.phone == "+6281234560000"


def test_seeded_regions(db):
    kecs = regions.list_regions(db)
    assert [k.name for k in kecs] == ["Kademangan", "Kanigaran", "Kedopok", "Mayangan", "Wonoasih"]
    assert sum(len(k.kelurahan) for k in kecs) == 29
    with db.read() as s:
        assert s.scalar(select(Region).where(Region.name == "Tisnonegaran")).kind == "kelurahan"


def test_a_trainee_cannot_be_deleted_and_their_training_shows_in_the_history(db, manager):
    from tests.services.training_helpers import closed_cohort

    _course, cohort, ids = closed_cohort(db, manager, n=2, fail=[])
    from rumahbatik.services import training

    person_id = next(t.person_id for t in training.trainees(db, manager, cohort.id))
    history = people.person_history(db, manager, person_id)
    assert [(t.cohort_code, t.result) for t in history.trainings] == [(cohort.code, "passed")]
    with pytest.raises(Conflict) as err:
        people.delete_person(db, manager, person_id)
    assert err.value.code == "person_has_history" and err.value.params["trainings"] == 1
