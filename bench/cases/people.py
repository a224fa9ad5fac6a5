"""People: the artisans page on the dataset's 50,000 people (large), against bare work."""

from __future__ import annotations

from bench.cases import Case, CaseEnv, Command, Metric, register

METRICS = (
    Metric("open_page", "open page → first rows", "s"),
    Metric("keystroke", "search keystroke", "s"),
    Metric("keystroke_rare", "keystroke, rare text", "s"),
    Metric("sort_joined_p1", "sort joined, page 1", "s"),
    Metric("sort_joined_p100", "sort joined, page 100", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)


def _probe(mode: str):  # type: ignore[no-untyped-def]
    def command(env: CaseEnv) -> Command:
        return Command([env.python, env.probe("people_probe"), mode, env.database_url("dataset")])

    return command


register(
    Case(
        name="people.reference",
        description=(
            "The artisans page's work done bare on the same file: each query as one hand-written "
            "SQL statement through sqlite3 (first page + its skills + the count), and for "
            "'open page' a plain QTableView over a QStandardItemModel of that page, shown."
        ),
        metrics=METRICS,
        command=_probe("reference"),
    )
)

register(
    Case(
        name="people.large",
        description=(
            "PeoplePage (artisans | customers | suppliers) for a logged-in admin on the dataset: "
            "open until the first rows are in the model; one search keystroke (text set, the "
            "debounce slot called directly) until the first page is in; a rare search; sort by "
            "joined date (OFFSET paging), page 1 and page 100."
        ),
        metrics=METRICS,
        command=_probe("app"),
        reference="people.reference",
        goals={"keystroke": 0.1, "keystroke_rare": 0.1, "open_page": 0.5},
    )
)
