"""The printed tables and the JSON results file."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from bench.databases import CachedDatabase
from bench.paths import REPO_DIR
from bench.runner import CaseResult
from bench.summary import MetricSummary, summarize

JSON_SCHEMA = 1


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "KiB":
        return f"{value / 1024:.1f} MiB"
    if value >= 1:
        return f"{value:.2f} s"
    ms = value * 1000
    return f"{ms:.0f} ms" if ms >= 100 else f"{ms:.1f} ms"


def _range(s: MetricSummary) -> str:
    if not s.samples:
        return "-"
    lo, hi = min(s.samples), max(s.samples)
    return f"{fmt_value(lo, s.metric.unit)} .. {fmt_value(hi, s.metric.unit)}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    """Aligned columns; a status row's long message may overflow into the empty cells."""
    plain = [r for r in rows if r[2:] != [""] * (len(r) - 2)]
    widths = [len(max([header[0], *(r[0] for r in rows)], key=len))]
    widths += [max([len(h), *(len(r[i]) for r in plain)]) for i, h in enumerate(header) if i]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


TIME_HEADER = ("case", "metric", "median", "reference", "ratio", "min .. max")
MEMORY_HEADER = ("case", "peak RSS", "reference", "ratio", "min .. max")


def _rows(results: list[CaseResult], memory: bool) -> list[list[str]]:
    """Table rows: one per metric of each case that ran, one status row for the others."""
    width = len(MEMORY_HEADER if memory else TIME_HEADER)
    by_name = {r.case.name: r for r in results}
    rows: list[list[str]] = []
    for res in results:
        metrics = [s for s in summarize(res, by_name) if s.metric.is_memory == memory]
        if not metrics:
            continue
        if res.status != "ok":
            rows.append(
                [res.case.name, f"{res.status.upper()}: {res.message}"] + [""] * (width - 2)
            )
            continue
        for s in metrics:
            ratio = f"{s.ratio:.2f}x" if s.ratio is not None else "-"
            ref = fmt_value(s.reference_median, s.metric.unit) if s.reference else "-"
            cells = [res.case.name] if memory else [res.case.name, s.metric.label]
            rows.append([*cells, fmt_value(s.median, s.metric.unit), ref, ratio, _range(s)])
    return rows


def format_report(results: list[CaseResult], title: str) -> str:
    out = [title, ""]
    if rows := _rows(results, memory=False):
        out += ["Times (median of the runs)", *_table(TIME_HEADER, rows, right={2, 3, 4}), ""]
    if rows := _rows(results, memory=True):
        out += ["Memory (median of the runs)", *_table(MEMORY_HEADER, rows, right={1, 2, 3}), ""]
    out += _goal_lines(results)
    for res in results:
        if res.status == "failed" and res.stderr_tail:
            out += [
                f"{res.case.name} FAILED: {res.message}; stderr tail:",
                _indent(res.stderr_tail),
                "",
            ]
    return "\n".join(out).rstrip() + "\n"


def _goal_lines(results: list[CaseResult]) -> list[str]:
    by_name = {r.case.name: r for r in results}
    lines = []
    for res in results:
        for s in summarize(res, by_name):
            if s.goal is None:
                continue
            goal = fmt_value(s.goal, s.metric.unit)
            if s.goal_met is None:
                verdict = "not measured"
            else:
                verdict = (
                    f"{'met' if s.goal_met else 'MISSED'} ({fmt_value(s.median, s.metric.unit)})"
                )
            lines.append(f"Goal: {res.case.name} {s.metric.label} < {goal}: {verdict}")
    return [*lines, ""] if lines else []


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=REPO_DIR, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def machine_info() -> dict[str, object]:
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
        "pyside6": _version("PySide6-Essentials"),
        "sqlalchemy": _version("SQLAlchemy"),
        "sqlite": sqlite3.sqlite_version,
        "qt_qpa_platform": "offscreen",
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain")),
    }


def to_json(
    results: list[CaseResult],
    options: dict[str, object],
    databases: dict[str, CachedDatabase],
) -> dict[str, object]:
    by_name = {r.case.name: r for r in results}
    return {
        "schema": JSON_SCHEMA,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "options": options,
        "databases": {k: db.to_json() for k, db in databases.items()},
        "cases": [
            {
                "case": r.case.name,
                "description": r.case.description,
                "status": r.status,
                "message": r.message or None,
                "stderr_tail": r.stderr_tail or None,
                "reference": r.case.reference,
                "warmups": r.warmups,
                "metrics": [s.to_json() for s in summarize(r, by_name)],
                "raw_samples": r.samples,
            }
            for r in results
        ],
    }


def write_json(path: Path, doc: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
