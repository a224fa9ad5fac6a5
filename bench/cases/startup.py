"""Start-up: an empty Qt main window, then the real app's main window on two databases."""

from __future__ import annotations

from collections.abc import Callable

from bench.cases import Case, CaseEnv, Command, Metric, register

#: Logs in on both the demo and the generated databases.
USERNAME = "admin"

METRICS = (
    Metric("first_paint", "first paint", "s"),
    Metric("after_imports", "after imports", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)


def _reference(env: CaseEnv) -> Command:
    return Command([env.python, env.probe("startup_probe"), "reference"])


def _app_on(which: str) -> Callable[[CaseEnv], Command]:
    def command(env: CaseEnv) -> Command:
        url = env.database_url(which)
        return Command([env.python, env.probe("startup_probe"), "app", url, USERNAME])

    return command


register(
    Case(
        name="startup.reference",
        description=(
            "Bare PySide6: import QtWidgets, create the QApplication, show an empty QMainWindow "
            "and wait for its first paint. The yardstick for the other start-up cases."
        ),
        metrics=METRICS,
        command=_reference,
    )
)

register(
    Case(
        name="startup.demo",
        description=(
            "The app after login on the demo database: import rumahbatik.app, then "
            "start_for_benchmark(url, 'admin') opens and migrates the database, loads the "
            "settings and shows the main window; timed to its first paint."
        ),
        metrics=METRICS,
        command=_app_on("demo"),
        reference="startup.reference",
        goals={"after_imports": 1.0},
    )
)

register(
    Case(
        name="startup.large",
        description=(
            "The same on the generated dataset of the chosen --size "
            "(large: 1,000,000 audit rows and, as the areas arrive, the product's full scale)."
        ),
        metrics=METRICS,
        command=_app_on("dataset"),
        reference="startup.reference",
    )
)
