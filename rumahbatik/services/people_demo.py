"""The demo's people: artisans of Kota Probolinggo, future trainees, customers and suppliers.

Everything is deterministic (one seeded :class:`random.Random`) and goes through the same
checks as the screens and the import (:func:`people.check_person` & co., then
:func:`people.insert_checked`), inside the demo's one transaction.
"""

from __future__ import annotations

import io
import logging
import random
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.people import CustomerType
from rumahbatik.models import Region
from rumahbatik.services import media, people, suppliers
from rumahbatik.services.context import Actor
from rumahbatik.services.motifs import media_folder_of
from rumahbatik.services.people import ArtisanInput, CustomerInput, PersonInput
from rumahbatik.services.suppliers import SupplierInput

log = logging.getLogger(__name__)

SEED = 3574  # Kota Probolinggo's area code: the same demo every time

#: Kemendagri codes of Kota Probolinggo (35.74) and its kecamatan: a NIK's first six digits.
CITY_CODE = "3574"
KECAMATAN_CODES = {
    "Kademangan": "01",
    "Wonoasih": "02",
    "Mayangan": "03",
    "Kanigaran": "04",
    "Kedopok": "05",
}

#: ``(full name, gender)`` of the artisans; more women than men, as in batik centres.
ARTISANS: tuple[tuple[str, str], ...] = (
    ("Sulastri", "P"), ("Endang Sri Wahyuni", "P"), ("Siti Maimunah", "P"),
    ("Nur Hasanah", "P"), ("Slamet Riyadi", "L"), ("Sri Rahayu", "P"), ("Khotijah", "P"),
    ("Umi Kulsum", "P"), ("Moh. Hasan Basri", "L"), ("Suparmi", "P"), ("Murtini", "P"),
    ("Rukmini", "P"), ("Sugeng Hariadi", "L"), ("Siti Fatimah", "P"), ("Juwariyah", "P"),
    ("Sumiati", "P"), ("Abdul Rohim", "L"), ("Tutik Handayani", "P"),
    ("Wiwik Sulistyowati", "P"), ("Lilik Suryani", "P"), ("Supriyadi", "L"),
    ("Nanik Indrawati", "P"), ("Yuli Astutik", "P"), ("Hosnan", "L"), ("Ernawati", "P"),
    ("Dwi Puji Lestari", "P"), ("Hartini", "P"), ("Marsuki", "L"), ("Siti Aisyah", "P"),
    ("Mudrikah", "P"), ("Samsul Arifin", "L"), ("Sunarsih", "P"), ("Holifah", "P"),
    ("Imam Syafi'i", "L"), ("Hosniyah", "P"), ("Sumarni", "P"), ("Ahmad Fauzi", "L"),
    ("Rohmatul Ummah", "P"), ("Ika Nurul Fadilah", "P"), ("Didik Purwanto", "L"),
    ("Anik Mas'udah", "P"), ("Heri Kuswanto", "L"),
)  # fmt: skip

#: People who asked to join the next course: on file, not (yet) artisans.
FUTURE_TRAINEES: tuple[tuple[str, str], ...] = (
    ("Putri Ayu Ningtyas", "P"), ("Nadia Rahmawati", "P"), ("Dinda Aulia Putri", "P"),
    ("Laili Nur Azizah", "P"), ("Riska Amelia", "P"), ("Fitriyah", "P"), ("Zainab", "P"),
    ("Rizal Maulana", "L"), ("Bagus Setiawan", "L"), ("Eka Wulandari", "P"),
)  # fmt: skip

BUSINESSES = (
    "Batik Seruni Jaya", "Griya Batik Mayangan", "Batik Manggur Sejahtera",
    "Sanggar Batik Bayuangga", "Batik Tulis Kedopok Asri", "UD Batik Sumber Rejeki",
    "Batik Anggur Kenari", "Rumah Canting Wonoasih", "Batik Pesisir Kanigaran",
    "Batik Gending Lestari", "Batik Jrebeng Indah", "Kampung Batik Ketapang",
)  # fmt: skip

STREETS = (
    "Jl. Soekarno Hatta", "Jl. Ahmad Yani", "Jl. Panglima Sudirman", "Jl. Mastrip",
    "Jl. Brantas", "Jl. Lumajang", "Jl. KH. Hasan Genggong", "Jl. HOS Cokroaminoto",
    "Jl. Sunan Ampel", "Jl. Ikan Tongkol", "Jl. Anggrek", "Jl. Mawar", "Jl. Kartini",
    "Jl. Suroyo", "Jl. Dr. Sutomo", "Jl. Gatot Subroto", "Jl. Kapten Kyai Ilyas",
    "Jl. Bengawan Solo", "Jl. Cempaka", "Gg. Melati", "Jl. Slamet Riyadi", "Jl. Semeru",
)  # fmt: skip

PHONE_PREFIXES = ("0812", "0813", "0821", "0822", "0852", "0853", "0856", "0857", "0877",
                  "0878", "0895", "0838")  # fmt: skip

#: ``(bank, digits of an account number)``.
BANKS = (("Bank Jatim", 10), ("BRI", 15), ("BNI", 10))

#: The first course ended in May 2022; most graduates joined the centre the week after.
FIRST_GRADUATES_JOINED = date(2022, 6, 6)
INACTIVE_NOTES = (
    "Pindah ke Surabaya ikut suami; sementara tidak aktif.",
    "Bekerja di pabrik sejak 2024, belum bisa membatik lagi.",
    "Sedang merawat orang tua; ingin kembali tahun depan.",
)
#: Artisans who get a portrait (index into ARTISANS).
WITH_PHOTO = (0, 1, 2, 4, 8, 13)
PORTRAIT_COLOURS = ("#7b4a26", "#1f3a5f", "#9e2b25", "#3f7d3a", "#5b2a6e", "#4a2c17")


@dataclass(frozen=True)
class DemoCustomer:
    full_name: str
    customer_type: CustomerType
    organisation: str = ""
    phone: str = ""
    address: str = ""
    npwp: str = ""
    notes: str = ""
    gender: str = ""
    email: str = ""


CUSTOMERS: tuple[DemoCustomer, ...] = (
    DemoCustomer(
        "Yuliana Puspitasari", CustomerType.INSTITUTION, "Hotel Bromo View",
        "0335-432999", "Jl. Raya Bromo Km 5, Probolinggo", "0913456789012000",
        "Seragam batik staf dan suvenir kamar; tagihan lewat bagian keuangan.", "P",
    ),
    DemoCustomer(
        "Drs. Hermanto, M.Si.", CustomerType.INSTITUTION, "Dinas Pariwisata Kota Probolinggo",
        "0335-421567", "Jl. Suroyo No. 17, Kota Probolinggo", "0012345678623000",
        "Pesanan untuk pameran dan cendera mata tamu dinas.", "L",
    ),
    DemoCustomer(
        "Hj. Lilis Suryaningsih", CustomerType.INSTITUTION, "Dekranasda Kota Probolinggo",
        "0335-422310", "Jl. Panglima Sudirman No. 21, Kota Probolinggo", "0023456789623000",
        "Galeri Dekranasda: titip pajang dan pembelian putus.", "P",
    ),
    DemoCustomer(
        "Wahyu Kurniawan", CustomerType.WHOLESALE, "Toko Batik Kenanga Surabaya",
        "0813-3012-4455", "Pasar Atom Lt. 2 Blok C-17, Surabaya", "0734567890614000",
        "Reseller: ambil 50–100 lembar cap tiap bulan, bayar transfer 14 hari.", "L",
    ),
    DemoCustomer(
        "Fransiska Dewanti", CustomerType.WHOLESALE, "Galeri Batik Nusantara Malang",
        "0821-4321-7788", "Jl. Kawi No. 8, Malang", "",
        "Minta motif Manggur dan Seruni tulis.", "P",
    ),
    DemoCustomer(
        "Sri Wulandari, S.Pd.", CustomerType.INSTITUTION, "SMA Negeri 1 Probolinggo",
        "0335-421032", "Jl. Soekarno Hatta No. 1, Kota Probolinggo", "0045678901623000",
        "Seragam batik guru dan siswa baru.", "P",
    ),
    DemoCustomer(
        "Agus Salim, S.T.", CustomerType.INSTITUTION, "SMK Negeri 1 Probolinggo",
        "0335-421848", "Jl. Mastrip No. 357, Kota Probolinggo", "0056789012623000",
        "Kunjungan belajar membatik siswa kelas X.", "L",
    ),
    DemoCustomer(
        "Nurul Hidayah, S.Pd.I.", CustomerType.INSTITUTION, "MI Nurul Jadid Wonoasih",
        "0852-3456-1209", "Jl. Sunan Ampel No. 40, Wonoasih", "",
        "", "P",
    ),
    DemoCustomer(
        "Emma Schneider", CustomerType.RETAIL, "",
        "", "Berlin, Jerman", "",
        "Wisatawan dari Bromo; membeli selendang tulis Seruni.", "P", "emma.schneider@web.de",
    ),
    DemoCustomer(
        "Kenji Watanabe", CustomerType.RETAIL, "",
        "", "Osaka, Jepang", "",
        "Wisatawan; minta dikirim ke hotel di Probolinggo.", "L", "kenji.w@example.jp",
    ),
    DemoCustomer(
        "Rina Kartikasari", CustomerType.RETAIL, "",
        "0812-3344-5566", "Jl. Kartini No. 12, Kanigaran", "",
        "Pelanggan tetap kemeja batik.", "P",
    ),
    DemoCustomer(
        "Budi Hartono", CustomerType.RETAIL, "",
        "0878-5512-3300", "Perum Taman Sari Blok B-3, Kademangan", "",
        "", "L",
    ),
    DemoCustomer(
        "Ani Rohmawati", CustomerType.RETAIL, "",
        "0857-3100-2468", "Jl. Brantas No. 5, Mayangan", "",
        "Pesan kain untuk seragam arisan.", "P",
    ),
)  # fmt: skip

#: Artisans who also buy (one person record, two roles): index into ARTISANS.
ARTISAN_CUSTOMERS = (3,)

SUPPLIERS: tuple[SupplierInput, ...] = (
    SupplierInput(
        "CV Mori Sejati Pekalongan", "H. Abdul Karim", "0285-412345",
        "morisejati@gmail.com", "Jl. Hayam Wuruk No. 88, Pekalongan",
        "Kain mori Primissima, mori Prima, katun Paris, kain sutra ATBM",
        "Harga grosir per piece (15 yard); kirim lewat ekspedisi 3–4 hari.",
    ),
    SupplierInput(
        "Toko Malam Tawon Sumber Rejeki", "Bu Warsini", "0274-376512", "",
        "Jl. Parangtritis Km 3, Bantul, Yogyakarta",
        "Malam tawon, malam klowong, malam tembok, parafin, gondorukem",
        "Malam tembok dipesan 25 kg sekali.",
    ),
    SupplierInput(
        "UD Pewarna Batik Sinar Surya", "Hendra Wijaya", "0812-3100-7788",
        "sinarsurya.pewarna@gmail.com", "Jl. Kembang Jepun No. 45, Surabaya",
        "Pewarna naptol dan garam diazo, indigosol, remazol, waterglass, soda abu, TRO",
        "Minta lembar data keamanan (MSDS) untuk pewarna baru.",
    ),
    SupplierInput(
        "Cap Tembaga Mulyo Laweyan", "Pak Sumardi", "0271-714233", "",
        "Kampung Laweyan, Surakarta",
        "Canting tulis (klowong, cecek, tembok), cap tembaga pesanan motif",
        "Cap Manggur dan Seruni dibuat di sini (2023).",
    ),
    SupplierInput(
        "Toko Kain Sinar Probolinggo", "Koh Liem", "0335-423871", "",
        "Jl. Dr. Sutomo No. 30, Kota Probolinggo",
        "Kain katun primis eceran, kompor batik, wajan, gawangan",
        "Dekat; untuk kebutuhan mendadak.",
    ),
)  # fmt: skip


# ---------------------------------------------------------------- generators


@dataclass(frozen=True)
class _Place:
    kecamatan_id: int
    kecamatan: str
    kelurahan_id: int
    kelurahan: str


def _places(session: Session) -> list[_Place]:
    """Every active kelurahan of the seeded regions with its kecamatan, in a stable order."""
    kec = {
        r.id: r.name
        for r in session.scalars(select(Region).where(Region.kind == "kecamatan"))
        if r.active
    }
    rows = session.scalars(
        select(Region)
        .where(Region.kind == "kelurahan", Region.active.is_(True))
        .order_by(Region.name, Region.id)
    )
    return [_Place(r.parent_id, kec[r.parent_id], r.id, r.name) for r in rows if r.parent_id in kec]


class _Gen:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self._serial = 0
        self._streets = list(STREETS)

    def birth_date(self, min_age: int, max_age: int, on: date = date(2025, 7, 1)) -> date:
        start = date(on.year - max_age, on.month, on.day)
        end = date(on.year - min_age, on.month, on.day)
        return start + timedelta(days=self.rng.randrange((end - start).days))

    def nik(self, kecamatan: str, birth: date, gender: str) -> str:
        """A NIK as the civil registry writes it: province+city+kecamatan, DDMMYY (women +40
        on the day), a 4-digit serial."""
        self._serial += 1
        day = birth.day + (40 if gender == "P" else 0)
        code = KECAMATAN_CODES.get(kecamatan, "01")
        return (
            f"{CITY_CODE}{code}{day:02d}{birth.month:02d}{birth.year % 100:02d}{self._serial:04d}"
        )

    def phone(self) -> str:
        prefix = self.rng.choice(PHONE_PREFIXES)
        rest = f"{self.rng.randrange(10**7, 10**8)}"
        return f"{prefix}-{rest[:4]}-{rest[4:]}"

    def address(self, place: _Place) -> str:
        street = self.rng.choice(self._streets)
        return (
            f"{street} No. {self.rng.randint(1, 120)}, RT {self.rng.randint(1, 6):02d}/"
            f"RW {self.rng.randint(1, 9):02d}"
        )

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def joined_on(self, k: int) -> date:
        if k % 5 in (0, 1, 3):  # about 60 %: the first course's graduates
            return FIRST_GRADUATES_JOINED
        start, end = date(2022, 7, 1), date(2025, 10, 31)
        return start + timedelta(days=self.rng.randrange((end - start).days))

    def skills(self, joined: date, age: int) -> tuple[tuple[str, int], ...]:
        base = 2 if joined == FIRST_GRADUATES_JOINED else 1
        if age >= 45:
            base += 1  # many had batik at home long before the course
        level = min(4, base + self.rng.randint(0, 1))
        out = [("tulis", level)]
        if self.rng.random() < 0.6:
            out.append(("cap", min(4, max(1, level + self.rng.choice((-1, 0, 1))))))
        if self.rng.random() < 0.3:
            out.append(("kombinasi", max(1, level - 1)))
        if self.rng.random() < 0.25:
            out.append(("colet", self.rng.randint(1, 3)))
        if self.rng.random() < 0.1:
            out.append(("printing", self.rng.randint(1, 2)))
        return tuple(out)


def _age(birth: date, on: date = date(2025, 7, 1)) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _first_error(errors: list[DomainError]) -> None:
    if errors:
        raise errors[0]


def _insert(
    session: Session,
    actor: Actor,
    person: PersonInput,
    artisan: ArtisanInput | None = None,
    customer: CustomerInput | None = None,
) -> int:
    """Check like the screens do, then insert in the caller's transaction."""
    values, errors = people.check_person(session, person)
    a_checked = None
    if artisan is not None:
        a_values, skills, a_errors = people.check_artisan(artisan)
        errors += a_errors
        a_checked = (a_values, skills)
    c_values = None
    if customer is not None:
        c_values, c_errors = people.check_customer(customer)
        errors += c_errors
    _first_error(errors)
    return people.insert_checked(
        session, actor, values, artisan=a_checked, customer=c_values, summary="demo"
    )


# ---------------------------------------------------------------- portraits


def _initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[:1].isalpha() and w.lower() != "moh"]
    return "".join(w[0].upper() for w in words[:2]) or "?"


def portrait(name: str, colour: str, size: tuple[int, int] = (360, 450)) -> bytes:
    """A placeholder portrait: initials on a batik colour, a border of cecek and a kawung."""
    w, h = size
    img = Image.new("RGB", size, colour)
    d = ImageDraw.Draw(img)
    light = "#f4e9d4"
    gold = "#f2b233"
    # cecek (dots) border
    for x in range(12, w, 24):
        for y in (12, h - 12):
            d.ellipse((x - 4, y - 4, x + 4, y + 4), fill=gold)
    for y in range(36, h - 24, 24):
        for x in (12, w - 12):
            d.ellipse((x - 4, y - 4, x + 4, y + 4), fill=gold)
    # a small kawung flower in two corners
    for cx, cy in ((52, 52), (w - 52, h - 52)):
        for dx, dy in ((0, -14), (14, 0), (0, 14), (-14, 0)):
            d.ellipse((cx + dx - 11, cy + dy - 7 if dy else cy - 11,
                       cx + dx + 11, cy + dy + 7 if dy else cy + 11), outline=light, width=3)  # fmt: skip
        d.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=gold)
    # head and shoulders silhouette, initials on the chest
    d.ellipse((w / 2 - 70, h * 0.16, w / 2 + 70, h * 0.16 + 150), fill=light)
    d.pieslice((w / 2 - 140, h * 0.52, w / 2 + 140, h * 0.52 + 300), 180, 360, fill=light)
    font = ImageFont.load_default(size=72)
    d.text((w / 2, h * 0.80), _initials(name), fill=colour, font=font, anchor="mm")
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


# ---------------------------------------------------------------- the step


def demo_people(session: Session, actor: Actor) -> None:
    """Demo step: artisans, future trainees, customers (walk-in first) and suppliers."""
    gen = _Gen()
    places = _places(session)
    if not places:
        raise RuntimeError("no regions: migration 0002 seeds Kota Probolinggo's kelurahan")
    order = list(places)
    gen.rng.shuffle(order)
    folder = media_folder_of(session)
    businesses = iter(BUSINESSES)
    inactive = iter(INACTIVE_NOTES)

    for k, (name, gender) in enumerate(ARTISANS):
        place = order[k % len(order)]
        birth = gen.birth_date(20, 60)
        age = _age(birth)
        joined = gen.joined_on(k)
        photo = ""
        if k in WITH_PHOTO:
            colour = PORTRAIT_COLOURS[WITH_PHOTO.index(k) % len(PORTRAIT_COLOURS)]
            photo = media.store_image(
                portrait(name, colour), "people", field="Photo", folder_setting=folder
            ).file
        business = next(businesses, "") if k % 3 == 0 else ""
        bank = BANKS[k % len(BANKS)] if k % 2 == 0 else None
        active = k not in (11, 26, 38)
        notes = "" if active else next(inactive, "")
        if joined == FIRST_GRADUATES_JOINED and active and not notes:
            notes = "Lulusan Pelatihan Batik Dasar Mei 2022."
        person = PersonInput(
            full_name=name,
            nik=gen.nik(place.kecamatan, birth, gender),
            gender=gender,
            birth_date=birth,
            phone=gen.phone(),
            address=gen.address(place),
            kecamatan_id=place.kecamatan_id,
            kelurahan_id=place.kelurahan_id,
            photo=photo,
            notes=notes,
            active=active,
        )
        artisan = ArtisanInput(
            business_name=business,
            nib=("9120" + gen.digits(9)) if business else "",
            bank_name=bank[0] if bank else "",
            bank_account_number=gen.digits(bank[1]) if bank else "",
            bank_account_holder=name if bank else "",
            joined_on=joined,
            skills=gen.skills(joined, age),
        )
        customer = CustomerInput(CustomerType.RETAIL.value) if k in ARTISAN_CUSTOMERS else None
        _insert(session, actor, person, artisan, customer)

    for k, (name, gender) in enumerate(FUTURE_TRAINEES):
        place = order[(len(ARTISANS) + k) % len(order)]
        birth = gen.birth_date(18, 40)
        _insert(
            session,
            actor,
            PersonInput(
                full_name=name,
                nik=gen.nik(place.kecamatan, birth, gender),
                gender=gender,
                birth_date=birth,
                phone=gen.phone(),
                address=gen.address(place),
                kecamatan_id=place.kecamatan_id,
                kelurahan_id=place.kelurahan_id,
                notes="Mendaftar Pelatihan Batik Dasar berikutnya.",
            ),
        )

    people.ensure_walk_in(session, actor)
    by_kecamatan = {p.kecamatan: p for p in places}
    for c in CUSTOMERS:
        # Customers living in the city get their kecamatan (the address names it).
        place = next((p for name, p in by_kecamatan.items() if name in c.address), None)
        _insert(
            session,
            actor,
            PersonInput(
                full_name=c.full_name,
                gender=c.gender,
                phone=c.phone,
                email=c.email,
                address=c.address,
                kecamatan_id=place.kecamatan_id if place else None,
                notes=c.notes,
            ),
            customer=CustomerInput(c.customer_type.value, c.organisation, c.npwp),
        )

    for s in SUPPLIERS:
        suppliers.create_in_session(session, actor, s)
    log.info(
        "demo people: %d artisans, %d others, %d customers, %d suppliers",
        len(ARTISANS), len(FUTURE_TRAINEES), len(CUSTOMERS) + 1, len(SUPPLIERS),
    )  # fmt: skip
