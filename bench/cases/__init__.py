"""The benchmark cases and their registry.

A case is one subprocess command, run ``--repeat`` times in fresh processes. The process
prints one result line (see ``bench/probes/_protocol.py``) holding its metrics; the harness
adds ``wall`` (the whole subprocess, measured from outside) and reports the medians.

Every module in this package is imported by :func:`load_cases`; a module registers its cases
with :func:`register`. See bench/README.md, "Adding a case".
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

Unit = Literal["s", "KiB"]


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    unit: Unit

    @property
    def is_memory(self) -> bool:
        return self.unit == "KiB"


WALL = Metric("wall", "process wall", "s")


class CaseEnv(Protocol):
    """What a case may ask the harness for while it builds its command."""

    python: str

    def database_url(self, which: str) -> str:
        """A per-run copy of a cached database: ``"demo"`` or ``"dataset"`` (the ``--size``)."""
        ...

    def probe(self, name: str) -> str:
        """The path of the probe script ``bench/probes/<name>.py``."""
        ...


@dataclass(frozen=True)
class Command:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Case:
    name: str
    description: str
    #: What the probe reports (``wall`` is added by the harness).
    metrics: tuple[Metric, ...]
    command: Callable[[CaseEnv], Command]
    #: Another case measured in the same run; ratios are this case's medians over its medians.
    reference: str | None = None
    #: Upper bounds the product aims for, by metric key (checked on the median).
    goals: Mapping[str, float] = field(default_factory=dict)
    timeout_s: float = 300.0

    @property
    def all_metrics(self) -> tuple[Metric, ...]:
        return (*self.metrics, WALL)


_REGISTRY: dict[str, Case] = {}


def register(case: Case) -> Case:
    if case.name in _REGISTRY:
        raise ValueError(f"benchmark case {case.name!r} registered twice")
    _REGISTRY[case.name] = case
    return case


def load_cases() -> dict[str, Case]:
    """Import every module of this package, then return the cases in registration order."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(_REGISTRY)
