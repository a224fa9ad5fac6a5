"""Recipes (bill of materials and piece rates), production batches and artisans' wages."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rumahbatik.domain.clock import utcnow
from rumahbatik.models.base import Base, Money, Quantity, TimestampMixin, UTCDateTime
from rumahbatik.models.stock import UnitCost


class RecipeMaterial(Base):
    """How much of a material one piece of a product takes (2.15 m of kain mori per kain)."""

    __tablename__ = "recipe_materials"

    product_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    material_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="RESTRICT"), primary_key=True
    )
    quantity: Mapped[Decimal] = mapped_column(Quantity)  # in the material's stock unit
    position: Mapped[int] = mapped_column(Integer, default=0)


class RecipeStage(Base):
    """A stage of making a product (pola, nyanting, ...) and its piece rate (upah)."""

    __tablename__ = "recipe_stages"

    product_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[str] = mapped_column(String(16), primary_key=True)  # domain.production.Stage
    position: Mapped[int] = mapped_column(Integer, default=0)
    piece_rate: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class ProductionBatch(TimestampMixin, Base):
    __tablename__ = "production_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # PRD/2026/0001
    product_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)
    motif_id: Mapped[int | None] = mapped_column(
        ForeignKey("motifs.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="planned", index=True)
    planned_qty: Mapped[int] = mapped_column(Integer)
    planned_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finished_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    output_location_id: Mapped[int] = mapped_column(
        ForeignKey("stock_locations.id", ondelete="RESTRICT")
    )
    qty_finished: Mapped[int] = mapped_column(Integer, default=0)
    qty_rejected: Mapped[int] = mapped_column(Integer, default=0)
    material_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    wage_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    unit_cost: Mapped[Decimal] = mapped_column(UnitCost, default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )

    materials: Mapped[list[BatchMaterial]] = relationship(
        cascade="all, delete-orphan", order_by="BatchMaterial.position"
    )
    stages: Mapped[list[BatchStage]] = relationship(
        cascade="all, delete-orphan", order_by="BatchStage.position"
    )


class BatchMaterial(Base):
    """A material a batch needs (from the recipe, editable) and how much has been issued."""

    __tablename__ = "batch_materials"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("production_batches.id", ondelete="CASCADE"), primary_key=True
    )
    material_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    planned_qty: Mapped[Decimal] = mapped_column(Quantity)
    issued_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    issued_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class BatchStage(Base):
    __tablename__ = "batch_stages"
    __table_args__ = (UniqueConstraint("batch_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("production_batches.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    piece_rate: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finished_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    artisans: Mapped[list[BatchStageArtisan]] = relationship(cascade="all, delete-orphan")


class BatchStageArtisan(Base):
    """An artisan working a stage of a batch, and the pieces they did (paid at the rate)."""

    __tablename__ = "batch_stage_artisans"

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("batch_stages.id", ondelete="CASCADE"), primary_key=True
    )
    artisan_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    pieces: Mapped[int] = mapped_column(Integer, default=0)


class WageEntry(Base):
    """Wages owed to an artisan, written when a batch is finished (one row per stage)."""

    __tablename__ = "wage_entries"
    __table_args__ = (Index("ix_wage_entries_artisan_earned", "artisan_id", "earned_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    artisan_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("production_batches.id", ondelete="RESTRICT"), index=True
    )
    stage: Mapped[str] = mapped_column(String(16))
    pieces: Mapped[int] = mapped_column(Integer)
    rate: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    earned_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WagePayment(Base):
    """Wages paid out to an artisan (cash or transfer)."""

    __tablename__ = "wage_payments"
    __table_args__ = (Index("ix_wage_payments_artisan_paid", "artisan_id", "paid_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    artisan_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(10), default="cash")  # cash / transfer
    reference: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
