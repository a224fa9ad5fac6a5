"""The stock page's list: filters, low stock, per-location columns, sorting and paging in SQL,
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.domain.stock import ItemKind, LocationKind
from rumahbatik.models import Location, StockMove
from rumahbatik.services import items, motifs, stock, stock_list
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, PersonInput, create_artisan
from rumahbatik.services.stock_list import StockQuery
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine, TransferLine

GUDANG, TOKO = 1, 2
DAY = date(2026, 11, 2)


def new_item(db: Database, actor: Actor, name: str, **kw: object) -> int:
    kind = kw.pop("kind", ItemKind.MATERIAL)
    unit = kw.pop("unit", "m" if kind == ItemKind.MATERIAL else "pcs")
    return items.create_item(
        db,
        actor,
        ItemInput(kind=kind, name=name, unit=unit, **kw),  # type: ignore[arg-type]
    ).id


def receive(db: Database, actor: Actor, item_id: int, qty: str, cost: str, loc: int = GUDANG):
    return stock.receive_stock(
        db, actor, ReceiptInput(loc, DAY, [ReceiptLine(item_id, D(qty), D(cost))])
    )


@pytest.fixture
def stocked(db: Database, staff: Actor, admin: Actor) -> dict[str, int]:
    """A few materials and products in the gudang, the toko and with an artisan."""
    motif = motifs.create_motif(db, admin, motifs.MotifInput(name="Manggur"))
    ids = {
        "mori": new_item(db, staff, "Kain mori primissima", category="Kain", reorder_level=D(20)),
        "malam": new_item(db, staff, "Malam tembok", unit="kg", category="Malam"),
        "naptol": new_item(db, staff, "Naptol AS", unit="g", category="Pewarna", barcode="899001"),
        "kemeja": new_item(
            db, staff, "Kemeja batik tulis", kind=ItemKind.PRODUCT, category="Busana",
            motif_id=motif.id, sale_price=D(350000), reorder_level=D(2),
        ),
        "selendang": new_item(
            db, staff, "Selendang sutra", kind=ItemKind.PRODUCT, category="Busana",
            sale_price=D(500000),
        ),
        "old": new_item(db, staff, "Canting lama", unit="pcs", category="Alat", active=False),
    }  # fmt: skip
    receive(db, staff, ids["mori"], "100", "20000")
    receive(db, staff, ids["malam"], "5", "45000")
    receive(db, staff, ids["kemeja"], "3", "150000")
    receive(db, staff, ids["selendang"], "10", "200000")
    stock.transfer_stock(
        db,
        staff,
        stock.TransferInput(GUDANG, TOKO, DAY, [TransferLine(ids["selendang"], D(4))]),
    )
    artisan = create_artisan(db, staff, PersonInput(full_name="Bu Sri Wahyuni"), ArtisanInput())
    stock.hand_out_to_artisan(
        db, staff, artisan.id, GUDANG, DAY, [TransferLine(ids["mori"], D(85))]
    )
    ids["artisan"] = artisan.id
    return ids


def names(rows: list[stock_list.StockListRow]) -> list[str]:
    return [r.name for r in rows]


def test_default_list_is_active_items_by_name(db: Database, staff: Actor, stocked) -> None:
    rows = stock_list.list_stock(db, staff)
    assert names(rows) == [
        "Kain mori primissima", "Kemeja batik tulis", "Malam tembok", "Naptol AS",
        "Selendang sutra",
    ]  # fmt: skip
    assert [r.position for r in rows] == [0, 1, 2, 3, 4]
    with_old = stock_list.list_stock(db, staff, StockQuery(include_inactive=True))
    assert "Canting lama" in names(with_old)
    assert not next(r for r in with_old if r.name == "Canting lama").active


def test_per_location_columns_equal_the_ledger_sums(db: Database, staff: Actor, stocked) -> None:
    rows = {r.item_id: r for r in stock_list.iter_stock(db, staff, page=2)}
    with db.read() as s:
        kinds = dict(s.execute(select(Location.id, Location.kind)).all())
        sums: dict[tuple[int, str], D] = {}
        for item_id, loc_id, qty in s.execute(
            select(StockMove.item_id, StockMove.location_id, func.sum(StockMove.quantity)).group_by(
                StockMove.item_id, StockMove.location_id
            )
        ):
            where = "artisan" if kinds[loc_id] == LocationKind.ARTISAN else str(loc_id)
            sums[(item_id, where)] = sums.get((item_id, where), D(0)) + D(qty)
    for item_id, row in rows.items():
        assert row.store_qty == sums.get((item_id, str(GUDANG)), D(0))
        assert row.shop_qty == sums.get((item_id, str(TOKO)), D(0))
        assert row.artisan_qty == sums.get((item_id, "artisan"), D(0))
        assert row.on_hand == row.store_qty + row.shop_qty + row.artisan_qty
    mori = rows[stocked["mori"]]
    assert (mori.store_qty, mori.shop_qty, mori.artisan_qty) == (D(15), D(0), D(85))
    assert mori.value == D("2000000.00")
    sel = rows[stocked["selendang"]]
    assert (sel.store_qty, sel.shop_qty, sel.on_hand) == (D(6), D(4), D(10))
    assert sel.sale_price == D(500000)


def test_filters_kind_category_location_and_low(db: Database, staff: Actor, stocked) -> None:
    q = StockQuery(kind=ItemKind.PRODUCT)
    assert names(stock_list.list_stock(db, staff, q)) == ["Kemeja batik tulis", "Selendang sutra"]
    assert names(stock_list.list_stock(db, staff, StockQuery(category="Malam"))) == ["Malam tembok"]
    assert names(stock_list.list_stock(db, staff, StockQuery(location_id=TOKO))) == [
        "Selendang sutra"
    ]
    with db.read() as s:
        art = s.scalar(select(Location.id).where(Location.person_id == stocked["artisan"]))
    assert names(stock_list.list_stock(db, staff, StockQuery(location_id=art))) == [
        "Kain mori primissima"
    ]
    # mori: 100 on hand, reorder 20 → not low; kemeja: 3 on hand, reorder 2 → not low.
    assert stock_list.list_stock(db, staff, StockQuery(low_only=True)) == []
    receive(db, staff, stocked["kemeja"], "1", "150000")  # 4 > 2: still not low
    stock.transfer_stock(
        db, staff,
        stock.TransferInput(GUDANG, TOKO, DAY, [TransferLine(stocked["mori"], D(15))]),
    )  # fmt: skip
    items.update_item(
        db, staff, stocked["mori"],
        ItemInput(kind=ItemKind.MATERIAL, name="Kain mori primissima", unit="m",
                  reorder_level=D(100), category="Kain"),
    )  # fmt: skip
    low = stock_list.list_stock(db, staff, StockQuery(low_only=True))
    assert names(low) == ["Kain mori primissima"]
    assert low[0].low
    counts = stock_list.count_stock(db, staff)
    assert (counts.items, counts.low) == (5, 1)
    assert stock_list.count_stock(db, staff, StockQuery(kind=ItemKind.PRODUCT)).items == 2


def test_search_by_sku_name_motif_and_barcode(db: Database, staff: Actor, stocked) -> None:
    def find(text: str) -> list[str]:
        return names(stock_list.list_stock(db, staff, StockQuery(text=text)))

    assert find("kain mori") == ["Kain mori primissima"]
    assert find("MORI") == ["Kain mori primissima"]
    sku = items.get_item(db, staff, stocked["malam"]).sku
    assert find(sku.lower()) == ["Malam tembok"]
    assert find("manggur") == ["Kemeja batik tulis"]  # by motif name
    assert find("899001") == ["Naptol AS"]  # barcode, exact
    assert find("89900") == []  # a barcode is never matched in part
    assert find("50%") == []  # LIKE wildcards are escaped
    assert find("sutra selendang") == ["Selendang sutra"]  # every word, any order


@pytest.mark.parametrize(
    "sort", ["name", "sku", "category", "on_hand", "store", "shop", "artisans", "value", "kind"]
)
def test_sorting_and_paging_have_no_duplicates_or_gaps(
    db: Database, staff: Actor, stocked, sort: str
) -> None:
    for descending in (False, True):
        q = StockQuery(sort=sort, descending=descending, include_inactive=True)  # type: ignore[arg-type]
        whole = stock_list.list_stock(db, staff, q, limit=100)
        assert len(whole) == 6
        paged = stock_list.iter_stock(db, staff, q, page=2)
        assert [r.item_id for r in paged] == [r.item_id for r in whole]
        assert [r.position for r in paged] == list(range(6))
        field = {
            "name": lambda r: r.name.lower(), "sku": lambda r: r.sku,
            "category": lambda r: r.category, "on_hand": lambda r: r.on_hand,
            "store": lambda r: r.store_qty, "shop": lambda r: r.shop_qty,
            "artisans": lambda r: r.artisan_qty, "value": lambda r: r.on_hand * r.avg_cost,
            "kind": lambda r: r.kind.value,
        }[sort]  # fmt: skip
        keys = [field(r) for r in whole]
        assert keys == sorted(keys, reverse=descending)


def test_paging_many_items_with_ties(db: Database, staff: Actor) -> None:
    # Same name and same on hand for many items: the id breaks the tie, nothing is lost.
    for _ in range(25):
        new_item(db, staff, "Canting klowong", unit="pcs", category="Alat")
    for sort in ("name", "on_hand", "category"):
        rows = stock_list.iter_stock(db, staff, StockQuery(sort=sort), page=7)  # type: ignore[arg-type]
        assert len({r.item_id for r in rows}) == 25 == len(rows)


def test_item_holders_name_each_location(db: Database, staff: Actor, stocked) -> None:
    holders = stock_list.item_holders(db, staff, stocked["mori"])
    assert [(h.location_name, h.kind, h.quantity) for h in holders] == [
        ("Gudang", LocationKind.STORE, D(15)),
        ("Bu Sri Wahyuni", LocationKind.ARTISAN, D(85)),
    ]


def test_instructors_may_not_read_stock(db: Database, instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        stock_list.list_stock(db, instructor)
    with pytest.raises(PermissionDenied):
        stock_list.count_stock(db, instructor)
