"""`rumahbatik stock check`: the kept balances against the ledger, and their repair."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sqlalchemy import update

from rumahbatik import cli
from rumahbatik.db import Database, migrate
from rumahbatik.domain.roles import Role
from rumahbatik.domain.stock import ItemKind
from rumahbatik.models import StockBalance
from rumahbatik.services import items, settings, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine


def test_stock_check_finds_and_repairs_a_wrong_balance(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    admin = Actor(None, "cli:test", Role.ADMIN)
    item = items.create_item(
        db, admin, ItemInput(kind=ItemKind.MATERIAL, name="Malam tembok", unit="kg")
    )
    stock.receive_stock(
        db, admin, ReceiptInput(1, date(2026, 11, 2), [ReceiptLine(item.id, D(12), D(45000))])
    )
    settings.update_settings(db, admin, {"language": "en"})

    assert cli.main(["stock", "check", "--db", url]) == 0
    assert "The stock balances agree with the ledger (1 moves)." in capsys.readouterr().out

    with db.transaction() as s:  # a balance gone wrong behind the program's back
        s.execute(update(StockBalance).values(quantity=D(7)))
    assert cli.main(["stock", "check", "--db", url]) == 1
    out = capsys.readouterr().out
    assert f"Item {item.id} at 1: kept 7, ledger 12" in out
    assert "1 balance(s) differ from the ledger" in out

    assert cli.main(["stock", "check", "--repair", "--db", url]) == 0
    assert "1 balance(s) set to the ledger's sums." in capsys.readouterr().out
    assert stock.check_stock(db, admin) == []
    db.dispose()
