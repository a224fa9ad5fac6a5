"""The plain data objects of production: recipes, batches, stage work and artisans' wages.

What ``services/production.py`` takes and returns, what the Production page shows and what
the wage statement PDF is drawn from. Quantities of materials are in the material's stock
unit; pieces are whole; money and costs are ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from rumahbatik.domain.production import BatchStatus, PaymentMethod, Stage

# ------------------------------------------------------------------ recipes


@dataclass(frozen=True)
class RecipeMaterialLine:
    material_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal  # per piece of the product
    avg_cost: Decimal = Decimal(0)  # the material's moving-average cost now

    @property
    def cost(self) -> Decimal:
        """What this line costs per piece at today's average cost."""
        return (self.quantity * self.avg_cost).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class RecipeStageLine:
    stage: Stage
    piece_rate: Decimal  # upah per piece


@dataclass(frozen=True)
class Recipe:
    """The bill of materials and the piece rates of one product."""

    product_id: int
    product_sku: str
    product_name: str
    materials: tuple[RecipeMaterialLine, ...] = ()
    stages: tuple[RecipeStageLine, ...] = ()

    @property
    def material_cost_per_piece(self) -> Decimal:
        return sum((m.cost for m in self.materials), Decimal(0))

    @property
    def wage_per_piece(self) -> Decimal:
        return sum((s.piece_rate for s in self.stages), Decimal(0))

    @property
    def empty(self) -> bool:
        return not self.materials and not self.stages


# ------------------------------------------------------------------ batches


@dataclass(frozen=True)
class BatchInput:
    product_id: int
    planned_qty: int
    motif_id: int | None = None  # None: the product's motif
    planned_start: date | None = None
    output_location_id: int | None = None  # None: the workshop store (gudang)
    notes: str = ""


@dataclass(frozen=True)
class StageInput:
    """Progress of one stage: who worked it (artisan id, pieces) and when.

    ``piece_rate`` None keeps the batch's rate (copied from the recipe)."""

    stage: Stage
    artisans: tuple[tuple[int, int], ...] = ()
    started_on: date | None = None
    finished_on: date | None = None
    piece_rate: Decimal | None = None


@dataclass(frozen=True)
class BatchMaterialData:
    material_id: int
    sku: str
    name: str
    unit: str
    planned_qty: Decimal
    issued_qty: Decimal
    issued_value: Decimal

    @property
    def remaining(self) -> Decimal:
        """Still to issue (never below zero: more may be issued than planned)."""
        return max(self.planned_qty - self.issued_qty, Decimal(0))


@dataclass(frozen=True)
class StageArtisanData:
    artisan_id: int
    name: str
    pieces: int


@dataclass(frozen=True)
class BatchStageData:
    stage: Stage
    piece_rate: Decimal
    started_on: date | None = None
    finished_on: date | None = None
    artisans: tuple[StageArtisanData, ...] = ()

    @property
    def pieces(self) -> int:
        return sum(a.pieces for a in self.artisans)

    @property
    def wages(self) -> Decimal:
        return self.piece_rate * self.pieces


@dataclass(frozen=True)
class BatchRow:
    """A batch in the list."""

    id: int
    number: str  # PRD/2026/0001
    product_id: int
    product_sku: str
    product_name: str
    motif_name: str
    status: BatchStatus
    planned_qty: int
    qty_finished: int
    planned_start: date | None
    started_on: date | None
    finished_on: date | None


@dataclass(frozen=True)
class BatchData:
    id: int
    number: str
    product_id: int
    product_sku: str
    product_name: str
    motif_id: int | None
    motif_name: str
    status: BatchStatus
    planned_qty: int
    planned_start: date | None
    started_on: date | None
    finished_on: date | None
    output_location_id: int
    output_location_name: str
    qty_finished: int
    qty_rejected: int
    material_cost: Decimal
    wage_cost: Decimal
    unit_cost: Decimal
    notes: str
    materials: tuple[BatchMaterialData, ...] = ()
    stages: tuple[BatchStageData, ...] = ()
    created_at: datetime | None = None

    @property
    def editable(self) -> bool:
        return self.status in (BatchStatus.PLANNED, BatchStatus.IN_PROGRESS)

    @property
    def issued_value(self) -> Decimal:
        return sum((m.issued_value for m in self.materials), Decimal(0))

    @property
    def total_cost(self) -> Decimal:
        return self.material_cost + self.wage_cost

    def stage(self, stage: Stage) -> BatchStageData | None:
        return next((s for s in self.stages if s.stage == stage), None)


# ------------------------------------------------------------------ wages


@dataclass(frozen=True)
class WageLine:
    """Wages earned for one stage of one batch."""

    earned_on: date
    batch_id: int
    batch_number: str
    product_name: str
    stage: Stage
    pieces: int
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class WagePaymentData:
    id: int
    artisan_id: int
    paid_on: date
    amount: Decimal
    method: PaymentMethod
    reference: str = ""
    notes: str = ""


@dataclass(frozen=True)
class WageStatement:
    """What an artisan earned and was paid in a period, and what is owed.

    ``owed_before`` is everything earned minus everything paid before ``start``;
    ``owed_end`` adds the period's earnings and takes off its payments."""

    artisan_id: int
    artisan_name: str
    start: date
    end: date
    lines: list[WageLine]
    payments: list[WagePaymentData]
    earned: Decimal
    paid: Decimal
    owed_before: Decimal
    owed_end: Decimal
    artisan_phone: str = ""
    bank_name: str = ""
    bank_account_number: str = ""
    bank_account_holder: str = ""
    centre_name: str = ""
    centre_address: str = ""
    centre_city: str = ""
    logo: bytes | None = None
    printed_by: str = ""
    printed_at: datetime | None = None
    pieces_by_stage: dict[str, int] = field(default_factory=dict)

    @property
    def pieces(self) -> int:
        return sum(line.pieces for line in self.lines)
