"""The cached benchmark databases: built once, reused until the schema or the dataset changes.

A cached file is named ``<kind>-<alembic head>-v<DATASET_VERSION>.sqlite3`` under
``bench/.cache/`` with a ``.json`` beside it (build time, row counts). Cases never open the
cached file itself: each run works on a fresh copy under ``bench/.cache/work/``, because the
app writes to its database when it starts (a login, an audit row).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import dataset
from bench.paths import CACHE_DIR, WORK_DIR
from rumahbatik.db.migrate import head_revision

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class CachedDatabase:
    kind: str  # "demo" or a dataset size
    path: Path
    schema_revision: str
    dataset_version: int
    build_seconds: float
    built_at: str
    rows: dict[str, int]
    built_this_run: bool

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["file_bytes"] = self.path.stat().st_size if self.path.exists() else None
        return data


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in SQLITE_SIDE_FILES)):
        p.unlink(missing_ok=True)


def cache_path(kind: str, revision: str) -> Path:
    return CACHE_DIR / f"{kind}-{revision}-v{dataset.DATASET_VERSION}.sqlite3"


def _prune_stale(kind: str, keep: Path) -> None:
    """Drop the cached files of ``kind`` built for another schema or dataset version."""
    for old in CACHE_DIR.glob(f"{kind}-*.sqlite3"):
        if old != keep:
            _remove(old)
            old.with_suffix(".json").unlink(missing_ok=True)


def _load_meta(kind: str, path: Path) -> CachedDatabase | None:
    meta = path.with_suffix(".json")
    if not (path.is_file() and meta.is_file()):
        return None
    data = json.loads(meta.read_text(encoding="utf-8"))
    return CachedDatabase(
        kind=kind,
        path=path,
        schema_revision=data["schema_revision"],
        dataset_version=data["dataset_version"],
        build_seconds=data["build_seconds"],
        built_at=data["built_at"],
        rows=data["rows"],
        built_this_run=False,
    )


def ensure(
    kind: str,
    build: Callable[[Path], dict[str, int]],
    *,
    rebuild: bool = False,
) -> CachedDatabase:
    """The cached database of ``kind``, built with ``build(path)`` if missing or stale."""
    revision = head_revision()
    path = cache_path(kind, revision)
    if not rebuild and (cached := _load_meta(kind, path)) is not None:
        return cached
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    _remove(part)
    t0 = time.perf_counter()
    try:
        rows = build(part)
    except BaseException:
        _remove(part)
        raise
    seconds = time.perf_counter() - t0
    _prune_stale(kind, keep=path)
    part.replace(path)
    _remove(part)
    built = CachedDatabase(
        kind=kind,
        path=path,
        schema_revision=revision,
        dataset_version=dataset.DATASET_VERSION,
        build_seconds=round(seconds, 2),
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        rows=rows,
        built_this_run=True,
    )
    meta = {k: v for k, v in built.to_json().items() if k not in ("path", "built_this_run")}
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return built


def ensure_demo(*, rebuild: bool = False) -> CachedDatabase:
    """The demo database, as ``rumahbatik demo`` writes it."""
    return ensure("demo", dataset.build_demo, rebuild=rebuild)


def ensure_dataset(
    size: str, *, rebuild: bool = False, progress: dataset.Progress | None = None
) -> CachedDatabase:
    spec = dataset.SIZES[size]
    return ensure(size, lambda p: dataset.build_dataset(p, spec, progress), rebuild=rebuild)


def working_copy(db: CachedDatabase) -> CachedDatabase:
    """A fresh copy of ``db`` for this run (the app may write to it)."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    target = WORK_DIR / db.path.name
    _remove(target)
    shutil.copyfile(db.path, target)
    return CachedDatabase(**{**asdict(db), "path": target})


def discard_working_copies() -> None:
    """Remove this run's copies (the large one is hundreds of MB)."""
    if WORK_DIR.is_dir():
        shutil.rmtree(WORK_DIR, ignore_errors=True)
