from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rumahbatik.domain.clock import utcnow
from rumahbatik.models.base import Base, UTCDateTime


class SettingValue(Base):
    """A stored setting; its type and default are declared in ``rumahbatik.config``."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON text
    blob: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # images
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
