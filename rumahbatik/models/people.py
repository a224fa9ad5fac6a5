"""People: one record per human (artisan, trainee, instructor, customer), regions, suppliers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rumahbatik.models.base import Base, TimestampMixin


class Region(Base):
    """Editable reference data: a kecamatan (district) or a kelurahan within one."""

    __tablename__ = "regions"
    __table_args__ = (UniqueConstraint("kind", "parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # kecamatan | kelurahan
    name: Mapped[str] = mapped_column(String(80))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("regions.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    city: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(TimestampMixin, Base):
    """A human the centre deals with. Roles hang off it (artisan profile, customer profile)."""

    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_name_key", "name_key", "id"),
        Index("ix_people_artisan", "is_artisan", "active", "name_key"),
        Index("ix_people_customer", "is_customer", "active", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    # Lower-cased name for case-insensitive search and sorting that uses the index.
    name_key: Mapped[str] = mapped_column(String(120), default="")
    nik: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    gender: Mapped[str | None] = mapped_column(String(1), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    kecamatan_id: Mapped[int | None] = mapped_column(
        ForeignKey("regions.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    kelurahan_id: Mapped[int | None] = mapped_column(
        ForeignKey("regions.id", ondelete="RESTRICT"), nullable=True
    )
    photo: Mapped[str] = mapped_column(String(255), default="")  # file under the media folder
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_artisan: Mapped[bool] = mapped_column(Boolean, default=False)
    is_customer: Mapped[bool] = mapped_column(Boolean, default=False)

    artisan: Mapped[ArtisanProfile | None] = relationship(
        back_populates="person", uselist=False, cascade="all, delete-orphan"
    )
    customer: Mapped[CustomerProfile | None] = relationship(
        back_populates="person", uselist=False, cascade="all, delete-orphan"
    )
    skills: Mapped[list[ArtisanSkill]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class ArtisanProfile(Base):
    __tablename__ = "artisan_profiles"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    business_name: Mapped[str] = mapped_column(String(120), default="")
    nib: Mapped[str] = mapped_column(String(13), default="")
    bank_name: Mapped[str] = mapped_column(String(80), default="")
    bank_account_number: Mapped[str] = mapped_column(String(40), default="")
    bank_account_holder: Mapped[str] = mapped_column(String(120), default="")
    joined_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    person: Mapped[Person] = relationship(back_populates="artisan")


class ArtisanSkill(Base):
    """A technique an artisan masters, with a skill level (domain.people.SkillLevel)."""

    __tablename__ = "artisan_skills"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    technique: Mapped[str] = mapped_column(String(16), primary_key=True, index=True)
    level: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship(back_populates="skills")


class CustomerProfile(Base):
    __tablename__ = "customer_profiles"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    customer_type: Mapped[str] = mapped_column(String(16), default="retail", index=True)
    organisation: Mapped[str] = mapped_column(String(120), default="")
    npwp: Mapped[str] = mapped_column(String(16), default="")
    # The one "walk-in" customer a counter sale uses by default.
    is_walk_in_default: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship(back_populates="customer")


class Supplier(TimestampMixin, Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact_person: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    supplies: Mapped[str] = mapped_column(Text, default="")  # what they supply
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
