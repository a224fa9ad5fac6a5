"""The synthetic benchmark dataset: one generator step per area of the product.

How a database is built (:func:`build_dataset`):

1. a new SQLite file is migrated with ``rumahbatik.db.migrate.upgrade(Database(url))``, so the
   schema is exactly what the app would create;
2. the demo is written with ``rumahbatik.services.demo.fill_demo`` (centre profile, demo users);
3. every step of :data:`DATASET_STEPS` runs, in order, on one connection inside **one**
   transaction, with ``PRAGMA synchronous=OFF`` and an in-memory journal; rows go in through
   SQLAlchemy Core ``insert()`` executemany in batches of :data:`BATCH_ROWS`
   (:func:`bulk_insert`), so every column type's bind processing is the app's own.

Adding an area (people, items, stock moves, invoices, cohorts, ...): write a function
``def _people(ctx: BuildContext) -> None`` that generates rows lazily and hands them to
:func:`bulk_insert`, append it to :data:`DATASET_STEPS` after the steps it depends on, put the
area's row count in :class:`Size` (both sizes) and bump :data:`DATASET_VERSION`. Steps share
ids through ``ctx.ids`` (e.g. ``ctx.ids["users"]``) and draw from the seeded ``ctx.rng`` only,
so a build is repeatable.

Storage notes for the areas to come (see ``rumahbatik/models/base.py``):

- ``Money`` columns are ``NUMERIC(16, 2)`` on PostgreSQL but an **integer number of sen** on
  SQLite (``Rp1.250.000`` is stored as ``125000000``); ``Quantity`` columns are an **integer
  number of thousandths** on SQLite (2.5 m is stored as ``2500``). Through Core ``insert()``
  give them ``Decimal`` values and the type does the conversion; a step that writes through
  the raw driver for speed must write the integers itself.
- ``UTCDateTime`` columns take timezone-aware datetimes (naive ones are refused) and are
  stored naive in UTC on SQLite.
- ``JSON`` columns take Python dicts/lists.

Scale targets for the whole product (``large``): 50,000 people, 50,000 items, 1,000,000
stock moves, 1,000,000 invoice lines, 1,000 cohorts. Generated today: users, people, the
audit log, items with their stock ledger (documents, moves, balances), and sales (invoices,
lines, payments, credit notes; no stock moves for them, see ``_sales``).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from decimal import Decimal
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from bench import words
from rumahbatik.db import Database
from rumahbatik.db.migrate import upgrade
from rumahbatik.domain.roles import Role
from rumahbatik.domain.stock import (
    DOCUMENT_PREFIX,
    DocumentKind,
    moving_average,
    round_cost,
    round_money,
    round_qty,
)
from rumahbatik.models import (
    ArtisanProfile,
    ArtisanSkill,
    AuditEntry,
    CustomerProfile,
    Item,
    Location,
    Motif,
    NumberSeries,
    Person,
    Region,
    SettingValue,
    StockBalance,
    StockDocument,
    StockMove,
    User,
)
from rumahbatik.services import passwords
from rumahbatik.services.context import system_actor
from rumahbatik.services.demo import DEMO_PASSWORD, fill_demo

#: Bump when a step changes what it writes: cached databases with another version are rebuilt.
DATASET_VERSION = 4
#: Rows per executemany call.
BATCH_ROWS = 50_000
SEED = 20261123
#: How far back the generated history reaches.
HISTORY_DAYS = 3 * 365


@dataclass(frozen=True)
class Size:
    """How many rows of each kind a dataset holds (on top of the demo's own rows)."""

    name: str
    users: int
    audit_rows: int
    people: int
    items: int  # materials and products (``_stock``)
    stock_moves: int  # ledger moves over the history (``_stock``)
    invoice_lines: int  # issued invoice lines, ~4 an invoice (``_sales``)
    # Targets for the areas still to come; no step uses them yet.
    cohorts: int


SIZES: dict[str, Size] = {
    "small": Size(
        "small",
        users=200,
        audit_rows=20_000,
        people=1_000,
        items=1_000,
        stock_moves=20_000,
        invoice_lines=20_000,
        cohorts=20,
    ),
    "large": Size(
        "large",
        users=200,
        audit_rows=1_000_000,
        people=50_000,
        items=50_000,
        stock_moves=1_000_000,
        invoice_lines=1_000_000,
        cohorts=1_000,
    ),
}


@dataclass
class BuildContext:
    """What a step gets: the open transaction, the size, a seeded RNG and the shared ids."""

    conn: Connection
    size: Size
    rng: random.Random
    #: The generated history spans ``[start, end)``; ``end`` is midnight UTC of the build day.
    start: datetime
    end: datetime
    ids: dict[str, list[int]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


DatasetStep = Callable[[BuildContext], None]
Progress = Callable[[str], None]


def bulk_insert(ctx: BuildContext, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert ``rows`` (generated lazily) with Core executemany in batches; returns the count."""
    stmt = insert(table)
    total = 0
    it = iter(rows)
    while batch := list(islice(it, BATCH_ROWS)):
        ctx.conn.execute(stmt, batch)
        total += len(batch)
    ctx.rows[table.name] = ctx.rows.get(table.name, 0) + total
    return total


# -- steps -------------------------------------------------------------------------------------

USER_ROLES: tuple[tuple[Role, int], ...] = (
    (Role.STAFF, 70),
    (Role.INSTRUCTOR, 20),
    (Role.MANAGER, 8),
    (Role.ADMIN, 2),
)


def _users(ctx: BuildContext) -> None:
    """``size.users`` accounts sharing one precomputed password hash (hashing is slow)."""
    rng = ctx.rng
    shared_hash = passwords.hash_password(DEMO_PASSWORD)
    roles = [role for role, _ in USER_ROLES]
    weights = [weight for _, weight in USER_ROLES]
    span = (ctx.end - ctx.start).total_seconds()

    def rows() -> Iterator[dict[str, Any]]:
        for i in range(1, ctx.size.users + 1):
            first = rng.choice(words.FIRST_NAMES)
            created = ctx.start + timedelta(seconds=rng.uniform(0, span * 0.9))
            last_login = created + timedelta(
                seconds=rng.uniform(0, (ctx.end - created).total_seconds())
            )
            yield {
                "username": f"{first.lower()}{i:03d}",
                "full_name": f"{first} {rng.choice(words.LAST_NAMES)}",
                "role": rng.choices(roles, weights)[0].value,
                "password_hash": shared_hash,
                "active": rng.random() > 0.1,
                "failed_logins": 0,
                "last_login_at": last_login,
                "created_at": created,
                "updated_at": created,
            }

    bulk_insert(ctx, User.__table__, rows())  # type: ignore[arg-type]
    ctx.ids["users"] = list(ctx.conn.scalars(select(User.id).order_by(User.id)))


AuditFields = tuple[str, str, dict[str, list[Any]]]
"""``(entity_id, summary, changes)`` of one audit row; changes as ``{field: [old, new]}``."""


class _AuditText:
    """Plausible ids, summaries and changes for each kind of audited event."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._numbers: dict[tuple[str, int], int] = {}

    def _next(self, prefix: str, year: int, digits: int = 6) -> str:
        """The next number of a per-year series, e.g. ``INV/2025/000123``."""
        n = self._numbers[prefix, year] = self._numbers.get((prefix, year), 0) + 1
        return f"{prefix}/{year}/{n:0{digits}d}"

    def _money(self) -> int:
        return self.rng.randint(2, 400) * 25_000

    def login(self, who: int, at: datetime) -> AuditFields:
        return str(who), "login", {}

    def logout(self, who: int, at: datetime) -> AuditFields:
        return str(who), "logout", {}

    def invoice(self, who: int, at: datetime) -> AuditFields:
        no, total = self._next("INV", at.year), self._money()
        lines = self.rng.randint(1, 8)
        summary = f"invoice {no} issued: {lines} lines, {words.rupiah(total)}"
        return no, summary, {"status": [None, "issued"], "total": [None, f"{total}.00"]}

    def cancel(self, who: int, at: datetime) -> AuditFields:
        no = self._next("CN", at.year)
        return no, f"credit note {no} cancels an invoice", {"status": ["issued", "cancelled"]}

    def payment(self, who: int, at: datetime) -> AuditFields:
        method, amount = self.rng.choice(words.PAYMENT_METHODS), self._money()
        summary = f"payment {method} {words.rupiah(amount)}"
        return (
            str(self.rng.randint(1, 10**6)),
            summary,
            {
                "amount": [None, f"{amount}.00"],
                "method": [None, method],
            },
        )

    def stock(self, who: int, at: datetime) -> AuditFields:
        unit, name = self.rng.choice(words.MATERIALS)
        qty = self.rng.randint(1, 120)
        kind = self.rng.choice(("receipt", "issue", "transfer", "count adjustment"))
        summary = f"stock {kind}: {qty} {unit} {name}"
        return str(self.rng.randint(1, 10**6)), summary, {"quantity": [None, f"{qty}.000"]}

    def person(self, who: int, at: datetime) -> AuditFields:
        name, phone = words.person_name(self.rng), words.phone(self.rng)
        return (
            str(self.rng.randint(1, 50_000)),
            f"artisan {name}",
            {
                "full_name": [None, name],
                "phone": [None, phone],
            },
        )

    def person_update(self, who: int, at: datetime) -> AuditFields:
        summary = f"artisan {words.person_name(self.rng)} updated"
        changes = {"phone": [words.phone(self.rng), words.phone(self.rng)]}
        return str(self.rng.randint(1, 50_000)), summary, changes

    def price(self, who: int, at: datetime) -> AuditFields:
        old = self.rng.randint(6, 60) * 25_000
        new = old + self.rng.randint(1, 4) * 25_000
        name = f"{self.rng.choice(words.PRODUCTS)} motif {self.rng.choice(words.MOTIFS)}"
        summary = f"price of {name}: {words.rupiah(new)}"
        return str(self.rng.randint(1, 50_000)), summary, {"price": [f"{old}.00", f"{new}.00"]}

    def batch(self, who: int, at: datetime) -> AuditFields:
        i = self.rng.randrange(len(words.STAGES) - 1)
        stage, after = words.STAGES[i], words.STAGES[i + 1]
        summary = f"batch motif {self.rng.choice(words.MOTIFS)}: {after}"
        return self._next("PRD", at.year), summary, {"stage": [stage, after]}

    def score(self, who: int, at: datetime) -> AuditFields:
        comp, value = self.rng.choice(words.COMPETENCIES), self.rng.randint(55, 98)
        summary = f"score {comp} {words.person_name(self.rng)}: {value}"
        return str(self.rng.randint(1, 30_000)), summary, {comp: [None, value]}

    def attendance(self, who: int, at: datetime) -> AuditFields:
        day = self.rng.randint(1, 5)
        summary = f"attendance day {day}: {words.person_name(self.rng)} present"
        return str(self.rng.randint(1, 30_000)), summary, {f"day_{day}": [None, "present"]}

    def certificate(self, who: int, at: datetime) -> AuditFields:
        no = self._next("RB", at.year, digits=5)
        return no, f"certificate {no} for {words.person_name(self.rng)}", {"number": [None, no]}

    def cohort(self, who: int, at: datetime) -> AuditFields:
        no = self._next("ANGKATAN", at.year, digits=2)
        return no, f"Pelatihan Batik Dasar {no}", {"status": [None, "planned"]}

    def backup(self, who: int, at: datetime) -> AuditFields:
        return "", f"automatic backup rumahbatik-{at:%Y%m%d}.sqlite3", {}

    def settings(self, who: int, at: datetime) -> AuditFields:
        return "", "settings changed", {"low_stock_default": ["5", str(self.rng.randint(1, 20))]}


AuditMaker = Callable[[_AuditText, int, datetime], AuditFields]

#: ``(entity, action, relative frequency, maker)`` of the audited events.
AUDIT_KINDS: tuple[tuple[str, str, float, AuditMaker], ...] = (
    ("user", "login", 22, _AuditText.login),
    ("user", "logout", 12, _AuditText.logout),
    ("invoice", "create", 12, _AuditText.invoice),
    ("invoice", "cancel", 0.4, _AuditText.cancel),
    ("payment", "create", 9, _AuditText.payment),
    ("stock_move", "create", 16, _AuditText.stock),
    ("person", "create", 3, _AuditText.person),
    ("person", "update", 4, _AuditText.person_update),
    ("item", "update", 3, _AuditText.price),
    ("production_batch", "update", 7, _AuditText.batch),
    ("trainee", "update", 6, _AuditText.score),
    ("attendance", "create", 4, _AuditText.attendance),
    ("certificate", "create", 0.6, _AuditText.certificate),
    ("cohort", "create", 0.1, _AuditText.cohort),
    ("backup", "create", 0.5, _AuditText.backup),
    ("settings", "update", 0.05, _AuditText.settings),
)


def _day_weights(start: datetime, days: int) -> list[float]:
    """Busy on weekdays, quiet on Sundays, and busier as the centre grows."""
    weights = []
    for d in range(days):
        weekday = (start + timedelta(days=d)).weekday()
        base = 0.25 if weekday == 6 else (0.7 if weekday == 5 else 1.0)
        weights.append(base * (0.6 + 0.8 * d / days))
    return weights


def _spread(total: int, weights: list[float]) -> list[int]:
    """``total`` split over the days in proportion to ``weights`` (summing exactly)."""
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for i in range(total - sum(counts)):
        counts[-1 - i % len(counts)] += 1
    return counts


def _audit_log(ctx: BuildContext) -> None:
    """``size.audit_rows`` audit rows over the history, in time order, during opening hours."""
    rng = ctx.rng
    text = _AuditText(rng)
    kind_weights = [k[2] for k in AUDIT_KINDS]
    users = list(ctx.conn.execute(select(User.id, User.username)))
    days = (ctx.end - ctx.start).days
    counts = _spread(ctx.size.audit_rows, _day_weights(ctx.start, days))
    # Opening hours 07:30-17:00 WIB (UTC+7), i.e. 00:30-10:00 UTC.
    open_s, close_s = 30 * 60, 10 * 3600

    def rows() -> Iterator[dict[str, Any]]:
        for d, n in enumerate(counts):
            day = ctx.start + timedelta(days=d)
            seconds = sorted(rng.uniform(open_s, close_s) for _ in range(n))
            picks = rng.choices(AUDIT_KINDS, kind_weights, k=n)
            for s, (entity, action, _weight, make) in zip(seconds, picks, strict=True):
                at = day + timedelta(seconds=s)
                user_id, username = rng.choice(users)
                entity_id, summary, changes = make(text, user_id, at)
                yield {
                    "at": at,
                    "user_id": user_id,
                    "username": username,
                    "action": action,
                    "entity": entity,
                    "entity_id": entity_id,
                    "summary": summary,
                    "changes": changes,
                }

    bulk_insert(ctx, AuditEntry.__table__, rows())  # type: ignore[arg-type]


#: Share of the generated people with an artisan profile; the rest are customers only, and
#: some artisans are customers too (one person record, two roles).
ARTISAN_SHARE = 0.6
ARTISAN_ALSO_CUSTOMER = 0.05
#: ``(customer type, weight)`` of the customer profiles.
CUSTOMER_TYPES = (("retail", 70), ("wholesale", 15), ("institution", 10), ("walk_in", 5))
TECHNIQUES = (("tulis", 0.9), ("cap", 0.6), ("kombinasi", 0.3), ("colet", 0.2), ("printing", 0.1))
BANK_NAMES = ("Bank Jatim", "BRI", "BNI")


def _people(ctx: BuildContext) -> None:
    """``size.people`` people over the seeded kelurahan: artisans (profile, 1-4 skills) and
    customers (profile), with explicit ids so the profiles need no read-back."""
    rng = ctx.rng
    places = list(
        ctx.conn.execute(
            select(Region.parent_id, Region.id)
            .where(Region.kind == "kelurahan")
            .order_by(Region.id)
        )
    )
    first_id = (ctx.conn.scalar(select(func.max(Person.id))) or 0) + 1
    ids = range(first_id, first_id + ctx.size.people)
    span = (ctx.end - ctx.start).total_seconds()
    ctypes = [c for c, _ in CUSTOMER_TYPES]
    cweights = [w for _, w in CUSTOMER_TYPES]
    roles: dict[int, tuple[bool, bool]] = {}
    for pid in ids:
        artisan = rng.random() < ARTISAN_SHARE
        roles[pid] = (artisan, not artisan or rng.random() < ARTISAN_ALSO_CUSTOMER)

    codes = {kec: f"{i:02d}" for i, kec in enumerate(sorted({k for k, _ in places}), start=1)}
    niks: set[str] = set(ctx.conn.scalars(select(Person.nik).where(Person.nik.is_not(None))))

    def nik(head: str) -> str:
        """``head`` (city, kecamatan, birth date) and a 4-digit serial not used yet."""
        serial = rng.randrange(1, 10_000)
        while f"{head}{serial:04d}" in niks:
            serial = serial % 9_999 + 1
        niks.add(f"{head}{serial:04d}")
        return f"{head}{serial:04d}"

    def people_rows() -> Iterator[dict[str, Any]]:
        for pid in ids:
            gender = "P" if rng.random() < 0.65 else "L"
            name = words.person_name(rng)
            if rng.random() < 0.3:
                name = f"{rng.choice(words.FIRST_NAMES)} {name}"
            birth = date(1960, 1, 1) + timedelta(days=rng.randrange(16_000))
            kec, kel = rng.choice(places)
            day = birth.day + (40 if gender == "P" else 0)
            created = ctx.start + timedelta(seconds=rng.uniform(0, span))
            artisan, customer = roles[pid]
            yield {
                "id": pid,
                "full_name": name,
                "name_key": name.lower(),
                "nik": nik(f"3574{codes[kec]}{day:02d}{birth.month:02d}{birth.year % 100:02d}")
                if rng.random() < 0.9
                else None,
                "gender": gender,
                "birth_date": birth,
                "phone": words.phone(rng) if rng.random() < 0.95 else "",
                "email": "",
                "address": f"Jl. {rng.choice(words.LAST_NAMES)} No. {rng.randint(1, 200)}",
                "kecamatan_id": kec,
                "kelurahan_id": kel,
                "photo": "",
                "notes": "",
                "active": rng.random() < 0.9,
                "is_artisan": artisan,
                "is_customer": customer,
                "created_at": created,
                "updated_at": created,
            }

    bulk_insert(ctx, Person.__table__, people_rows())  # type: ignore[arg-type]

    def artisan_rows() -> Iterator[dict[str, Any]]:
        joined_span = (ctx.end.date() - date(2022, 6, 6)).days
        for pid in ids:
            if not roles[pid][0]:
                continue
            business = rng.random() < 0.15
            bank = rng.random() < 0.4
            yield {
                "person_id": pid,
                "business_name": f"Batik {rng.choice(words.MOTIFS)} {rng.choice(words.LAST_NAMES)}"
                if business
                else "",
                "nib": f"9120{rng.randrange(10**9):09d}" if business else "",
                "bank_name": rng.choice(BANK_NAMES) if bank else "",
                "bank_account_number": f"{rng.randrange(10**10):010d}" if bank else "",
                "bank_account_holder": "",
                "joined_on": date(2022, 6, 6) + timedelta(days=rng.randrange(joined_span)),
            }

    def skill_rows() -> Iterator[dict[str, Any]]:
        for pid in ids:
            if not roles[pid][0]:
                continue
            for technique, share in TECHNIQUES:
                if rng.random() < share:
                    yield {"person_id": pid, "technique": technique, "level": rng.randint(1, 4)}

    def customer_rows() -> Iterator[dict[str, Any]]:
        for pid in ids:
            if not roles[pid][1]:
                continue
            ctype = rng.choices(ctypes, cweights)[0]
            yield {
                "person_id": pid,
                "customer_type": ctype,
                "organisation": f"Toko Batik {rng.choice(words.LAST_NAMES)}"
                if ctype in ("wholesale", "institution")
                else "",
                "npwp": "",
                "is_walk_in_default": False,
            }

    bulk_insert(ctx, ArtisanProfile.__table__, artisan_rows())  # type: ignore[arg-type]
    bulk_insert(ctx, ArtisanSkill.__table__, skill_rows())  # type: ignore[arg-type]
    bulk_insert(ctx, CustomerProfile.__table__, customer_rows())  # type: ignore[arg-type]
    ctx.ids["people"] = list(ids)


# -- stock: items and the ledger ---------------------------------------------------------------

#: Share of the generated items that are materials (the rest are products).
MATERIAL_SHARE = 0.3
#: Items that move often (fast sellers, everyday materials) and how much more often.
FAST_SHARE, FAST_WEIGHT = 0.05, 20.0
#: The first generated product is the shop's best seller: ~2 % of all moves (a long history).
BEST_SELLER_SHARE = 0.02
#: ``(name, unit, whole units, base cost range, purchase unit, factor)`` of material kinds.
GEN_MATERIALS = (
    ("Kain mori primissima", "m", False, (26_000, 36_000), "piece (15 yard)", "13.716"),
    ("Kain mori prima", "m", False, (18_000, 26_000), "piece (15 yard)", "13.716"),
    ("Kain katun paris", "m", False, (12_000, 18_000), "", "1"),
    ("Kain sutra ATBM", "m", False, (90_000, 140_000), "", "1"),
    ("Malam klowong", "kg", False, (45_000, 60_000), "blok 5 kg", "5"),
    ("Malam tembok", "kg", False, (32_000, 42_000), "karung 25 kg", "25"),
    ("Naptol AS-BO", "g", False, (250, 400), "", "1"),
    ("Indigosol biru O4B", "g", False, (900, 1_400), "", "1"),
    ("Remazol merah", "g", False, (350, 550), "pak 1 kg", "1000"),
    ("Waterglass", "l", False, (20_000, 30_000), "", "1"),
    ("Canting tulis", "pcs", True, (18_000, 35_000), "", "1"),
)
#: ``(name, category, technique, price range)`` of product kinds (all counted in pieces).
GEN_PRODUCTS = (
    ("Kain batik tulis 2 m", "Kain batik tulis", "tulis", (350_000, 1_500_000)),
    ("Kain batik cap 2 m", "Kain batik cap", "cap", (150_000, 300_000)),
    ("Kain batik kombinasi 2 m", "Kain batik cap", "kombinasi", (250_000, 450_000)),
    ("Kemeja batik", "Kemeja batik", "cap", (175_000, 350_000)),
    ("Selendang batik", "Aksesori", "tulis", (200_000, 500_000)),
    ("Taplak meja batik", "Aksesori", "cap", (90_000, 180_000)),
)
SIZES_SML = ("S", "M", "L", "XL")
#: Locations "with artisan" the generated hand-outs go to.
STOCK_ARTISANS = 8


@dataclass
class _ItemState:
    """An item's running state while its moves are generated."""

    id: int
    material: bool
    whole: bool
    base_cost: Decimal
    on_hand: Decimal = Decimal(0)
    avg: Decimal = Decimal(0)
    last: datetime | None = None
    balances: dict[int, Decimal] = field(default_factory=dict)


def _items(ctx: BuildContext) -> list[_ItemState]:
    """``size.items`` items (materials and products, kemeja in sizes) with explicit ids."""
    rng = ctx.rng
    motifs = list(ctx.conn.scalars(select(Motif.id).order_by(Motif.id))) or [None]
    first_id = (ctx.conn.scalar(select(func.max(Item.id))) or 0) + 1
    created = ctx.start - timedelta(days=30)
    states: list[_ItemState] = []

    def rows() -> Iterator[dict[str, Any]]:
        for n in range(ctx.size.items):
            item_id = first_id + n
            material = n > 0 and rng.random() < MATERIAL_SHARE  # item 0: the best seller
            row: dict[str, Any] = {
                "id": item_id,
                "motif_id": None,
                "technique": "",
                "parent_id": None,
                "size": "",
                "colour": "",
                "purchase_unit": "",
                "purchase_factor": Decimal(1),
                "barcode": "",
                "photo": "",
                "notes": "",
                "active": rng.random() > 0.03,
                "on_hand": Decimal(0),  # set from the ledger at the end of the step
                "avg_cost": Decimal(0),
                "last_move_at": None,
                "created_at": created,
                "updated_at": created,
            }
            if material:
                name, unit, whole, (lo, hi), pu, factor = rng.choice(GEN_MATERIALS)
                cost = Decimal(rng.randint(lo, hi))
                row |= {
                    "kind": "material",
                    "sku": f"BHN-G{n:06d}",
                    "name": f"{name} {rng.choice(words.LAST_NAMES)} {n}",
                    "category": name.split()[0],
                    "unit": unit,
                    "purchase_unit": pu,
                    "purchase_factor": Decimal(factor),
                    "sale_price": Decimal(0),
                    "reorder_level": Decimal(rng.choice((0, 5, 10, 20, 50))),
                }
            else:
                name, category, technique, (lo, hi) = rng.choice(GEN_PRODUCTS)
                whole = True
                price = rng.randint(lo // 5_000, hi // 5_000) * 5_000
                cost = (Decimal(price) * Decimal(rng.uniform(0.45, 0.65))).quantize(Decimal(1))
                size = rng.choice(SIZES_SML) if category == "Kemeja batik" else ""
                row |= {
                    "kind": "product",
                    "sku": f"PRD-G{n:06d}",
                    "name": f"{name} {rng.choice(words.MOTIFS)} {n}{' ' + size if size else ''}",
                    "category": category,
                    "unit": "pcs",
                    "motif_id": rng.choice(motifs),
                    "technique": technique,
                    "size": size,
                    "sale_price": Decimal(price),
                    "reorder_level": Decimal(rng.choice((0, 2, 3, 5))),
                }
            row["name_key"] = row["name"].lower()
            states.append(_ItemState(item_id, material, whole, cost))
            yield row

    bulk_insert(ctx, Item.__table__, rows())  # type: ignore[arg-type]
    return states


def _artisan_locations(ctx: BuildContext) -> list[tuple[int, int]]:
    """``(location id, person id)`` of a few generated artisans who take cloth home."""
    people = ctx.ids.get("people") or []
    chosen = ctx.rng.sample(people, min(STOCK_ARTISANS, len(people)))
    first_id = (ctx.conn.scalar(select(func.max(Location.id))) or 0) + 1
    rows = [
        {
            "id": first_id + i,
            "code": f"ART-{pid:05d}",
            "name": f"Pengrajin #{pid}",
            "kind": "artisan",
            "person_id": pid,
            "active": True,
            "position": 100,
        }
        for i, pid in enumerate(chosen)
    ]
    if rows:
        bulk_insert(ctx, Location.__table__, rows)  # type: ignore[arg-type]
    return [(r["id"], r["person_id"]) for r in rows]


def _stock(ctx: BuildContext) -> None:
    """``size.items`` items and ``size.stock_moves`` ledger moves over the history, in time
    order, as ``post_moves`` would have written them: running balances per location and item,
    moving-average cost, never below zero; then the balances table, the items' on-hand,
    average cost and last move, and the document number series to match."""
    rng = ctx.rng
    states = _items(ctx)
    artisans = _artisan_locations(ctx)
    store = ctx.conn.scalar(select(Location.id).where(Location.code == "GUDANG"))
    shop = ctx.conn.scalar(select(Location.id).where(Location.code == "TOKO"))
    users = list(ctx.conn.scalars(select(User.id)))
    weights = [1.0] * len(states)
    for i in range(len(states)):
        if rng.random() < FAST_SHARE:
            weights[i] = FAST_WEIGHT
    weights[0] = 0.0
    weights[0] = sum(weights) * BEST_SELLER_SHARE / (1 - BEST_SELLER_SHARE)
    cum = list(accumulate(weights))
    series = {
        key: value for key, value in ctx.conn.execute(select(NumberSeries.key, NumberSeries.value))
    }
    docs: dict[tuple[str, date, int | None], int] = {}
    doc_rows: list[dict[str, Any]] = []
    first_doc = (ctx.conn.scalar(select(func.max(StockDocument.id))) or 0) + 1

    def document(kind: str, day: date, user: int, person: int | None = None) -> int:
        """One document per kind, day (and artisan): the day's receipts, sales, ..."""
        key = (kind, day, person)
        doc_id = docs.get(key)
        if doc_id is None:
            prefix = DOCUMENT_PREFIX[DocumentKind(kind)]
            skey = f"{prefix}/{day.year}"
            series[skey] = series.get(skey, 0) + 1
            doc_id = docs[key] = first_doc + len(doc_rows)
            doc_rows.append(
                {
                    "id": doc_id,
                    "kind": kind,
                    "number": f"{skey}/{series[skey]:04d}",
                    "doc_date": day,
                    "supplier_id": None,
                    "person_id": person,
                    "batch_id": None,
                    "reference": "",
                    "notes": "",
                    "created_by_id": user,
                    "created_at": datetime.combine(day, day_time(10), UTC),
                }
            )
        return doc_id

    one = Decimal(1)

    def qty_for(st: _ItemState, big: bool) -> Decimal:
        if st.whole:
            return Decimal(rng.randint(10, 40) if big else rng.randint(1, 4))
        if st.base_cost < 5_000:  # grams of dye
            return Decimal(rng.randint(5, 20) * 100 if big else rng.randint(1, 10) * 25)
        return Decimal(rng.randint(20, 120) if big else rng.randint(2, 16)) / 2

    def move(st: _ItemState, loc: int, qty: Decimal, kind: str, at: datetime, doc: int,
             user: int, cost: Decimal | None = None) -> dict[str, Any]:  # fmt: skip
        qty = round_qty(qty)
        if cost is not None and qty > 0:
            unit_cost = round_cost(cost)
            st.avg = moving_average(st.on_hand, st.avg, qty, unit_cost)
        else:
            unit_cost = st.avg
        bal = st.balances.get(loc, Decimal(0)) + qty
        st.balances[loc] = bal
        st.on_hand = round_qty(st.on_hand + qty)
        st.last = at
        return {
            "moved_at": at,
            "kind": kind,
            "item_id": st.id,
            "location_id": loc,
            "document_id": doc,
            "quantity": qty,
            "unit_cost": unit_cost,
            "value": round_money(qty * unit_cost),
            "location_balance_after": bal,
            "item_balance_after": st.on_hand,
            "avg_cost_after": st.avg,
            "note": "",
            "user_id": user,
        }

    def event(st: _ItemState, at: datetime, day: date, room: int) -> list[dict[str, Any]]:
        """One thing that happens to an item: one move, or two for a transfer (only when
        the day has ``room`` for two)."""
        user = rng.choice(users)
        cost = st.base_cost * Decimal(rng.uniform(0.9, 1.15))
        have = st.balances.get
        r = rng.random()
        if st.material:
            if r < 0.45 and have(store, 0) > 0:  # issue to production
                q = min(qty_for(st, False), have(store))
                doc = document("production_issue", day, user)
                return [move(st, store, -q, "issue", at, doc, user)]
            if r < 0.6 and room > 1 and artisans and have(store, 0) > 0:  # cloth taken home
                loc, person = rng.choice(artisans)
                q = min(qty_for(st, False), have(store))
                doc = document("handout", day, user, person)
                return [move(st, store, -q, "transfer_out", at, doc, user),
                        move(st, loc, q, "transfer_in", at, doc, user)]  # fmt: skip
            if r < 0.68 and room > 1 and artisans:  # unused cloth back
                held = [(loc, p) for loc, p in artisans if have(loc, 0) > 0]
                if held:
                    loc, person = rng.choice(held)
                    q = min(qty_for(st, False), have(loc))
                    doc = document("handback", day, user, person)
                    return [move(st, loc, -q, "transfer_out", at, doc, user),
                            move(st, store, q, "transfer_in", at, doc, user)]  # fmt: skip
            if r < 0.72 and have(store, 0) > 0:  # a count finds a little less
                q = min(qty_for(st, False), have(store)) if st.whole else min(one, have(store))
                doc = document("count", day, user)
                return [move(st, store, -q, "adjustment", at, doc, user)]
            doc = document("receipt", day, user)
            return [move(st, store, qty_for(st, True), "receipt", at, doc, user, cost)]
        if r < 0.5 and have(shop, 0) > 0:  # sold at the counter
            q = min(Decimal(rng.randint(1, 3)), have(shop))
            doc = document("sale", day, user)
            return [move(st, shop, -q, "sale", at, doc, user)]
        if r < 0.75 and room > 1 and have(store, 0) > 0:  # to the shop
            q = min(Decimal(rng.randint(2, 10)), have(store))
            doc = document("transfer", day, user)
            return [move(st, store, -q, "transfer_out", at, doc, user),
                    move(st, shop, q, "transfer_in", at, doc, user)]  # fmt: skip
        if r < 0.77 and st.on_hand > 0:  # a customer brings one back
            doc = document("return", day, user)
            return [move(st, shop, one, "return", at, doc, user, st.avg)]
        if r < 0.92:  # a finished batch
            doc = document("production_output", day, user)
            return [move(st, store, qty_for(st, True), "output", at, doc, user, cost)]
        doc = document("receipt", day, user)  # bought in (consignment, wholesale)
        return [move(st, store, qty_for(st, False), "receipt", at, doc, user, cost)]

    days = (ctx.end - ctx.start).days
    counts = _spread(ctx.size.stock_moves, _day_weights(ctx.start, days))
    open_s, close_s = 30 * 60, 10 * 3600  # 07:30-17:00 WIB in UTC

    def rows() -> Iterator[dict[str, Any]]:
        for d, n in enumerate(counts):
            start = ctx.start + timedelta(days=d)
            day = (start + timedelta(hours=7)).date()  # the local (WIB) calendar day
            picks = rng.choices(states, cum_weights=cum, k=n)
            seconds = sorted(rng.uniform(open_s, close_s) for _ in range(n))
            written = 0  # a transfer takes two of the day's n moves
            for st, s in zip(picks, seconds, strict=True):
                if written >= n:
                    break
                moves = event(st, start + timedelta(seconds=s), day, n - written)
                yield from moves
                written += len(moves)

    _write_moves(ctx, rows(), doc_rows, first_doc)
    bulk_insert(
        ctx,
        StockBalance.__table__,  # type: ignore[arg-type]
        (
            {"item_id": st.id, "location_id": loc, "quantity": q}
            for st in states
            for loc, q in st.balances.items()
        ),
    )
    ctx.conn.execute(
        update(Item.__table__)
        .where(Item.__table__.c.id == bindparam("b_id"))
        .values(
            on_hand=bindparam("b_on_hand"),
            avg_cost=bindparam("b_avg"),
            last_move_at=bindparam("b_last"),
        ),
        [
            {"b_id": st.id, "b_on_hand": st.on_hand, "b_avg": st.avg, "b_last": st.last}
            for st in states
            if st.last is not None
        ],
    )
    for key, value in series.items():
        ctx.conn.execute(delete(NumberSeries).where(NumberSeries.key == key))
        ctx.conn.execute(insert(NumberSeries).values(key=key, value=value))
    ctx.ids["items"] = [st.id for st in states]
    ctx.ids["busiest_item"] = [states[0].id]


def _write_moves(
    ctx: BuildContext, moves: Iterator[dict[str, Any]], doc_rows: list[dict[str, Any]], first: int
) -> None:
    """Insert the moves batch by batch, each batch's new documents first (foreign keys)."""
    stmt = insert(StockMove.__table__)
    done_docs = 0
    total = 0
    while batch := list(islice(moves, BATCH_ROWS)):
        if len(doc_rows) > done_docs:
            bulk_insert(ctx, StockDocument.__table__, doc_rows[done_docs:])  # type: ignore[arg-type]
            done_docs = len(doc_rows)
        ctx.conn.execute(stmt, batch)
        total += len(batch)
    ctx.rows[StockMove.__tablename__] = ctx.rows.get(StockMove.__tablename__, 0) + total


# -- sales: invoices, their lines, payments and credit notes ------------------------------------

#: Lines per invoice on average: ``size.invoice_lines`` lines make about a quarter as many
#: invoices (1,000,000 lines, ~250,000 invoices for ``large``).
LINES_PER_INVOICE = (1, 2, 3, 4, 5, 6, 7)
#: Share of invoices made to the walk-in customer ("Pelanggan umum") at the counter.
WALK_IN_SHARE = 0.65
#: Share of invoices later cancelled by a credit note.
CANCEL_SHARE = 0.01
#: ``(method, weight)`` of counter payments.
PAY_METHODS = (("cash", 55), ("qris", 30), ("transfer", 15))
CANCEL_REASONS = ("Salah input barang", "Pelanggan batal membeli", "Salah harga", "Dobel input")
#: Cashiers: the generated users who take the money.
CASHIERS = 12


def _raw_insert(ctx: BuildContext, table: Table, rows: list[dict[str, Any]]) -> None:
    """:func:`bulk_insert` without SQLAlchemy's per-value bind processing (most of the time
    of a million-row step): the values converted here as the column types store them on
    SQLite (scaled integers for Money/Quantity/Score, naive UTC text for timestamps, ISO
    dates) and handed to the driver's ``executemany`` in one go."""
    from decimal import ROUND_HALF_UP

    from rumahbatik.models.base import ScaledDecimal, UTCDateTime

    def scaled(places: int) -> Callable[[Any], Any]:
        def convert(v: Any) -> Any:
            if v is None:
                return None
            return int(Decimal(v).scaleb(places).to_integral_value(ROUND_HALF_UP))

        return convert

    def stamp(v: datetime | None) -> str | None:
        return None if v is None else v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def day(v: date | None) -> str | None:
        return None if v is None else v.isoformat()

    names = list(rows[0])
    converters: list[Callable[[Any], Any] | None] = []
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, ScaledDecimal):
            converters.append(scaled(kind.places))
        elif isinstance(kind, UTCDateTime):
            converters.append(stamp)
        elif kind.python_type is date:
            converters.append(day)
        else:
            converters.append(None)
    pairs = list(zip(names, converters, strict=True))
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    ctx.conn.exec_driver_sql(
        sql, [tuple(r[n] if c is None else c(r[n]) for n, c in pairs) for r in rows]
    )
    ctx.rows[table.name] = ctx.rows.get(table.name, 0) + len(rows)


@dataclass(frozen=True)
class _Customer:
    id: int
    name: str
    ctype: str
    organisation: str
    address: str
    npwp: str
    nik: str


@dataclass(frozen=True)
class _Product:
    id: int
    sku: str
    name: str
    motif_id: int | None
    motif_name: str
    technique: str
    unit: str
    price: Decimal
    avg_cost: Decimal


def _sales_customers(ctx: BuildContext) -> tuple[_Customer, list[_Customer]]:
    """The walk-in customer and the other customers, with what an invoice copies of them."""
    people, profiles = Person.__table__, CustomerProfile.__table__
    rows = ctx.conn.execute(
        select(
            people.c.id,
            people.c.full_name,
            profiles.c.customer_type,
            profiles.c.organisation,
            people.c.address,
            profiles.c.npwp,
            people.c.nik,
            profiles.c.is_walk_in_default,
        )
        .join(profiles, profiles.c.person_id == people.c.id)
        .where(people.c.is_customer.is_(True))
        .order_by(people.c.id)
    )
    walk_in: _Customer | None = None
    others: list[_Customer] = []
    for pid, name, ctype, org, address, npwp, nik, is_walk_in in rows:
        c = _Customer(pid, name, ctype, org or "", address or "", npwp or "", nik or "")
        if is_walk_in:
            walk_in = walk_in or c
        else:
            others.append(c)
    if walk_in is None:  # the demo makes it; a bare database gets it as ensure_walk_in would
        from rumahbatik.services.people import WALK_IN_NAME

        pid = (ctx.conn.scalar(select(func.max(people.c.id))) or 0) + 1
        ctx.conn.execute(
            insert(people).values(
                id=pid, full_name=WALK_IN_NAME, name_key=WALK_IN_NAME.lower(), is_customer=True,
                active=True, notes="",
            )
        )  # fmt: skip
        ctx.conn.execute(
            insert(profiles).values(
                person_id=pid, customer_type="walk_in", organisation="", npwp="",
                is_walk_in_default=True,
            )
        )  # fmt: skip
        walk_in = _Customer(pid, WALK_IN_NAME, "walk_in", "", "", "", "")
    return walk_in, others


def _sales_products(ctx: BuildContext) -> list[_Product]:
    items, motifs = Item.__table__, Motif.__table__
    rows = ctx.conn.execute(
        select(
            items.c.id, items.c.sku, items.c.name, items.c.motif_id, motifs.c.name,
            items.c.technique, items.c.unit, items.c.sale_price, items.c.avg_cost,
        )
        .outerjoin(motifs, motifs.c.id == items.c.motif_id)
        .where(items.c.kind == "product", items.c.active.is_(True), items.c.sale_price > 0)
        .order_by(items.c.id)
    )  # fmt: skip
    return [
        _Product(i, sku, name, mid, mname or "", tech or "", unit, Decimal(price), Decimal(avg))
        for i, sku, name, mid, mname, tech, unit, price, avg in rows
    ]


def _sales(ctx: BuildContext) -> None:
    """``size.invoice_lines`` lines on issued invoices over the history (about four lines an
    invoice), as ``services.sales`` writes them: numbers ``INV/yyyy/nnnnnn`` gapless per year
    in time order, the customer copied onto the invoice, lines with the item copy, ``sold_on``
    and ``cost``, totals from ``domain.invoicing.compute_totals`` (VAT off, as the settings
    say), payments (counter sales paid at once; orders paid in full, in part or not yet, the
    older the likelier paid), and 1 % cancelled by a credit note (``CN/yyyy/nnnn``, its
    lines, the payment refunded). No stock moves, accruals or audit rows are written for
    them: the sales list and the sales reports read invoices and lines, not the ledger."""
    from rumahbatik.domain.invoicing import Discount, DiscountKind, LineIn, compute_totals
    from rumahbatik.domain.sales import payment_status
    from rumahbatik.models import CreditNote, CreditNoteLine, Invoice, InvoiceLine, Payment

    rng = ctx.rng
    walk_in, customers = _sales_customers(ctx)
    products = _sales_products(ctx)
    if not products:
        return
    # Some products sell far more often than others (as in the stock step).
    pweights = list(accumulate(FAST_WEIGHT if rng.random() < FAST_SHARE else 1.0
                               for _ in products))  # fmt: skip
    users = ctx.ids.get("users") or list(ctx.conn.scalars(select(User.id)))
    cashiers = rng.sample(users, min(CASHIERS, len(users)))
    settings = {
        k: json.loads(v)
        for k, v in ctx.conn.execute(select(SettingValue.key, SettingValue.value))
        if v is not None
    }
    inv_prefix = str(settings.get("invoice_prefix") or "INV")
    cn_prefix = str(settings.get("credit_note_prefix") or "CN")
    terms = int(settings.get("payment_terms_days") or 30)
    series = dict(ctx.conn.execute(select(NumberSeries.key, NumberSeries.value)).all())
    first = {
        t: (ctx.conn.scalar(select(func.max(t.c.id))) or 0) + 1
        for t in (
            Invoice.__table__, InvoiceLine.__table__, Payment.__table__,
            CreditNote.__table__, CreditNoteLine.__table__,
        )
    }  # fmt: skip
    inv_id, line_id, pay_id, cn_id, cnl_id = first.values()
    last_day = (ctx.end - timedelta(days=1)).date()
    open_s, close_s = 30 * 60, 10 * 3600  # 07:30-17:00 WIB in UTC
    zero = Decimal(0)
    no_discount = Discount()
    method_names = [m for m, _ in PAY_METHODS]
    method_weights = [w for _, w in PAY_METHODS]

    invoices: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    note_lines: list[dict[str, Any]] = []

    def number(prefix: str, year: int, width: int) -> str:
        key = f"{prefix}/{year}"
        series[key] = series.get(key, 0) + 1
        return f"{key}/{series[key]:0{width}d}"

    def moment(day: date) -> datetime:
        """A time in opening hours on the local day ``day``."""
        base = datetime.combine(day, day_time(), UTC) - timedelta(hours=7)
        return base + timedelta(seconds=rng.uniform(open_s + 7 * 3600, close_s + 7 * 3600))

    def pay(inv: int, method: str, amount: Decimal, day: date, who: int, at: datetime) -> None:
        nonlocal pay_id
        given = change = zero
        reference = ""
        if method == "cash":
            step = 50_000 if amount < 500_000 else 100_000
            given = Decimal(-(-int(amount) // step) * step) if rng.random() < 0.7 else amount
            change = given - amount
        else:
            reference = f"{'QR' if method == 'qris' else 'TRF'}{rng.randrange(10**10):010d}"
        payments.append({
            "id": pay_id, "invoice_id": inv, "method": method, "amount": amount,
            "cash_given": given, "change_given": change, "reference": reference,
            "pay_date": day, "paid_at": max(moment(day), at), "received_by_id": who,
            "credit_note_id": None, "note": "",
        })  # fmt: skip
        pay_id += 1

    def make_invoice(day: date, at: datetime, n_lines: int) -> None:
        nonlocal inv_id, line_id, pay_id, cn_id, cnl_id
        who = rng.choice(cashiers)
        walk = rng.random() < WALK_IN_SHARE or not customers
        cust = walk_in if walk else rng.choice(customers)
        order = cust.ctype in ("wholesale", "institution")
        picks = rng.choices(products, cum_weights=pweights, k=n_lines)
        qtys = [Decimal(rng.randint(3, 20) if order else (1 if rng.random() < 0.8 else 2))
                for _ in picks]  # fmt: skip
        ldisc = [
            Discount(DiscountKind.PERCENT, Decimal(rng.choice((5, 10))))
            if rng.random() < 0.08
            else no_discount
            for _ in picks
        ]
        idisc = (
            Discount(DiscountKind.PERCENT, Decimal(rng.choice((5, 10, 15))))
            if order and rng.random() < 0.5
            else Discount(DiscountKind.AMOUNT, Decimal(rng.choice((5_000, 10_000, 25_000))))
            if rng.random() < 0.05
            else no_discount
        )
        totals = compute_totals(
            [LineIn(q, p.price, d) for q, p, d in zip(qtys, picks, ldisc, strict=True)], idisc
        )
        cancelled = rng.random() < CANCEL_SHARE
        no = number(inv_prefix, day.year, 6)
        this = inv_id
        inv_id += 1
        line_rows = []
        for pos, (q, p, d, t) in enumerate(zip(qtys, picks, ldisc, totals.lines, strict=True)):
            line_rows.append({
                "id": line_id, "invoice_id": this, "position": pos, "item_id": p.id,
                "sku": p.sku, "description": p.name, "motif_id": p.motif_id,
                "motif_name": p.motif_name, "technique": p.technique, "unit": p.unit,
                "quantity": q, "unit_price": p.price, "discount_kind": d.kind.value,
                "discount_value": d.value, "gross": t.gross, "discount": t.discount,
                "net": t.net, "invoice_discount": t.invoice_discount, "taxable": t.taxable,
                "sold_on": day, "cost": round_money(q * p.avg_cost),
                "returned_quantity": q if cancelled else zero, "consignor_id": None,
            })  # fmt: skip
            line_id += 1
        total = totals.total
        # What is paid: counter sales at once; orders (and some regulars) on credit.
        paid = zero
        age = (last_day - day).days
        if not order and rng.random() < 0.9:
            plan = [(total, day)]
        else:
            r = rng.random()
            settled = 0.93 if age > 60 else 0.4 if age > 14 else 0.1
            if r < settled:
                part = round_money(total * Decimal(rng.choice(("0.3", "0.5", "1"))))
                later = min(day + timedelta(days=rng.randint(0, terms + 10)), last_day)
                plan = [(part, day), (total - part, later)] if part < total else [(total, later)]
            elif r < settled + (1 - settled) * 0.4:
                plan = [(round_money(total * Decimal("0.5")), day)]
            else:
                plan = []
        method = rng.choices(method_names, method_weights)[0]
        for amount, when in plan:
            if amount > 0:
                pay(this, "transfer" if order else method, amount, when, who, at)
                paid += amount
        credited = zero
        row = {
            "id": this, "number": no, "quotation_number": None,
            "status": "cancelled" if cancelled else "issued",
            "channel": "order" if order else "counter",
            "customer_id": cust.id, "customer_name": cust.name,
            "customer_key": cust.name.lower(), "customer_type": cust.ctype,
            "customer_organisation": cust.organisation, "customer_address": cust.address,
            "customer_npwp": cust.npwp, "customer_nik": cust.nik,
            "invoice_date": day, "due_date": day + timedelta(days=terms),
            "discount_kind": idisc.kind.value, "discount_value": idisc.value,
            "subtotal": totals.subtotal, "invoice_discount": totals.invoice_discount,
            "total_before_vat": totals.total_before_vat, "vat_rate": zero,
            "vat_base_fraction": "", "vat_base": totals.vat_base, "vat": totals.vat,
            "total": total, "credited": zero, "paid": paid, "payment_status": "",
            "notes": "", "stock_document_id": None, "created_by_id": who,
            "issued_at": at, "issued_by_id": who, "cancelled_at": None, "cancel_reason": "",
            "created_at": at, "updated_at": at,
        }  # fmt: skip
        if cancelled:  # credit note on the day or a few days later: all back, money refunded
            cday = min(day + timedelta(days=rng.choice((0, 0, 1, 2, 5))), last_day)
            cat = max(moment(cday), at)
            reason = rng.choice(CANCEL_REASONS)
            cn_no = number(cn_prefix, cday.year, 4)
            refund = paid
            notes.append({
                "id": cn_id, "number": cn_no, "invoice_id": this, "kind": "cancellation",
                "reason": reason, "credit_date": cday,
                "amount_before_vat": totals.total_before_vat, "vat": totals.vat,
                "total": total, "refunded": refund, "stock_document_id": None,
                "created_by_id": who, "created_at": cat,
            })  # fmt: skip
            for ln in line_rows:
                note_lines.append({
                    "id": cnl_id, "credit_note_id": cn_id, "invoice_line_id": ln["id"],
                    "quantity": ln["quantity"], "amount": ln["taxable"], "cost": ln["cost"],
                })  # fmt: skip
                cnl_id += 1
            if refund > 0:
                payments.append({
                    "id": pay_id, "invoice_id": this, "method": method if not order
                    else "transfer", "amount": -refund, "cash_given": zero,
                    "change_given": zero, "reference": "", "pay_date": cday, "paid_at": cat,
                    "received_by_id": who, "credit_note_id": cn_id, "note": cn_no,
                })  # fmt: skip
                pay_id += 1
            cn_id += 1
            credited, paid = total, zero
            row |= {"credited": credited, "paid": paid, "cancelled_at": cat,
                    "cancel_reason": reason, "updated_at": cat}  # fmt: skip
        row["payment_status"] = payment_status(total - credited, paid).value
        invoices.append(row)
        lines.extend(line_rows)

    def flush() -> None:
        """Write what is pending, parents first (foreign keys)."""
        for table, rows in (
            (Invoice.__table__, invoices), (InvoiceLine.__table__, lines),
            (CreditNote.__table__, notes), (CreditNoteLine.__table__, note_lines),
            (Payment.__table__, payments),
        ):  # fmt: skip
            if rows:
                _raw_insert(ctx, table, rows)  # type: ignore[arg-type]
                rows.clear()

    days = (ctx.end - ctx.start).days
    counts = _spread(ctx.size.invoice_lines, _day_weights(ctx.start, days))
    for d, n in enumerate(counts):
        start = ctx.start + timedelta(days=d)
        day = (start + timedelta(hours=7)).date()  # the local (WIB) calendar day
        sizes: list[int] = []
        while sum(sizes) < n:
            sizes.append(min(rng.choice(LINES_PER_INVOICE), n - sum(sizes)))
        for s, k in zip(sorted(rng.uniform(open_s, close_s) for _ in sizes), sizes, strict=True):
            make_invoice(day, start + timedelta(seconds=s), k)
        if len(lines) >= BATCH_ROWS:
            flush()
    flush()
    for key, value in series.items():
        if key.startswith((f"{inv_prefix}/", f"{cn_prefix}/")):
            ctx.conn.execute(delete(NumberSeries).where(NumberSeries.key == key))
            ctx.conn.execute(insert(NumberSeries).values(key=key, value=value))


#: The steps, in order. Later areas append theirs after the steps they depend on.
DATASET_STEPS: list[DatasetStep] = [_users, _people, _audit_log, _stock, _sales]


# -- building ----------------------------------------------------------------------------------


def _bulk_engine(path: Path) -> Engine:
    """An engine for the build only: no fsync, journal in memory, a big page cache."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=MEMORY")
        cur.execute("PRAGMA synchronous=OFF")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA cache_size=-262144")  # 256 MiB
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def _finish(path: Path) -> None:
    """Leave the file as the app expects it: WAL mode, planner statistics left to the app."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    engine.dispose()


def history_window(today: date) -> tuple[datetime, datetime]:
    end = datetime(today.year, today.month, today.day, tzinfo=UTC)
    return end - timedelta(days=HISTORY_DAYS), end


def build_demo(path: Path) -> dict[str, int]:
    """A fresh migrated database holding the demo, as ``rumahbatik demo`` writes it."""
    db = Database(f"sqlite:///{path}")
    try:
        upgrade(db)
        fill_demo(db, system_actor())
        with db.read() as session:
            return {
                "users": session.scalar(select(func.count(User.id))) or 0,
                "audit_log": session.scalar(select(func.count(AuditEntry.id))) or 0,
            }
    finally:
        db.dispose()


def build_dataset(path: Path, size: Size, progress: Progress | None = None) -> dict[str, int]:
    """Build the ``size`` dataset into the new file ``path``; returns the rows each step added."""
    report = progress or (lambda _msg: None)
    build_demo(path)
    report("schema migrated, demo written")
    start, end = history_window(datetime.now(UTC).date())
    engine = _bulk_engine(path)
    try:
        with engine.begin() as conn:
            ctx = BuildContext(conn=conn, size=size, rng=random.Random(SEED), start=start, end=end)
            for step in DATASET_STEPS:
                t0 = time.perf_counter()
                before = dict(ctx.rows)
                step(ctx)
                added = {
                    k: v - before.get(k, 0) for k, v in ctx.rows.items() if v != before.get(k, 0)
                }
                done = ", ".join(f"{k} {v:,}" for k, v in added.items())
                report(f"{step.__name__.lstrip('_')}: {done} ({time.perf_counter() - t0:.1f} s)")
    finally:
        engine.dispose()
    _finish(path)
    return ctx.rows
