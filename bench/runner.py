"""Runs the cases: every sample in a fresh subprocess, the cases interleaved run by run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from statistics import median
from typing import Literal

from bench.cases import Case, Command
from bench.paths import APP_DATA_DIR
from bench.probes._bench_protocol import parse

Status = Literal["ok", "skipped", "failed"]
STDERR_TAIL_LINES = 25

Sample = dict[str, float | None]


@dataclass
class CaseResult:
    case: Case
    status: Status = "ok"
    samples: list[Sample] = field(default_factory=list)
    warmups: int = 0
    message: str = ""
    stderr_tail: str = ""

    def values(self, key: str) -> list[float]:
        return [v for s in self.samples if (v := s.get(key)) is not None]

    def median(self, key: str) -> float | None:
        values = self.values(key)
        return median(values) if values and self.status == "ok" else None


@dataclass(frozen=True)
class Outcome:
    status: Status
    sample: Sample
    message: str = ""
    stderr_tail: str = ""


def _tail(text: str, lines: int = STDERR_TAIL_LINES) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def base_env() -> dict[str, str]:
    """The environment of every probe: no real display, and a data folder of its own."""
    APP_DATA_DIR.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RUMAHBATIK_DATA_DIR": str(APP_DATA_DIR),
        "PYTHONUNBUFFERED": "1",
    }


def run_once(case: Case, command: Command) -> Outcome:
    """One sample: run the probe, read its result line, add the wall time."""
    env = {**base_env(), **command.env}
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            command.argv, env=env, capture_output=True, text=True, timeout=case.timeout_s
        )
    except subprocess.TimeoutExpired as exc:
        raw = exc.stderr or b""
        stderr = raw.decode(errors="replace") if isinstance(raw, bytes) else raw
        return Outcome("failed", {}, f"timed out after {case.timeout_s:.0f} s", _tail(stderr))
    wall = time.perf_counter() - t0
    try:
        result = parse(proc.stdout)
    except ValueError:
        result = None
    if proc.returncode != 0 or result is None:
        why = f"exit status {proc.returncode}" if proc.returncode else "no result line on stdout"
        return Outcome("failed", {}, why, _tail(proc.stderr or proc.stdout))
    if result.get("status") == "skipped":
        return Outcome("skipped", {}, str(result.get("reason", "")))
    metrics = result.get("metrics")
    if result.get("status") != "ok" or not isinstance(metrics, dict):
        return Outcome("failed", {}, f"unexpected result: {result!r}", _tail(proc.stderr))
    sample: Sample = {str(k): (None if v is None else float(v)) for k, v in metrics.items()}
    sample["wall"] = wall
    return Outcome("ok", sample)


CommandFactory = Callable[[Case], Command]
Progress = Callable[[str], None]


def run_cases(
    cases: list[Case],
    make_command: CommandFactory,
    *,
    repeat: int,
    warmup: int = 1,
    progress: Progress | None = None,
) -> list[CaseResult]:
    """Run ``warmup`` discarded samples, then ``repeat`` rounds over all cases in turn.

    Interleaving the cases round by round spreads any drift of the machine (other load,
    thermal state) over every case alike, which keeps the ratios honest.
    """
    report = progress or (lambda _msg: None)
    results = {c.name: CaseResult(c) for c in cases}
    commands: dict[str, Command] = {}
    for case in cases:
        try:
            commands[case.name] = make_command(case)
        except Exception as exc:  # a database build or a probe lookup failed
            res = results[case.name]
            res.status, res.message = "failed", f"could not prepare the case: {exc}"
            res.stderr_tail = _tail(traceback.format_exc())

    def active() -> list[Case]:
        return [c for c in cases if results[c.name].status == "ok"]

    rounds = [("warm-up", i) for i in range(warmup)] + [("run", i) for i in range(repeat)]
    for kind, i in rounds:
        for case in active():
            res = results[case.name]
            out = run_once(case, commands[case.name])
            if out.status != "ok":
                res.status, res.message, res.stderr_tail = out.status, out.message, out.stderr_tail
                report(f"  {case.name}: {out.status.upper()} {out.message}")
                continue
            if kind == "warm-up":
                res.warmups += 1
            else:
                res.samples.append(out.sample)
            label = f"{kind} {i + 1}/{warmup if kind == 'warm-up' else repeat}"
            report(f"  {case.name} {label}: wall {out.sample['wall']:.3f} s")
    return [results[c.name] for c in cases]


def python() -> str:
    return sys.executable
