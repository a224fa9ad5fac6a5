"""Several PCs selling at once on PostgreSQL: gapless, unique invoice numbers and no stock
below zero when eight sessions fight over the last units."""

from __future__ import annotations

import random
import threading
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from rumahbatik.db import Database
from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.roles import Role
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.models import Invoice, InvoiceLine, StockMove
from rumahbatik.services import sales
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, SaleInput, SaleLineInput
from rumahbatik.services.stock_ledger import check_balances
from tests.services.sales_helpers import TOKO, product
from tests.services.test_stock_ledger import balance

WORKERS = 8
SALES_EACH = 5


@pytest.mark.postgresql
@pytest.mark.parametrize("first_of_year", [False, True], ids=["steady", "first-of-year"])
def test_concurrent_counter_sales_number_gaplessly_and_never_oversell(
    pg_db: Database, first_of_year: bool
) -> None:
    """``steady``: the shop has sold before (the series row and the walk-in customer exist);
    ``first-of-year``: the eight PCs race for the very first number of the year too."""
    admin = Actor(None, "cli:test", Role.ADMIN)
    # scarce pieces everyone wants, and plenty of a cheap one so most sales go through
    initial = {
        product(pg_db, admin, "Kain batik tulis Kawung", "1250000", on_shelf="5"): D(5),
        product(pg_db, admin, "Selendang sutra Seruni", "450000", on_shelf="3"): D(3),
        (masker_id := product(pg_db, admin, "Masker batik cap", "15000", on_shelf="200")): D(200),
    }
    before = 0
    if not first_of_year:
        sales.sell(pg_db, admin, SaleInput((SaleLineInput(masker_id, D(1)),)))
        before = 1
    scarce = list(initial)[:2]
    masker = list(initial)[2]
    start = threading.Barrier(WORKERS)
    lock = threading.Lock()
    outcomes: list[str] = []
    wanted: list[tuple[str, dict[int, D]]] = []  # invoice number or "", what it asked for

    def seller(n: int) -> None:
        rnd = random.Random(n)  # each PC its own, repeatable shopping list
        start.wait()
        for _ in range(SALES_EACH):
            lines = [SaleLineInput(rnd.choice(scarce), D(rnd.randint(1, 2)))]
            if rnd.random() < 0.5:
                lines.append(SaleLineInput(masker, D(rnd.randint(1, 3))))
            else:
                lines = [SaleLineInput(masker, D(1)), *lines]
            asked = {ln.item_id: ln.quantity for ln in lines}
            try:
                inv = sales.sell(
                    pg_db, admin, SaleInput(tuple(lines)), [PaymentInput(PaymentMethod.CASH)]
                )
                result, number = "ok", inv.number or ""
            except ValidationError as exc:
                result, number = exc.code, ""
            except DBAPIError as exc:  # a deadlock or serialisation failure: a real bug
                result, number = type(exc.orig).__name__, ""
            with lock:
                outcomes.append(result)
                wanted.append((number, asked))

    threads = [threading.Thread(target=seller, args=(n,)) for n in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads)
    assert len(outcomes) == WORKERS * SALES_EACH

    # the only failures are sales of pieces no longer on the shelf
    assert set(outcomes) <= {"ok", "stock_insufficient"}, sorted(set(outcomes))
    assert "stock_insufficient" in outcomes  # 8 sellers really did run out of the 8 pieces
    k = outcomes.count("ok")
    assert k >= 4

    with pg_db.read() as s:
        numbers = list(s.scalars(select(Invoice.number).where(Invoice.number.is_not(None))))
        assert len(numbers) == len(set(numbers)) == k + before
        seq = sorted(int(n.rsplit("/", 1)[1]) for n in numbers)
        assert seq == list(range(1, k + before + 1))  # no gap from the refused sales
        # nothing of a refused sale was written: one invoice per success, no draft left
        assert s.scalar(select(func.count()).select_from(Invoice)) == k + before
        sold = dict(
            s.execute(
                select(InvoiceLine.item_id, func.sum(InvoiceLine.quantity)).group_by(
                    InvoiceLine.item_id
                )
            ).all()
        )
        assert min(D(m.item_balance_after) for m in s.scalars(select(StockMove))) >= 0
        assert check_balances(s) == []
    # what the successful invoices asked for is exactly what was sold and left the shelf
    asked_ok: dict[int, D] = {}
    for number, asked in wanted:
        if number:
            for item, qty in asked.items():
                asked_ok[item] = asked_ok.get(item, D(0)) + qty
    for item, start_qty in initial.items():
        left = balance(pg_db, item, TOKO)
        assert left >= 0
        primer = D(before) if item == masker else D(0)
        assert D(sold.get(item, 0)) == start_qty - left == asked_ok.get(item, D(0)) + primer
    # the scarce pieces were fought over to the end: less than one sale's worth is left
    assert all(balance(pg_db, item, TOKO) < 2 for item in scarce)
