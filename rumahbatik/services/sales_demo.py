"""The demo's sales: five months of the toko's counter, orders on credit, credit notes, cash
closings and a consignment (titip jual) with its settlement.

Written after the stock demo, oldest first, with the real services' in-session functions:

- counter sales most days (closed on Sundays, busier on Saturdays) by the two shop assistants,
  paid in cash (with change), by QRIS or by bank transfer; now and then a registered retail
  customer or a member's discount;
- orders of wholesale and institution customers on 30 days' credit: some paid by transfer
  later, some with a down payment and the rest outstanding, some unpaid and overdue;
- a quotation (a draft order) for the Dinas Perindustrian that is not yet issued;
- a cancelled sale (wrong size, refunded) and a return of part of an order;
- restocks of the shop from the centre's artisan groups (so five months of selling have
  goods to sell);
- cash closings of the last few working days (one drawer short, one over);
- an artisan's consignment intake, sales of some of those pieces and a settlement with payout.

Every sale only takes what the toko held at that moment *and* keeps every later stock move of
the ledger (such as the stock count a few days ago) possible: see :class:`_Shelf`.
Deterministic: a seeded random generator, dates relative to today like the stock demo.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rumahbatik.domain.invoicing import Discount, DiscountKind, LineIn, compute_totals
from rumahbatik.domain.roles import Role
from rumahbatik.domain.sales import Channel, InvoiceStatus, PaymentMethod, PayoutMethod
from rumahbatik.models import (
    CustomerProfile,
    Invoice,
    Item,
    Person,
    StockBalance,
    StockMove,
    User,
)
from rumahbatik.services import cash_closing, credit_notes, people, sales, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import (
    PaymentInput,
    ReturnLine,
    SaleInput,
    SaleLineInput,
)
from rumahbatik.services.stock_types import ReceiptInput, ReceiptLine

if TYPE_CHECKING:
    from rumahbatik.services.stock_demo import StockDemo

log = logging.getLogger(__name__)

D = Decimal
HISTORY_DAYS = 150  # the stock demo's opening stock is 150 days old
SEED = 6

#: Counter products (stock demo keys) with how often they sell and how many at once.
COUNTER_MIX: tuple[tuple[str, int, int], ...] = (
    ("masker", 8, 4),
    ("cap_manggur", 6, 2),
    ("cap_bayuangga", 5, 2),
    ("cap_kapal", 4, 2),
    ("kemeja_manggur_M", 4, 1),
    ("kemeja_manggur_L", 4, 1),
    ("kemeja_manggur_S", 1, 1),
    ("kemeja_manggur_XL", 1, 1),
    ("kombinasi_bayuangga", 2, 1),
    ("kemeja_seruni_M", 1, 1),
    ("kemeja_seruni_L", 1, 1),
    ("tulis_seruni", 1, 1),
    ("tulis_manggur", 1, 1),
    ("tulis_gending", 1, 1),
    ("selendang", 1, 1),
    ("tulis_kawung", 1, 1),
)

#: ``(days ago, [(key, qty, unit cost)])``: batik bought from the centre's artisan groups
#: straight into the toko (pembelian putus), so the shelves last five months.
RESTOCKS: tuple[tuple[int, list[tuple[str, int, int]]], ...] = tuple(
    (ago, [
        ("cap_manggur", 10, 125_000), ("cap_bayuangga", 8, 105_000), ("cap_kapal", 8, 95_000),
        ("masker", 40, 6_500), ("kemeja_manggur_M", 4, 128_000),
        ("kemeja_manggur_L", 4, 128_000), ("kemeja_manggur_S", 2, 128_000),
        ("kemeja_manggur_XL", 2, 138_000), ("kombinasi_bayuangga", 2, 225_000),
        ("tulis_seruni", 1, 410_000), ("tulis_manggur", 1, 480_000),
    ])
    for ago in (131, 110, 89, 68, 47, 26, 11)
)  # fmt: skip

#: Customers the sales demo adds: ``(name, type, organisation, npwp, address, phone)``.
NEW_CUSTOMERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Ir. Bambang Sutrisno", "institution",
     "Dinas Perindustrian dan Tenaga Kerja Kota Probolinggo", "0067890123623000",
     "Jl. Dr. Soetomo No. 46, Kota Probolinggo", "0335-420177"),
    ("Ratih Wulandari", "retail", "", "", "Perum Griya Kencana Blok B-7, Probolinggo",
     "0812-3301-8876"),
    ("dr. Made Suarjana", "retail", "", "", "Jl. Diponegoro No. 88, Kota Probolinggo",
     "0813-5870-2214"),
)  # fmt: skip

#: Orders on credit: ``(days ago, customer organisation, [(key, qty)], discount %, plan)``;
#: plan: "paid:N" (transfer N days later), "dp:P" (P % down payment, the rest still due),
#: "dp:P:N" (down payment, the rest N days later), "unpaid".
ORDERS: tuple[tuple[int, str, list[tuple[str, int]], int, str], ...] = (
    (128, "Hotel Bromo View", [("kemeja_manggur_M", 3), ("kemeja_manggur_L", 3)], 5, "paid:21"),
    (112, "Toko Batik Kenanga Surabaya", [("cap_manggur", 6), ("cap_bayuangga", 6),
                                          ("cap_kapal", 4)], 15, "paid:14"),
    (97, "Dinas Pariwisata Kota Probolinggo", [("selendang", 1), ("tulis_manggur", 1),
                                                ("masker", 20)], 0, "unpaid"),
    (84, "Galeri Batik Nusantara Malang", [("tulis_seruni", 1), ("cap_manggur", 4),
                                            ("kombinasi_bayuangga", 1)], 10, "dp:50"),
    (74, "Toko Batik Kenanga Surabaya", [("cap_manggur", 5), ("cap_kapal", 5),
                                          ("cap_bayuangga", 5)], 15, "paid:16"),
    (61, "SMA Negeri 1 Probolinggo", [("kemeja_manggur_M", 4), ("kemeja_manggur_L", 4),
                                       ("masker", 30)], 10, "dp:30"),
    (49, "Dekranasda Kota Probolinggo", [("tulis_gending", 1), ("cap_bayuangga", 3)], 0,
     "paid:9"),
    (38, "Toko Batik Kenanga Surabaya", [("cap_manggur", 6), ("cap_bayuangga", 6)], 15,
     "dp:40:12"),
    (27, "Hotel Bromo View", [("masker", 25), ("cap_kapal", 3)], 5, "unpaid"),
    (16, "Dinas Perindustrian dan Tenaga Kerja Kota Probolinggo",
     [("kemeja_manggur_L", 3), ("kemeja_manggur_XL", 1), ("tulis_seruni", 1)], 0, "unpaid"),
    (6, "SMK Negeri 1 Probolinggo", [("masker", 20), ("cap_manggur", 2)], 10, "unpaid"),
)  # fmt: skip

#: The consignment: an artisan's pieces (name, motif, technique, qty, asking price).
CONSIGNED: tuple[tuple[str, str, str, int, int], ...] = (
    ("Kain batik tulis Mangrove Mayangan 2 m (titipan)", "", "tulis", 3, 600_000),
    ("Kain batik tulis Anggur Probolinggo 2 m (titipan)", "Manggur", "tulis", 2, 700_000),
    ("Syal batik cap Bayuangga (titipan)", "Bayuangga", "cap", 6, 95_000),
)
CONSIGNMENT_DAY = 96  # days ago
SETTLEMENT_DAY = 19


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A time on ``day`` in the computer's local time, as UTC (opening hours)."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


@dataclass
class _Shelf:
    """What the toko can still sell, per item and day.

    ``cum[item][d]``: the shop's balance on day index ``d`` (0 = the oldest day) from every
    move the ledger already holds (receipts arriving during a day count from the next day,
    so a sale never precedes its goods) and the demo's restocks. A sale on day ``d`` may take
    at most ``min(cum[d:]) − sold so far``: later moves (the stock count's write-offs) must
    stay possible, as the ledger refuses to go below zero.
    """

    days: int
    cum: dict[int, list[Decimal]] = field(default_factory=dict)
    floor: dict[int, list[Decimal]] = field(default_factory=dict)
    sold: dict[int, Decimal] = field(default_factory=dict)

    def add(self, item: int, day_index: int, qty: Decimal) -> None:
        row = self.cum.setdefault(item, [D(0)] * (self.days + 1))
        for d in range(max(day_index, 0), self.days + 1):
            row[d] += qty

    def seal(self) -> None:
        for item, row in self.cum.items():
            low, floor = row[-1], [D(0)] * len(row)
            for d in range(len(row) - 1, -1, -1):
                low = min(low, row[d])
                floor[d] = low
            self.floor[item] = floor

    def available(self, item: int, day_index: int) -> Decimal:
        floor = self.floor.get(item)
        if floor is None:
            return D(0)
        return max(floor[day_index] - self.sold.get(item, D(0)), D(0))

    def take(self, item: int, qty: Decimal) -> None:
        self.sold[item] = self.sold.get(item, D(0)) + qty


@dataclass
class SalesDemo:
    """What the sales demo wrote (for tests and the steps after it)."""

    today: date
    invoices: list[int] = field(default_factory=list)
    orders: list[int] = field(default_factory=list)
    drafts: list[int] = field(default_factory=list)
    credit_notes: list[int] = field(default_factory=list)
    closings: int = 0
    consignment_items: list[int] = field(default_factory=list)
    settlements: list[int] = field(default_factory=list)


def _actor(user: User | None, fallback: Actor) -> Actor:
    if user is None:
        return fallback
    return Actor(user.id, user.username, Role(user.role), user.full_name)


def _customers(session: Session, actor: Actor) -> dict[str, int]:
    """Customers by organisation (or name for retail), the demo's few new ones added."""
    existing = {
        org or name: pid
        for pid, name, org in session.execute(
            select(Person.id, Person.full_name, CustomerProfile.organisation)
            .join(CustomerProfile, CustomerProfile.person_id == Person.id)
            .where(Person.is_customer.is_(True), CustomerProfile.is_walk_in_default.is_(False))
        )
    }
    for name, kind, org, npwp, address, phone in NEW_CUSTOMERS:
        if (org or name) in existing:
            continue
        values, errors = people.check_person(
            session, people.PersonInput(full_name=name, address=address, phone=phone)
        )
        c_values, c_errors = people.check_customer(people.CustomerInput(kind, org, npwp))
        if errors or c_errors:
            raise (errors + c_errors)[0]
        existing[org or name] = people.insert_checked(
            session, actor, values, customer=c_values, summary="demo"
        )
    return existing


def _item_ids(session: Session) -> dict[str, int]:
    """The stock demo's products by its keys (matched on the item names it gave them)."""
    from rumahbatik.services.stock_demo import ITEMS

    by_name = dict(session.execute(select(Item.name, Item.id)).all())
    return {d.key: by_name[d.name] for d in ITEMS if d.name in by_name}


def _shelf(session: Session, shop_id: int, start: date, days: int) -> _Shelf:
    shelf = _Shelf(days)
    for item_id, moved_at, qty in session.execute(
        select(StockMove.item_id, StockMove.moved_at, StockMove.quantity)
        .where(StockMove.location_id == shop_id)
        .order_by(StockMove.id)
    ):
        local_day = moved_at.astimezone().date() if moved_at.tzinfo else moved_at.date()
        index = (local_day - start).days
        q = D(qty)
        shelf.add(item_id, index + 1 if q > 0 else index, q)
    return shelf


def _cash_given(rnd: random.Random, amount: Decimal) -> Decimal:
    """What a customer hands over: exact, or the next 50.000 / 100.000 above."""
    step = rnd.choice((D(0), D(50_000), D(100_000), D(100_000)))
    if step == 0:
        return amount
    return ((amount // step) + 1) * step


def _payment(rnd: random.Random, amount: Decimal, n: int) -> PaymentInput:
    roll = rnd.random()
    if roll < 0.6:
        return PaymentInput(PaymentMethod.CASH, cash_given=_cash_given(rnd, amount))
    if roll < 0.85:
        return PaymentInput(PaymentMethod.QRIS, reference=f"QR{rnd.randint(10**9, 10**10 - 1)}")
    return PaymentInput(PaymentMethod.TRANSFER, reference=f"TRF-JTM-{n:05d}")


def _pay_later(
    session: Session, actor: Actor, invoice_id: int, inp: PaymentInput, at: datetime
) -> None:
    inv = session.get_one(Invoice, invoice_id)
    sales.pay_in_session(session, actor, inv, inp, at=at)


#: ``(days ago, hour, minute, do(day, when))``: one dated event of the sales history.
Event = tuple[int, int, int, Callable[[date, datetime], None]]


def _plan(
    session: Session, actor: Actor, today: date, seed: int, shelf_from_ledger: bool
) -> tuple[list[Event], SalesDemo]:
    """The sales history as dated events (sorted), and what they will have written.

    ``shelf_from_ledger``: the stock history is already written (the demo step after the
    stock demo), so every sale must also leave the later moves possible (see
    :class:`_Shelf`); otherwise the events are woven into the stock demo's own history and
    the toko's balance of the moment is all a sale may take.
    """
    out = SalesDemo(today=today)
    rnd = random.Random(seed)
    start = out.today - timedelta(days=HISTORY_DAYS)
    ids = _item_ids(session)
    if not ids:
        log.info("demo sales: no products, nothing sold")
        return [], out
    users = {u.username: u for u in session.scalars(select(User))}
    counter = [_actor(users.get(n), actor) for n in ("dewi", "agus")]
    manager = _actor(users.get("siti"), actor)
    customers = _customers(session, actor)
    retail = [pid for key, pid in customers.items() if key in {
        "Emma Schneider", "Kenji Watanabe", "Rina Kartikasari", "Budi Hartono",
        "Ratih Wulandari", "dr. Made Suarjana"}]  # fmt: skip
    shop_id = stock.shop_location(session).id

    vat = sales.vat_rule(session)
    prices = {i: D(p) for i, p in session.execute(select(Item.id, Item.sale_price))}
    shelf: _Shelf | None = None
    if shelf_from_ledger:
        shelf = _shelf(session, shop_id, start, HISTORY_DAYS)
        shelf.seal()
    consigned: dict[int, Decimal] = {}  # the artisan's pieces on the shelf
    on_hand: dict[int, Decimal] = {}  # the toko's balances, read once per sale

    def read_shelf() -> None:
        on_hand.clear()
        on_hand.update(
            (item_id, D(q))
            for item_id, q in session.execute(
                select(StockBalance.item_id, StockBalance.quantity).where(
                    StockBalance.location_id == shop_id
                )
            )
        )

    def available(item: int, index: int) -> Decimal:
        now = on_hand.get(item, D(0))
        return min(now, shelf.available(item, index)) if shelf is not None else now

    def take(item: int, qty: Decimal) -> None:
        on_hand[item] = on_hand.get(item, D(0)) - qty
        if shelf is not None:
            shelf.take(item, qty)

    # -- the dated events ------------------------------------------------------------------
    events: list[Event] = []
    order_ids: dict[int, int] = {}  # days ago of the order -> invoice id
    counter_sales: list[int] = []

    def restock(lines: list[tuple[str, int, int]]) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            stock.receive_in_session(
                session, actor,
                ReceiptInput(
                    location_id=shop_id, doc_date=day,
                    lines=[ReceiptLine(ids[k], D(q), D(c)) for k, q, c in lines if k in ids],
                    notes="Kiriman kain batik dari kelompok pengrajin binaan (pembelian putus).",
                ),
                moved_at=when,
            )  # fmt: skip
            # on the shelf from now on; not before it is written, as the ledger checks the
            # balance of the moment
            if shelf is not None:
                index = (day - start).days
                for key, qty, _cost in lines:
                    if key in ids:
                        shelf.add(ids[key], index, D(qty))
                shelf.seal()

        return do

    for ago, lines in RESTOCKS:
        events.append((ago, 8, 0, restock(lines)))

    def counter_sale(seller: Actor, n: int) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            index = (day - start).days
            read_shelf()
            wanted: list[SaleLineInput] = []
            for _ in range(1 if rnd.random() < 0.65 else rnd.randint(2, 3)):
                pool = [
                    (key, weight, most)
                    for key, weight, most in COUNTER_MIX
                    if key in ids
                    and available(ids[key], index) > 0
                    and all(w.item_id != ids[key] for w in wanted)
                ]
                pool += [
                    (f"#{item}", 3, 1) for item, left in consigned.items() if left > 0
                    and all(w.item_id != item for w in wanted)
                ]  # fmt: skip
                if not pool:
                    break
                key, _w, most = rnd.choices(pool, weights=[w for _k, w, _m in pool])[0]
                if key.startswith("#"):
                    item = int(key[1:])
                    qty = D(1)
                    consigned[item] -= qty
                else:
                    item = ids[key]
                    qty = min(D(rnd.randint(1, most)), available(item, index))
                    take(item, qty)
                discount = Discount()
                if key.startswith("tulis") and rnd.random() < 0.3:
                    discount = Discount(DiscountKind.PERCENT, D(10))  # member of the IKM group
                wanted.append(SaleLineInput(item, qty, discount=discount))
            if not wanted:
                return
            customer = rnd.choice(retail) if retail and rnd.random() < 0.12 else None
            inp = SaleInput(tuple(wanted), customer_id=customer, invoice_date=day)
            # the cash handed over depends on the total: priced as the service will
            for w in wanted:  # the consigned pieces came after the price list was read
                if w.item_id not in prices:
                    prices[w.item_id] = D(session.get_one(Item, w.item_id).sale_price)
            total = compute_totals(
                [LineIn(w.quantity, prices[w.item_id], w.discount) for w in wanted], vat=vat
            ).total
            inv = sales.sell_in_session(session, seller, inp, (_payment(rnd, total, n),), at=when)
            counter_sales.append(inv.id)
            out.invoices.append(inv.id)

        return do

    n = 0
    for ago in range(HISTORY_DAYS - 1, -1, -1):
        day = out.today - timedelta(days=ago)
        if day.weekday() == 6 and ago:  # closed on Sundays (today is open: see below)
            continue
        busy = rnd.randint(2, 4) if day.weekday() == 5 else rnd.choice((0, 1, 1, 1, 2, 2))
        if ago == 0:
            # a few sales this morning for today's cash closing screen, whatever the weekday
            busy = 3
        for _ in range(busy):
            n += 1
            hour = rnd.randint(8, 9) if ago == 0 else rnd.randint(9, 16)
            seller = counter[n % len(counter)]
            events.append((ago, hour, rnd.randint(0, 59), counter_sale(seller, n)))

    def order(ago: int, org: str, lines: list[tuple[str, int]], pct: int, plan: str):  # type: ignore[no-untyped-def]
        def do(day: date, when: datetime) -> None:
            index = (day - start).days
            read_shelf()
            wanted = []
            for key, qty in lines:
                if key not in ids:
                    continue
                q = min(D(qty), available(ids[key], index))
                if q > 0:
                    take(ids[key], q)
                    wanted.append(SaleLineInput(ids[key], q))
            if not wanted or org not in customers:
                return
            inp = SaleInput(
                tuple(wanted), customer_id=customers[org], invoice_date=day,
                discount=Discount(DiscountKind.PERCENT, D(pct)), channel=Channel.ORDER,
                notes="Pesanan melalui telepon; dikirim dengan ekspedisi." if "Surabaya" in org
                or "Malang" in org else "",
            )  # fmt: skip
            inv = sales.sell_in_session(session, manager, inp, (), at=when)
            order_ids[ago] = inv.id
            out.invoices.append(inv.id)
            out.orders.append(inv.id)
            parts = plan.split(":")
            if parts[0] == "dp":
                down = (D(inv.total) * D(parts[1]) / 100).quantize(D(1000))
                ref = f"TRF-DP-{inv.id:04d}"
                sales.pay_in_session(session, manager, inv, PaymentInput(
                    PaymentMethod.TRANSFER, amount=down, reference=ref, note="Uang muka"),
                    at=when)  # fmt: skip

        return do

    def pay_rest(of_ago: int) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            if of_ago in order_ids:
                ref = f"TRF-BJ-{order_ids[of_ago]:05d}"
                _pay_later(session, manager, order_ids[of_ago],
                           PaymentInput(PaymentMethod.TRANSFER, reference=ref, pay_date=day),
                           when)  # fmt: skip

        return do

    for ago, org, lines, pct, plan in ORDERS:
        events.append((ago, 10, 30, order(ago, org, lines, pct, plan)))
        parts = plan.split(":")
        later = int(parts[1]) if parts[0] == "paid" else (
            int(parts[2]) if parts[0] == "dp" and len(parts) > 2 else 0)  # fmt: skip
        if later:
            events.append((ago - later, 13, 15, pay_rest(ago)))

    def quotation(day: date, when: datetime) -> None:
        org = "Dinas Perindustrian dan Tenaga Kerja Kota Probolinggo"
        lines = [("kemeja_manggur_M", 15), ("kemeja_manggur_L", 15), ("kemeja_manggur_XL", 5)]
        wanted = tuple(SaleLineInput(ids[k], D(q)) for k, q in lines if k in ids)
        if wanted and org in customers:
            inv = sales.create_draft_in_session(session, manager, SaleInput(
                wanted, customer_id=customers[org], invoice_date=day, channel=Channel.ORDER,
                discount=Discount(DiscountKind.PERCENT, D(10)),
                notes="Seragam batik pegawai untuk Hari Batik Nasional; menunggu persetujuan "
                "anggaran.",
            ))  # fmt: skip
            out.drafts.append(inv.id)

    events.append((3, 11, 0, quotation))

    # -- a cancelled sale and returns -------------------------------------------------------
    def cancel_one(day: date, when: datetime) -> None:
        for inv_id in reversed(counter_sales):
            inv = session.get_one(Invoice, inv_id)
            # yesterday's sale comes back the next morning
            if inv.invoice_date < day and inv.status == InvoiceStatus.ISSUED.value:
                note = credit_notes.cancel_in_session(
                    session, manager, inv_id,
                    "Salah ukuran; pelanggan kembali esok harinya dan minta uang kembali.",
                    refund_method=PaymentMethod.CASH, on=day,
                )  # fmt: skip
                out.credit_notes.append(note.id)
                return

    def return_part(of_ago: int, reason: str) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            inv_id = order_ids.get(of_ago)
            if inv_id is None:
                return
            inv = session.get_one(Invoice, inv_id)
            line = max(inv.lines, key=lambda ln: D(ln.quantity))
            qty = min(D(2), D(line.quantity))
            note = credit_notes.return_in_session(
                session, manager, inv_id, [ReturnLine(line.id, qty)], reason, on=day
            )
            out.credit_notes.append(note.id)

        return do

    # credit_notes writes a dated credit note's goods back at 08:00 UTC of its day: the events
    # run at that hour (local), so the ledger stays in time order
    def credit_hour(ago: int) -> int:
        day = out.today - timedelta(days=ago)
        return datetime.combine(day, time(8), tzinfo=UTC).astimezone().hour

    events.append((57, credit_hour(57), 0, cancel_one))
    events.append(
        (70, credit_hour(70), 0, return_part(74, "Dua lembar cacat warna (luntur), dikembalikan."))
    )
    events.append(
        (22, credit_hour(22), 0, return_part(27, "Kelebihan kirim masker, dikembalikan."))
    )

    # -- consignment (titip jual): intake, and a settlement with payout ---------------------
    events.append((CONSIGNMENT_DAY, 9, 0, _demo_consignment_intake(session, actor, out,
                                                                   consigned)))  # fmt: skip
    events.append((SETTLEMENT_DAY, 16, 0, _demo_consignment_settlement(session, manager, out)))

    # -- cash closings of the last working days (not today: it is still open) -------------
    def close(cashier: Actor, offset: int) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            if cashier.user_id is None:
                return
            expected_cash = D(500_000) + _cash_of(session, day, cashier.user_id)
            counted = expected_cash + D(offset)
            cash_closing.close_in_session(
                session, cashier, day, counted, cashier.user_id, opening_float=D(500_000),
                closed_at=when,
                notes="" if offset == 0 else (
                    "Kurang uang kecil, sudah dicek ulang." if offset < 0
                    else "Lebih; pembeli tidak mengambil kembalian."),
            )  # fmt: skip
            out.closings += 1

        return do

    working = [a for a in range(1, 9) if (out.today - timedelta(days=a)).weekday() != 6][:5]
    for k, ago in enumerate(working):
        for j, cashier in enumerate([*counter, manager]):
            offset = -5_000 if (k, j) == (1, 0) else (2_000 if (k, j) == (3, 1) else 0)
            events.append((ago, 17, 30 + j, close(cashier, offset)))

    events.sort(key=lambda e: (-e[0], e[1], e[2]))
    return events, out


def _log(out: SalesDemo) -> None:
    log.info(
        "demo sales: %d invoices (%d orders), %d drafts, %d credit notes, %d cash closings",
        len(out.invoices), len(out.orders), len(out.drafts), len(out.credit_notes),
        out.closings,
    )  # fmt: skip


def fill_sales_demo(
    session: Session, actor: Actor, *, today: date | None = None, seed: int = SEED
) -> SalesDemo:
    """Write the demo's sales history in the caller's transaction, after the stock demo's
    history (see the module doc)."""
    events, out = _plan(session, actor, today or date.today(), seed, shelf_from_ledger=True)
    for ago, hour, minute, do in events:
        day = out.today - timedelta(days=ago)
        do(day, _at(day, hour, minute))
    session.flush()
    _log(out)
    return out


def sales_events(
    session: Session, actor: Actor, stock_demo: StockDemo, *, seed: int = SEED
) -> tuple[list[tuple[int, int, Callable[[date, datetime], None]]], SalesDemo]:
    """The sales history as the stock demo's dated events ``(days ago, hour, do(day, when))``
    (the format of ``production_demo.production_events``), to weave into
    ``stock_demo.fill_stock_demo``'s history so every stock move is written in time order.
    Sorted; each event keeps its own minute within the hour."""
    events, out = _plan(session, actor, stock_demo.today, seed, shelf_from_ledger=False)

    def timed(hour: int, minute: int, do: Callable[[date, datetime], None]):  # type: ignore[no-untyped-def]
        return lambda day, _when: do(day, _at(day, hour, minute))

    return [(ago, hour, timed(hour, minute, do)) for ago, hour, minute, do in events], out


def _cash_of(session: Session, day: date, cashier_id: int) -> Decimal:
    from rumahbatik.services.cash_closing import _day

    return _day(session, day, cashier_id).cash


# ---------------------------------------------------------------- consignment hook


def _demo_consignment_intake(
    session: Session, actor: Actor, out: SalesDemo, consigned: dict[int, Decimal]
) -> Callable[[date, datetime], None]:
    """DEMO HOOK (consignment): an artisan brings pieces to sell (titip jual). Uses
    ``services.consignment.receive_in_session``; the pieces join the counter's choices."""

    def do(day: date, when: datetime) -> None:
        from rumahbatik.models import Motif
        from rumahbatik.services import consignment
        from rumahbatik.services.sales_types import IntakeInput, IntakeLineInput

        artisans = list(
            session.scalars(
                select(Person.id)
                .where(Person.is_artisan.is_(True), Person.active.is_(True))
                .order_by(Person.id)
                .limit(3)
            )
        )
        if not artisans:
            return
        motifs = dict(session.execute(select(Motif.name, Motif.id)).all())
        intake = consignment.receive_in_session(
            session,
            actor,
            IntakeInput(
                person_id=artisans[-1],
                lines=tuple(
                    IntakeLineInput(
                        quantity=D(qty),
                        asking_price=D(price),
                        name=name,
                        motif_id=motifs.get(motif) if motif else None,
                        technique=technique,
                    )
                    for name, motif, technique, qty, price in CONSIGNED
                ),  # fmt: skip
                intake_date=day,
                notes="Titip jual; sisa yang tidak laku diambil kembali setelah 3 bulan.",
            ),
            at=when,
        )
        for line in intake.lines:
            consigned[line.item_id] = D(line.quantity)
            out.consignment_items.append(line.item_id)

    return do


def _demo_consignment_settlement(
    session: Session, actor: Actor, out: SalesDemo
) -> Callable[[date, datetime], None]:
    """DEMO HOOK (consignment): settle the artisan's sales so far and pay them out."""

    def do(day: date, when: datetime) -> None:
        from rumahbatik.models import ArtisanAccrual
        from rumahbatik.services import consignment
        from rumahbatik.services.sales_types import PayoutInput

        if not out.consignment_items:
            return
        owner = session.get_one(Item, out.consignment_items[0]).consignor_id
        if owner is None:
            return
        start = out.today - timedelta(days=HISTORY_DAYS)
        end = day - timedelta(days=1)
        owed = session.scalar(
            select(func.sum(ArtisanAccrual.amount)).where(
                ArtisanAccrual.person_id == owner,
                ArtisanAccrual.settlement_id.is_(None),
                ArtisanAccrual.accrued_on <= end,
            )
        )
        if not owed:
            return  # nothing sold yet: no settlement to show
        settled = consignment.settle_in_session(
            session, actor, owner, start, end,
            payout=PayoutInput(D(owed), PayoutMethod.CASH, paid_on=day) if owed > 0 else None,
            notes="Penyelesaian titip jual; dibayar tunai dan ditandatangani pengrajin.",
            day=day, at=when,
        )  # fmt: skip
        out.settlements.append(settled.id)

    return do


def demo_sales(session: Session, actor: Actor) -> None:
    """Demo step: the sales history (after the stock demo, whose products it sells)."""
    fill_sales_demo(session, actor)
