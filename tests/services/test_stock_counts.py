"""Stock counts (stok opname) on SQLite and PostgreSQL: snapshot, counting, posting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from rumahbatik.domain.errors import Conflict, PermissionDenied, ValidationError
from rumahbatik.domain.stock import CountStatus, ItemKind, MoveKind
from rumahbatik.models import AuditEntry, StockDocument, StockMove
from rumahbatik.services import items, stock, stock_counts
from rumahbatik.services.stock_ledger import check_balances
from rumahbatik.services.stock_types import (
    ItemInput,
    ReceiptInput,
    ReceiptLine,
    TransferInput,
    TransferLine,
)

DAY = date(2026, 11, 20)


@pytest.fixture
def setup(db, admin):
    """Gudang holds 50 m of mori at 25.000, 10 canting at 15.000, 4 kg of malam at 40.000;
    the toko holds 3 kemeja."""
    locs = {loc.code: loc.id for loc in stock.list_locations(db, admin)}
    mk = lambda **kw: items.create_item(db, admin, ItemInput(**kw))  # noqa: E731
    mori = mk(kind=ItemKind.MATERIAL, name="Kain mori primissima", unit="m", category="Kain")
    canting = mk(kind=ItemKind.MATERIAL, name="Canting tulis", unit="pcs", category="Alat")
    malam = mk(kind=ItemKind.MATERIAL, name="Malam tembok", unit="kg", category="Malam")
    kemeja = mk(kind=ItemKind.PRODUCT, name="Kemeja batik Manggur", unit="pcs")
    never = mk(kind=ItemKind.MATERIAL, name="Naptol AS", unit="g")  # never received
    stock.receive_stock(
        db,
        admin,
        ReceiptInput(
            locs["GUDANG"],
            DAY,
            [
                ReceiptLine(mori.id, D(50), D(25000)),
                ReceiptLine(canting.id, D(10), D(15000)),
                ReceiptLine(malam.id, D(4), D(40000)),
                ReceiptLine(kemeja.id, D(3), D(150000)),
            ],
        ),
    )
    stock.transfer_stock(
        db, admin, TransferInput(locs["GUDANG"], locs["TOKO"], DAY, [TransferLine(kemeja.id, D(3))])
    )
    return type(
        "S",
        (),
        dict(
            db=db,
            gudang=locs["GUDANG"],
            toko=locs["TOKO"],
            mori=mori,
            canting=canting,
            malam=malam,
            kemeja=kemeja,
            never=never,
        ),
    )


def balance(s, item_id, loc=None):
    rows = stock.stock_at_location(s.db, _admin(s), loc or s.gudang)
    return {r[0]: r[4] for r in rows}.get(item_id, D(0))


def _admin(s):
    from rumahbatik.domain.roles import Role
    from rumahbatik.services.context import Actor

    return Actor(None, "test", Role.ADMIN)


def test_start_snapshots_the_book_quantity(setup, staff):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY, notes=" akhir tahun ")
    assert count.number == "SO/2026/0001" and count.status == CountStatus.DRAFT
    assert count.location.code == "GUDANG" and count.notes == "akhir tahun"
    assert count.created_by == "Dewi Lestari"
    by_name = {line.name: line for line in count.lines}
    # the kemeja went to the toko: its gudang balance row is 0 and it is active, so listed
    assert set(by_name) == {
        "Canting tulis",
        "Kain mori primissima",
        "Kemeja batik Manggur",
        "Malam tembok",
    }
    assert [line.name for line in count.lines] == sorted(by_name)  # by name
    assert by_name["Kain mori primissima"].expected == D(50)
    assert by_name["Kain mori primissima"].book_now == D(50)
    assert by_name["Kemeja batik Manggur"].expected == D(0)
    assert all(line.counted is None and line.difference is None for line in count.lines)
    # filters and an explicit list
    stock_counts.cancel_count(s.db, staff, count.id)
    only = stock_counts.start_count(s.db, staff, s.gudang, DAY, category="kain")
    assert [line.name for line in only.lines] == ["Kain mori primissima"]
    assert only.number == "SO/2026/0002"
    stock_counts.cancel_count(s.db, staff, only.id)
    chosen = stock_counts.start_count(s.db, staff, s.gudang, DAY, item_ids=[s.never.id, s.malam.id])
    assert [(line.name, line.expected) for line in chosen.lines] == [
        ("Malam tembok", D(4)),
        ("Naptol AS", D(0)),
    ]
    stock_counts.cancel_count(s.db, staff, chosen.id)
    products = stock_counts.start_count(s.db, staff, s.toko, DAY, kind=ItemKind.PRODUCT)
    assert [(line.name, line.expected) for line in products.lines] == [
        ("Kemeja batik Manggur", D(3))
    ]


def test_counted_quantities_are_set_and_overwritten(setup, staff):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY)
    changed = stock_counts.set_counted(
        s.db, staff, count.id, {s.mori.id: D("48.5"), s.canting.id: D(10)}, {s.mori.id: "sobek"}
    )
    assert changed == 2
    assert stock_counts.set_counted(s.db, staff, count.id, {s.canting.id: D(10)}) == 0
    stock_counts.set_counted(s.db, staff, count.id, {s.mori.id: D(49), s.canting.id: None})
    lines = {line.item_id: line for line in stock_counts.get_count(s.db, staff, count.id).lines}
    assert lines[s.mori.id].counted == D(49) and lines[s.mori.id].note == "sobek"
    assert lines[s.mori.id].difference == D(-1)
    assert lines[s.mori.id].difference_value == D("-25000.00")
    assert lines[s.canting.id].counted is None
    # whole units stay whole, nothing below zero, and a refused batch writes nothing
    with pytest.raises(ValidationError) as err:
        stock_counts.set_counted(s.db, staff, count.id, {s.malam.id: D(3), s.canting.id: D("2.5")})
    assert err.value.code == "quantity_not_whole"
    with pytest.raises(ValidationError) as err:
        stock_counts.set_counted(s.db, staff, count.id, {s.malam.id: D(-1)})
    assert err.value.code == "quantity_not_positive"
    lines = {line.item_id: line for line in stock_counts.get_count(s.db, staff, count.id).lines}
    assert lines[s.malam.id].counted is None
    summary = stock_counts.list_counts(s.db, staff)
    assert [(c.number, c.lines, c.counted_lines) for c in summary] == [(count.number, 4, 1)]


def test_post_adjusts_stock_to_what_was_counted(setup, staff):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY)
    stock_counts.set_counted(
        s.db,
        staff,
        count.id,
        {s.mori.id: D("47.5"), s.canting.id: D(12), s.malam.id: D(4), s.kemeja.id: D(0)},
    )
    review = stock_counts.count_totals(stock_counts.get_count(s.db, staff, count.id))
    assert review.differing == 2 and review.missing == 0
    assert review.surplus_value == D("30000.00")  # 2 canting × 15.000
    assert review.shortage_value == D("-62500.00")  # 2,5 m × 25.000
    assert review.net_value == D("-32500.00")

    posted = stock_counts.post_count(s.db, staff, count.id)
    assert posted.status == CountStatus.POSTED and posted.posted_by == "Dewi Lestari"
    assert posted.document_number == count.number and posted.posted_at is not None
    assert balance(s, s.mori.id) == D("47.5") and balance(s, s.canting.id) == D(12)
    assert balance(s, s.malam.id) == D(4)
    # the review of a posted count is read back from its moves and stays as posted
    after = stock_counts.count_totals(posted)
    assert (after.surplus_value, after.shortage_value) == (D("30000.00"), D("-62500.00"))
    with s.db.read() as session:
        doc = session.scalars(
            select(StockDocument).where(StockDocument.number == count.number)
        ).one()
        assert doc.kind == "count" and doc.doc_date == DAY
        moves = session.scalars(
            select(StockMove).where(StockMove.document_id == doc.id).order_by(StockMove.item_id)
        ).all()
        assert {(m.item_id, m.kind, m.quantity, m.value) for m in moves} == {
            (s.mori.id, MoveKind.ADJUSTMENT.value, D("-2.5"), D("-62500.00")),
            (s.canting.id, MoveKind.ADJUSTMENT.value, D(12) - D(10), D("30000.00")),
        }
        assert all(m.unit_cost == m.avg_cost_after for m in moves)  # at the average cost
        assert check_balances(session) == []
        row = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "stock_count", AuditEntry.action == "post"
            )
        ).one()
        assert row.username == "dewi" and count.number in row.summary
        assert "-62500.00" in str(row.changes) and "-32500.00" in str(row.changes)
    # a posted count refuses every change
    for call in (
        lambda: stock_counts.set_counted(s.db, staff, count.id, {s.mori.id: D(1)}),
        lambda: stock_counts.add_count_line(s.db, staff, count.id, s.never.id),
        lambda: stock_counts.post_count(s.db, staff, count.id),
        lambda: stock_counts.cancel_count(s.db, staff, count.id),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.code == "count_not_draft"


def test_posting_with_lines_missing_is_refused_and_writes_nothing(setup, staff):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY)
    stock_counts.set_counted(s.db, staff, count.id, {s.mori.id: D(40)})
    with pytest.raises(ValidationError) as err:
        stock_counts.post_count(s.db, staff, count.id)
    assert err.value.code == "count_incomplete" and err.value.params["missing"] == 3
    assert "3 lines" in err.value.english()
    with s.db.read() as session:
        assert session.scalar(select(func.count()).select_from(StockDocument).where(
            StockDocument.kind == "count")) == 0  # fmt: skip
    assert balance(s, s.mori.id) == D(50)
    assert stock_counts.get_count(s.db, staff, count.id).status == CountStatus.DRAFT


def test_moves_after_the_count_began_are_respected(setup, staff, admin):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY)
    # while counting, 5 m of mori go to the toko: the shelf shows 45
    stock.transfer_stock(
        s.db, admin, TransferInput(s.gudang, s.toko, DAY, [TransferLine(s.mori.id, D(5))])
    )
    line = next(
        x for x in stock_counts.get_count(s.db, staff, count.id).lines if x.item_id == s.mori.id
    )
    assert line.expected == D(50) and line.book_now == D(45)
    stock_counts.set_counted(
        s.db, staff, count.id, {s.mori.id: D(45), s.canting.id: D(10), s.malam.id: D(4),
                                s.kemeja.id: D(0)},
    )  # fmt: skip
    posted = stock_counts.post_count(s.db, staff, count.id)
    assert all(line.difference == 0 for line in posted.lines)
    assert balance(s, s.mori.id) == D(45) and balance(s, s.mori.id, s.toko) == D(5)


def test_one_draft_per_location_and_found_items(setup, staff):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY)
    with pytest.raises(Conflict) as err:
        stock_counts.start_count(s.db, staff, s.gudang, DAY)
    assert err.value.code == "count_open" and err.value.params["number"] == count.number
    other = stock_counts.start_count(s.db, staff, s.toko, DAY)  # another location is fine
    assert other.number == "SO/2026/0002"
    line = stock_counts.add_count_line(s.db, staff, count.id, s.never.id, D(250), "di rak 3")
    assert (line.name, line.expected, line.counted, line.note) == ("Naptol AS", 0, 250, "di rak 3")
    assert stock_counts.get_count(s.db, staff, count.id).lines[-1].item_id == s.never.id
    with pytest.raises(ValidationError) as err:
        stock_counts.add_count_line(s.db, staff, count.id, s.never.id)
    assert err.value.code == "duplicate_line"
    cancelled = stock_counts.cancel_count(s.db, staff, count.id)
    assert cancelled.status == CountStatus.CANCELLED
    with pytest.raises(ValidationError):
        stock_counts.set_counted(s.db, staff, count.id, {s.mori.id: D(1)})
    again = stock_counts.start_count(s.db, staff, s.gudang, DAY)  # cancelled frees the location
    assert again.number == "SO/2026/0003"
    assert [c.status for c in stock_counts.list_counts(s.db, staff, CountStatus.CANCELLED)] == [
        CountStatus.CANCELLED
    ]


def test_found_item_posts_a_surplus_at_average_cost(setup, staff):
    s = setup
    count = stock_counts.start_count(s.db, staff, s.toko, DAY)
    stock_counts.set_counted(s.db, staff, count.id, {s.kemeja.id: D(3)})
    stock_counts.add_count_line(s.db, staff, count.id, s.canting.id, D(2))
    posted = stock_counts.post_count(s.db, staff, count.id)
    line = next(x for x in posted.lines if x.item_id == s.canting.id)
    assert (line.book_now, line.counted, line.difference_value) == (0, 2, D("30000.00"))
    assert balance(s, s.canting.id, s.toko) == D(2)


def test_an_instructor_may_not_count(setup, instructor, staff):
    s = setup
    with pytest.raises(PermissionDenied):
        stock_counts.start_count(s.db, instructor, s.gudang, DAY)
    count = stock_counts.start_count(s.db, staff, s.gudang, DAY)
    for call in (
        lambda: stock_counts.get_count(s.db, instructor, count.id),
        lambda: stock_counts.list_counts(s.db, instructor),
        lambda: stock_counts.set_counted(s.db, instructor, count.id, {s.mori.id: D(1)}),
        lambda: stock_counts.post_count(s.db, instructor, count.id),
        lambda: stock_counts.cancel_count(s.db, instructor, count.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
