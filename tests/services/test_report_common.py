"""The total row every report table shares."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from rumahbatik.domain.reports import Label
from rumahbatik.domain.tables import Column
from rumahbatik.services.report_common import sum_total

COLUMNS = (
    Column("name", "Name"),
    Column("count", "Count", "int"),
    Column("qty", "Quantity", "decimal"),
    Column("value", "Value", "money"),
    Column("share_pct", "Share", "decimal"),
    Column("day", "Day", "date"),
    Column("avg", "Average", "money"),
)


def test_sums_figures_and_leaves_text_dates_shares_and_skipped_columns_empty():
    rows = [
        ("a", 2, D("1.5"), D(1000), D(40), date(2026, 1, 1), D(500)),
        ("b", 3, D("2.25"), D(1500), D(60), None, None),
    ]
    total = sum_total(rows, COLUMNS, skip={"avg"})
    assert total == (Label("Reports", "Total"), 5, D("3.75"), D(2500), None, None, None)
    assert isinstance(total[1], int)
    assert sum_total([], COLUMNS)[1:4] == (0, D(0), D(0))
