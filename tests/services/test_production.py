"""Production: recipes, batches from recipes, issuing materials, finishing with cost and wages,
cancelling, wage payments and statements — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.production import BatchStatus, PaymentMethod, Stage
from rumahbatik.domain.stock import DocumentKind, ItemKind, MoveKind
from rumahbatik.models import AuditEntry, StockDocument, StockMove, WageEntry
from rumahbatik.services import items, people, production, stock
from rumahbatik.services.people import ArtisanInput, PersonInput
from rumahbatik.services.production_types import BatchInput, StageInput
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine, TransferLine

D = Decimal


def _location_id(db, actor, code: str) -> int:
    return next(loc.id for loc in stock.list_locations(db, actor) if loc.code == code)


@pytest.fixture
def shop(db, staff):
    """Two materials in the gudang, a product with a recipe, two artisans and a customer."""
    gudang = _location_id(db, staff, "GUDANG")
    mori = items.create_item(
        db, staff, ItemInput(ItemKind.MATERIAL, "Kain mori primissima", "m", category="Kain")
    )
    malam = items.create_item(db, staff, ItemInput(ItemKind.MATERIAL, "Malam tawon", "kg"))
    kain = items.create_item(
        db, staff, ItemInput(ItemKind.PRODUCT, "Kain batik tulis 2 m", "pcs", technique="tulis")
    )
    stock.receive_stock(
        db,
        staff,
        ReceiptInput(
            gudang,
            date(2026, 3, 1),
            [ReceiptLine(mori.id, D(100), D(20000)), ReceiptLine(malam.id, D(10), D(50000))],
        ),
    )
    # two pieces already in stock at 150.000, so the average has something to move
    stock.receive_stock(
        db, staff, ReceiptInput(gudang, date(2026, 3, 1), [ReceiptLine(kain.id, D(2), D(150000))])
    )
    production.set_recipe(
        db,
        staff,
        kain.id,
        materials=[(mori.id, D("2.15")), (malam.id, D("0.25"))],
        stages=[
            (Stage.PEWARNAAN, D(15000)),
            (Stage.POLA, D(10000)),
            (Stage.NGLOWONG, D(50000)),
            (Stage.FINISHING, D(0)),
        ],
    )
    ani = people.create_artisan(db, staff, PersonInput(full_name="Ani Suryani"), ArtisanInput())
    budi = people.create_artisan(db, staff, PersonInput(full_name="Budi Hartono"), ArtisanInput())
    cust = people.create_customer(db, staff, PersonInput(full_name="Pembeli Biasa"))
    return {
        "gudang": gudang,
        "mori": mori,
        "malam": malam,
        "kain": kain,
        "ani": ani.id,
        "budi": budi.id,
        "customer": cust.id,
    }


def _stages(s) -> list[StageInput]:
    return [
        StageInput(Stage.POLA, ((s["ani"], 4),), date(2026, 3, 2), date(2026, 3, 3)),
        StageInput(Stage.NGLOWONG, ((s["ani"], 2), (s["budi"], 2)), date(2026, 3, 3)),
        StageInput(Stage.PEWARNAAN, ((s["budi"], 4),)),
        StageInput(Stage.FINISHING, ((s["budi"], 3),)),
    ]


def test_recipe_is_replaced_in_stage_order_and_audited(db, staff, shop):
    recipe = production.get_recipe(db, staff, shop["kain"].id)
    assert [(m.name, m.quantity) for m in recipe.materials] == [
        ("Kain mori primissima", D("2.150")),
        ("Malam tawon", D("0.250")),
    ]
    assert [s.stage for s in recipe.stages] == [
        Stage.POLA,
        Stage.NGLOWONG,
        Stage.PEWARNAAN,
        Stage.FINISHING,
    ]
    assert recipe.wage_per_piece == D(75000)
    assert recipe.material_cost_per_piece == D("2.15") * 20000 + D("0.25") * 50000

    smaller = production.set_recipe(
        db, staff, shop["kain"].id, [(shop["mori"].id, D(2))], [(Stage.POLA, D(12000))]
    )
    assert [(m.material_id, m.quantity) for m in smaller.materials] == [(shop["mori"].id, D(2))]
    assert [(s.stage, s.piece_rate) for s in smaller.stages] == [(Stage.POLA, D(12000))]
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "recipe").order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None and entry.entity_id == str(shop["kain"].id)


def test_recipe_validation(db, staff, shop):
    kain, mori = shop["kain"].id, shop["mori"].id
    cases = [
        ([(kain, D(1))], [], "recipe_not_material"),
        ([(mori, D(0))], [], "quantity_not_positive"),
        ([(mori, D(1)), (mori, D(2))], [], "duplicate_line"),
        ([], [(Stage.POLA, D(-1))], "rate_negative"),
        ([], [(Stage.POLA, D(1)), ("pola", D(2))], "stage_twice"),
        ([], [("menjahit", D(1))], "stage_unknown"),
    ]
    for materials, stages, code in cases:
        with pytest.raises(ValidationError) as err:
            production.set_recipe(db, staff, kain, materials, stages)
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        production.set_recipe(db, staff, mori, [], [])
    assert err.value.code == "not_a_product"
    # nothing of the refused calls was written
    assert len(production.get_recipe(db, staff, kain).materials) == 2


def test_batch_is_created_from_the_recipe(db, staff, shop):
    batch = production.create_batch(
        db, staff, BatchInput(shop["kain"].id, 4, planned_start=date(2026, 3, 2))
    )
    assert batch.number == "PRD/2026/0001"
    assert batch.status == BatchStatus.PLANNED
    assert batch.output_location_id == shop["gudang"]
    assert [(m.name, m.planned_qty, m.issued_qty) for m in batch.materials] == [
        ("Kain mori primissima", D("8.600"), D(0)),
        ("Malam tawon", D("1.000"), D(0)),
    ]
    assert [(s.stage, s.piece_rate, s.artisans) for s in batch.stages][:2] == [
        (Stage.POLA, D(10000), ()),
        (Stage.NGLOWONG, D(50000), ()),
    ]
    second = production.create_batch(db, staff, BatchInput(shop["kain"].id, 1))
    assert second.number.endswith("/0002")
    for bad in (0, -1, "2.5", 10_001):
        with pytest.raises(ValidationError) as err:
            production.create_batch(db, staff, BatchInput(shop["kain"].id, bad))
        assert err.value.code == "batch_qty_invalid"
    with pytest.raises(ValidationError) as err:
        production.create_batch(db, staff, BatchInput(shop["mori"].id, 2))
    assert err.value.code == "not_a_product"


def test_issue_short_stock_names_the_item_and_writes_nothing(db, staff, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 50))  # 107.5 m
    with pytest.raises(ValidationError) as err:
        production.issue_materials(db, staff, batch.id, shop["gudang"])
    assert err.value.code == "stock_insufficient"
    assert err.value.params["item"] == "Kain mori primissima"
    assert "Kain mori primissima" in err.value.english()
    after = production.get_batch(db, staff, batch.id)
    assert after.status == BatchStatus.PLANNED
    assert all(m.issued_qty == 0 for m in after.materials)
    assert items.get_item(db, staff, shop["mori"].id).on_hand == D(100)
    with db.read() as session:
        assert session.scalars(select(StockDocument)).all()[-1].kind == "receipt"


def test_issue_the_remaining_plan_then_extra(db, staff, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    issued = production.issue_materials(
        db, staff, batch.id, shop["gudang"], [(shop["mori"].id, D(5))], doc_date=date(2026, 3, 2)
    )
    assert issued.status == BatchStatus.IN_PROGRESS
    assert issued.started_on == date(2026, 3, 2)
    assert issued.materials[0].issued_qty == D(5)
    assert issued.materials[0].issued_value == D(100000)
    rest = production.issue_materials(db, staff, batch.id, shop["gudang"])
    assert [(m.issued_qty, m.issued_value) for m in rest.materials] == [
        (D("8.6"), D(172000)),
        (D(1), D(50000)),
    ]
    with pytest.raises(ValidationError) as err:
        production.issue_materials(db, staff, batch.id, shop["gudang"])
    assert err.value.code == "batch_nothing_to_issue"
    assert items.get_item(db, staff, shop["mori"].id).on_hand == D("91.4")
    with db.read() as session:
        docs = session.scalars(
            select(StockDocument).where(StockDocument.batch_id == batch.id)
        ).all()
        assert [d.kind for d in docs] == [DocumentKind.PRODUCTION_ISSUE.value] * 2
        assert docs[0].number.startswith("PM/")
        kinds = {m.kind for m in session.scalars(select(StockMove).where(StockMove.quantity < 0))}
    assert kinds == {MoveKind.ISSUE.value}


def test_issue_from_an_artisans_home(db, staff, shop):
    stock.hand_out_to_artisan(
        db,
        staff,
        shop["ani"],
        shop["gudang"],
        date(2026, 3, 2),
        [TransferLine(shop["mori"].id, D(10))],
    )
    home = next(loc for loc in stock.list_locations(db, staff) if loc.person_id == shop["ani"])
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    production.issue_materials(db, staff, batch.id, home.id, [(shop["mori"].id, D("8.6"))])
    held = stock.stock_at_location(db, staff, shop["ani"], by_person=True)
    assert [(r[2], r[4]) for r in held] == [("Kain mori primissima", D("1.4"))]
    with pytest.raises(ValidationError) as err:
        production.issue_materials(db, staff, batch.id, home.id, [(shop["mori"].id, D(2))])
    assert err.value.code == "stock_insufficient"


def test_finish_posts_output_at_cost_and_writes_wages(db, staff, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    production.issue_materials(db, staff, batch.id, shop["gudang"], doc_date=date(2026, 3, 2))
    progress = production.record_progress(db, staff, batch.id, _stages(shop)[:2])
    pola = progress.stage(Stage.POLA)
    assert pola is not None and pola.started_on == date(2026, 3, 2)
    assert [(a.name, a.pieces) for a in progress.stage(Stage.NGLOWONG).artisans] == [
        ("Ani Suryani", 2),
        ("Budi Hartono", 2),
    ]

    done = production.finish_batch(
        db, staff, batch.id, 3, 1, date(2026, 3, 10), stages=_stages(shop)[2:]
    )
    assert done.status == BatchStatus.FINISHED
    assert (done.qty_finished, done.qty_rejected) == (3, 1)
    assert done.material_cost == D(222000)  # 8.6 m × 20.000 + 1 kg × 50.000
    # Ani: pola 4 × 10.000 + nglowong 2 × 50.000; Budi: nglowong 2 × 50.000 + pewarnaan 4 ×
    # 15.000; finishing pays nothing
    assert done.wage_cost == D(300000)
    assert done.unit_cost == D(174000)  # 522.000 / 3 good pieces
    assert done.finished_on == date(2026, 3, 10)
    assert all(s.finished_on is not None for s in done.stages)

    kain = items.get_item(db, staff, shop["kain"].id)
    assert kain.on_hand == D(5)
    assert kain.avg_cost == D(164400)  # (2 × 150.000 + 3 × 174.000) / 5
    with db.read() as session:
        out = session.scalars(select(StockMove).where(StockMove.kind == "output")).one()
        assert (out.quantity, out.unit_cost, out.location_id) == (D(3), D(174000), shop["gudang"])
        doc = session.get(StockDocument, out.document_id)
        assert doc.kind == "production_output" and doc.batch_id == batch.id
        wages = sorted(
            (w.artisan_id, w.stage, w.pieces, w.rate, w.amount, w.earned_on)
            for w in session.scalars(select(WageEntry))
        )
    ani, budi = shop["ani"], shop["budi"]
    assert wages == sorted(
        [
            (ani, "pola", 4, D(10000), D(40000), date(2026, 3, 10)),
            (ani, "nglowong", 2, D(50000), D(100000), date(2026, 3, 10)),
            (budi, "nglowong", 2, D(50000), D(100000), date(2026, 3, 10)),
            (budi, "pewarnaan", 4, D(15000), D(60000), date(2026, 3, 10)),
        ]
    )
    # who made it, most pieces first (for hang tags)
    assert items.get_item(db, staff, shop["kain"].id).artisans == ("Budi Hartono", "Ani Suryani")
    assert [b.number for b in production.batches_for_artisan(db, staff, budi)] == [batch.number]
    with pytest.raises(ValidationError) as err:
        production.issue_materials(db, staff, batch.id, shop["gudang"])
    assert err.value.code == "batch_closed"


def test_finish_rules(db, staff, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    with pytest.raises(ValidationError) as err:
        production.finish_batch(db, staff, batch.id, 3, 0, date(2026, 3, 10))
    assert err.value.code == "stage_needs_artisan" and err.value.params["stage"] == "pola"
    with pytest.raises(ValidationError) as err:
        production.finish_batch(db, staff, batch.id, 4, 1, date(2026, 3, 10), _stages(shop))
    assert err.value.code == "finish_qty_invalid"
    with pytest.raises(ValidationError) as err:
        production.finish_batch(db, staff, batch.id, 0, 0, date(2026, 3, 10), _stages(shop))
    assert err.value.code == "finish_qty_invalid"
    bad = [StageInput(Stage.POLA, ((shop["customer"], 4),))]
    with pytest.raises(ValidationError) as err:
        production.record_progress(db, staff, batch.id, bad)
    assert err.value.code == "not_an_artisan" and err.value.params["name"] == "Pembeli Biasa"
    too_many = [StageInput(Stage.POLA, ((shop["ani"], 3), (shop["budi"], 2)))]
    with pytest.raises(ValidationError) as err:
        production.record_progress(db, staff, batch.id, too_many)
    assert err.value.code == "pieces_too_many"
    upside = [StageInput(Stage.POLA, (), date(2026, 3, 5), date(2026, 3, 4))]
    with pytest.raises(ValidationError) as err:
        production.record_progress(db, staff, batch.id, upside)
    assert err.value.code == "stage_dates_invalid"
    # all rejected: wages are owed, nothing goes to stock
    done = production.finish_batch(db, staff, batch.id, 0, 4, date(2026, 3, 10), _stages(shop))
    assert done.unit_cost == 0 and done.wage_cost == D(300000)
    assert items.get_item(db, staff, shop["kain"].id).on_hand == D(2)


def test_update_batch_materials(db, staff, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    production.issue_materials(db, staff, batch.id, shop["gudang"], [(shop["mori"].id, D(1))])
    changed = production.update_batch(
        db, staff, batch.id, planned_qty=5, materials=[(shop["mori"].id, D("10.75"))],
        notes="Pesanan Dinas",
    )  # fmt: skip
    assert changed.planned_qty == 5 and changed.notes == "Pesanan Dinas"
    assert [(m.name, m.planned_qty) for m in changed.materials] == [
        ("Kain mori primissima", D("10.75"))
    ]
    with pytest.raises(ValidationError) as err:
        production.update_batch(db, staff, batch.id, materials=[(shop["malam"].id, D(1))])
    assert err.value.code == "batch_material_issued"


def test_cancel_returns_issued_materials_when_asked(db, staff, shop):
    kept = production.create_batch(db, staff, BatchInput(shop["kain"].id, 1))
    production.issue_materials(db, staff, kept.id, shop["gudang"])
    production.cancel_batch(db, staff, kept.id, reason="kain rusak")
    assert items.get_item(db, staff, shop["mori"].id).on_hand == D("97.85")  # consumed

    back = production.create_batch(db, staff, BatchInput(shop["kain"].id, 2))
    production.issue_materials(db, staff, back.id, shop["gudang"])
    cancelled = production.cancel_batch(db, staff, back.id, return_to_location_id=shop["gudang"])
    assert cancelled.status == BatchStatus.CANCELLED
    mori = items.get_item(db, staff, shop["mori"].id)
    assert mori.on_hand == D("97.85") and mori.avg_cost == D(20000)
    with pytest.raises(ValidationError) as err:
        production.cancel_batch(db, staff, back.id)
    assert err.value.code == "batch_closed"


def test_wage_statement_and_payments(db, staff, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    production.issue_materials(db, staff, batch.id, shop["gudang"], doc_date=date(2026, 3, 2))
    production.finish_batch(db, staff, batch.id, 4, 0, date(2026, 3, 10), _stages(shop))
    ani = shop["ani"]
    production.record_wage_payment(db, staff, ani, date(2026, 2, 20), D(50000), "cash")
    paid = production.record_wage_payment(
        db, staff, ani, date(2026, 3, 15), D(100000), PaymentMethod.TRANSFER, "TRF-001"
    )
    assert paid.method == PaymentMethod.TRANSFER and paid.reference == "TRF-001"
    production.record_wage_payment(db, staff, ani, date(2026, 4, 2), D(20000))

    st = production.wage_statement(db, staff, ani, date(2026, 3, 1), date(2026, 3, 31))
    assert st.artisan_name == "Ani Suryani"
    assert [(line.stage, line.pieces, line.rate, line.amount) for line in st.lines] == [
        (Stage.POLA, 4, D(10000), D(40000)),
        (Stage.NGLOWONG, 2, D(50000), D(100000)),
    ]
    assert st.lines[0].batch_number == batch.number
    assert st.lines[0].product_name == "Kain batik tulis 2 m"
    assert (st.earned, st.paid, st.owed_before, st.owed_end) == (
        D(140000),
        D(100000),
        D(-50000),  # an advance (kasbon) paid in February
        D(-10000),
    )
    april = production.wage_statement(db, staff, ani, date(2026, 4, 1), date(2026, 4, 30))
    assert (april.earned, april.paid, april.owed_before, april.owed_end) == (
        D(0),
        D(20000),
        D(-10000),
        D(-30000),
    )
    assert production.wages_owed(db, staff, shop["budi"]) == D(160000)
    for amount, method, code in ((D(0), "cash", "payment_invalid"),
                                 (D(10), "cek", "payment_method_invalid")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            production.record_wage_payment(db, staff, ani, date(2026, 3, 1), amount, method)
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        production.record_wage_payment(db, staff, shop["customer"], date(2026, 3, 1), D(1))
    assert err.value.code == "not_an_artisan"
    with pytest.raises(ValidationError) as err:
        production.wage_statement(db, staff, ani, date(2026, 3, 31), date(2026, 3, 1))
    assert err.value.code == "date_invalid_range"


def test_list_batches_filters(db, staff, shop):
    a = production.create_batch(db, staff, BatchInput(shop["kain"].id, 1))
    b = production.create_batch(db, staff, BatchInput(shop["kain"].id, 2))
    production.cancel_batch(db, staff, a.id)
    assert [r.number for r in production.list_batches(db, staff)] == [b.number, a.number]
    assert [r.id for r in production.list_batches(db, staff, BatchStatus.CANCELLED)] == [a.id]
    assert [r.id for r in production.list_batches(db, staff, text="0002")] == [b.id]
    assert len(production.list_batches(db, staff, text="batik TULIS")) == 2
    assert production.list_batches(db, staff, text="selendang") == []
    page = production.list_batches(db, staff, limit=1)
    assert [r.id for r in production.list_batches(db, staff, after=page[-1])] == [a.id]


def test_instructor_is_refused(db, staff, instructor, shop):
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 1))
    calls = [
        lambda: production.get_recipe(db, instructor, shop["kain"].id),
        lambda: production.set_recipe(db, instructor, shop["kain"].id, [], []),
        lambda: production.create_batch(db, instructor, BatchInput(shop["kain"].id, 1)),
        lambda: production.list_batches(db, instructor),
        lambda: production.issue_materials(db, instructor, batch.id, shop["gudang"]),
        lambda: production.finish_batch(db, instructor, batch.id, 1),
        lambda: production.cancel_batch(db, instructor, batch.id),
        lambda: production.record_wage_payment(db, instructor, shop["ani"], date(2026, 3, 1), D(1)),
        lambda: production.wage_statement(
            db, instructor, shop["ani"], date(2026, 3, 1), date(2026, 3, 31)
        ),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
