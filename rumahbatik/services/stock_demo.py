"""The demo's stock: materials and products of the Rumah Batik, with a few months of history.

What it writes, in date order (so the ledger reads like real months of work):

- materials (kain mori primissima and prima bought by the piece of 15 yards, kain sutra,
  malam, naptol, indigosol, remazol, waterglass, soda abu, canting) and products (kain batik
  tulis 2 m for several demo motifs, kain batik cap and kombinasi, kemeja in sizes S/M/L/XL
  as variants, selendang sutra, masker), with realistic Rupiah prices and reorder levels;
- goods receipts from the demo suppliers over the past five months; the products come in as
  *opening stock* (a receipt without supplier, "Stok awal") until the production demo makes
  them;
- transfers of products from the gudang to the toko, and cloth handed to two artisans who
  work at home.

Production batches and a stock count are added by :func:`fill_stock_demo`'s callers once their
services exist: it returns the ids they need (:class:`StockDemo`).
Dates are relative to today, like the training demo's running cohort.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.domain.stock import (
    DocumentKind,
    ItemKind,
    Unit,
)
from rumahbatik.models import Motif, Person, Supplier
from rumahbatik.services import items, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.stock_types import (
    ItemInput,
    ReceiptInput,
    ReceiptLine,
    TransferInput,
    TransferLine,
)

log = logging.getLogger(__name__)

D = Decimal
#: One piece (*piece*, 15 yards) of kain mori in metres: how the Pekalongan mills sell it.
PIECE_M = D("13.716")

# Suppliers of the people demo (matched by the start of their names).
MORI = "CV Mori Sejati"
MALAM = "Toko Malam Tawon"
PEWARNA = "UD Pewarna Batik"
CANTING = "Cap Tembaga Mulyo"
KAIN_LOKAL = "Toko Kain Sinar"


@dataclass(frozen=True)
class DemoItem:
    """One demo item; ``key`` names it inside this module (receipts, transfers)."""

    key: str
    kind: ItemKind
    name: str
    unit: Unit
    category: str
    price: Decimal = D(0)
    reorder: Decimal = D(0)
    purchase_unit: str = ""
    purchase_factor: Decimal = D(1)
    motif: str = ""
    technique: str = ""
    parent: str = ""  # key of the product this is a size variant of
    size: str = ""
    colour: str = ""
    notes: str = ""


def _mat(key: str, name: str, unit: Unit, category: str, reorder: str, **kw: object) -> DemoItem:
    return DemoItem(key, ItemKind.MATERIAL, name, unit, category, reorder=D(reorder), **kw)  # type: ignore[arg-type]


def _prd(key: str, name: str, unit: Unit, category: str, price: int, **kw: object) -> DemoItem:
    reorder = D(str(kw.pop("reorder", 0)))
    return DemoItem(key, ItemKind.PRODUCT, name, unit, category, D(price), reorder, **kw)  # type: ignore[arg-type]


KAIN = "Kain mori"
MALAM_CAT = "Malam"
DYE = "Pewarna"
CHEM = "Bahan pembantu"
TOOL = "Alat"
TULIS = "Kain batik tulis"
CAP = "Kain batik cap"
KEMEJA = "Kemeja batik"
AKSESORI = "Aksesori"

ITEMS: tuple[DemoItem, ...] = (
    # -- materials ---------------------------------------------------------------------
    _mat("primissima", "Kain mori primissima", Unit.METER, KAIN, "40",
         purchase_unit="piece (15 yard)", purchase_factor=PIECE_M,
         notes="Mori kualitas terbaik untuk batik tulis halus."),
    _mat("prima", "Kain mori prima", Unit.METER, KAIN, "40",
         purchase_unit="piece (15 yard)", purchase_factor=PIECE_M,
         notes="Untuk batik cap dan kain latihan."),
    _mat("sutra", "Kain sutra ATBM", Unit.METER, KAIN, "5",
         notes="Sutra tenun alat tenun bukan mesin, lebar 90 cm."),
    _mat("klowong", "Malam klowong", Unit.KG, MALAM_CAT, "5",
         purchase_unit="blok 5 kg", purchase_factor=D(5)),
    _mat("tembok", "Malam tembok", Unit.KG, MALAM_CAT, "10",
         purchase_unit="karung 25 kg", purchase_factor=D(25)),
    _mat("naptol", "Naptol AS", Unit.GRAM, DYE, "250"),
    _mat("garam", "Garam diazo merah B", Unit.GRAM, DYE, "250"),
    _mat("indigosol", "Indigosol biru O4B", Unit.GRAM, DYE, "100"),
    _mat("remazol", "Remazol kuning", Unit.GRAM, DYE, "500",
         purchase_unit="pak 1 kg", purchase_factor=D(1000)),
    _mat("waterglass", "Waterglass", Unit.LITER, CHEM, "5",
         notes="Pengunci warna remazol."),
    _mat("soda", "Soda abu", Unit.KG, CHEM, "2"),
    _mat("canting", "Canting tulis klowong", Unit.PIECE, TOOL, "10"),
    _mat("canting_cecek", "Canting tulis cecek", Unit.PIECE, TOOL, "5"),
    # -- products ----------------------------------------------------------------------
    _prd("tulis_manggur", "Kain batik tulis Manggur 2 m", Unit.SHEET, TULIS, 750_000,
         motif="Manggur", technique="tulis", reorder=3),
    _prd("tulis_seruni", "Kain batik tulis Seruni 2 m", Unit.SHEET, TULIS, 650_000,
         motif="Seruni", technique="tulis", reorder=3),
    _prd("tulis_gending", "Kain batik tulis Gending 2 m", Unit.SHEET, TULIS, 550_000,
         motif="Gending", technique="tulis", reorder=2),
    _prd("tulis_kawung", "Kain batik tulis Kawung Probolinggo 2 m", Unit.SHEET, TULIS,
         1_250_000, motif="Kawung Probolinggo", technique="tulis", reorder=1,
         notes="Tulis halus, isen-isen penuh; pengerjaan sekitar 2 bulan."),
    _prd("cap_manggur", "Kain batik cap Manggur 2 m", Unit.SHEET, CAP, 225_000,
         motif="Manggur", technique="cap", reorder=5),
    _prd("cap_bayuangga", "Kain batik cap Bayuangga 2 m", Unit.SHEET, CAP, 185_000,
         motif="Bayuangga", technique="cap", reorder=5),
    _prd("cap_kapal", "Kain batik cap Kapal Mayangan 2 m", Unit.SHEET, CAP, 165_000,
         motif="Kapal Mayangan", technique="cap", reorder=5),
    _prd("kombinasi_bayuangga", "Kain batik kombinasi Bayuangga 2 m", Unit.SHEET, CAP,
         375_000, motif="Bayuangga", technique="kombinasi", reorder=2),
    _prd("kemeja_manggur", "Kemeja batik cap Manggur lengan pendek", Unit.PIECE, KEMEJA,
         225_000, motif="Manggur", technique="cap"),
    *(
        _prd(f"kemeja_manggur_{s}", f"Kemeja batik cap Manggur lengan pendek {s}", Unit.PIECE,
             KEMEJA, 245_000 if s == "XL" else 225_000, motif="Manggur", technique="cap",
             parent="kemeja_manggur", size=s, colour="soga", reorder=3)
        for s in ("S", "M", "L", "XL")
    ),
    _prd("kemeja_seruni", "Kemeja batik tulis Seruni lengan panjang", Unit.PIECE, KEMEJA,
         345_000, motif="Seruni", technique="tulis"),
    *(
        _prd(f"kemeja_seruni_{s}", f"Kemeja batik tulis Seruni lengan panjang {s}", Unit.PIECE,
             KEMEJA, 345_000, motif="Seruni", technique="tulis", parent="kemeja_seruni",
             size=s, colour="krem", reorder=2)
        for s in ("M", "L", "XL")
    ),
    _prd("selendang", "Selendang sutra batik tulis Seruni", Unit.PIECE, AKSESORI, 450_000,
         motif="Seruni", technique="tulis", reorder=2),
    _prd("masker", "Masker batik cap Manggur", Unit.PIECE, AKSESORI, 15_000,
         motif="Manggur", technique="cap", reorder=20),
)  # fmt: skip

#: ``(days ago, supplier prefix or "" for opening stock, nota, [(key, qty, unit cost,
#: in purchase unit)], notes)``: the goods receipts, oldest first.
Receipt = tuple[int, str, str, list[tuple[str, str, int, bool]], str]
RECEIPTS: tuple[Receipt, ...] = (
    (150, "", "", [
        ("tulis_manggur", "6", 470_000, False),
        ("tulis_seruni", "5", 400_000, False),
        ("tulis_gending", "4", 330_000, False),
        ("tulis_kawung", "2", 820_000, False),
        ("cap_manggur", "20", 120_000, False),
        ("cap_bayuangga", "15", 100_000, False),
        ("cap_kapal", "12", 90_000, False),
        ("kombinasi_bayuangga", "6", 220_000, False),
        ("kemeja_manggur_S", "4", 125_000, False),
        ("kemeja_manggur_M", "8", 125_000, False),
        ("kemeja_manggur_L", "8", 125_000, False),
        ("kemeja_manggur_XL", "3", 135_000, False),
        ("kemeja_seruni_M", "3", 210_000, False),
        ("kemeja_seruni_L", "3", 210_000, False),
        ("kemeja_seruni_XL", "2", 210_000, False),
        ("selendang", "3", 270_000, False),
        ("masker", "60", 6_000, False),
    ], "Stok awal (saldo pembukaan) dari hitung fisik sebelum aplikasi dipakai."),
    (140, MORI, "MS/2025/0871", [
        ("primissima", "4", 430_000, True),
        ("prima", "3", 300_000, True),
    ], ""),
    (136, MALAM, "0412", [
        ("klowong", "2", 275_000, True),
        ("tembok", "1", 900_000, True),
    ], ""),
    (131, PEWARNA, "SS-3390", [
        ("naptol", "1000", 340, False),
        ("garam", "1000", 260, False),
        ("indigosol", "500", 1_150, False),
        ("remazol", "2", 450_000, True),
        ("waterglass", "10", 24_000, False),
        ("soda", "5", 14_000, False),
    ], ""),
    (124, CANTING, "", [
        ("canting", "20", 25_000, False),
        ("canting_cecek", "4", 22_000, False),
    ], "Canting untuk kelas pelatihan dan pengrajin."),
    (77, MORI, "MS/2025/1204", [
        ("primissima", "3", 455_000, True),
        ("sutra", "20", 115_000, False),
    ], "Harga mori primissima naik Rp25.000 per piece."),
    (62, MALAM, "0587", [("klowong", "1", 290_000, True)], ""),
    (18, PEWARNA, "SS-3977", [
        ("naptol", "500", 350, False),
        ("indigosol", "250", 1_200, False),
    ], ""),
    (9, KAIN_LOKAL, "", [("prima", "10", 24_000, False)], "Pembelian mendadak, eceran."),
)  # fmt: skip

#: ``(days ago, [(key, qty)])``: products from the gudang to the toko.
TRANSFERS: tuple[tuple[int, list[tuple[str, str]]], ...] = (
    (148, [("tulis_manggur", "3"), ("tulis_seruni", "2"), ("tulis_kawung", "1"),
           ("cap_manggur", "10"), ("cap_bayuangga", "8"), ("cap_kapal", "6"),
           ("kemeja_manggur_M", "4"), ("kemeja_manggur_L", "4"), ("masker", "30")]),
    (96, [("tulis_gending", "2"), ("kombinasi_bayuangga", "3"), ("selendang", "2"),
          ("kemeja_seruni_M", "2"), ("kemeja_seruni_L", "2")]),
    (41, [("cap_manggur", "5"), ("kemeja_manggur_S", "2"), ("kemeja_manggur_XL", "1")]),
    (6, [("cap_bayuangga", "4"), ("kemeja_manggur_M", "2")]),
)  # fmt: skip

#: ``(days ago, which demo artisan (index), [(key, qty)], notes)``: cloth and wax taken home.
HANDOUTS: tuple[tuple[int, int, list[tuple[str, str]], str], ...] = (
    (110, 0, [("primissima", "8"), ("klowong", "1.5")], "Untuk 4 lembar tulis Manggur."),
    (70, 0, [("primissima", "4")], "Tambahan untuk 2 lembar tulis Seruni."),
    (35, 1, [("prima", "10"), ("klowong", "2"), ("canting", "2")],
     "Latihan nglowong di rumah, 5 lembar."),
)  # fmt: skip


@dataclass
class StockDemo:
    """What the stock demo made, for the steps that extend it (production, counts)."""

    today: date
    items: dict[str, int] = field(default_factory=dict)  # key -> item id
    store_id: int = 0
    shop_id: int = 0
    artisans: list[int] = field(default_factory=list)  # person ids who hold cloth


def _at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """A time on ``day`` in the computer's local time, as UTC (opening hours)."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


def _suppliers(session: Session) -> dict[str, int]:
    found: dict[str, int] = {}
    for sid, name in session.execute(select(Supplier.id, Supplier.name)):
        for prefix in (MORI, MALAM, PEWARNA, CANTING, KAIN_LOKAL):
            if name.startswith(prefix):
                found[prefix] = sid
    return found


def _make_items(session: Session, actor: Actor, out: StockDemo) -> None:
    motif_ids = {name: mid for name, mid in session.execute(select(Motif.name, Motif.id))}
    for d in ITEMS:
        row = items.create_item_in_session(
            session,
            actor,
            ItemInput(
                kind=d.kind,
                name=d.name,
                unit=d.unit.value,
                category=d.category,
                purchase_unit=d.purchase_unit,
                purchase_factor=d.purchase_factor,
                motif_id=motif_ids.get(d.motif) if d.motif else None,
                technique=d.technique,
                parent_id=out.items[d.parent] if d.parent else None,
                size=d.size,
                colour=d.colour,
                sale_price=d.price,
                reorder_level=d.reorder,
                notes=d.notes,
            ),
        )
        out.items[d.key] = row.id


def fill_stock_demo(
    session: Session,
    actor: Actor,
    *,
    today: date | None = None,
    with_production: bool = True,
    with_sales: bool = True,
) -> StockDemo:
    """Write the demo's items and stock history in the caller's transaction; see the module
    docstring. Extend it (batches, a count) by using the returned :class:`StockDemo`."""
    out = StockDemo(today=today or date.today())
    out.store_id = stock.store_location(session).id
    out.shop_id = stock.shop_location(session).id
    _make_items(session, actor, out)
    suppliers = _suppliers(session)
    out.artisans = list(
        session.scalars(
            select(Person.id)
            .where(Person.is_artisan.is_(True), Person.active.is_(True))
            .order_by(Person.id)
            .limit(2)
        )
    )

    # Every event of the history with its date, written oldest first; the hour keeps the
    # events of one day in a believable order.
    events: list[tuple[int, int, object]] = []
    events += [(ago, 9, ("receipt", r)) for ago, *r in RECEIPTS]  # type: ignore[misc]
    events += [(ago, 11, ("transfer", lines)) for ago, lines in TRANSFERS]
    events += [(ago, 14, ("handout", h)) for ago, *h in HANDOUTS]  # type: ignore[misc]
    if with_production:
        from rumahbatik.services.production_demo import production_events

        events += [
            (ago, hour, ("call", do)) for ago, hour, do in production_events(session, actor, out)
        ]
    if with_sales:
        # Sales are woven into the same history, so every move is written in time order
        # (running balances, valuation at a date and the stock count stay true).
        from rumahbatik.services.sales_demo import sales_events

        events += [
            (ago, hour, ("call", do)) for ago, hour, do in sales_events(session, actor, out)[0]
        ]
    events.sort(key=lambda e: (-e[0], e[1]))
    for ago, hour, (what, payload) in events:  # type: ignore[misc]
        day = out.today - timedelta(days=ago)
        when = _at(day, hour)
        if what == "call":
            payload(day, when)  # type: ignore[operator]
        elif what == "receipt":
            supplier, nota, lines, notes = payload
            stock.receive_in_session(
                session,
                actor,
                ReceiptInput(
                    location_id=out.store_id,
                    doc_date=day,
                    lines=[
                        ReceiptLine(out.items[k], D(q), D(c), in_purchase_unit=p)
                        for k, q, c, p in lines
                    ],
                    supplier_id=suppliers.get(supplier) if supplier else None,
                    reference=nota,
                    notes=notes,
                ),
                moved_at=when,
            )
        elif what == "transfer":
            stock.transfer_in_session(
                session,
                actor,
                TransferInput(
                    out.store_id,
                    out.shop_id,
                    day,
                    [TransferLine(out.items[k], D(q)) for k, q in payload],
                    "Isi etalase toko.",
                ),
                moved_at=when,
            )
        elif out.artisans:  # a handout; the demo without artisans (a test) skips them
            who, lines, notes = payload
            person_id = out.artisans[who % len(out.artisans)]
            dst = stock.artisan_location(session, person_id)
            stock.transfer_in_session(
                session,
                actor,
                TransferInput(
                    out.store_id,
                    dst.id,
                    day,
                    [TransferLine(out.items[k], D(q)) for k, q in lines],
                    notes,
                ),
                kind=DocumentKind.HANDOUT,
                person_id=person_id,
                moved_at=when,
            )
    log.info("demo stock: %d items, %d documents", len(out.items), len(events))
    return out


def demo_stock(session: Session, actor: Actor) -> None:
    """Demo step: items, receipts, transfers and hand-outs (after people, suppliers and
    motifs, which it refers to)."""
    fill_stock_demo(session, actor)
