"""One declarative base, a constraint naming convention and the column types we share."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, MetaData, Numeric, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from rumahbatik.domain.clock import utcnow

# Names for constraints, so Alembic batch migrations on SQLite can find and drop them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and always read back timezone-aware.

    SQLite has no time zones, so the value is stored naive in UTC there.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use rumahbatik.domain.clock.utcnow()")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact Decimal with a fixed number of places: NUMERIC on PostgreSQL, a scaled integer
    on SQLite (which has no decimal type; integers keep ``SUM`` exact in SQL, and ``SUM``
    keeps this type, so aggregates come back as Decimal too). Rounds half up, as
    domain.formatting does, never with the context's banker's rounding."""

    places = 2
    precision = 16
    impl = Numeric(16, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.places))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = Decimal(value).quantize(Decimal(1).scaleb(-self.places), rounding=ROUND_HALF_UP)
        return int(value.scaleb(self.places)) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        quantum = Decimal(1).scaleb(-self.places)
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-self.places).quantize(quantum)
        return Decimal(value).quantize(quantum)


class Money(ScaledDecimal):
    """Rupiah with 2 places (integer sen on SQLite)."""

    impl = Numeric(16, 2)
    cache_ok = True


class Quantity(ScaledDecimal):
    """Quantities (meters, kg, pieces) with 3 places (integer thousandths on SQLite)."""

    places = 3
    impl = Numeric(16, 3)
    cache_ok = True


class Score(ScaledDecimal):
    """Scores and percentages 0–100 with 2 places (integer hundredths on SQLite)."""

    precision = 5
    impl = Numeric(5, 2)
    cache_ok = True


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
