"""Products on the shelf and customers for the sales tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from rumahbatik.db import Database
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.people import CustomerInput, PersonInput, create_customer
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine

GUDANG, TOKO = 1, 2
DAY = date(2026, 11, 2)


def product(
    db: Database,
    actor: Actor,
    name: str,
    price: str,
    *,
    on_shelf: str = "10",
    cost: str = "100000",
    motif_id: int | None = None,
    technique: str = "tulis",
    unit: str = "pcs",
) -> int:
    """A product with ``on_shelf`` pieces at the toko, received at ``cost``."""
    item = items.create_item(
        db,
        actor,
        ItemInput(
            kind=ItemKind.PRODUCT,
            name=name,
            unit=unit,
            sale_price=D(price),
            motif_id=motif_id,
            technique=technique,
        ),
    )
    if D(on_shelf) > 0:
        stock.receive_stock(
            db, actor, ReceiptInput(TOKO, DAY, [ReceiptLine(item.id, D(on_shelf), D(cost))])
        )
    return item.id


def customer(
    db: Database,
    actor: Actor,
    name: str = "CV Batik Sejahtera",
    kind: str = "wholesale",
    npwp: str = "",
) -> int:
    return create_customer(
        db,
        actor,
        PersonInput(full_name=name, address="Jl. Malioboro 12, Yogyakarta"),
        CustomerInput(customer_type=kind, organisation=name, npwp=npwp),
    ).id
