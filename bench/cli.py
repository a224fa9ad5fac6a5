"""``python -m bench``: the command line of the harness (the only place that prints)."""

from __future__ import annotations

import argparse
import fnmatch
import os
import sys
from pathlib import Path

from bench import databases, dataset, report, runner
from bench.cases import Case, Command, load_cases
from bench.databases import CachedDatabase
from bench.paths import DEFAULT_JSON, PROBES_DIR, REPO_DIR


def _say(message: str) -> None:
    print(message, flush=True)


class HarnessEnv:
    """What the cases get from the harness: the interpreter, probes and databases (lazily)."""

    def __init__(self, size: str, rebuild: bool) -> None:
        self.python = runner.python()
        self.size = size
        self.rebuild = rebuild
        #: The cached databases this run used, by name, for the JSON file.
        self.used: dict[str, CachedDatabase] = {}
        self._copies: dict[str, CachedDatabase] = {}

    def probe(self, name: str) -> str:
        path = PROBES_DIR / f"{name}.py"
        if not path.is_file():
            raise FileNotFoundError(f"no probe {path}")
        return str(path)

    def database_url(self, which: str) -> str:
        if which not in self._copies:
            cached = self._ensure(which)
            self.used["demo" if which == "demo" else self.size] = cached
            self._copies[which] = databases.working_copy(cached)
        return self._copies[which].url

    def _ensure(self, which: str) -> CachedDatabase:
        if which == "demo":
            _say("Demo database: checking the cache ...")
            db = databases.ensure_demo(rebuild=self.rebuild)
        elif which == "dataset":
            _say(f"{self.size.capitalize()} dataset: checking the cache (built once) ...")
            db = databases.ensure_dataset(
                self.size, rebuild=self.rebuild, progress=lambda m: _say(f"  {m}")
            )
        else:
            raise ValueError(f"unknown database {which!r} (demo or dataset)")
        how = "built" if db.built_this_run else f"cached (built {db.built_at} in"
        rows = ", ".join(f"{k} {v:,}" for k, v in db.rows.items())
        tail = f"{db.build_seconds:.1f} s" + ("" if db.built_this_run else ")")
        _say(f"  {how} {tail}: {db.path.relative_to(REPO_DIR)} [{rows}]")
        return db

    def command(self, case: Case) -> Command:
        return case.command(self)


def _parser(case_names: list[str]) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bench",
        description="Rumah Batik benchmarks: each case runs in fresh subprocesses; "
        "medians and ratios to the reference case are printed and written as JSON.",
    )
    p.add_argument("--size", choices=sorted(dataset.SIZES), default="large",
                   help="generated dataset for the *.large cases (default: large)")  # fmt: skip
    p.add_argument("--repeat", type=int, default=5, metavar="N",
                   help="measured runs per case (default: 5)")  # fmt: skip
    p.add_argument("--warmup", type=int, default=1, metavar="N",
                   help="discarded runs per case before measuring (default: 1)")  # fmt: skip
    p.add_argument("--only", action="append", metavar="CASE",
                   help="run only these cases (name or glob, repeatable or comma-separated); "
                   "their reference cases run too. Cases: " + ", ".join(case_names))  # fmt: skip
    p.add_argument("--json", type=Path, default=DEFAULT_JSON, metavar="PATH",
                   help=f"results file (default: {DEFAULT_JSON.relative_to(REPO_DIR)})")  # fmt: skip
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the cached databases the chosen cases use")  # fmt: skip
    p.add_argument("--list", action="store_true", help="list the cases and exit")
    return p


def select_cases(cases: dict[str, Case], only: list[str] | None) -> list[Case]:
    """The cases matching ``only`` plus their references, in registration order."""
    if not only:
        return list(cases.values())
    patterns = [p.strip() for item in only for p in item.split(",") if p.strip()]
    wanted: set[str] = set()
    for pattern in patterns:
        matched = fnmatch.filter(cases, pattern)
        if not matched:
            raise SystemExit(f"python -m bench: no case matches {pattern!r}")
        wanted.update(matched)
    for name in list(wanted):
        if (ref := cases[name].reference) is not None:
            wanted.add(ref)
    return [c for name, c in cases.items() if name in wanted]


def main(argv: list[str] | None = None) -> int:
    cases = load_cases()
    args = _parser(list(cases)).parse_args(argv)
    if args.list:
        for case in cases.values():
            ref = f" (reference: {case.reference})" if case.reference else ""
            _say(f"{case.name}{ref}\n    {case.description}")
        return 0
    if args.repeat < 1 or args.warmup < 0:
        raise SystemExit("python -m bench: --repeat must be >= 1 and --warmup >= 0")
    selected = select_cases(cases, args.only)
    env = HarnessEnv(args.size, args.rebuild)
    _say(
        f"Rumah Batik benchmarks: size {args.size}, {args.repeat} runs per case "
        f"(+{args.warmup} warm-up), {len(selected)} cases, {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}"
    )
    try:
        results = runner.run_cases(
            selected, env.command, repeat=args.repeat, warmup=args.warmup, progress=_say
        )
    finally:
        databases.discard_working_copies()
    title = (
        f"Results: size {args.size}, median of {args.repeat} runs per case, "
        "each in a fresh process (QT_QPA_PLATFORM=offscreen)"
    )
    _say("")
    _say(report.format_report(results, title))
    options = {
        "size": args.size,
        "repeat": args.repeat,
        "warmup": args.warmup,
        "only": args.only,
        "argv": sys.argv[1:] if argv is None else argv,
    }
    report.write_json(args.json, report.to_json(results, options, env.used))
    _say(f"Written: {args.json}")
    return 1 if any(r.status == "failed" for r in results) else 0
