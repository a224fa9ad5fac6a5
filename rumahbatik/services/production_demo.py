"""The demo's production and stock count, woven into the stock demo's history by date.

Recipes for a tulis and a cap product; four batches (two finished months ago, one in
progress, one planned) made by the demo artisans with wages and a payment; and a posted stock
count (stok opname) of the toko a few days ago with a missing masker. Each event is returned
with its date so :func:`rumahbatik.services.stock_demo.fill_stock_demo` writes every move of
the ledger in time order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.domain.production import PaymentMethod, Stage
from rumahbatik.models import Person, StockBalance, StockCountLine
from rumahbatik.services import production, production_wages, stock_counts
from rumahbatik.services.context import Actor
from rumahbatik.services.production_types import BatchInput, StageInput

if TYPE_CHECKING:  # stock_demo imports this module when it runs
    from rumahbatik.services.stock_demo import StockDemo

D = Decimal

#: ``(days ago, hour, do(day, when))``: one dated event of the demo's history.
Event = tuple[int, int, Callable[[date, datetime], None]]

RECIPES: dict[str, tuple[list[tuple[str, str]], list[tuple[Stage, int]]]] = {
    "tulis_manggur": (
        [("primissima", "2.2"), ("klowong", "0.25"), ("tembok", "0.4"), ("naptol", "15"),
         ("garam", "30")],
        [(Stage.POLA, 15_000), (Stage.NGLOWONG, 120_000), (Stage.NEMBOK, 60_000),
         (Stage.PEWARNAAN, 25_000), (Stage.NGLOROD, 15_000), (Stage.FINISHING, 10_000)],
    ),
    "cap_bayuangga": (
        [("prima", "2.2"), ("tembok", "0.3"), ("remazol", "40"), ("waterglass", "0.2")],
        [(Stage.NGLOWONG, 20_000), (Stage.PEWARNAAN, 10_000), (Stage.NGLOROD, 5_000),
         (Stage.FINISHING, 5_000)],
    ),
}  # fmt: skip


@dataclass
class _State:
    ids: dict[str, int]  # demo item key -> id
    store_id: int
    shop_id: int
    artisans: list[int]
    batches: dict[str, int] = field(default_factory=dict)


def _stages(state: _State, product: str, pieces: int, crew: list[int]) -> list[StageInput]:
    """Who worked each stage of a finished batch: the first artisan draws the pattern, the
    nyanting is shared, the rest goes round the crew."""
    out = []
    for i, (stage, _rate) in enumerate(RECIPES[product][1]):
        if stage == Stage.NGLOWONG and len(crew) > 1:
            half = pieces // 2
            work = ((crew[0], pieces - half), (crew[1], half))
        else:
            work = ((crew[i % len(crew)], pieces),)
        out.append(StageInput(stage, work))
    return out


def production_events(session: Session, actor: Actor, stock_demo: StockDemo) -> list[Event]:
    """The dated production and count events for the stock demo (see the module doc)."""
    ids = stock_demo.items
    artisans = list(
        session.scalars(
            select(Person.id)
            .where(Person.is_artisan.is_(True), Person.active.is_(True))
            .order_by(Person.id)
            .limit(6)
        )
    )
    if len(artisans) < 3 or not all(k in ids for k in RECIPES):
        return []  # a reduced demo (tests) without enough artisans or products
    state = _State(ids, stock_demo.store_id, stock_demo.shop_id, artisans)
    for product, (materials, stages) in RECIPES.items():
        production.set_recipe_in_session(
            session,
            actor,
            ids[product],
            [(ids[k], D(q)) for k, q in materials],
            [(stage, D(rate)) for stage, rate in stages],
        )

    def start(key: str, product: str, qty: int, notes: str) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            batch = production.create_batch_in_session(
                session,
                actor,
                BatchInput(ids[product], qty, planned_start=day, notes=notes),
                on=day,
            )
            state.batches[key] = batch.id

        return do

    def issue(key: str) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            production.issue_in_session(
                session, actor, state.batches[key], state.store_id, doc_date=day, moved_at=when
            )

        return do

    def finish(
        key: str, product: str, good: int, bad: int, crew: list[int]
    ) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            production.finish_in_session(
                session,
                actor,
                state.batches[key],
                good,
                bad,
                day,
                _stages(state, product, good + bad, crew),
                moved_at=when,
            )

        return do

    def progress(key: str, started: date) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            production.progress_in_session(
                session,
                actor,
                state.batches[key],
                [
                    StageInput(Stage.POLA, ((artisans[2], 4),), started, started),
                    StageInput(Stage.NGLOWONG, ((artisans[0], 2), (artisans[2], 2)), started),
                ],
            )

        return do

    def pay(artisan: int, amount: int, method: PaymentMethod) -> Callable[[date, datetime], None]:
        def do(day: date, when: datetime) -> None:
            production_wages.record_payment_in_session(
                session, actor, artisans[artisan], day, D(amount), method,
                reference="TRF-BJ-0412" if method == PaymentMethod.TRANSFER else "",
                notes="Upah batch produksi.",
            )  # fmt: skip

        return do

    def count_toko(day: date, when: datetime) -> None:
        count = stock_counts.start_in_session(
            session, actor, state.shop_id, day, notes="Opname bulanan toko."
        )
        for line in session.scalars(
            select(StockCountLine).where(StockCountLine.count_id == count.id)
        ):
            book = session.get(
                StockBalance, {"item_id": line.item_id, "location_id": state.shop_id}
            )
            line.counted = D(book.quantity) if book is not None else D(0)
            if line.item_id == ids["masker"] and line.counted >= 2:
                line.counted -= 2
                line.note = "2 masker rusak/hilang dari etalase."
        session.flush()
        stock_counts.post_in_session(session, actor, count.id, moved_at=when)

    today = stock_demo.today
    crew_tulis, crew_cap = [artisans[0], artisans[1]], [artisans[3], artisans[4 % len(artisans)]]
    return [
        (104, 8, start("tulis1", "tulis_manggur", 6, "Pesanan Dinas Koperasi.")),
        (104, 10, issue("tulis1")),
        (72, 15, finish("tulis1", "tulis_manggur", 5, 1, crew_tulis)),
        (70, 16, pay(0, 600_000, PaymentMethod.CASH)),
        (66, 8, start("cap1", "cap_bayuangga", 12, "Stok toko untuk libur sekolah.")),
        (66, 10, issue("cap1")),
        (55, 15, finish("cap1", "cap_bayuangga", 11, 1, crew_cap)),
        (54, 16, pay(3, 300_000, PaymentMethod.TRANSFER)),
        (22, 8, start("tulis2", "tulis_manggur", 4, "")),
        (22, 10, issue("tulis2")),
        (20, 17, progress("tulis2", today - timedelta(days=21))),
        (4, 15, count_toko),
        (2, 9, start("cap2", "cap_bayuangga", 10, "Menunggu kiriman mori prima.")),
    ]
