"""Items: the materials the workshop buys and the products it makes and sells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields, replace
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import stock_fields as F
from rumahbatik.domain.errors import Conflict, NotFound, ValidationError
from rumahbatik.domain.formatting import like_pattern
from rumahbatik.domain.people import Technique
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import ItemKind, Unit, round_money, round_qty
from rumahbatik.domain.validation import invalid
from rumahbatik.models import (
    BatchStage,
    BatchStageArtisan,
    Item,
    Motif,
    Person,
    ProductionBatch,
    RecipeMaterial,
    StockMove,
)
from rumahbatik.services import audit
from rumahbatik.services.context import Actor, require_stock_read
from rumahbatik.services.numbering import next_value
from rumahbatik.services.stock_types import ItemData, ItemInput

#: SKU prefixes: bahan (material) and produk (product).
SKU_PREFIX = {ItemKind.MATERIAL: "BHN", ItemKind.PRODUCT: "PRD"}
_INPUT_FIELDS = [f.name for f in fields(ItemInput)]


def _artisans(session: Session, product_id: int) -> tuple[str, ...]:
    """Who made a product: the artisans of its finished batches, most pieces first."""
    rows = session.execute(
        select(Person.full_name, func.sum(BatchStageArtisan.pieces).label("pieces"))
        .join(BatchStageArtisan, BatchStageArtisan.artisan_id == Person.id)
        .join(BatchStage, BatchStage.id == BatchStageArtisan.stage_id)
        .join(ProductionBatch, ProductionBatch.id == BatchStage.batch_id)
        .where(ProductionBatch.product_id == product_id, ProductionBatch.status == "finished")
        .group_by(Person.id, Person.full_name)
        .order_by(func.sum(BatchStageArtisan.pieces).desc(), Person.full_name)
        .limit(3)
    ).all()
    return tuple(name for name, _ in rows)


def item_data(session: Session, item: Item, *, with_artisans: bool = False) -> ItemData:
    motif = session.get(Motif, item.motif_id) if item.motif_id else None
    on_hand = Decimal(item.on_hand)
    avg = Decimal(item.avg_cost)
    return ItemData(
        **{name: getattr(item, name) for name in _INPUT_FIELDS if name != "kind"},
        kind=ItemKind(item.kind),
        id=item.id,
        motif_name=motif.name if motif else "",
        motif_code=motif.code if motif else "",
        on_hand=on_hand,
        avg_cost=avg,
        value=round_money(on_hand * avg) if on_hand > 0 else Decimal("0.00"),
        artisans=_artisans(session, item.id)
        if with_artisans and item.kind == ItemKind.PRODUCT
        else (),
    )


def _clean(session: Session, inp: ItemInput, own_id: int) -> ItemInput:
    try:
        kind = ItemKind(inp.kind)
    except ValueError as exc:
        raise invalid(F.KIND, "choice", choices="material, product") from exc
    name = " ".join((inp.name or "").split())
    if not name:
        raise ValidationError("required", field=F.NAME)
    if len(name) > 160:
        raise invalid(F.NAME, "too_long", max=160)
    try:
        unit = Unit(inp.unit)
    except ValueError as exc:
        raise invalid(F.UNIT, "choice", choices=", ".join(u.value for u in Unit)) from exc
    sku = "".join((inp.sku or "").split()).upper()
    if len(sku) > 32:
        raise invalid(F.SKU, "too_long", max=32)
    factor = round_qty(Decimal(inp.purchase_factor or 0))
    purchase_unit = (inp.purchase_unit or "").strip()[:20]
    if purchase_unit and factor <= 0:
        raise invalid(F.PURCHASE_FACTOR, "range", min="0,001", max="1.000.000")
    if not purchase_unit:
        factor = Decimal(1)
    technique = (inp.technique or "").strip()
    if technique:
        try:
            technique = Technique(technique).value
        except ValueError as exc:
            raise invalid(
                F.TECHNIQUE, "choice", choices=", ".join(t.value for t in Technique)
            ) from exc
    motif_id = inp.motif_id
    if motif_id is not None and session.get(Motif, motif_id) is None:
        raise NotFound("not_found", what=f"motif #{motif_id}")
    parent_id = inp.parent_id
    if parent_id is not None:
        parent = session.get(Item, parent_id)
        if parent is None:
            raise NotFound("not_found", what=f"item #{parent_id}")
        if parent.id == own_id or parent.parent_id is not None or parent.kind != kind:
            raise ValidationError("variant_parent_invalid")
    price = round_money(Decimal(inp.sale_price or 0))
    if price < 0:
        raise invalid(F.SALE_PRICE, "range", min="0", max="1.000.000.000")
    reorder = round_qty(Decimal(inp.reorder_level or 0))
    if reorder < 0:
        raise invalid(F.REORDER_LEVEL, "range", min="0", max="1.000.000")
    barcode = "".join((inp.barcode or "").split())
    if len(barcode) > 64:
        raise invalid(F.BARCODE, "too_long", max=64)
    return ItemInput(
        kind=kind,
        name=name,
        unit=unit.value,
        sku=sku,
        category=" ".join((inp.category or "").split())[:60],
        purchase_unit=purchase_unit,
        purchase_factor=factor,
        motif_id=motif_id,
        technique=technique,
        parent_id=parent_id,
        size=(inp.size or "").strip()[:20],
        colour=(inp.colour or "").strip()[:40],
        sale_price=price,
        reorder_level=reorder,
        barcode=barcode,
        photo=inp.photo or "",
        notes=(inp.notes or "").strip(),
        active=bool(inp.active),
    )


def _check_unique(session: Session, clean: ItemInput, own_id: int) -> None:
    clash = session.execute(
        select(Item.name).where(func.upper(Item.sku) == clean.sku, Item.id != own_id)
    ).scalar()
    if clash is not None:
        raise Conflict("sku_taken", sku=clean.sku, name=clash)
    if clean.barcode:
        clash = session.execute(
            select(Item.name).where(
                or_(Item.barcode == clean.barcode, func.upper(Item.sku) == clean.barcode.upper()),
                Item.id != own_id,
            )
        ).scalar()
        if clash is not None:
            raise Conflict("barcode_taken", barcode=clean.barcode, name=clash)


def _generate_sku(session: Session, kind: ItemKind) -> str:
    prefix = SKU_PREFIX[kind]
    while True:  # skip numbers someone already typed by hand
        sku = f"{prefix}-{next_value(session, f'sku/{prefix}'):05d}"
        if session.scalar(select(Item.id).where(Item.sku == sku)) is None:
            return sku


def _audit_values(clean: ItemInput) -> dict[str, object]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(clean).items()}


def create_item_in_session(session: Session, actor: Actor, inp: ItemInput) -> Item:
    """:func:`create_item` inside the caller's transaction (the demo writes in one)."""
    clean = _clean(session, inp, own_id=-1)
    if not clean.sku:
        clean = replace(clean, sku=_generate_sku(session, ItemKind(clean.kind)))
    _check_unique(session, clean, own_id=-1)
    values = asdict(clean)
    item = Item(**values, name_key=clean.name.lower())
    session.add(item)
    session.flush()
    audit.record(
        session, actor, "create", "item", item.id, new=_audit_values(clean),
        summary=f"{clean.sku} {clean.name}",
    )  # fmt: skip
    return item


def create_item(db: Database, actor: Actor, inp: ItemInput) -> ItemData:
    """Add a material or product. An empty SKU is generated (``BHN-00001``, ``PRD-00001``)."""
    actor.require(Permission.MANAGE_STOCK)
    with db.transaction() as session:
        return item_data(session, create_item_in_session(session, actor, inp))


def update_item(db: Database, actor: Actor, item_id: int, inp: ItemInput) -> ItemData:
    """Change an item's details. On-hand and cost change only through stock moves."""
    actor.require(Permission.MANAGE_STOCK)
    with db.transaction() as session:
        item = _get(session, item_id)
        clean = _clean(session, inp, own_id=item.id)
        if not clean.sku:
            clean = replace(clean, sku=item.sku)
        if clean.kind != item.kind and _has_history(session, item.id):
            raise Conflict("item_has_moves", name=item.name)
        _check_unique(session, clean, own_id=item.id)
        old = {k: getattr(item, k) for k in _INPUT_FIELDS}
        old_values = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in old.items()}
        for key, value in asdict(clean).items():
            setattr(item, key, value)
        item.name_key = clean.name.lower()
        audit.record(
            session, actor, "update", "item", item.id, old=old_values,
            new=_audit_values(clean), summary=f"{clean.sku} {clean.name}",
        )  # fmt: skip
        session.flush()
        return item_data(session, item)


def _get(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("not_found", what=f"item #{item_id}")
    return item


def _has_history(session: Session, item_id: int) -> bool:
    return bool(
        session.scalar(select(exists().where(StockMove.item_id == item_id)))
        or session.scalar(select(exists().where(ProductionBatch.product_id == item_id)))
        or session.scalar(select(exists().where(RecipeMaterial.material_id == item_id)))
        or session.scalar(select(exists().where(Item.parent_id == item_id)))
    )


def get_item(db: Database, actor: Actor, item_id: int) -> ItemData:
    """One item with its motif, on-hand total, average cost and (products) its artisans."""
    require_stock_read(actor)
    with db.read() as session:
        return item_data(session, _get(session, item_id), with_artisans=True)


def get_items_by_sku(db: Database, actor: Actor, skus: Sequence[str]) -> list[ItemData]:
    """Items in the order given, found by SKU or barcode (labels from the command line)."""
    require_stock_read(actor)
    out: list[ItemData] = []
    with db.read() as session:
        for code in skus:
            item = _by_code(session, code)
            if item is None:
                raise NotFound("barcode_unknown", barcode=code)
            out.append(item_data(session, item, with_artisans=True))
    return out


def _by_code(session: Session, code: str) -> Item | None:
    code = "".join((code or "").split())
    if not code:
        return None
    item = session.scalars(select(Item).where(Item.barcode == code).limit(1)).first()
    if item is None:
        item = session.scalars(select(Item).where(Item.sku == code.upper()).limit(1)).first()
    return item


def find_by_code(db: Database, actor: Actor, code: str) -> ItemData | None:
    """The item a scanned barcode (or a typed SKU) names, or None."""
    require_stock_read(actor)
    with db.read() as session:
        item = _by_code(session, code)
        return item_data(session, item) if item is not None else None


def search_items(
    db: Database,
    actor: Actor,
    text: str = "",
    *,
    kind: ItemKind | None = None,
    active: bool | None = True,
    limit: int = 30,
) -> list[ItemData]:
    """Items whose SKU, barcode, name or motif matches every word of ``text`` (pickers)."""
    require_stock_read(actor)
    stmt = select(Item).outerjoin(Motif, Motif.id == Item.motif_id)
    if kind is not None:
        stmt = stmt.where(Item.kind == ItemKind(kind).value)
    if active is not None:
        stmt = stmt.where(Item.active.is_(active))
    for word in (text or "").split():
        pattern = like_pattern(word.lower())
        stmt = stmt.where(
            or_(
                Item.name_key.like(pattern, escape="\\"),
                func.lower(Item.sku).like(pattern, escape="\\"),
                Item.barcode == word,
                func.lower(Motif.name).like(pattern, escape="\\"),
            )
        )
    stmt = stmt.order_by(Item.name_key, Item.id).limit(limit)
    with db.read() as session:
        return [item_data(session, item) for item in session.scalars(stmt)]


def list_categories(db: Database, actor: Actor, kind: ItemKind | None = None) -> list[str]:
    """The categories already used, for the item dialog's suggestions."""
    require_stock_read(actor)
    stmt = select(Item.category).where(Item.category != "").distinct().order_by(Item.category)
    if kind is not None:
        stmt = stmt.where(Item.kind == ItemKind(kind).value)
    with db.read() as session:
        return list(session.scalars(stmt))


def delete_item(db: Database, actor: Actor, item_id: int) -> None:
    """Delete an item that was never moved, made or used in a recipe; otherwise refuse and
    suggest setting it inactive."""
    actor.require(Permission.DELETE_RECORDS)
    with db.transaction() as session:
        item = _get(session, item_id)
        if _has_history(session, item.id):
            raise Conflict("item_has_moves", name=item.name)
        audit.record(
            session, actor, "delete", "item", item.id,
            old={"sku": item.sku, "name": item.name}, summary=f"{item.sku} {item.name}",
        )  # fmt: skip
        session.delete(item)
