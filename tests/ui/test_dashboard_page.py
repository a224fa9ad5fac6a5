"""The dashboard on the demo data: a manager's tiles match the service, the charts have a bar
per day, the unpaid tile opens the Sales page filtered; an instructor sees cohorts, no sales."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rumahbatik.domain.formatting import format_rupiah
from rumahbatik.services import dashboard
from rumahbatik.ui.dashboard_page import DashboardPage


def _loaded(qtbot, page: DashboardPage, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.cards[name].value.text() != "…", timeout=10000)


def test_manager_dashboard_matches_the_service(qtbot, window_for, english) -> None:  # type: ignore[no-untyped-def]
    window = window_for("siti")
    page = window.open_page("dashboard")
    assert isinstance(page, DashboardPage)
    _loaded(qtbot, page, "todayCard")
    _loaded(qtbot, page, "cohortCard")
    o = dashboard.sales_overview(window.ctx.db, window.ctx.actor)
    assert page.cards["todayCard"].value.text() == format_rupiah(o.today_amount)
    assert format_rupiah(o.month_amount) in page.cards["monthCard"].value.text()
    assert page.cards["unpaidCard"].value.text().startswith(str(o.unpaid_count))
    assert format_rupiah(o.unpaid_amount) in page.cards["unpaidCard"].detail.text()
    assert page.day_chart is not None and page.day_chart.bars.count() == 30
    assert [page.day_chart.bars.at(i) for i in range(30)] == [float(d.amount) for d in o.by_day]
    assert page.motif_chart is not None
    assert page.motif_chart.series.count() == min(len([m for m in o.by_motif if m.amount > 0]), 6)
    assert page.top_products is not None and page.top_products.count() == max(
        len(o.top_products), 1
    )
    counts = dashboard.training_counts(window.ctx.db, window.ctx.actor)
    assert page.cards["cohortCard"].value.text().startswith(str(counts.running))

    # the unpaid tile opens the Sales page on its receivables (unpaid and partly paid)
    qtbot.mouseClick(page.cards["unpaidCard"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "sales"
    sales_page = window.page("sales")
    assert sales_page.tabs.currentWidget() is sales_page.receivables

    # a bar of the day chart opens that day
    window.open_page("dashboard")
    page.day_chart._clicked(29)
    assert window.current_page_key() == "sales"
    assert sales_page.tabs.currentWidget() is sales_page.invoices
    q = sales_page.invoices.current_query()
    assert q.date_from == q.date_to == o.by_day[-1].day

    # the largest slice of the pie opens this month's invoices with that motif, and says so
    window.open_page("dashboard")
    top = next(m for m in o.by_motif if m.amount > 0)
    piece = page.motif_chart.series.slices()[0]
    page.motif_chart.series.clicked.emit(piece)
    assert window.current_page_key() == "sales"
    invoices = sales_page.invoices
    q = invoices.current_query()
    assert (q.motif_id, q.date_from) == (top.key or 0, o.by_day[-1].day.replace(day=1))
    assert invoices.motif_chip.isVisible() and top.name in invoices.motif_chip.text()
    qtbot.waitUntil(lambda: invoices.model.rowCount() > 0, timeout=10000)
    qtbot.mouseClick(invoices.motif_chip, Qt.MouseButton.LeftButton)
    assert not invoices.motif_chip.isVisible()
    assert invoices.current_query().motif_id is None


def test_low_stock_tile_opens_the_stock_page(qtbot, window_for, english) -> None:  # type: ignore[no-untyped-def]
    window = window_for("siti")
    page = window.open_page("dashboard")
    _loaded(qtbot, page, "lowCard")
    qtbot.mouseClick(page.cards["lowCard"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "stock"
    assert window.page("stock").low_only.isChecked()


def test_instructor_sees_cohorts_and_no_sales(qtbot, window_for, english) -> None:  # type: ignore[no-untyped-def]
    window = window_for("ratna")
    page = window.open_page("dashboard")
    assert "todayCard" not in page.cards and page.day_chart is None
    assert page.cohort_list is not None
    o = dashboard.instructor_overview(window.ctx.db, window.ctx.actor)
    expected = max(len(o.cohorts), 1)
    qtbot.waitUntil(lambda: page.cohort_list.count() == expected, timeout=10000)
    if o.cohorts:
        assert page.cohort_list.item(0).text().startswith(o.cohorts[0].code)


def test_the_day_chart_axis_steps_are_round():  # type: ignore[no-untyped-def]
    from rumahbatik.ui.dashboard_charts import nice_step

    assert [nice_step(x) for x in (412_500, 250_000, 425_000, 750_000, 1_100_000, 97)] == [
        500_000, 250_000, 500_000, 1_000_000, 2_000_000, 100,
    ]  # fmt: skip
