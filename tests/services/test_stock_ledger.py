"""The stock ledger: sums, no negative stock, moving-average cost, valuation at a past date,
transfers and hand-outs, on SQLite and PostgreSQL; concurrent issues on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from rumahbatik.domain.roles import Role
from rumahbatik.domain.stock import DocumentKind, ItemKind, MoveKind, moving_average
from rumahbatik.models import AuditEntry, StockBalance, StockMove
from rumahbatik.services import items, settings, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, PersonInput, create_artisan
from rumahbatik.services.stock_ledger import MoveRequest, check_balances, post_moves
from rumahbatik.services.stock_types import (
    ItemInput,
    ReceiptInput,
    ReceiptLine,
    TransferInput,
    TransferLine,
)

GUDANG, TOKO = 1, 2
DAY = date(2026, 11, 2)


def mori(db: Database, actor: Actor, **kw: object) -> int:
    inp = ItemInput(
        kind=ItemKind.MATERIAL,
        name=str(kw.pop("name", "Kain mori primissima")),
        unit=str(kw.pop("unit", "m")),
        purchase_unit="gulung",
        purchase_factor=D(50),
        **kw,  # type: ignore[arg-type]
    )
    return items.create_item(db, actor, inp).id


def receive(db: Database, actor: Actor, item_id: int, qty: str, cost: str, loc: int = GUDANG):
    return stock.receive_stock(
        db, actor, ReceiptInput(loc, DAY, [ReceiptLine(item_id, D(qty), D(cost))])
    )


def balance(db: Database, item_id: int, loc: int) -> D:
    with db.read() as s:
        q = s.scalar(
            select(StockBalance.quantity).where(
                StockBalance.item_id == item_id, StockBalance.location_id == loc
            )
        )
        return D(q or 0)


def test_receipts_move_the_average_cost_and_the_ledger_sums(db: Database, staff: Actor) -> None:
    item = mori(db, staff)
    doc = receive(db, staff, item, "100", "20000")
    assert doc.number == "PB/2026/0001"
    receive(db, staff, item, "50", "26000")
    data = items.get_item(db, staff, item)
    assert data.on_hand == D("150.000")
    # (100 × 20.000 + 50 × 26.000) / 150 = 22.000
    assert data.avg_cost == D("22000.0000")
    assert data.value == D("3300000.00")
    with db.read() as s:
        total = s.scalar(select(func.sum(StockMove.quantity)).where(StockMove.item_id == item))
        assert D(total) == D("150.000")
        assert check_balances(s) == []
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "receive")) == 2  # fmt: skip


def test_purchase_unit_is_converted_to_the_stock_unit(db: Database, staff: Actor) -> None:
    item = mori(db, staff)
    doc = stock.receive_stock(
        db, staff,
        ReceiptInput(GUDANG, DAY, [ReceiptLine(item, D(2), D(1_250_000), in_purchase_unit=True)]),
    )  # fmt: skip
    move = doc.moves[0]
    assert move.quantity == D("100.000")  # 2 gulung × 50 m
    assert move.unit_cost == D("25000.0000")
    assert move.value == D("2500000.00")


def test_stock_cannot_go_below_zero_and_nothing_is_written(db: Database, staff: Actor) -> None:
    item = mori(db, staff)
    receive(db, staff, item, "10", "20000")
    with pytest.raises(ValidationError) as exc:
        stock.transfer_stock(
            db, staff, TransferInput(GUDANG, TOKO, DAY, [TransferLine(item, D("10.5"))])
        )
    assert exc.value.code == "stock_insufficient"
    assert exc.value.params["item"] == "Kain mori primissima"
    assert exc.value.params["available"] == "10"
    assert "Gudang" in exc.value.english() and "10,5" in exc.value.english()
    assert balance(db, item, GUDANG) == D(10)
    assert balance(db, item, TOKO) == D(0)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMove)) == 1
        assert check_balances(s) == []


def test_a_failing_line_rolls_back_the_whole_document(db: Database, staff: Actor) -> None:
    a = mori(db, staff, name="Malam tembok", unit="kg")
    b = mori(db, staff, name="Malam klowong", unit="kg")
    receive(db, staff, a, "5", "40000")
    receive(db, staff, b, "1", "50000")
    lines = [TransferLine(a, D(2)), TransferLine(b, D(3))]
    with pytest.raises(ValidationError):
        stock.transfer_stock(db, staff, TransferInput(GUDANG, TOKO, DAY, lines))
    assert balance(db, a, GUDANG) == D(5)
    assert balance(db, a, TOKO) == D(0)


def test_negative_stock_allowed_by_the_setting(db: Database, manager: Actor) -> None:
    settings.update_settings(db, manager, {"allow_negative_stock": True})
    item = mori(db, manager)
    stock.transfer_stock(db, manager, TransferInput(GUDANG, TOKO, DAY, [TransferLine(item, D(3))]))
    assert balance(db, item, GUDANG) == D(-3)
    assert items.get_item(db, manager, item).on_hand == D(0)
    # A receipt after going negative restarts the average at the receipt's cost.
    receive(db, manager, item, "10", "30000")
    assert items.get_item(db, manager, item).avg_cost == D("30000.0000")


def test_transfers_keep_total_and_average(db: Database, staff: Actor) -> None:
    item = mori(db, staff)
    receive(db, staff, item, "40", "25000")
    doc = stock.transfer_stock(
        db, staff, TransferInput(GUDANG, TOKO, DAY, [TransferLine(item, D(15))])
    )
    assert doc.number.startswith("MT/2026/")
    assert [m.kind for m in doc.moves] == [MoveKind.TRANSFER_OUT, MoveKind.TRANSFER_IN]
    assert balance(db, item, GUDANG) == D(25)
    assert balance(db, item, TOKO) == D(15)
    data = items.get_item(db, staff, item)
    assert (data.on_hand, data.avg_cost) == (D(40), D(25000))
    history = stock.item_history(db, staff, item)
    assert [h.balance_after for h in history] == [D(40), D(25), D(40)]  # newest first
    at_toko = stock.item_history(db, staff, item, location_id=TOKO)
    assert [h.balance_after for h in at_toko] == [D(15)]


def test_same_location_and_whole_units_are_refused(db: Database, staff: Actor) -> None:
    canting = items.create_item(
        db, staff, ItemInput(kind=ItemKind.MATERIAL, name="Canting klowong", unit="pcs")
    ).id
    with pytest.raises(ValidationError) as exc:
        receive(db, staff, canting, "1.5", "15000")
    assert exc.value.code == "quantity_not_whole"
    receive(db, staff, canting, "4", "15000")
    with pytest.raises(ValidationError) as exc:
        stock.transfer_stock(
            db, staff, TransferInput(GUDANG, GUDANG, DAY, [TransferLine(canting, D(1))])
        )
    assert exc.value.code == "same_location"


def test_hand_out_to_an_artisan_and_back(db: Database, staff: Actor) -> None:
    person = create_artisan(db, staff, PersonInput(full_name="Bu Sulastri"), ArtisanInput()).id
    item = mori(db, staff)
    receive(db, staff, item, "20", "25000")
    out = stock.hand_out_to_artisan(db, staff, person, GUDANG, DAY, [TransferLine(item, D(6))])
    assert out.number.startswith("SP/2026/") and out.person_name == "Bu Sulastri"
    held = stock.stock_at_location(db, staff, person, by_person=True)
    assert [(h[0], h[4]) for h in held] == [(item, D(6))]
    back = stock.take_back_from_artisan(db, staff, person, GUDANG, DAY, [TransferLine(item, D(2))])
    assert back.number.startswith("TP/2026/")
    held = stock.stock_at_location(db, staff, person, by_person=True)
    assert held[0][4] == D(4)
    locs = stock.list_locations(db, staff)
    assert [loc.code for loc in locs] == ["GUDANG", "TOKO", f"ART-{person:05d}"]


def test_valuation_at_a_past_date(db: Database, staff: Actor, manager: Actor) -> None:
    item = mori(db, staff)
    malam = mori(db, staff, name="Malam", unit="kg")

    def at(day: int) -> datetime:
        return datetime(2026, 3, day, 5, 0, tzinfo=UTC)  # noon in Jakarta

    with db.transaction() as s:
        stock.receive_in_session(
            s, staff, ReceiptInput(GUDANG, date(2026, 3, 1), [ReceiptLine(item, D(100), D(20000))]),
            moved_at=at(1),
        )  # fmt: skip
        stock.receive_in_session(
            s, staff, ReceiptInput(GUDANG, date(2026, 3, 1), [ReceiptLine(malam, D(10), D(50000))]),
            moved_at=at(1),
        )  # fmt: skip
        stock.transfer_in_session(
            s, staff, TransferInput(GUDANG, TOKO, date(2026, 3, 5), [TransferLine(item, D(30))]),
            moved_at=at(5),
        )  # fmt: skip
        stock.receive_in_session(
            s, staff, ReceiptInput(GUDANG, date(2026, 3, 10), [ReceiptLine(item, D(100), D(30000))]),
            moved_at=at(10),
        )  # fmt: skip
    before = stock.valuation_at(db, manager, date(2026, 2, 28))
    assert before.rows == [] and before.total_value == 0
    mid = stock.valuation_at(db, manager, date(2026, 3, 6))
    got = {(r.sku, r.location_name): (r.quantity, r.value) for r in mid.rows}
    sku = items.get_item(db, staff, item).sku
    assert got[(sku, "Gudang")] == (D(70), D(1_400_000))
    assert got[(sku, "Toko / Galeri")] == (D(30), D(600_000))
    assert mid.total_value == D(1_400_000 + 600_000 + 500_000)
    assert mid.by_location == {"Gudang": D(1_900_000), "Toko / Galeri": D(600_000)}
    now = stock.valuation_at(db, manager, date(2026, 3, 31), by_location=False)
    row = next(r for r in now.rows if r.item_id == item)
    # avg after the second receipt: (100 × 20.000 + 100 × 30.000) / 200 = 25.000
    assert (row.quantity, row.unit_cost, row.value) == (D(200), D(25000), D(5_000_000))
    only_products = stock.valuation_at(db, manager, date(2026, 3, 31), kind=ItemKind.PRODUCT)
    assert only_products.rows == []


def test_moving_average_rule() -> None:
    assert moving_average(D(0), D(0), D(10), D(5000)) == D(5000)
    assert moving_average(D(10), D(5000), D(10), D(7000)) == D(6000)
    assert moving_average(D(-4), D(5000), D(10), D(7000)) == D(7000)
    assert moving_average(D(3), D(1000), D(0), D(9999)) == D(1000)


def test_post_moves_valuation_uses_average_for_out_moves(db: Database, staff: Actor) -> None:
    item = mori(db, staff)
    receive(db, staff, item, "10", "10000")
    receive(db, staff, item, "10", "20000")
    with db.transaction() as s:
        doc = stock.new_document(s, staff, DocumentKind.PRODUCTION_ISSUE, DAY)
        (move,) = post_moves(s, staff, [MoveRequest(item, GUDANG, D(-4), MoveKind.ISSUE)],
                             document=doc)  # fmt: skip
        assert (move.unit_cost, move.value) == (D(15000), D(-60000))
        assert doc.number == "PM/2026/0001"


def test_items_sku_barcode_and_delete(db: Database, staff: Actor, manager: Actor) -> None:
    first = mori(db, staff)
    assert items.get_item(db, staff, first).sku == "BHN-00001"
    product = items.create_item(
        db, staff,
        ItemInput(kind=ItemKind.PRODUCT, name="Kain batik tulis Manggur 2 m", unit="pcs",
                  sale_price=D(750000), barcode="8991234567890"),
    )  # fmt: skip
    assert product.sku == "PRD-00001"
    with pytest.raises(Conflict) as exc:
        items.create_item(
            db, staff, ItemInput(kind=ItemKind.PRODUCT, name="Other", unit="pcs", sku="prd-00001")
        )
    assert exc.value.code == "sku_taken"
    assert items.find_by_code(db, staff, "8991234567890").id == product.id
    assert items.find_by_code(db, staff, " prd-00001 ").id == product.id
    assert items.find_by_code(db, staff, "nothing") is None
    with pytest.raises(NotFound) as nf:
        items.get_items_by_sku(db, staff, ["PRD-00001", "XX-1"])
    assert nf.value.code == "barcode_unknown"
    receive(db, staff, first, "1", "1000")
    with pytest.raises(Conflict) as exc:
        items.delete_item(db, manager, first)
    assert exc.value.code == "item_has_moves"
    items.delete_item(db, manager, product.id)
    assert [i.name for i in items.search_items(db, staff, "mori")] == ["Kain mori primissima"]


def test_instructors_cannot_touch_stock(db: Database, staff: Actor, instructor: Actor) -> None:
    item = mori(db, staff)
    with pytest.raises(PermissionDenied):
        receive(db, instructor, item, "1", "1")
    with pytest.raises(PermissionDenied):
        stock.valuation_at(db, instructor, DAY)
    with pytest.raises(PermissionDenied):
        items.get_item(db, instructor, item)


@pytest.mark.postgresql
def test_concurrent_issues_of_the_last_units_never_go_negative(pg_db: Database) -> None:
    admin = Actor(None, "cli:test", Role.ADMIN)
    item = mori(pg_db, admin, name="Kain sutra", unit="m")
    receive(pg_db, admin, item, "5", "90000")
    workers = 8
    start = threading.Barrier(workers)
    outcomes: list[str] = []
    lock = threading.Lock()

    def take_one() -> None:
        start.wait()
        try:
            with pg_db.transaction() as s:
                post_moves(s, admin, [MoveRequest(item, GUDANG, D(-1), MoveKind.ISSUE)])
            result = "ok"
        except ValidationError as exc:
            result = exc.code
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=take_one) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["ok"] * 5 + ["stock_insufficient"] * 3
    assert balance(pg_db, item, GUDANG) == D(0)
    with pg_db.read() as s:
        balances = [
            D(m.item_balance_after)
            for m in s.scalars(select(StockMove).where(StockMove.item_id == item))
        ]
        assert min(balances) == D(0)
        assert check_balances(s) == []
