"""Sales: issuing 1,000 invoices in a row, the sales list on the dataset's ~250,000
invoices with 1,000,000 lines (large), and the sales report of a month and of a year, each
against the same work done bare."""

from __future__ import annotations

from bench.cases import Case, CaseEnv, Command, Metric, register

ISSUE_METRICS = (
    Metric("per_invoice", "per invoice (1,000 sales in a row)", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)
LIST_METRICS = (
    Metric("first_page", "first page (200 rows)", "s"),
    Metric("deep_page", "deep page (after row 100,000)", "s"),
    Metric("search", "customer name search", "s"),
    Metric("month_totals", "totals of one month", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)
PAGE_METRICS = (
    Metric("open_page", "open sales page → first rows", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)


def _probe(mode: str):  # type: ignore[no-untyped-def]
    def command(env: CaseEnv) -> Command:
        return Command([env.python, env.probe("sales_probe"), mode, env.database_url("dataset")])

    return command


register(
    Case(
        name="sales.issue_reference",
        description=(
            "1,000 counter sales (1-4 pieces each, paid in cash) on a private copy of the "
            "dataset, each by the minimal hand-written SQL a sale needs, one transaction each "
            "through sqlite3 with the app's pragmas (WAL, synchronous=FULL): series counter, "
            "invoice, per line a guarded balance UPDATE, on-hand UPDATE, line and move, then "
            "the payment. Numbers and stock checked afterwards."
        ),
        metrics=ISSUE_METRICS,
        command=_probe("issue_reference"),
        timeout_s=600.0,
    )
)

register(
    Case(
        name="sales.issue",
        description=(
            "The same 1,000 sales through services.sales.sell (gapless number, stock out "
            "through the ledger, accruals, payment, audit row; one transaction each) on a "
            "private copy of the dataset; afterwards the new numbers must follow the series "
            "without a gap and every shop balance and on-hand be down by what was sold."
        ),
        metrics=ISSUE_METRICS,
        command=_probe("issue"),
        reference="sales.issue_reference",
        goals={"per_invoice": 0.05},
        timeout_s=600.0,
    )
)

register(
    Case(
        name="sales.list_reference",
        description=(
            "The sales list's reads by one hand-written SQL statement each through sqlite3: "
            "the first 200 invoices newest first, the 200 after row 100,000 (keyset), a "
            "regular customer's full-name search, and the sums of the middle month."
        ),
        metrics=LIST_METRICS,
        command=_probe("list_reference"),
    )
)

register(
    Case(
        name="sales.list",
        description=(
            "services.sales_list on the dataset: list_invoices first page (200), a deep page "
            "(keyset after row 100,000, or the middle row of a smaller dataset), a search by "
            "the full name of the customer with the most invoices, and sales_totals for the "
            "month in the middle of the history; answers checked against the reference's."
        ),
        metrics=LIST_METRICS,
        command=_probe("list"),
        reference="sales.list_reference",
        goals={"first_page": 0.1, "deep_page": 0.1, "search": 0.25, "month_totals": 0.1},
    )
)

register(
    Case(
        name="sales.page_reference",
        description=(
            "The sales list's first 200 invoices by one hand-written SQL statement through "
            "sqlite3, shown in a plain QTableView over a QStandardItemModel."
        ),
        metrics=PAGE_METRICS,
        command=_probe("page_reference"),
    )
)

register(
    Case(
        name="sales.page",
        description=(
            "SalesPage (rumahbatik.ui.sales_page) for a logged-in admin on the dataset, built "
            "and shown until a table of it holds rows. SKIPPED while the module is missing."
        ),
        metrics=PAGE_METRICS,
        command=_probe("page"),
        reference="sales.page_reference",
        goals={"open_page": 0.5},
    )
)

REPORT_METRICS = (
    Metric("report", "whole report (every table)", "s"),
    Metric("by_period", "by-period table alone", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)

for _which, _period, _main in (
    ("month", "the busiest full calendar month of the dataset", "by day"),
    ("year", "the latest calendar year the dataset covers whole", "by month"),
):
    register(
        Case(
            name=f"sales.report_{_which}_reference",
            description=(
                f"The sales report's aggregates for {_period}, one hand-written SQL statement "
                f"each through sqlite3, each with only the joins it needs: sales {_main}, by "
                "product, motif, technique, customer type (lines + credit-note lines), "
                "payments by method. report = the six statements' time."
            ),
            metrics=REPORT_METRICS,
            command=_probe(f"report_{_which}_reference"),
        )
    )
    register(
        Case(
            name=f"sales.report_{_which}",
            description=(
                f'build_report(db, actor, "sales", ...) for {_period} (every table as the '
                "PDF and Excel writers get it); by_period = its progress(0)..progress(1). "
                "Every row and total checked against the reference's."
            ),
            metrics=REPORT_METRICS,
            command=_probe(f"report_{_which}"),
            reference=f"sales.report_{_which}_reference",
        )
    )
