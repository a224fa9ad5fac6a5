"""Stock: the stock page, a valuation at a past date and an item's history on the dataset's
50,000 items and 1,000,000 moves (large), against the same work done bare."""

from __future__ import annotations

from bench.cases import Case, CaseEnv, Command, Metric, register

METRICS = (
    Metric("open_page", "open stock page → first rows", "s"),
    Metric("valuation", "valuation at a past date", "s"),
    Metric("history", "item history, first page", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)


def _probe(mode: str):  # type: ignore[no-untyped-def]
    def command(env: CaseEnv) -> Command:
        return Command([env.python, env.probe("stock_probe"), mode, env.database_url("dataset")])

    return command


register(
    Case(
        name="stock.reference",
        description=(
            "The stock work done bare on the same file, one hand-written SQL statement each "
            "through sqlite3: the first 200 items by name with gudang/toko/artisan quantities "
            "in a plain QTableView (shown); the valuation in the middle of the ledger (sums "
            "per item and location, cost after each item's last move); the best seller's "
            "first 200 history moves."
        ),
        metrics=METRICS,
        command=_probe("reference"),
    )
)

register(
    Case(
        name="stock.large",
        description=(
            "StockPage for a logged-in admin on the dataset, opened until the first rows are "
            "in its model; services.stock.valuation_at for the day in the middle of the "
            "3-year ledger, by location (checked against the reference's rows and total); "
            "services.stock.item_history first page of the item with the most moves."
        ),
        metrics=METRICS,
        command=_probe("app"),
        reference="stock.reference",
        goals={"open_page": 0.5, "history": 0.1},
    )
)
