"""The plain data objects of the stock area: what stock services take and return, what the
screens show and what the count sheet, labels and exports are drawn from.

This module is the contract between ``services/items.py``, ``services/stock*.py``,
``services/production*.py``, ``reports/labels.py``, ``reports/stock_*.py`` and ``ui/stock*``.
Quantities are in the item's stock unit; money and costs are ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from rumahbatik.domain.stock import CountStatus, DocumentKind, ItemKind, LocationKind, MoveKind


@dataclass(frozen=True)
class LocationData:
    id: int
    code: str  # GUDANG, TOKO, ART-00042
    name: str
    kind: LocationKind
    person_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class ItemInput:
    kind: ItemKind
    name: str
    unit: str  # domain.stock.Unit value
    sku: str = ""  # empty: generated from the kind and category
    category: str = ""
    purchase_unit: str = ""  # e.g. "roll" / "gulung"; empty when bought in the stock unit
    purchase_factor: Decimal = Decimal(1)  # stock units per purchase unit
    motif_id: int | None = None
    technique: str = ""  # domain.people.Technique value, products only
    parent_id: int | None = None  # the product this is a size/colour variant of
    size: str = ""
    colour: str = ""
    sale_price: Decimal = Decimal(0)
    reorder_level: Decimal = Decimal(0)
    barcode: str = ""  # empty: the SKU is the barcode
    photo: str = ""  # media hash
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class ItemData(ItemInput):
    id: int = 0
    motif_name: str = ""
    motif_code: str = ""
    on_hand: Decimal = Decimal(0)
    avg_cost: Decimal = Decimal(0)
    value: Decimal = Decimal(0)
    artisans: tuple[str, ...] = ()  # who made it (from finished batches), for hang tags

    @property
    def scan_code(self) -> str:
        """What the barcode on a label carries."""
        return self.barcode or self.sku

    @property
    def low(self) -> bool:
        return self.reorder_level > 0 and self.on_hand <= self.reorder_level


@dataclass(frozen=True)
class ReceiptLine:
    item_id: int
    quantity: Decimal  # in the stock unit, or in the purchase unit when in_purchase_unit
    unit_cost: Decimal  # per unit as entered
    in_purchase_unit: bool = False


@dataclass(frozen=True)
class ReceiptInput:
    location_id: int
    doc_date: date
    lines: list[ReceiptLine]
    supplier_id: int | None = None
    reference: str = ""  # the supplier's nota number
    notes: str = ""


@dataclass(frozen=True)
class TransferLine:
    item_id: int
    quantity: Decimal  # positive


@dataclass(frozen=True)
class TransferInput:
    from_location_id: int
    to_location_id: int
    doc_date: date
    lines: list[TransferLine]
    notes: str = ""


@dataclass(frozen=True)
class MoveRow:
    """One ledger line as the history and the exports show it."""

    id: int
    moved_at: datetime
    kind: MoveKind
    item_id: int
    sku: str
    item_name: str
    unit: str
    location_id: int
    location_name: str
    quantity: Decimal  # signed
    unit_cost: Decimal
    value: Decimal  # signed
    balance_after: Decimal  # the running balance (item total, or the location's if filtered)
    document_number: str = ""
    note: str = ""
    username: str = ""


@dataclass(frozen=True)
class DocumentData:
    id: int
    kind: DocumentKind
    number: str
    doc_date: date
    moves: list[MoveRow]
    supplier_name: str = ""
    person_name: str = ""
    reference: str = ""
    notes: str = ""

    @property
    def total_value(self) -> Decimal:
        return sum((m.value for m in self.moves if m.quantity > 0), Decimal(0))


@dataclass(frozen=True)
class StockRow:
    """An item on the stock page: on hand per location, value, low-stock flag."""

    item_id: int
    sku: str
    name: str
    kind: ItemKind
    category: str
    unit: str
    store_qty: Decimal  # gudang
    shop_qty: Decimal  # toko
    artisan_qty: Decimal  # with artisans, all together
    on_hand: Decimal
    avg_cost: Decimal
    value: Decimal
    reorder_level: Decimal
    sale_price: Decimal
    active: bool = True

    @property
    def low(self) -> bool:
        return self.reorder_level > 0 and self.on_hand <= self.reorder_level


@dataclass(frozen=True)
class ValuationRow:
    item_id: int
    sku: str
    name: str
    kind: ItemKind
    category: str
    unit: str
    location_id: int | None  # None: all locations together
    location_name: str
    quantity: Decimal
    unit_cost: Decimal
    value: Decimal


@dataclass(frozen=True)
class Valuation:
    at: date
    rows: list[ValuationRow]
    total_value: Decimal
    by_location: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class CountLineData:
    item_id: int
    sku: str
    name: str
    unit: str
    expected: Decimal  # book quantity when the count began
    counted: Decimal | None
    book_now: Decimal  # book quantity now (moves may have happened since)
    unit_cost: Decimal
    note: str = ""

    @property
    def difference(self) -> Decimal | None:
        return None if self.counted is None else self.counted - self.book_now

    @property
    def difference_value(self) -> Decimal | None:
        d = self.difference
        return None if d is None else (d * self.unit_cost).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class CountData:
    id: int
    number: str  # SO/2026/0001
    location: LocationData
    count_date: date
    status: CountStatus
    lines: list[CountLineData]
    notes: str = ""
    created_by: str = ""
    posted_at: datetime | None = None
    posted_by: str = ""
    document_number: str = ""
