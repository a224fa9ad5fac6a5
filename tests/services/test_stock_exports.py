"""The items, stock (with --at), moves and batches exports."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from rumahbatik import cli
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import ItemKind
from rumahbatik.models import ProductionBatch
from rumahbatik.reports.tabular import write_table
from rumahbatik.services import exports, items, stock, stock_exports
from rumahbatik.services.context import Actor, system_actor
from rumahbatik.services.stock_types import (
    ItemInput,
    ReceiptInput,
    ReceiptLine,
    TransferInput,
    TransferLine,
)

D = Decimal
STORE, SHOP = 1, 2


@dataclass(frozen=True)
class NoPrices(Actor):
    """Someone who works the stock but may not see costs (no such role today)."""

    def can(self, permission: Permission) -> bool:
        return permission != Permission.VIEW_PRICES and super().can(permission)


def _at(day: date, hour: int = 3) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def ledger(db, admin):
    """Mori (bought by the roll) and a kain batik, received in January and March, moved to
    the shop in February."""
    mori = items.create_item(
        db, admin,
        ItemInput(ItemKind.MATERIAL, "Kain mori primissima", "m", category="Kain mori",
                  purchase_unit="gulung", purchase_factor=D(50), reorder_level=D(20)),
    )  # fmt: skip
    kain = items.create_item(
        db, admin,
        ItemInput(ItemKind.PRODUCT, "Kain batik tulis Manggur 2 m", "pcs", category="Tulis",
                  technique="tulis", sale_price=D(750_000), barcode="8991234567"),
    )  # fmt: skip
    with db.transaction() as s:
        stock.receive_in_session(
            s, admin,
            ReceiptInput(STORE, date(2026, 1, 10), [
                ReceiptLine(mori.id, D(2), D(1_500_000), in_purchase_unit=True),
                ReceiptLine(kain.id, D(4), D(450_000)),
            ], reference="N-1"),
            moved_at=_at(date(2026, 1, 10)),
        )  # fmt: skip
        stock.transfer_in_session(
            s, admin, TransferInput(STORE, SHOP, date(2026, 2, 1), [TransferLine(kain.id, D(3))]),
            moved_at=_at(date(2026, 2, 1)),
        )  # fmt: skip
        stock.receive_in_session(
            s, admin,
            ReceiptInput(STORE, date(2026, 3, 5), [ReceiptLine(mori.id, D(50), D(33_000))]),
            moved_at=_at(date(2026, 3, 5)),
        )  # fmt: skip
    return mori.id, kain.id


def test_the_stock_exports_are_registered():
    names = set(exports.export_names())
    assert {"items", "stock", "moves", "batches"} <= names
    assert exports.dated_export_names() == ["stock"]
    assert all(exports.EXPORTS[n].permission is Permission.MANAGE_STOCK for n in
               ("items", "stock", "moves", "batches"))  # fmt: skip


def test_items_export(db, admin, ledger):
    table = exports.build_export(db, admin, "items")
    keys = [c.key for c in table.columns]
    assert keys[:2] == ["sku", "name"] and {"on_hand", "avg_cost", "value", "barcode"} <= set(keys)
    rows = [dict(zip(keys, r, strict=True)) for r in table.rows]
    assert [r["name"] for r in rows] == ["Kain batik tulis Manggur 2 m", "Kain mori primissima"]
    kain, mori = rows
    assert kain["barcode"] == "8991234567" and kain["technique"] == "tulis"
    assert kain["on_hand"] == 4 and kain["avg_cost"] == 450_000 and kain["value"] == 1_800_000
    assert kain["purchase_factor"] is None and kain["kind"] == "Product"
    # 100 m at Rp30.000 then 50 m at Rp33.000: a moving average of Rp31.000
    assert mori["purchase_unit"] == "gulung" and mori["purchase_factor"] == 50
    assert mori["on_hand"] == 150 and mori["avg_cost"] == 31_000
    assert mori["value"] == D("4650000.00") and mori["barcode"] == mori["sku"]


def test_stock_export_today_and_at_a_past_date(db, admin, ledger):
    now = exports.build_export(db, admin, "stock")
    keys = [c.key for c in now.columns]
    rows = [dict(zip(keys, r, strict=True)) for r in now.rows]
    assert {(r["name"], r["location"], r["quantity"]) for r in rows} == {
        ("Kain batik tulis Manggur 2 m", "Gudang", 1),
        ("Kain batik tulis Manggur 2 m", "Toko / Galeri", 3),
        ("Kain mori primissima", "Gudang", 150),
    }
    assert all(r["at"] == date.today() for r in rows)
    assert sum(r["value"] for r in rows) == D(1_800_000) + D(4_650_000)
    # read from the balances, it is what the ledger says at the end of today
    today = exports.build_export(db, admin, "stock", at=date.today())
    assert today.rows == now.rows

    january = exports.build_export(db, admin, "stock", at=date(2026, 1, 31))
    rows = [dict(zip(keys, r, strict=True)) for r in january.rows]
    assert {(r["name"], r["location"], r["quantity"], r["unit_cost"]) for r in rows} == {
        ("Kain batik tulis Manggur 2 m", "Gudang", 4, 450_000),
        ("Kain mori primissima", "Gudang", 100, 30_000),
    }
    assert exports.build_export(db, admin, "stock", at=date(2025, 12, 31)).rows == []


def test_at_is_refused_by_exports_without_a_date(db, admin):
    with pytest.raises(ValidationError) as err:
        exports.build_export(db, admin, "items", at=date(2026, 1, 1))
    assert err.value.code == "value_invalid"
    assert err.value.params["field"] == "--at" and err.value.params["dated"] == "stock"


def test_moves_export_streams_the_ledger_in_id_order(db, admin, ledger, monkeypatch):
    monkeypatch.setattr(stock_exports, "LEDGER_PAGE", 2)  # several pages for 5 moves
    table = exports.build_export(db, admin, "moves")
    rows = table.rows
    assert not isinstance(rows, list) and len(rows) == 5  # streamed, with a count
    calls = []
    real = rows._fetch
    monkeypatch.setattr(rows, "_fetch", lambda *a, **k: calls.append(a) or real(*a, **k))
    keys = [c.key for c in table.columns]
    got = [dict(zip(keys, r, strict=True)) for r in rows]
    assert len(calls) == 3  # 2 + 2 + 1
    assert [r["moved_at"].date() for r in got] == sorted(r["moved_at"].date() for r in got)
    assert [(r["kind"], r["location"], r["quantity"]) for r in got[2:4]] == [
        ("Transfer out", "Gudang", -3),
        ("Transfer in", "Toko / Galeri", 3),
    ]
    first = got[0]
    assert first["document"] == "PB/2026/0001" and first["user"] == "admin"
    assert first["quantity"] == 100 and first["unit_cost"] == 30_000
    assert first["value"] == 3_000_000 and first["balance_after"] == 100
    assert got[2]["balance_after"] == 1  # the location's balance after the move
    assert rows[-1] == table.rows[4] and rows[-1][4] == "Kain mori primissima"
    with pytest.raises(IndexError):
        rows[5]


def test_moves_export_is_written_row_by_row(db, admin, ledger, tmp_path, monkeypatch):
    monkeypatch.setattr(stock_exports, "LEDGER_PAGE", 4)
    path = tmp_path / "moves.csv"
    write_table(exports.build_export(db, admin, "moves"), path)
    with open(path, encoding="utf-8") as fh:
        lines = list(csv.reader(fh))
    assert lines[0][:3] == ["Date", "Kind of move", "Document"]
    assert len(lines) == 6
    assert lines[1][1] == "Receipt" and lines[1][6] == "100.000"


def test_batches_export(db, admin, ledger):
    _mori, kain = ledger
    with db.transaction() as s:
        s.add(
            ProductionBatch(
                number="PRD/2026/0001", product_id=kain, status="finished", planned_qty=10,
                started_on=date(2026, 2, 2), finished_on=date(2026, 3, 20),
                output_location_id=STORE, qty_finished=9, qty_rejected=1,
                material_cost=D(900_000), wage_cost=D(2_700_000), unit_cost=D(400_000),
            )
        )  # fmt: skip
    table = exports.build_export(db, admin, "batches")
    keys = [c.key for c in table.columns]
    (row,) = [dict(zip(keys, r, strict=True)) for r in table.rows]
    assert row["number"] == "PRD/2026/0001" and row["product"] == "Kain batik tulis Manggur 2 m"
    assert row["status"] == "Finished" and row["motif"] == ""
    assert (row["planned_qty"], row["qty_finished"], row["qty_rejected"]) == (10, 9, 1)
    assert row["finished_on"] == date(2026, 3, 20)
    assert (row["material_cost"], row["wage_cost"], row["unit_cost"]) == (
        900_000,
        2_700_000,
        400_000,
    )


def test_cost_columns_need_view_prices(db, admin, ledger):
    who = NoPrices(admin.user_id, admin.username, admin.role)
    assert who.can(Permission.MANAGE_STOCK) and not who.can(Permission.VIEW_PRICES)
    for name, priced in (
        ("items", {"avg_cost", "value"}),
        ("moves", {"unit_cost", "value"}),
        ("batches", {"material_cost", "wage_cost", "unit_cost"}),
        ("stock", {"unit_cost", "value"}),
    ):
        table = exports.build_export(db, who, name)
        keys = {c.key for c in table.columns}
        assert not keys & priced, name
        assert all(len(r) == len(table.columns) for r in table.rows), name
    # quantities still come, now and at a past date
    for at in (None, date(2026, 1, 31)):
        table = exports.build_export(db, who, "stock", at=at)
        keys = [c.key for c in table.columns]
        got = {(r[keys.index("name")], r[keys.index("quantity")]) for r in table.rows}
        assert ("Kain mori primissima", 150 if at is None else 100) in got


@pytest.mark.parametrize("name", ["items", "stock", "moves", "batches"])
def test_stock_exports_need_the_stock_area(db, instructor, name):
    with pytest.raises(PermissionDenied):
        exports.build_export(db, instructor, name)


def test_cli_export_stock_at(sqlite_db, tmp_path, capsys, monkeypatch):
    admin = system_actor()
    item = items.create_item(sqlite_db, admin, ItemInput(ItemKind.MATERIAL, "Malam", "kg"))
    with sqlite_db.transaction() as s:
        for day, qty in ((date.today() - timedelta(days=40), 5), (date.today(), 3)):
            stock.receive_in_session(
                s, admin, ReceiptInput(STORE, day, [ReceiptLine(item.id, D(qty), D(50_000))]),
                moved_at=_at(day),
            )  # fmt: skip
    url = str(sqlite_db.engine.url)
    past = (date.today() - timedelta(days=10)).strftime("%d/%m/%Y")
    out = tmp_path / "stock.csv"
    assert cli.main(["export", "stock", "--db", url, "--at", past, "--out", str(out)]) == 0
    assert "1 rows written" in capsys.readouterr().out
    with open(out, encoding="utf-8") as fh:
        header, row = list(csv.reader(fh))
    assert row[1] == item.sku
    assert "5.000" in row
    # a date on an export without one, and a bad date: clear errors, exit status 2
    assert cli.main(["export", "items", "--db", url, "--at", past, "--out", str(out)]) == 2
    assert "--at" in capsys.readouterr().err
    assert cli.main(["export", "stock", "--db", url, "--at", "31/02/2026", "--out", str(out)]) == 2
    assert "31/02/2026" in capsys.readouterr().err
