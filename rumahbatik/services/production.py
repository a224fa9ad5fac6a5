"""Production: recipes (bill of materials and piece rates), batches, issuing materials,
recording the stages' progress, finishing a batch into stock, and cancelling one.

Rules, decided here and shown to users by the errors:

- A batch copies its product's recipe when it is created; afterwards its material lines
  (planned quantities), stage rates, artisans and dates are its own and stay editable while
  it is planned or in progress. A recipe changed later does not touch existing batches.
- Materials are issued from any location (the gudang, or an artisan's home when cloth was
  handed out earlier) at their moving-average cost; the ledger refuses to go below zero.
- Finishing needs finished + rejected pieces from 1 to the planned quantity (pieces lost
  along the way are simply not counted), and every stage that pays a rate needs at least one
  artisan with pieces. Wages are owed for the pieces worked, rejected ones included. The
  output (finished pieces only) goes to stock at (materials issued + wages) / finished, so
  the good pieces carry the cost of the rejects. When every piece is rejected nothing goes to
  stock and the cost is written off (the batch keeps the figures).
- Cancelling a batch that has had materials issued either leaves them consumed (cloth that
  was waxed or dyed is not stock any more) or, when the caller names a location, returns
  them there at the value they were issued at, under a ``PM/…`` document.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.errors import NotFound, ValidationError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah, like_pattern
from rumahbatik.domain.production import STAGE_ORDER, BatchStatus, Stage
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import (
    DocumentKind,
    ItemKind,
    MoveKind,
    round_cost,
    round_money,
    round_qty,
)
from rumahbatik.models import (
    BatchMaterial,
    BatchStage,
    BatchStageArtisan,
    Item,
    Location,
    Motif,
    Person,
    ProductionBatch,
    RecipeMaterial,
    RecipeStage,
    WageEntry,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor
from rumahbatik.services.numbering import next_yearly_number
from rumahbatik.services.production_types import (
    BatchData,
    BatchInput,
    BatchMaterialData,
    BatchRow,
    BatchStageData,
    Recipe,
    RecipeMaterialLine,
    RecipeStageLine,
    StageArtisanData,
    StageInput,
)
from rumahbatik.services.production_wages import (  # noqa: F401 - one place to import from
    list_wage_payments,
    record_wage_payment,
    wage_statement,
    wages_owed,
)
from rumahbatik.services.stock import store_location
from rumahbatik.services.stock_ledger import MoveRequest, check_quantity, new_document, post_moves

#: Batch numbers: PRD/2026/0001 (produksi).
BATCH_PREFIX = "PRD"
MAX_BATCH_QTY = 10_000
_OPEN = (BatchStatus.PLANNED.value, BatchStatus.IN_PROGRESS.value)


def _require(actor: Actor) -> None:
    actor.require(Permission.MANAGE_STOCK)


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("not_found", what=f"item #{item_id}")
    return item


def _product(session: Session, product_id: int) -> Item:
    item = _item(session, product_id)
    if item.kind != ItemKind.PRODUCT.value:
        raise ValidationError("not_a_product", name=item.name)
    return item


def _stage(value: object) -> Stage:
    try:
        return Stage(value)
    except ValueError as exc:
        raise ValidationError("stage_unknown", stage=str(value)) from exc


# ------------------------------------------------------------------ recipes


def _recipe(session: Session, product: Item) -> Recipe:
    materials = session.execute(
        select(RecipeMaterial, Item)
        .join(Item, Item.id == RecipeMaterial.material_id)
        .where(RecipeMaterial.product_id == product.id)
        .order_by(RecipeMaterial.position, Item.name_key)
    ).all()
    stages = session.scalars(
        select(RecipeStage)
        .where(RecipeStage.product_id == product.id)
        .order_by(RecipeStage.position)
    ).all()
    return Recipe(
        product_id=product.id,
        product_sku=product.sku,
        product_name=product.name,
        materials=tuple(
            RecipeMaterialLine(
                material_id=item.id,
                sku=item.sku,
                name=item.name,
                unit=item.unit,
                quantity=Decimal(rm.quantity),
                avg_cost=Decimal(item.avg_cost),
            )
            for rm, item in materials
        ),
        stages=tuple(RecipeStageLine(Stage(s.stage), Decimal(s.piece_rate)) for s in stages),
    )


def get_recipe(db: Database, actor: Actor, product_id: int) -> Recipe:
    """A product's recipe (empty when none was entered yet)."""
    _require(actor)
    with db.read() as session:
        return _recipe(session, _product(session, product_id))


def set_recipe(
    db: Database,
    actor: Actor,
    product_id: int,
    materials: Sequence[tuple[int, Decimal]],
    stages: Sequence[tuple[Stage | str, Decimal]],
) -> Recipe:
    """Replace a product's recipe: ``materials`` as (material id, quantity per piece) and
    ``stages`` as (stage, piece rate). Stages are kept in the usual order of making batik."""
    _require(actor)
    with db.transaction() as session:
        return set_recipe_in_session(session, actor, product_id, materials, stages)


def set_recipe_in_session(
    session: Session,
    actor: Actor,
    product_id: int,
    materials: Sequence[tuple[int, Decimal]],
    stages: Sequence[tuple[Stage | str, Decimal]],
) -> Recipe:
    """:func:`set_recipe` in the caller's transaction (the demo writes in one)."""
    product = _product(session, product_id)
    old = _recipe(session, product)
    clean_materials: list[tuple[Item, Decimal]] = []
    seen: set[int] = set()
    for material_id, quantity in materials:
        item = _item(session, material_id)
        if item.kind != ItemKind.MATERIAL.value:
            raise ValidationError("recipe_not_material", name=item.name)
        if item.id in seen:
            raise ValidationError("duplicate_line", item=item.name)
        seen.add(item.id)
        qty = round_qty(Decimal(quantity))
        if qty <= 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(qty)
            )
        clean_materials.append((item, qty))
    clean_stages: dict[Stage, Decimal] = {}
    for value, rate in stages:
        stage = _stage(value)
        if stage in clean_stages:
            raise ValidationError("stage_twice", stage=stage.value)
        r = round_money(Decimal(rate))
        if r < 0:
            raise ValidationError("rate_negative", stage=stage.value, rate=format_rupiah(r))
        clean_stages[stage] = r
    for row in session.scalars(
        select(RecipeMaterial).where(RecipeMaterial.product_id == product.id)
    ):
        session.delete(row)
    for row in session.scalars(select(RecipeStage).where(RecipeStage.product_id == product.id)):
        session.delete(row)
    session.flush()
    for pos, (item, qty) in enumerate(clean_materials):
        session.add(
            RecipeMaterial(product_id=product.id, material_id=item.id, quantity=qty, position=pos)
        )
    for stage in STAGE_ORDER:
        if stage in clean_stages:
            session.add(
                RecipeStage(
                    product_id=product.id,
                    stage=stage.value,
                    position=STAGE_ORDER.index(stage),
                    piece_rate=clean_stages[stage],
                )
            )
    session.flush()
    new = _recipe(session, product)
    audit.record(
        session, actor, "update", "recipe", product.id,
        old=_recipe_audit(old), new=_recipe_audit(new), summary=f"{product.sku} {product.name}",
    )  # fmt: skip
    return new


def _recipe_audit(recipe: Recipe) -> dict[str, object]:
    return {
        "materials": [[m.sku, str(m.quantity)] for m in recipe.materials],
        "stages": [[s.stage.value, str(s.piece_rate)] for s in recipe.stages],
    }


# ------------------------------------------------------------------ reading batches


def _batch(session: Session, batch_id: int, *, lock: bool = False) -> ProductionBatch:
    stmt = select(ProductionBatch).where(ProductionBatch.id == batch_id)
    if lock:
        stmt = stmt.with_for_update()
    batch = session.scalars(stmt).one_or_none()
    if batch is None:
        raise NotFound("not_found", what=f"batch #{batch_id}")
    return batch


def _open_batch(session: Session, batch_id: int) -> ProductionBatch:
    batch = _batch(session, batch_id, lock=True)
    if batch.status not in _OPEN:
        raise ValidationError("batch_closed", number=batch.number)
    return batch


def batch_data(session: Session, batch: ProductionBatch) -> BatchData:
    product = session.get_one(Item, batch.product_id)
    motif = session.get(Motif, batch.motif_id) if batch.motif_id else None
    loc = session.get(Location, batch.output_location_id)
    item_ids = {m.material_id for m in batch.materials}
    items = (
        {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(item_ids)))}
        if item_ids
        else {}
    )
    artisan_ids = {a.artisan_id for s in batch.stages for a in s.artisans}
    names = (
        {
            pid: name
            for pid, name in session.execute(
                select(Person.id, Person.full_name).where(Person.id.in_(artisan_ids))
            )
        }
        if artisan_ids
        else {}
    )
    return BatchData(
        id=batch.id,
        number=batch.number,
        product_id=product.id,
        product_sku=product.sku,
        product_name=product.name,
        motif_id=batch.motif_id,
        motif_name=motif.name if motif else "",
        status=BatchStatus(batch.status),
        planned_qty=batch.planned_qty,
        planned_start=batch.planned_start,
        started_on=batch.started_on,
        finished_on=batch.finished_on,
        output_location_id=batch.output_location_id,
        output_location_name=loc.name if loc else "",
        qty_finished=batch.qty_finished,
        qty_rejected=batch.qty_rejected,
        material_cost=Decimal(batch.material_cost),
        wage_cost=Decimal(batch.wage_cost),
        unit_cost=Decimal(batch.unit_cost),
        notes=batch.notes,
        materials=tuple(
            BatchMaterialData(
                material_id=m.material_id,
                sku=items[m.material_id].sku,
                name=items[m.material_id].name,
                unit=items[m.material_id].unit,
                planned_qty=Decimal(m.planned_qty),
                issued_qty=Decimal(m.issued_qty),
                issued_value=Decimal(m.issued_value),
            )
            for m in batch.materials
        ),
        stages=tuple(
            BatchStageData(
                stage=Stage(s.stage),
                piece_rate=Decimal(s.piece_rate),
                started_on=s.started_on,
                finished_on=s.finished_on,
                artisans=tuple(
                    sorted(
                        (
                            StageArtisanData(a.artisan_id, names.get(a.artisan_id, "?"), a.pieces)
                            for a in s.artisans
                        ),
                        key=lambda a: a.name.lower(),
                    )
                ),
            )
            for s in batch.stages
        ),
        created_at=batch.created_at,
    )


def get_batch(db: Database, actor: Actor, batch_id: int) -> BatchData:
    _require(actor)
    with db.read() as session:
        return batch_data(session, _batch(session, batch_id))


def _rows_select():  # type: ignore[no-untyped-def]
    return (
        select(ProductionBatch, Item.sku, Item.name, Motif.name)
        .join(Item, Item.id == ProductionBatch.product_id)
        .outerjoin(Motif, Motif.id == ProductionBatch.motif_id)
    )


def _rows(session: Session, stmt) -> list[BatchRow]:  # type: ignore[no-untyped-def]
    return [
        BatchRow(
            id=b.id,
            number=b.number,
            product_id=b.product_id,
            product_sku=sku,
            product_name=name,
            motif_name=motif or "",
            status=BatchStatus(b.status),
            planned_qty=b.planned_qty,
            qty_finished=b.qty_finished,
            planned_start=b.planned_start,
            started_on=b.started_on,
            finished_on=b.finished_on,
        )
        for b, sku, name, motif in session.execute(stmt)
    ]


def list_batches(
    db: Database,
    actor: Actor,
    status: BatchStatus | str | None = None,
    text: str = "",
    *,
    after: BatchRow | None = None,
    limit: int = 200,
) -> list[BatchRow]:
    """Batches, newest first; ``text`` matches the number, product name/SKU or motif (every
    word). Page with ``after`` (the last row of the previous page)."""
    _require(actor)
    stmt = _rows_select()
    if status:
        stmt = stmt.where(ProductionBatch.status == BatchStatus(status).value)
    for word in (text or "").lower().split():
        pattern = like_pattern(word)
        stmt = stmt.where(
            or_(
                ProductionBatch.number.ilike(pattern, escape="\\"),
                Item.name_key.like(pattern, escape="\\"),
                Item.sku.ilike(pattern, escape="\\"),
                Motif.name.ilike(pattern, escape="\\"),
            )
        )
    if after is not None:
        stmt = stmt.where(ProductionBatch.id < after.id)
    stmt = stmt.order_by(ProductionBatch.id.desc()).limit(limit)
    with db.read() as session:
        return _rows(session, stmt)


def batches_for_artisan(db: Database, actor: Actor, artisan_id: int) -> list[BatchRow]:
    """The batches an artisan works (or worked) a stage of, newest first."""
    _require(actor)
    worked = exists(
        select(BatchStageArtisan.stage_id)
        .join(BatchStage, BatchStage.id == BatchStageArtisan.stage_id)
        .where(
            BatchStage.batch_id == ProductionBatch.id, BatchStageArtisan.artisan_id == artisan_id
        )
    )
    stmt = _rows_select().where(worked).order_by(ProductionBatch.id.desc())
    with db.read() as session:
        return _rows(session, stmt)


# ------------------------------------------------------------------ creating and editing


def _planned_qty(value: object) -> int:
    try:
        qty = Decimal(str(value))
    except ArithmeticError as exc:
        raise ValidationError(
            "batch_qty_invalid", max=format_number(MAX_BATCH_QTY), quantity=value
        ) from exc
    if qty != qty.to_integral_value() or not 1 <= qty <= MAX_BATCH_QTY:
        raise ValidationError(
            "batch_qty_invalid", max=format_number(MAX_BATCH_QTY), quantity=format_number(qty)
        )
    return int(qty)


def create_batch(db: Database, actor: Actor, inp: BatchInput) -> BatchData:
    """Plan a batch (``PRD/2026/0001``) of a product, copying its recipe: materials planned
    at quantity per piece × pieces, stages with their piece rates. Status: planned."""
    _require(actor)
    with db.transaction() as session:
        return batch_data(session, create_batch_in_session(session, actor, inp))


def create_batch_in_session(
    session: Session, actor: Actor, inp: BatchInput, *, on: date | None = None
) -> ProductionBatch:
    """:func:`create_batch` in the caller's transaction; ``on`` dates the number's year."""
    product = _product(session, inp.product_id)
    if not product.active:
        raise ValidationError("item_inactive", name=product.name)
    qty = _planned_qty(inp.planned_qty)
    motif_id = inp.motif_id if inp.motif_id is not None else product.motif_id
    if motif_id is not None and session.get(Motif, motif_id) is None:
        raise NotFound("not_found", what=f"motif #{motif_id}")
    if inp.output_location_id is None:
        loc = store_location(session)
    else:
        loc = session.get(Location, inp.output_location_id)
        if loc is None:
            raise NotFound("not_found", what=f"location #{inp.output_location_id}")
        if not loc.active:
            raise ValidationError("location_inactive", location=loc.name)
    year = (on or inp.planned_start or date.today()).year
    recipe = _recipe(session, product)
    batch = ProductionBatch(
        number=next_yearly_number(session, BATCH_PREFIX, year),
        product_id=product.id,
        motif_id=motif_id,
        status=BatchStatus.PLANNED.value,
        planned_qty=qty,
        planned_start=inp.planned_start,
        output_location_id=loc.id,
        notes=(inp.notes or "").strip(),
        created_by_id=actor.user_id,
    )
    for pos, m in enumerate(recipe.materials):
        batch.materials.append(
            BatchMaterial(
                material_id=m.material_id,
                position=pos,
                planned_qty=round_qty(m.quantity * qty),
                issued_qty=Decimal(0),
                issued_value=Decimal(0),
            )
        )
    for s in recipe.stages:
        batch.stages.append(
            BatchStage(
                stage=s.stage.value, position=STAGE_ORDER.index(s.stage), piece_rate=s.piece_rate
            )
        )
    session.add(batch)
    session.flush()
    audit.record(
        session, actor, "create", "production_batch", batch.id,
        new={
            "number": batch.number,
            "product": product.sku,
            "planned_qty": qty,
            "materials": [[m.sku, str(round_qty(m.quantity * qty))] for m in recipe.materials],
            "stages": [[s.stage.value, str(s.piece_rate)] for s in recipe.stages],
        },
        summary=f"{batch.number} {product.name} × {qty}",
    )  # fmt: skip
    return batch


def update_batch(
    db: Database,
    actor: Actor,
    batch_id: int,
    *,
    planned_qty: int | None = None,
    planned_start: date | None = None,
    notes: str | None = None,
    materials: Sequence[tuple[int, Decimal]] | None = None,
) -> BatchData:
    """Change a planned or running batch: pieces planned, start date, notes, and the material
    lines as (material id, planned quantity) replacing the list. A material already issued
    stays on the list. ``None`` leaves a field as it is."""
    _require(actor)
    with db.transaction() as session:
        batch = _open_batch(session, batch_id)
        old = batch_data(session, batch)
        if planned_qty is not None:
            batch.planned_qty = _planned_qty(planned_qty)
        if planned_start is not None:
            batch.planned_start = planned_start
        if notes is not None:
            batch.notes = notes.strip()
        if materials is not None:
            _replace_materials(session, batch, materials)
        session.flush()
        session.refresh(batch)
        new = batch_data(session, batch)
        audit.record(
            session, actor, "update", "production_batch", batch.id,
            old=_batch_audit(old), new=_batch_audit(new), summary=batch.number,
        )  # fmt: skip
        return new


def _replace_materials(
    session: Session, batch: ProductionBatch, materials: Sequence[tuple[int, Decimal]]
) -> None:
    wanted: dict[int, Decimal] = {}
    for material_id, qty in materials:
        item = _item(session, material_id)
        if item.kind != ItemKind.MATERIAL.value:
            raise ValidationError("recipe_not_material", name=item.name)
        if item.id in wanted:
            raise ValidationError("duplicate_line", item=item.name)
        q = check_quantity(item, Decimal(qty))
        if q < 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(q)
            )
        wanted[item.id] = q
    existing = {m.material_id: m for m in batch.materials}
    for material_id, line in existing.items():
        if material_id not in wanted:
            if Decimal(line.issued_qty) != 0:
                item = session.get_one(Item, material_id)
                raise ValidationError(
                    "batch_material_issued",
                    item=item.name,
                    number=batch.number,
                    issued=format_number(Decimal(line.issued_qty)),
                    unit=item.unit,
                )
            batch.materials.remove(line)
    for pos, (material_id, qty) in enumerate(wanted.items()):
        line = existing.get(material_id)
        if line is None:
            batch.materials.append(
                BatchMaterial(
                    material_id=material_id,
                    position=pos,
                    planned_qty=qty,
                    issued_qty=Decimal(0),
                    issued_value=Decimal(0),
                )
            )
        else:
            line.planned_qty = qty
            line.position = pos


def _batch_audit(b: BatchData) -> dict[str, object]:
    return {
        "status": b.status.value,
        "planned_qty": b.planned_qty,
        "planned_start": b.planned_start,
        "notes": b.notes,
        "materials": [[m.sku, str(m.planned_qty), str(m.issued_qty)] for m in b.materials],
        "stages": [
            [
                s.stage.value,
                str(s.piece_rate),
                s.started_on.isoformat() if s.started_on else None,
                s.finished_on.isoformat() if s.finished_on else None,
                [[a.artisan_id, a.pieces] for a in s.artisans],
            ]
            for s in b.stages
        ],
    }


def _apply_stage(
    session: Session, batch: ProductionBatch, inp: StageInput, checked: dict[int, Person]
) -> None:
    stage = _stage(inp.stage)
    row = next((s for s in batch.stages if s.stage == stage.value), None)
    if row is None:
        raise ValidationError("stage_not_in_batch", number=batch.number, stage=stage.value)
    if inp.started_on and inp.finished_on and inp.finished_on < inp.started_on:
        raise ValidationError(
            "stage_dates_invalid",
            stage=stage.value,
            started=format_date(inp.started_on),
            finished=format_date(inp.finished_on),
        )
    if inp.piece_rate is not None:
        rate = round_money(Decimal(inp.piece_rate))
        if rate < 0:
            raise ValidationError("rate_negative", stage=stage.value, rate=format_rupiah(rate))
        row.piece_rate = rate
    pieces: dict[int, int] = {}
    for artisan_id, count in inp.artisans:
        person = checked.get(artisan_id) or session.get(Person, artisan_id)
        if person is None:
            raise NotFound("not_found", what=f"artisan #{artisan_id}")
        if not person.is_artisan:
            raise ValidationError("not_an_artisan", name=person.full_name)
        checked[artisan_id] = person
        if artisan_id in pieces:
            raise ValidationError("artisan_twice", name=person.full_name, stage=stage.value)
        try:
            n = Decimal(str(count))
        except ArithmeticError as exc:
            raise ValidationError("pieces_invalid", name=person.full_name, pieces=count) from exc
        if n < 0 or n != n.to_integral_value():
            raise ValidationError("pieces_invalid", name=person.full_name, pieces=format_number(n))
        pieces[artisan_id] = int(n)
    total = sum(pieces.values())
    if total > batch.planned_qty:
        raise ValidationError(
            "pieces_too_many", stage=stage.value, pieces=total, planned=batch.planned_qty
        )
    row.started_on = inp.started_on
    row.finished_on = inp.finished_on
    current = {a.artisan_id: a for a in row.artisans}
    for artisan_id, a in current.items():
        if artisan_id not in pieces:
            row.artisans.remove(a)
    for artisan_id, n in pieces.items():
        if artisan_id in current:
            current[artisan_id].pieces = n
        else:
            row.artisans.append(BatchStageArtisan(artisan_id=artisan_id, pieces=n))


def record_progress(
    db: Database, actor: Actor, batch_id: int, stages: Sequence[StageInput]
) -> BatchData:
    """Record the stages' progress: who works each stage with how many pieces, the start and
    finish dates, and (optionally) a changed piece rate. Stages not listed stay as they are;
    a listed stage's artisans are replaced by the ones given."""
    _require(actor)
    with db.transaction() as session:
        return batch_data(session, progress_in_session(session, actor, batch_id, stages))


def progress_in_session(
    session: Session, actor: Actor, batch_id: int, stages: Sequence[StageInput]
) -> ProductionBatch:
    """:func:`record_progress` in the caller's transaction (the demo writes in one)."""
    batch = _open_batch(session, batch_id)
    old = batch_data(session, batch)
    checked: dict[int, Person] = {}
    seen: set[Stage] = set()
    for inp in stages:
        stage = _stage(inp.stage)
        if stage in seen:
            raise ValidationError("stage_twice", stage=stage.value)
        seen.add(stage)
        _apply_stage(session, batch, inp, checked)
    started = [s.started_on for s in batch.stages if s.started_on]
    if started and batch.status == BatchStatus.PLANNED.value:
        batch.status = BatchStatus.IN_PROGRESS.value
    if started and (batch.started_on is None or min(started) < batch.started_on):
        batch.started_on = min(started)
    session.flush()
    session.refresh(batch)
    audit.record(
        session, actor, "progress", "production_batch", batch.id,
        old=_batch_audit(old), new=_batch_audit(batch_data(session, batch)),
        summary=batch.number,
    )  # fmt: skip
    return batch


# ------------------------------------------------------------------ issuing materials


def issue_materials(
    db: Database,
    actor: Actor,
    batch_id: int,
    from_location_id: int,
    lines: Sequence[tuple[int, Decimal]] | None = None,
    *,
    doc_date: date | None = None,
) -> BatchData:
    """Issue materials to a batch from a location (``PM/…`` document): the given
    (material id, quantity) lines, or ``None`` for what remains of the planned amounts.
    The materials leave stock at their average cost, which is added to the batch's
    material cost; the batch is then in progress."""
    _require(actor)
    with db.transaction() as session:
        batch = issue_in_session(
            session, actor, batch_id, from_location_id, lines, doc_date=doc_date
        )
        return batch_data(session, batch)


def issue_in_session(
    session: Session,
    actor: Actor,
    batch_id: int,
    from_location_id: int,
    lines: Sequence[tuple[int, Decimal]] | None = None,
    *,
    doc_date: date | None = None,
    moved_at: datetime | None = None,
) -> ProductionBatch:
    """:func:`issue_materials` in the caller's transaction."""
    batch = _open_batch(session, batch_id)
    loc = session.get(Location, from_location_id)
    if loc is None:
        raise NotFound("not_found", what=f"location #{from_location_id}")
    by_material = {m.material_id: m for m in batch.materials}
    wanted: list[tuple[Item, Decimal]] = []
    if lines is None:
        for m in batch.materials:
            remaining = Decimal(m.planned_qty) - Decimal(m.issued_qty)
            if remaining > 0:
                wanted.append((session.get_one(Item, m.material_id), remaining))
        if not wanted:
            raise ValidationError("batch_nothing_to_issue", number=batch.number)
    else:
        if not lines:
            raise ValidationError("lines_required")
        seen: set[int] = set()
        for material_id, qty in lines:
            item = _item(session, material_id)
            if item.kind != ItemKind.MATERIAL.value:
                raise ValidationError("recipe_not_material", name=item.name)
            if item.id in seen:
                raise ValidationError("duplicate_line", item=item.name)
            seen.add(item.id)
            wanted.append((item, Decimal(qty)))
    requests: list[MoveRequest] = []
    for item, qty in wanted:
        q = check_quantity(item, qty)
        if q <= 0:
            raise ValidationError(
                "quantity_not_positive", item=item.name, quantity=format_number(q)
            )
        requests.append(MoveRequest(item.id, loc.id, -q, MoveKind.ISSUE, note=batch.number))
    day = doc_date or (moved_at.date() if moved_at else date.today())
    doc = new_document(
        session, actor, DocumentKind.PRODUCTION_ISSUE, day, batch_id=batch.id, notes=batch.number
    )
    moves = post_moves(session, actor, requests, document=doc, moved_at=moved_at)
    for move in moves:
        line = by_material.get(move.item_id)
        if line is None:  # a material the plan did not have: added with nothing planned
            line = BatchMaterial(
                material_id=move.item_id,
                position=len(batch.materials),
                planned_qty=Decimal(0),
                issued_qty=Decimal(0),
                issued_value=Decimal(0),
            )
            batch.materials.append(line)
            by_material[move.item_id] = line
        line.issued_qty = round_qty(Decimal(line.issued_qty or 0) - Decimal(move.quantity))
        line.issued_value = round_money(Decimal(line.issued_value or 0) - Decimal(move.value))
    if batch.status == BatchStatus.PLANNED.value:
        batch.status = BatchStatus.IN_PROGRESS.value
    if batch.started_on is None or day < batch.started_on:
        batch.started_on = day
    session.flush()
    audit.record(
        session, actor, "issue", "production_batch", batch.id,
        new={
            "document": doc.number,
            "from": loc.code,
            "lines": [[m.item_id, str(-m.quantity), str(-m.value)] for m in moves],
        },
        summary=f"{batch.number} {doc.number}",
    )  # fmt: skip
    return batch


# ------------------------------------------------------------------ finishing and cancelling


def finish_batch(
    db: Database,
    actor: Actor,
    batch_id: int,
    qty_finished: int,
    qty_rejected: int = 0,
    finished_on: date | None = None,
    stages: Sequence[StageInput] | None = None,
) -> BatchData:
    """Finish a batch in one transaction: record the last stage work given in ``stages``,
    write the wages owed per artisan and stage (pieces × rate), post the finished pieces to
    the output location at (materials issued + wages) / finished pieces (``HP/…``), and
    close the batch. See the module doc for the rules."""
    _require(actor)
    with db.transaction() as session:
        batch = finish_in_session(
            session, actor, batch_id, qty_finished, qty_rejected, finished_on, stages
        )
        return batch_data(session, batch)


def finish_in_session(
    session: Session,
    actor: Actor,
    batch_id: int,
    qty_finished: int,
    qty_rejected: int = 0,
    finished_on: date | None = None,
    stages: Sequence[StageInput] | None = None,
    *,
    moved_at: datetime | None = None,
) -> ProductionBatch:
    """:func:`finish_batch` in the caller's transaction."""
    batch = _open_batch(session, batch_id)
    product = session.get_one(Item, batch.product_id)
    day = finished_on or (moved_at.date() if moved_at else date.today())
    checked: dict[int, Person] = {}
    for inp in stages or ():
        _apply_stage(session, batch, inp, checked)
    session.flush()
    good, bad = _whole(qty_finished), _whole(qty_rejected)
    total = good + bad
    if good < 0 or bad < 0 or not 1 <= total <= batch.planned_qty:
        raise ValidationError(
            "finish_qty_invalid", planned=batch.planned_qty, total=format_number(Decimal(total))
        )
    if batch.started_on and day < batch.started_on:
        raise ValidationError(
            "finish_before_start",
            finished=format_date(day),
            started=format_date(batch.started_on),
        )
    wages: list[WageEntry] = []
    for s in batch.stages:
        rate = Decimal(s.piece_rate)
        worked = [a for a in s.artisans if a.pieces > 0]
        if rate > 0 and not worked:
            raise ValidationError("stage_needs_artisan", stage=s.stage, rate=format_rupiah(rate))
        if s.finished_on is None:
            s.finished_on = day
        if s.started_on is None:
            s.started_on = batch.started_on or day
        for a in worked:
            if rate == 0:
                continue  # nothing owed; the stage's artisans are still on record
            wages.append(
                WageEntry(
                    artisan_id=a.artisan_id,
                    batch_id=batch.id,
                    stage=s.stage,
                    pieces=a.pieces,
                    rate=rate,
                    amount=round_money(rate * a.pieces),
                    earned_on=day,
                )
            )
    material_cost = round_money(sum((Decimal(m.issued_value) for m in batch.materials), Decimal(0)))
    wage_cost = round_money(sum((w.amount for w in wages), Decimal(0)))
    unit_cost = round_cost((material_cost + wage_cost) / good) if good else Decimal(0)
    session.add_all(wages)
    doc_number = ""
    if good:
        doc = new_document(
            session,
            actor,
            DocumentKind.PRODUCTION_OUTPUT,
            day,
            batch_id=batch.id,
            notes=batch.number,
        )
        doc_number = doc.number
        post_moves(
            session,
            actor,
            [
                MoveRequest(
                    product.id,
                    batch.output_location_id,
                    Decimal(good),
                    MoveKind.OUTPUT,
                    unit_cost=unit_cost,
                    note=batch.number,
                )
            ],
            document=doc,
            moved_at=moved_at,
        )
    batch.qty_finished = good
    batch.qty_rejected = bad
    batch.material_cost = material_cost
    batch.wage_cost = wage_cost
    batch.unit_cost = unit_cost
    batch.finished_on = day
    if batch.started_on is None:
        batch.started_on = day
    batch.status = BatchStatus.FINISHED.value
    session.flush()
    audit.record(
        session, actor, "finish", "production_batch", batch.id,
        new={
            "qty_finished": good,
            "qty_rejected": bad,
            "material_cost": str(material_cost),
            "wage_cost": str(wage_cost),
            "unit_cost": str(unit_cost),
            "document": doc_number,
            "wages": [[w.artisan_id, w.stage, w.pieces, str(w.amount)] for w in wages],
        },
        summary=f"{batch.number} {product.name}: {good} + {bad}",
    )  # fmt: skip
    return batch


def _whole(value: object) -> int:
    try:
        n = Decimal(str(value))
    except ArithmeticError:
        return -1
    return int(n) if n == n.to_integral_value() else -1


def cancel_batch(
    db: Database,
    actor: Actor,
    batch_id: int,
    *,
    return_to_location_id: int | None = None,
    reason: str = "",
) -> BatchData:
    """Cancel a batch that is not finished. Materials already issued stay consumed, unless
    ``return_to_location_id`` names where they go back: then each is returned in full at the
    value it was issued at (a ``PM/…`` document of return moves)."""
    _require(actor)
    with db.transaction() as session:
        batch = _open_batch(session, batch_id)
        returned: list[list[str]] = []
        doc_number = ""
        issued = [m for m in batch.materials if Decimal(m.issued_qty) > 0]
        if return_to_location_id is not None and issued:
            loc = session.get(Location, return_to_location_id)
            if loc is None:
                raise NotFound("not_found", what=f"location #{return_to_location_id}")
            if not loc.active:
                raise ValidationError("location_inactive", location=loc.name)
            doc = new_document(
                session,
                actor,
                DocumentKind.PRODUCTION_ISSUE,
                date.today(),
                batch_id=batch.id,
                notes=f"{batch.number} ×",
            )
            doc_number = doc.number
            requests = [
                MoveRequest(
                    m.material_id,
                    loc.id,
                    Decimal(m.issued_qty),
                    MoveKind.RETURN,
                    unit_cost=round_cost(Decimal(m.issued_value) / Decimal(m.issued_qty)),
                    note=batch.number,
                )
                for m in issued
            ]
            post_moves(session, actor, requests, document=doc)
            for m in issued:
                returned.append([str(m.material_id), str(m.issued_qty), str(m.issued_value)])
                m.issued_qty = Decimal(0)
                m.issued_value = Decimal(0)
        old_status = batch.status
        batch.status = BatchStatus.CANCELLED.value
        if reason.strip():
            batch.notes = f"{batch.notes}\n{reason.strip()}".strip()
        session.flush()
        audit.record(
            session, actor, "cancel", "production_batch", batch.id,
            old={"status": old_status},
            new={"status": batch.status, "returned": returned, "document": doc_number,
                 "reason": reason.strip()},
            summary=batch.number,
        )  # fmt: skip
        return batch_data(session, batch)
