"""How a probe subprocess reports back: one line on stdout, ``BENCH-RESULT {json}``.

Imported by the probes as a sibling module (they run as scripts, so ``bench`` need not be
importable there) and by the harness as ``bench.probes._bench_protocol``. A probe that fails just
raises: the harness marks the case FAILED and shows the tail of its stderr.
"""

from __future__ import annotations

import json
import os
import sys

MARKER = "BENCH-RESULT "


def _send(payload: dict[str, object]) -> None:
    sys.stdout.write(MARKER + json.dumps(payload) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter and Qt teardown: the harness's wall time ends at the measurement.
    os._exit(0)


def emit(metrics: dict[str, float | None]) -> None:
    """Report the measured metrics (seconds or KiB) and end the process."""
    _send({"status": "ok", "metrics": metrics})


def skip(reason: str) -> None:
    """Report that the case cannot run here (yet) and end the process."""
    _send({"status": "skipped", "reason": reason})


def parse(stdout: str) -> dict[str, object] | None:
    """The last result line of a probe's stdout, decoded; ``None`` if there is none."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(MARKER):
            result = json.loads(line[len(MARKER) :])
            return result if isinstance(result, dict) else None
    return None


def peak_rss_kib() -> float | None:
    """The peak resident set size of this process so far, in KiB.

    On Linux this is ``VmHWM`` of ``/proc/self/status``, not ``getrusage().ru_maxrss``: the
    kernel carries the *parent's* peak into ``ru_maxrss`` across fork/vfork and exec, so a
    probe started by a big harness process would report the harness's peak instead of its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])  # kB
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        try:
            import psutil
        except ImportError:
            return None
        return psutil.Process().memory_info().peak_wset / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform == "darwin" else float(peak)  # bytes on macOS
