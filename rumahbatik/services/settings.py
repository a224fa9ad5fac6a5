"""Business settings: read with defaults, changed with validation and an audit row."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik import config
from rumahbatik.config import SETTINGS_BY_KEY, SettingSpec
from rumahbatik.db import Database
from rumahbatik.domain import validation
from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.roles import Permission
from rumahbatik.models import SettingValue
from rumahbatik.services import audit
from rumahbatik.services.context import Actor

MAX_IMAGE_BYTES = 2 * 1024 * 1024


class Settings(Mapping[str, Any]):
    """Every declared setting with its stored value or its default (read-only)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError as exc:
            raise AttributeError(key) from exc


def _decode(spec: SettingSpec, row: SettingValue) -> Any:
    if spec.kind == "image":
        return row.blob
    if row.value is None:
        return spec.default
    raw = json.loads(row.value)
    if spec.kind == "decimal":
        return Decimal(raw)
    return raw


def _encode(spec: SettingSpec, value: Any) -> str | None:
    if spec.kind == "image":
        return None
    if spec.kind == "decimal":
        return json.dumps(str(value))
    return json.dumps(value)


def setting_in_session(session: Session, key: str) -> Any:
    """One setting read inside the caller's transaction (services that depend on a setting,
    like ``allow_negative_stock``, decide with the value their own transaction sees)."""
    spec = config.SETTINGS_BY_KEY[key]
    # Reading a setting needs nothing pending written first (a flush here cost a sale ~5 ms).
    with session.no_autoflush:
        row = session.get(SettingValue, key)
    return _decode(spec, row) if row is not None else spec.default


def get_settings(db: Database) -> Settings:
    """All settings. Nothing secret lives here, so every logged-in role may read them."""
    values: dict[str, Any] = {}
    with db.read() as session:
        rows = {r.key: r for r in session.scalars(select(SettingValue))}
        for spec in config.SETTINGS:
            if spec.extra.get("secret"):
                values[spec.key] = spec.default  # the stored value never leaves through here
                continue
            row = rows.get(spec.key)
            values[spec.key] = _decode(spec, row) if row is not None else spec.default
    return Settings(values)


def _image_ok(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


def clean_value(spec: SettingSpec, value: Any) -> Any:
    """Check and normalise one value against its declaration, or raise ValidationError."""
    field = spec.label
    kind = spec.kind
    if kind == "image":
        if value in (None, b""):
            return None
        if not isinstance(value, bytes | bytearray) or not _image_ok(bytes(value)):
            raise validation.invalid(field, "image")
        if len(value) > MAX_IMAGE_BYTES:
            raise validation.invalid(field, "too_long", max=MAX_IMAGE_BYTES)
        return bytes(value)
    if kind == "bool":
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in {"1", "true", "yes", "ya", "on"}:
                return True
            if lowered in {"0", "false", "no", "tidak", "off", ""}:
                return False
            raise validation.invalid(field, "choice", choices="true, false")
        return bool(value)
    if kind == "int":
        try:
            number = int(str(value).strip())
        except ValueError as exc:
            raise validation.invalid(field, "integer") from exc
        _check_range(spec, number)
        return number
    if kind == "decimal":
        try:
            number = Decimal(str(value).strip().replace(",", "."))
        except InvalidOperation as exc:
            raise validation.invalid(field, "number") from exc
        if not number.is_finite():
            raise validation.invalid(field, "number")
        _check_range(spec, number)
        return number
    if kind == "choice":
        allowed = [c for c, _ in spec.choices]
        if value not in allowed:
            raise validation.invalid(field, "choice", choices=", ".join(allowed))
        return value
    if kind == "fraction":
        text = str(value).strip()
        match = re.fullmatch(r"(\d+)\s*/\s*(\d+)", text)
        if not match or int(match.group(2)) == 0 or int(match.group(1)) > int(match.group(2)):
            raise validation.invalid(field, "fraction")
        return f"{int(match.group(1))}/{int(match.group(2))}"
    # text and multiline
    text = "" if value is None else str(value).strip()
    if len(text) > spec.max_length and kind == "text":
        raise validation.invalid(field, "too_long", max=spec.max_length)
    if text and spec.validator:
        text = getattr(validation, spec.validator)(text, field)
    return text


def _check_range(spec: SettingSpec, number: Decimal | int) -> None:
    if (spec.minimum is not None and number < spec.minimum) or (
        spec.maximum is not None and number > spec.maximum
    ):
        raise validation.invalid(spec.label, "range", min=spec.minimum, max=spec.maximum)


def update_settings(db: Database, actor: Actor, changes: Mapping[str, Any]) -> Settings:
    """Validate and store several settings at once: all of them or none."""
    actor.require(Permission.MANAGE_SETTINGS)
    cleaned: dict[str, Any] = {}
    for key, value in changes.items():
        spec = SETTINGS_BY_KEY.get(key)
        if spec is None or spec.extra.get("secret"):
            raise ValidationError("setting_unknown", key=key)
        cleaned[key] = clean_value(spec, value)
    before = get_settings(db)
    with db.transaction() as session:
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for key, value in cleaned.items():
            spec = SETTINGS_BY_KEY[key]
            if before[key] == value:
                continue
            row = session.get(SettingValue, key)
            if row is None:
                row = SettingValue(key=key)
                session.add(row)
            row.value = _encode(spec, value)
            row.blob = value if spec.kind == "image" else None
            old[key], new[key] = before[key], value
        if new:
            audit.record(
                session,
                actor,
                "update",
                "settings",
                "",
                old=old,
                new=new,
                summary=", ".join(sorted(new)),
            )
    return get_settings(db)
