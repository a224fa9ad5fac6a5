"""A plain table of typed columns: what exports and list screens hand around."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

ColumnKind = Literal["text", "int", "money", "decimal", "date", "datetime", "bool"]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, translated by whoever shows it
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    columns: Sequence[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
