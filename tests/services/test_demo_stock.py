"""The demo's stock: items, receipts in date order, transfers and cloth with artisans."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from rumahbatik.domain.stock import DocumentKind, ItemKind, LocationKind
from rumahbatik.models import Item, Location, StockDocument, StockMove
from rumahbatik.services import demo, exports, items, stock, stock_demo, users
from rumahbatik.services.context import system_actor
from rumahbatik.services.stock_ledger import check_balances


def test_stock_comes_after_the_motifs_it_uses():
    names = [step.__name__ for step in demo.DEMO_STEPS]
    assert names.index("_motifs") < names.index("_stock")
    assert names.index("_people") < names.index("_stock")


def test_demo_stock(demo_filled):
    db = demo_filled
    actor = users.login(db, *demo.DEMO_ADMIN)
    with db.read() as s:
        # the cached balances agree with the ledger
        assert check_balances(s) == []
        every = list(s.scalars(select(Item).where(Item.consignor_id.is_(None))))
        by_name = {i.name: i for i in every}
        assert len(every) == len(stock_demo.ITEMS)  # plus the artisans' consigned pieces
        kinds = {i.kind for i in every}
        assert kinds == {ItemKind.MATERIAL.value, ItemKind.PRODUCT.value}
        # moves are written in time order: ids and timestamps agree
        stamps = list(s.scalars(select(StockMove.moved_at).order_by(StockMove.id)))
        assert stamps == sorted(stamps)
        assert stamps[0].date() <= date.today() - timedelta(days=140)
        assert stamps[-1].date() <= date.today()
        # receipts name the demo's suppliers (all but the opening stock)
        receipts = list(
            s.scalars(
                select(StockDocument)
                .join(StockMove, StockMove.document_id == StockDocument.id)
                .where(StockDocument.kind == DocumentKind.RECEIPT, StockMove.location_id == 1)
                .distinct()
            )
        )
        assert len(receipts) == len(stock_demo.RECEIPTS)  # into the gudang; the toko restocks
        assert sum(r.supplier_id is None for r in receipts) == 1
        # the average cost of mori primissima moved with the dearer second delivery
        mori = by_name["Kain mori primissima"]
        first, second = Decimal(430_000) / stock_demo.PIECE_M, Decimal(455_000) / stock_demo.PIECE_M
        assert first < Decimal(mori.avg_cost) < second
        assert mori.purchase_unit and mori.purchase_factor == stock_demo.PIECE_M
        # products are linked to demo motifs; the kemeja come in sizes
        assert by_name["Kain batik tulis Manggur 2 m"].motif_id is not None
        parent = by_name["Kemeja batik cap Manggur lengan pendek"]
        sizes = sorted(i.size for i in every if i.parent_id == parent.id)
        assert sizes == ["L", "M", "S", "XL"]
        artisan_people = list(
            s.scalars(select(Location.person_id).where(Location.kind == LocationKind.ARTISAN.value))
        )
        n_moves = s.scalar(select(func.count(StockMove.id)))
    assert n_moves > 80

    # a few items are low
    low = [i for i in items.search_items(db, actor, "", limit=100) if i.low]
    assert 2 <= len(low) <= 12, [i.name for i in low]

    # two artisans hold cloth at home
    assert len(artisan_people) == 2
    for person_id in artisan_people:
        held = stock.stock_at_location(db, actor, person_id, by_person=True)
        assert held and all(q > 0 for *_, q in held)
    # the shop has products, the store materials and products
    shop = stock.stock_at_location(db, actor, stock.get_location(db, actor, 2).id)
    assert any("Kain batik tulis" in name for _, _, name, _, _ in shop)

    # valued today and before the first delivery
    now = stock.valuation_at(db, actor, date.today())
    assert now.total_value > Decimal(10_000_000)
    assert set(now.by_location) >= {"Gudang", "Toko / Galeri"}
    before = stock.valuation_at(db, actor, date.today() - timedelta(days=200))
    assert before.rows == [] and before.total_value == 0
    # the stock export of today (from the balances) is the ledger's answer for today
    table = exports.build_export(db, actor, "stock")
    assert table.rows == exports.build_export(db, actor, "stock", at=date.today()).rows
    assert sum(r[-1] for r in table.rows) == now.total_value


def test_stock_demo_without_artisans(db):
    """The step alone on a database without people: no hand-outs, and nothing breaks."""
    with db.transaction() as s:
        made = stock_demo.fill_stock_demo(
            s, system_actor(), today=date(2026, 3, 1), with_sales=False
        )
        assert made.artisans == []
        assert len(made.items) == len(stock_demo.ITEMS)
        assert check_balances(s) == []
        docs = set(s.scalars(select(StockDocument.kind)))
    assert DocumentKind.HANDOUT.value not in docs
    assert docs == {DocumentKind.RECEIPT.value, DocumentKind.TRANSFER.value}


def test_demo_force_brings_back_the_seeded_locations(db):
    """``demo --force`` empties every table, the migration's gudang and toko too."""
    demo.fill_demo(db, system_actor())
    demo.fill_demo(db, system_actor(), force=True)
    with db.read() as s:
        codes = set(s.scalars(select(Location.code).where(Location.person_id.is_(None))))
        assert codes == {"GUDANG", "TOKO"}
        assert check_balances(s) == []
        own = select(func.count(Item.id)).where(Item.consignor_id.is_(None))
        assert s.scalar(own) == len(stock_demo.ITEMS)
