"""All models, imported here so ``Base.metadata`` knows every table."""

from rumahbatik.models.audit import AuditEntry
from rumahbatik.models.base import Base
from rumahbatik.models.settings import SettingValue
from rumahbatik.models.users import User

__all__ = ["AuditEntry", "Base", "SettingValue", "User"]
