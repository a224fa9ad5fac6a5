"""The artisan's history shows consignment pieces at the shop and what sales owe them; a
customer with invoices cannot be deleted."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import Conflict
from rumahbatik.services import consignment, people, sales
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, PersonInput, create_artisan
from rumahbatik.services.sales_types import IntakeInput, IntakeLineInput, SaleInput, SaleLineInput
from tests.services.sales_helpers import customer, product


def test_history_shows_consignment_owed_and_customers_with_invoices_stay(
    db: Database, staff: Actor, admin: Actor
) -> None:
    sri = create_artisan(db, staff, PersonInput(full_name="Sri Wahyuni"), ArtisanInput()).id
    intake = consignment.receive_consignment(
        db,
        staff,
        IntakeInput(
            sri,
            (IntakeLineInput(D(3), D(500_000), name="Kain tulis Truntum"),),
            commission_percent=D(20),
        ),
    )
    piece = intake.lines[0].item_id
    sales.sell(db, staff, SaleInput((SaleLineInput(piece, D(1)),)))
    history = people.person_history(db, staff, sri)
    assert history.consigned_at_shop == D(2)
    assert history.consignment_owed == D(400_000) and history.sales_owed == D(400_000)
    assert history.consignment_intakes == 1

    buyer = customer(db, staff, "Ibu Ratih", "retail")
    kain = product(db, staff, "Kain", "100000")
    sales.sell(db, staff, SaleInput((SaleLineInput(kain, D(1)),), customer_id=buyer))
    assert people.person_history(db, staff, buyer).invoices == 1
    with pytest.raises(Conflict):
        people.delete_person(db, admin, buyer)
