"""Figures for the dashboard, each read in one short query."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select

from rumahbatik.db import Database
from rumahbatik.domain.production import BatchStatus
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import round_money
from rumahbatik.models import Item, ProductionBatch
from rumahbatik.services.context import Actor


@dataclass(frozen=True)
class StockOverview:
    items: int  # active items
    low: int  # of those, at or below their reorder level
    value: Decimal | None  # stock at average cost; None for roles that may not see prices
    batches_in_progress: int
    batches_planned: int


def stock_overview(db: Database, actor: Actor) -> StockOverview:
    """Active items, how many are low, the stock's value and the batches under way."""
    actor.require(Permission.MANAGE_STOCK)
    low = and_(Item.reorder_level > 0, Item.on_hand <= Item.reorder_level)
    with db.read() as session:
        items, low_count = session.execute(
            select(func.count(Item.id), func.count(Item.id).filter(low)).where(
                Item.active.is_(True)
            )
        ).one()
        value = None
        if actor.can(Permission.VIEW_PRICES):
            # Exact Decimal per item, as the stock page computes it (the dashboard reads
            # this in the background; 50,000 items take ~0.1 s).
            total = Decimal(0)
            for on_hand, avg in session.execute(
                select(Item.on_hand, Item.avg_cost).where(Item.on_hand > 0)
            ):
                total += on_hand * avg
            value = round_money(total)
        status_counts = dict(
            session.execute(
                select(ProductionBatch.status, func.count(ProductionBatch.id))
                .where(
                    ProductionBatch.status.in_(
                        [BatchStatus.IN_PROGRESS.value, BatchStatus.PLANNED.value]
                    )
                )
                .group_by(ProductionBatch.status)
            ).all()
        )
    return StockOverview(
        items=int(items or 0),
        low=int(low_count or 0),
        value=value,
        batches_in_progress=int(status_counts.get(BatchStatus.IN_PROGRESS.value, 0)),
        batches_planned=int(status_counts.get(BatchStatus.PLANNED.value, 0)),
    )
