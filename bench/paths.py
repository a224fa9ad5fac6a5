"""Where the harness keeps its cache, its scratch files and its results."""

from __future__ import annotations

from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
#: Built databases, keyed by size, schema head and dataset version (gitignored).
CACHE_DIR = BENCH_DIR / ".cache"
#: Per-run copies of the cached databases: the app may write to them (logins, audit rows).
WORK_DIR = CACHE_DIR / "work"
#: ``RUMAHBATIK_DATA_DIR`` of the app under test, so it never touches the user's data folder.
APP_DATA_DIR = CACHE_DIR / "appdata"
RESULTS_DIR = BENCH_DIR / "results"
DEFAULT_JSON = RESULTS_DIR / "latest.json"
PROBES_DIR = BENCH_DIR / "probes"
