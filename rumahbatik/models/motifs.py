"""The motif catalogue: motifs, their techniques, colours, images and version history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rumahbatik.domain.clock import utcnow
from rumahbatik.models.base import Base, Money, TimestampMixin, UTCDateTime


class Motif(TimestampMixin, Base):
    __tablename__ = "motifs"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    philosophy: Mapped[str] = mapped_column(Text, default="")  # makna
    origin: Mapped[str] = mapped_column(String(120), default="")
    designer_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    created_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    hki_number: Mapped[str] = mapped_column(String(60), default="")
    hki_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Royalty to the designer per piece sold: none, a percentage of the price, or a fixed sum.
    royalty_kind: Mapped[str] = mapped_column(String(10), default="none")
    royalty_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    version: Mapped[int] = mapped_column(Integer, default=1)

    techniques: Mapped[list[MotifTechnique]] = relationship(cascade="all, delete-orphan")
    co_designers: Mapped[list[MotifCoDesigner]] = relationship(cascade="all, delete-orphan")
    colours: Mapped[list[MotifColour]] = relationship(
        cascade="all, delete-orphan", order_by="MotifColour.position"
    )
    images: Mapped[list[MotifImage]] = relationship(
        cascade="all, delete-orphan", order_by="MotifImage.position"
    )


class MotifTechnique(Base):
    __tablename__ = "motif_techniques"

    motif_id: Mapped[int] = mapped_column(
        ForeignKey("motifs.id", ondelete="CASCADE"), primary_key=True
    )
    technique: Mapped[str] = mapped_column(String(16), primary_key=True, index=True)


class MotifCoDesigner(Base):
    __tablename__ = "motif_co_designers"

    motif_id: Mapped[int] = mapped_column(
        ForeignKey("motifs.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class MotifColour(Base):
    __tablename__ = "motif_colours"

    id: Mapped[int] = mapped_column(primary_key=True)
    motif_id: Mapped[int] = mapped_column(ForeignKey("motifs.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(60))  # e.g. soga, indigo, merah mengkudu
    hex: Mapped[str] = mapped_column(String(7))  # #rrggbb


class MotifImage(Base):
    """An image file in the media folder (never a blob in the row) with its thumbnail."""

    __tablename__ = "motif_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    motif_id: Mapped[int] = mapped_column(ForeignKey("motifs.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="design")  # design | photo
    file: Mapped[str] = mapped_column(String(255))  # relative to the media folder
    thumbnail: Mapped[str] = mapped_column(String(255))
    caption: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MotifVersion(Base):
    """The state of a motif before a new version replaced it (fields and image list)."""

    __tablename__ = "motif_versions"
    __table_args__ = (UniqueConstraint("motif_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    motif_id: Mapped[int] = mapped_column(ForeignKey("motifs.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(32), default="")
