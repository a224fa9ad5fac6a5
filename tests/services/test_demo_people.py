"""The demo's people: artisans all over Kota Probolinggo, customers, suppliers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from rumahbatik.domain.people import CustomerType
from rumahbatik.models import ArtisanProfile, CustomerProfile, Motif, Person, Region, Supplier
from rumahbatik.services import demo, people, people_demo, users
from rumahbatik.services.people_list import PersonFilter, list_people


def _nik_matches(nik: str, gender: str | None, birth: date | None) -> bool:
    if len(nik) != 16 or not nik.isdigit() or not nik.startswith(people_demo.CITY_CODE):
        return False
    if nik[4:6] not in people_demo.KECAMATAN_CODES.values() or birth is None:
        return False
    day = int(nik[6:8]) - (40 if gender == "P" else 0)
    return (day, int(nik[8:10]), int(nik[10:12])) == (birth.day, birth.month, birth.year % 100)


def test_people_come_before_the_motifs_that_need_them():
    names = [step.__name__ for step in demo.DEMO_STEPS]
    assert names.index("_people") < names.index("_motifs")


def test_demo_people(demo_filled):
    db = demo_filled
    with db.read() as s:
        everyone = list(s.scalars(select(Person)))
        artisans = [p for p in everyone if p.is_artisan]
        others = [p for p in everyone if not p.is_artisan and not p.is_customer]
        customers = [p for p in everyone if p.is_customer]
        assert len(artisans) == len(people_demo.ARTISANS) >= 40
        # (other demo steps, e.g. training's instructors, may add people of their own)
        trainees = [p for p in others if (p.full_name, p.gender) in people_demo.FUTURE_TRAINEES]
        assert len(trainees) == len(people_demo.FUTURE_TRAINEES) >= 10
        assert len(customers) >= 15
        assert s.scalar(select(func.count(Supplier.id))) == len(people_demo.SUPPLIERS) >= 5

        women = sum(p.gender == "P" for p in artisans)
        assert women > len(artisans) - women
        assert 0 < sum(not p.active for p in artisans) <= 5
        assert sum(bool(p.photo) for p in artisans) == len(people_demo.WITH_PHOTO)
        assert all(20 <= (date(2025, 7, 1) - p.birth_date).days // 365 <= 60 for p in artisans)
        assert all(p.phone.startswith("+628") for p in artisans)

        # every kecamatan of the seeded regions has artisans, each in a kelurahan within it
        kecamatan = set(s.scalars(select(Region.id).where(Region.kind == "kecamatan")))
        assert {p.kecamatan_id for p in artisans} == kecamatan
        parents = {i: parent for i, parent in s.execute(select(Region.id, Region.parent_id))}
        assert all(parents[p.kelurahan_id] == p.kecamatan_id for p in artisans)

        # NIKs: unique, Kota Probolinggo's, birth date inside (women +40 on the day)
        niks = [p.nik for p in everyone if p.nik]
        assert len(niks) == len(set(niks)) >= len(artisans) + len(trainees)
        assert all(_nik_matches(p.nik or "", p.gender, p.birth_date) for p in artisans + trainees)

        profiles = list(s.scalars(select(ArtisanProfile)))
        assert all(date(2022, 1, 1) <= a.joined_on <= date(2025, 12, 31) for a in profiles)
        assert sum(a.joined_on == people_demo.FIRST_GRADUATES_JOINED for a in profiles) >= 15
        assert sum(bool(a.business_name) for a in profiles) >= 5
        assert all(len(a.nib) == 13 for a in profiles if a.business_name)
        assert {a.bank_name for a in profiles} >= {"Bank Jatim", "BRI", "BNI"}

        types = set(s.scalars(select(CustomerProfile.customer_type)))
        assert types == {t.value for t in CustomerType}
        walk_in = s.scalars(
            select(CustomerProfile).where(CustomerProfile.is_walk_in_default.is_(True))
        ).all()
        assert len(walk_in) == 1
        assert walk_in[0].person.full_name == people.WALK_IN_NAME

        # the motif step found designers among the artisans
        designers = set(s.scalars(select(Motif.designer_id)))
        assert designers and designers <= {p.id for p in artisans}

    # and the screens' query sees them
    admin = users.login(db, *demo.DEMO_ADMIN)
    rows = list_people(db, admin, PersonFilter(role="artisan"), limit=100)
    assert len(rows) == len(artisans)
    assert sum(r.kecamatan != "" for r in rows) == len(rows)
