"""Consignment (titip jual): intake into the shop's stock owned by the artisan, the share
accrued by sales (and reversed by returns), motif royalties, settlements with returned pieces
and payouts, gapless numbers, nothing half-written; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.invoicing import Discount, DiscountKind
from rumahbatik.domain.sales import AccrualKind, PaymentMethod, PayoutMethod
from rumahbatik.models import (
    ArtisanAccrual,
    ArtisanSettlement,
    AuditEntry,
    ConsignmentIntake,
    Item,
    StockDocument,
    StockMove,
)
from rumahbatik.services import consignment, credit_notes, motifs, sales, settings
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, PersonInput, create_artisan
from rumahbatik.services.sales_types import (
    IntakeData,
    IntakeInput,
    IntakeLineInput,
    InvoiceData,
    PaymentInput,
    PayoutInput,
    ReturnLine,
    SaleInput,
    SaleLineInput,
)
from tests.services.sales_helpers import TOKO, customer, product
from tests.services.test_stock_ledger import balance

TODAY = date.today()
START = TODAY - timedelta(days=30)


def artisan(db: Database, actor: Actor, name: str = "Bu Sri Lestari") -> int:
    return create_artisan(
        db,
        actor,
        PersonInput(full_name=name),
        ArtisanInput(bank_name="BRI", bank_account_number="0123-01-000123-50-1"),
    ).id


def intake(
    db: Database, actor: Actor, person: int, *lines: IntakeLineInput, **kw: object
) -> IntakeData:
    return consignment.receive_consignment(
        db,
        actor,
        IntakeInput(person_id=person, lines=tuple(lines), **kw),  # type: ignore[arg-type]
    )


def new_piece(name: str, qty: str, price: str, **kw: object) -> IntakeLineInput:
    return IntakeLineInput(quantity=D(qty), asking_price=D(price), name=name, **kw)  # type: ignore[arg-type]


def sell(db: Database, actor: Actor, item_id: int, qty: str, **kw: object) -> InvoiceData:
    return sales.sell(
        db,
        actor,
        SaleInput(lines=(SaleLineInput(item_id, D(qty), **kw),)),  # type: ignore[arg-type]
        [PaymentInput(PaymentMethod.CASH)],
    )


def accruals(db: Database, person: int) -> list[tuple[str, D, D, D]]:
    with db.read() as s:
        return [
            (a.kind, D(a.quantity), D(a.gross), D(a.amount))
            for a in s.scalars(
                select(ArtisanAccrual)
                .where(ArtisanAccrual.person_id == person)
                .order_by(ArtisanAccrual.id)
            )
        ]


def test_intake_puts_pieces_at_the_shop_owned_by_the_artisan_at_their_share(
    db: Database, staff: Actor
) -> None:
    sri = artisan(db, staff)
    got = intake(
        db,
        staff,
        sri,
        new_piece("Kain tulis Sekar Jagad", "3", "1250000", technique="tulis"),
        new_piece("Selendang sutra", "2", "455000"),
        commission_percent=D(20),
        notes="dibawa sendiri",
    )
    year = TODAY.year
    assert got.number == f"TJ/{year}/0001"
    assert got.person_name == "Bu Sri Lestari"
    kain, selendang = got.lines
    assert (kain.quantity, kain.asking_price, kain.artisan_share) == (D(3), D(1250000), D(1000000))
    # 455,000 × 80% = 364,000
    assert selendang.artisan_share == D(364000)
    assert kain.sku.startswith("PRD-")
    assert balance(db, kain.item_id, TOKO) == D(3)
    with db.read() as s:
        item = s.get_one(Item, kain.item_id)
        assert item.consignor_id == sri
        assert (D(item.sale_price), D(item.consignment_share)) == (D(1250000), D(1000000))
        assert D(item.avg_cost) == D(1000000)  # the margin on a sale is the commission
        assert item.technique == "tulis"
        doc = s.scalars(select(StockDocument).where(StockDocument.number == got.number)).one()
        assert doc.kind == "consignment_in" and doc.person_id == sri
        kinds = set(s.scalars(select(StockMove.kind).where(StockMove.document_id == doc.id)))
        assert kinds == {"consignment_in"}
        assert s.scalar(select(func.count()).where(AuditEntry.action == "intake")) == 1
    # A second intake of the same piece at a new price: stock adds up, the share follows.
    again = intake(
        db,
        staff,
        sri,
        IntakeLineInput(quantity=D(1), asking_price=D(1300000), item_id=kain.item_id),
    )
    assert again.number == f"TJ/{year}/0002"
    assert again.commission_percent == D(20)  # the setting's default
    assert again.lines[0].artisan_share == D(1040000)
    assert balance(db, kain.item_id, TOKO) == D(4)
    assert [i.number for i in consignment.list_intakes(db, staff, sri)] == [
        again.number,
        got.number,
    ]
    assert consignment.get_intake(db, staff, got.id).lines[1].name == "Selendang sutra"


def test_intake_refusals_write_nothing(db: Database, staff: Actor, instructor: Actor) -> None:
    sri = artisan(db, staff)
    other = artisan(db, staff, "Pak Darmo")
    buyer = customer(db, staff)
    mine = intake(db, staff, sri, new_piece("Kain", "1", "500000")).lines[0].item_id
    with db.read() as s:
        before = (
            s.scalar(select(func.count()).select_from(Item)),
            s.scalar(select(func.count()).select_from(ConsignmentIntake)),
        )
    cases = [
        (buyer, (new_piece("X", "1", "1"),), {}, "not_an_artisan"),
        (sri, (), {}, "lines_required"),
        (sri, (new_piece("X", "1", "1"),), {"commission_percent": D(101)}, "commission_range"),
        (sri, (new_piece("", "1", "1000"),), {}, "consignment_item_name_required"),
        (sri, (new_piece("X", "0", "1000"),), {}, "quantity_not_positive"),
        (sri, (new_piece("X", "1", "-5"),), {}, "price_negative"),
        (
            other,
            (new_piece("Baru", "1", "1000"), IntakeLineInput(D(1), D(1000), item_id=mine)),
            {},
            "consignment_not_owner",
        ),
    ]
    for person, lines, kw, code in cases:
        with pytest.raises(ValidationError) as err:
            intake(db, staff, person, *lines, **kw)
        assert err.value.code == code
    with pytest.raises(PermissionDenied):
        intake(db, instructor, sri, new_piece("X", "1", "1000"))
    with db.read() as s:
        assert before == (
            s.scalar(select(func.count()).select_from(Item)),
            s.scalar(select(func.count()).select_from(ConsignmentIntake)),
        )
    # the refused intakes gave their numbers back
    assert intake(db, staff, sri, new_piece("Y", "1", "1000")).number.endswith("/0002")


def test_sales_accrue_the_share_a_discount_is_borne_by_the_centre_and_returns_reverse(
    db: Database, staff: Actor, manager: Actor
) -> None:
    sri = artisan(db, staff)
    kain = intake(db, staff, sri, new_piece("Kain tulis", "3", "1250000")).lines[0].item_id
    inv = sell(db, staff, kain, "2", discount=Discount(DiscountKind.PERCENT, D(10)))
    assert inv.total == D(2250000)  # the customer got 10% off
    assert accruals(db, sri) == [("consignment", D(2), D(2500000), D(2000000))]
    assert inv.lines[0].cost == D(2000000)  # cost of goods = the share
    assert balance(db, kain, TOKO) == D(1)
    credit_notes.return_goods(
        db, manager, inv.id, [ReturnLine(inv.lines[0].id, D(1))], "warna luntur"
    )
    assert accruals(db, sri)[1] == ("consignment", D(-1), D(-1250000), D(-1000000))
    assert balance(db, kain, TOKO) == D(2)
    assert consignment.owed_to(db, staff, sri) == D(1000000)
    preview = consignment.preview_settlement(db, staff, sri, START, TODAY)
    assert (preview.consignment_gross, preview.commission, preview.consignment_net) == (
        D(1250000),
        D(250000),
        D(1000000),
    )
    assert preview.accruals[1].invoice_number.startswith("CN/")
    assert preview.accruals[0].invoice_number == inv.number
    assert [(u.item_id, u.quantity, u.asking_price) for u in preview.unsold] == [
        (kain, D(2), D(1250000))
    ]
    row = next(r for r in consignment.list_consignors(db, staff) if r.person_id == sri)
    assert (row.pieces_at_shop, row.pieces_sold, row.owed) == (D(2), D(1), D(1000000))


@pytest.mark.parametrize(
    ("kind", "value", "expected"), [("percent", D("7.5"), D(33750)), ("fixed", D(25000), D(50000))]
)
def test_motif_royalties_accrue_to_the_designer(
    db: Database, staff: Actor, kind: str, value: D, expected: D
) -> None:
    designer = artisan(db, staff, "Ibu Ratna")
    motif = motifs.create_motif(
        db,
        staff,
        motifs.MotifInput(
            name="Sekar Kedaton", designer_id=designer, royalty_kind=kind, royalty_value=value
        ),
    )
    item = product(db, staff, "Kemeja Sekar Kedaton", "250000", motif_id=motif.id)
    sell(db, staff, item, "2", discount=Discount(value=D(50000)))  # taxable 450,000
    assert accruals(db, designer) == [("royalty", D(2), D(450000), expected)]
    preview = consignment.preview_settlement(db, staff, designer, START, TODAY)
    assert (preview.royalties, preview.total_owed, preview.unsold) == (expected, expected, ())
    s = consignment.settle(db, staff, designer, START, TODAY)
    assert (s.royalties, s.consignment_gross, s.total_owed) == (expected, D(0), expected)
    assert s.accruals[0].kind is AccrualKind.ROYALTY


def test_settlement_totals_marks_accruals_returns_unsold_and_pays(
    db: Database, staff: Actor
) -> None:
    sri = artisan(db, staff)
    got = intake(
        db,
        staff,
        sri,
        new_piece("Kain tulis", "3", "1250000"),
        new_piece("Selendang", "2", "455000"),
        commission_percent=D(20),
    )
    kain, selendang = (ln.item_id for ln in got.lines)
    sell(db, staff, kain, "2")
    sell(db, staff, selendang, "1")
    s = consignment.settle(
        db,
        staff,
        sri,
        START,
        TODAY,
        return_unsold=[(kain, D(1))],
        payout=PayoutInput(D(1000000), PayoutMethod.TRANSFER, "TRF-778"),
        notes="diambil sendiri",
    )
    year = TODAY.year
    assert s.number == f"ST/{year}/0001"
    assert (s.consignment_gross, s.commission, s.consignment_net) == (
        D(2955000),
        D(591000),
        D(2364000),
    )
    assert (s.royalties, s.total_owed, s.paid, s.balance) == (
        D(0),
        D(2364000),
        D(1000000),
        D(1364000),
    )
    assert s.bank_name == "BRI"
    assert len(s.accruals) == 2
    assert [(r.item_id, r.quantity) for r in s.returned] == [(kain, D(1))]
    assert balance(db, kain, TOKO) == D(0)
    assert balance(db, selendang, TOKO) == D(1)
    with db.read() as st:
        row = st.get_one(ArtisanSettlement, s.id)
        doc = st.get_one(StockDocument, row.return_document_id)
        assert doc.number == f"KT/{year}/0001" and doc.kind == "consignment_out"
        assert (
            st.scalar(
                select(func.count()).where(
                    ArtisanAccrual.person_id == sri, ArtisanAccrual.settlement_id.is_(None)
                )
            )
            == 0
        )
    # nothing left to settle: only the unsold selendang, returned on request
    assert consignment.preview_settlement(db, staff, sri, START, TODAY).accruals == ()
    with pytest.raises(ValidationError) as err:
        consignment.settle(db, staff, sri, START, TODAY)
    assert err.value.code == "settlement_empty"
    assert consignment.owed_to(db, staff, sri) == D(1364000)
    # payouts: too much refused, the rest paid
    with pytest.raises(ValidationError) as err:
        consignment.record_payout(db, staff, s.id, PayoutInput(D(1364001)))
    assert err.value.code == "payout_exceeds"
    assert "Rp1.364.000" in str(err.value)
    with pytest.raises(ValidationError) as err:
        consignment.record_payout(db, staff, s.id, PayoutInput(D(0)))
    assert err.value.code == "payout_not_positive"
    paid = consignment.record_payout(db, staff, s.id, PayoutInput(D(1364000)))
    assert (paid.paid, paid.balance, len(paid.payouts)) == (D(2364000), D(0), 2)
    assert paid.payouts[0].method is PayoutMethod.TRANSFER
    assert consignment.owed_to(db, staff, sri) == D(0)
    # the rest of the pieces go back with a second settlement (returns only)
    second = consignment.settle(db, staff, sri, START, TODAY, return_unsold=True)
    assert second.number == f"ST/{year}/0002"
    assert second.total_owed == D(0) and [r.item_id for r in second.returned] == [selendang]
    assert balance(db, selendang, TOKO) == D(0)
    assert [x.number for x in consignment.list_settlements(db, staff, sri)] == [
        second.number,
        s.number,
    ]
    assert consignment.get_settlement(db, staff, s.id).paid == D(2364000)


def test_settlement_refusals_write_nothing_and_numbers_stay_gapless(
    db: Database, staff: Actor
) -> None:
    sri = artisan(db, staff)
    kain = intake(db, staff, sri, new_piece("Kain", "2", "1000000")).lines[0].item_id
    sell(db, staff, kain, "1")
    with pytest.raises(ValidationError) as err:
        consignment.settle(db, staff, sri, TODAY, START)
    assert err.value.code == "settlement_period_reversed"
    with pytest.raises(ValidationError) as err:
        consignment.settle(db, staff, sri, START, TODAY, payout=PayoutInput(D(800001)))
    assert err.value.code == "payout_exceeds"
    with pytest.raises(ValidationError) as err:  # more back than is at the shop
        consignment.settle(db, staff, sri, START, TODAY, return_unsold=[(kain, D(2))])
    assert err.value.code == "stock_insufficient"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ArtisanSettlement)) == 0
        assert s.scalar(select(func.count()).where(ArtisanAccrual.settlement_id.is_not(None))) == 0
        assert s.scalar(select(func.count()).where(StockDocument.kind == "consignment_out")) == 0
    assert balance(db, kain, TOKO) == D(1)
    # the period end leaves later accruals open; older ones are always included
    assert consignment.preview_settlement(db, staff, sri, START, START).accruals == ()
    with pytest.raises(ValidationError) as err:
        consignment.settle(db, staff, sri, START - timedelta(days=40), START)
    assert err.value.code == "settlement_empty"
    first = consignment.settle(db, staff, sri, TODAY, TODAY, payout=PayoutInput(D(800000)))
    assert first.number.endswith("/0001") and first.balance == D(0)
    assert first.total_owed == D(800000)


def test_settings_commission_and_reading_permissions(
    db: Database, admin: Actor, staff: Actor, instructor: Actor
) -> None:
    settings.update_settings(db, admin, {"consignment_commission": D(15)})
    sri = artisan(db, staff)
    got = intake(db, staff, sri, new_piece("Kain", "1", "1000000"))
    assert (got.commission_percent, got.lines[0].artisan_share) == (D(15), D(850000))
    for call in (
        lambda: consignment.list_intakes(db, instructor),
        lambda: consignment.list_settlements(db, instructor),
        lambda: consignment.owed_to(db, instructor, sri),
        lambda: consignment.list_consignors(db, instructor),
    ):
        with pytest.raises(PermissionDenied):
            call()
