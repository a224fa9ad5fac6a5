"""The first page after login: who and where, the last backup; for managers and staff the
sales, stock, production and training at a glance with two charts; for instructors their
cohorts, today's attendance and the trainees at risk. Every figure loads in the background;
a tile, a bar or a slice opens the matching list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.formatting import format_date, format_datetime, format_number, format_rupiah
from rumahbatik.domain.roles import ROLE_LABELS, Permission
from rumahbatik.services import backup, dashboard
from rumahbatik.services.sales_types import SalesQuery
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.dashboard_charts import SalesByDayChart, SalesByMotifChart
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background


class Card(QFrame):
    """A tile: a caption and a figure; clickable when given ``on_click``."""

    def __init__(
        self, title: str, value: str, parent: QWidget, name: str,
        on_click: Callable[[], None] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName(name)
        self.on_click = on_click
        self.setFrameShape(QFrame.Shape.StyledPanel)
        hover = f"QFrame#{name}:hover {{ border-color: #c8a24a; }}" if on_click else ""
        self.setStyleSheet(
            f"QFrame#{name} {{ background: #fffaf2; border: 1px solid #e3d5c0;"
            f" border-radius: 6px; }} {hover}"
        )
        if on_click:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        caption = QLabel(title, self)
        caption.setWordWrap(True)
        caption.setStyleSheet("color: #7a5c45;")
        layout.addWidget(caption)
        self.value = QLabel(value, self)
        self.value.setObjectName(name + "Value")
        self.value.setWordWrap(True)
        self.value.setStyleSheet("font-size: 13pt; font-weight: 600;")
        if not on_click:
            self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.value)
        self.detail = QLabel("", self)
        self.detail.setObjectName(name + "Detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #7a5c45;")
        self.detail.hide()
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "", colour: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if colour:
            self.detail.setStyleSheet(f"color: {colour};")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.on_click and event.button() == Qt.MouseButton.LeftButton:
            self.on_click()
        super().mouseReleaseEvent(event)


def _card(title: str, value: str, parent: QWidget, name: str) -> QFrame:
    return Card(title, value, parent, name)


def change_text(change: Decimal | None) -> tuple[str, str]:
    """``▲ 12,5%`` in green or ``▼ 3%`` in red; empty when last month had nothing."""
    if change is None:
        return "", ""
    pct = format_number(round(abs(change), 1))
    if change >= 0:
        return f"▲ {pct}%", "#2e7d32"
    return f"▼ {pct}%", "#b3261e"


REFRESH_ON = {"backup", "settings"}
#: Changes that only move some tiles: they are read again, the page is not rebuilt.
STOCK_AREAS = {"stock", "items", "production"}
SALES_AREAS = {"sales"}
TRAINING_AREAS = {"training"}


class DashboardPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self._body = QWidget(scroll)
        scroll.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(32, 24, 32, 24)
        self._stock_labels: list[QLabel] = []
        self.cards: dict[str, Card] = {}
        self.day_chart: SalesByDayChart | None = None
        self.motif_chart: SalesByMotifChart | None = None
        self.top_products: QListWidget | None = None
        self.top_motifs: QListWidget | None = None
        self.cohort_list: QListWidget | None = None
        self.sales: dashboard.SalesOverview | None = None
        self.instructor: dashboard.InstructorOverview | None = None
        self.refresh()
        # Only what this page shows: not every attendance mark saved elsewhere.
        ctx.bus.changed.connect(self._changed)

    # -- what the actor may see ----------------------------------------------------------
    def _sees_sales(self) -> bool:
        a = self.ctx.actor
        return a.can(Permission.VIEW_SALES) or a.can(Permission.SELL)

    def _sees_stock(self) -> bool:
        return self.ctx.actor.can(Permission.MANAGE_STOCK)

    def _teaches(self) -> bool:
        a = self.ctx.actor
        return a.can(Permission.MANAGE_TRAINING) and not a.can(Permission.MANAGE_ALL_COHORTS)

    def _changed(self, area: str) -> None:
        if area in REFRESH_ON:
            self.refresh()
        elif area in STOCK_AREAS and self._stock_labels:
            self._load_stock()
        elif area in SALES_AREAS and "todayCard" in self.cards:
            self._load_sales()
        elif area in TRAINING_AREAS:
            self._load_training()
        if area == "production" and "todayCard" in self.cards:
            self._load_sales()  # a batch may have made products that sold meanwhile

    # -- building ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stock_labels = []
        self.cards = {}
        self.day_chart = self.motif_chart = None
        self.top_products = self.top_motifs = self.cohort_list = None
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _clear(item.layout())
        ctx = self.ctx
        body = self._body
        name = ctx.actor.full_name or ctx.actor.username
        welcome = self.tr("Welcome, {name}").format(name=name)
        self._layout.addWidget(QLabel(f"<h2>{welcome}</h2>", body))
        sub = QLabel(
            self.tr("{centre} · today is {date}").format(
                centre=ctx.settings.centre_name, date=format_date(utcnow().astimezone())
            ),
            body,
        )
        self._layout.addWidget(sub)
        grid = QGridLayout()
        grid.setSpacing(12)
        folder = backup.auto_backup_folder(ctx.settings.backup_folder)
        latest = backup.list_backups(folder)
        last = format_datetime(latest[0].modified_at) if latest else self.tr("never")
        role = t("Roles", ROLE_LABELS[ctx.actor.role])
        grid.addWidget(_card(self.tr("Your role"), role, body, "roleCard"), 0, 0)
        grid.addWidget(_card(self.tr("Last backup"), last, body, "backupCard"), 0, 1)
        grid.addWidget(_card(self.tr("Database"), ctx.db.display_name, body, "dbCard"), 0, 2, 1, 2)
        row = 1
        sales_row: int | None = None
        if self._sees_sales():
            self._add(grid, row, 0, self.tr("Sales today"), "todayCard", self._open_today)
            self._add(grid, row, 1, self.tr("This month"), "monthCard", self._open_month)
            self._add(grid, row, 2, self.tr("Unpaid invoices"), "unpaidCard", self._open_unpaid)
            sales_row = row
            row += 1
        if self._sees_stock():
            self._stock_cards(grid, row)
            row += 1
        if ctx.actor.can(Permission.VIEW_TRAINING) and not self._teaches():
            # the fourth column of the first row of tiles, so no cell stays empty
            if sales_row is not None:
                at = (sales_row, 3)
            elif self._sees_stock():
                at = (row - 1, 3)
            else:
                at, row = (row, 0), row + 1
            self._add(grid, *at, self.tr("Active cohorts"), "cohortCard", self._open_training)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 1)
        self._layout.addLayout(grid)
        if self._sees_sales():
            self._sales_widgets()
            self._load_sales()
        if self._teaches():
            self._instructor_widgets()
        if ctx.actor.can(Permission.VIEW_TRAINING):
            self._load_training()
        self._layout.addStretch(1)

    def _add(
        self, grid: QGridLayout, row: int, col: int, title: str, name: str,
        on_click: Callable[[], None] | None = None,
    ) -> Card:  # fmt: skip
        card = Card(title, self.tr("…"), self._body, name, on_click)
        self.cards[name] = card
        grid.addWidget(card, row, col)
        return card

    def _stock_cards(self, grid: QGridLayout, row: int) -> None:
        """Stock and production tiles, filled in the background (they read every item)."""
        low = self._add(
            grid, row, 0, self.tr("Items at or below their reorder level"), "lowCard",
            self._open_low,
        )  # fmt: skip
        value = self._add(grid, row, 1, self.tr("Stock value (average cost)"), "valueCard")
        batches = self._add(
            grid, row, 2, self.tr("Production batches"), "batchCard", self._open_production
        )
        self._stock_labels = [c.value for c in (low, value, batches)]
        self._load_stock()

    def _list(self, title: str, name: str) -> QListWidget:
        box = QVBoxLayout()
        box.addWidget(QLabel(f"<b>{title}</b>", self._body))
        widget = QListWidget(self._body)
        widget.setObjectName(name)
        widget.setMinimumHeight(130)
        widget.setStyleSheet("QListWidget { background: #fffaf2; border: 1px solid #e3d5c0; }")
        box.addWidget(widget)
        return widget, box  # type: ignore[return-value]

    def _sales_widgets(self) -> None:
        charts = QHBoxLayout()
        self.day_chart = SalesByDayChart(self.tr("Sales of the last 30 days"), self._body)
        self.day_chart.day_clicked.connect(self.open_day)
        self.motif_chart = SalesByMotifChart(self.tr("This month's sales by motif"), self._body)
        self.motif_chart.motif_clicked.connect(self._open_motif)
        charts.addWidget(self.day_chart, 3)
        charts.addWidget(self.motif_chart, 2)
        self._layout.addLayout(charts)
        lists = QHBoxLayout()
        self.top_products, a = self._list(self.tr("Top products this month"), "topProducts")
        self.top_motifs, b = self._list(self.tr("Top motifs this month"), "topMotifs")
        lists.addLayout(a)
        lists.addLayout(b)
        self._layout.addLayout(lists)

    def _instructor_widgets(self) -> None:
        self.cohort_list, box = self._list(self.tr("Your cohorts"), "cohortList")
        self.cohort_list.setMinimumHeight(200)
        self.cohort_list.itemActivated.connect(self._cohort_chosen)
        self.cohort_list.itemClicked.connect(self._cohort_chosen)
        self._layout.addLayout(box)

    # -- loading -------------------------------------------------------------------------
    def _load_stock(self) -> None:
        labels = list(self._stock_labels)

        def show(o: dashboard.StockOverview) -> None:
            if not all(shiboken6.isValid(label) for label in labels):
                return  # the page was rebuilt meanwhile
            labels[0].setText(self.tr("%n of %1 item(s)", "", o.low).replace("%1", str(o.items)))
            labels[1].setText(format_rupiah(round(o.value)) if o.value is not None else "–")
            labels[2].setText(
                self.tr("{running} in progress, {planned} planned").format(
                    running=o.batches_in_progress, planned=o.batches_planned
                )
            )

        run_in_background(self, lambda: dashboard.stock_overview(self.ctx.db, self.ctx.actor), show)

    def _load_sales(self) -> None:
        cards = dict(self.cards)
        db, actor = self.ctx.db, self.ctx.actor

        def show(o: dashboard.SalesOverview) -> None:
            if not all(shiboken6.isValid(c) for c in cards.values()):
                return
            self.sales = o
            cards["todayCard"].set(
                format_rupiah(o.today_amount),
                self.tr("%n invoice(s)", "", o.today_count),
            )
            arrow, colour = change_text(o.month_change)
            vs = self.tr("last month to the same day {same} · whole month {whole}").format(
                same=format_rupiah(o.last_month_same), whole=format_rupiah(o.last_month_total)
            )
            cards["monthCard"].set(
                format_rupiah(o.month_amount) + (f"  {arrow}" if arrow else ""), vs
            )
            if colour:
                cards["monthCard"].value.setText(
                    f"{format_rupiah(o.month_amount)} <span style='color:{colour}'>{arrow}</span>"
                )
            cards["unpaidCard"].set(
                self.tr("%n invoice(s)", "", o.unpaid_count),
                self.tr("{amount} due · {overdue} overdue").format(
                    amount=format_rupiah(o.unpaid_amount), overdue=o.overdue_count
                ),
                "#b3261e" if o.overdue_count else "",
            )
            if self.day_chart is not None and shiboken6.isValid(self.day_chart):
                self.day_chart.set_days(o.by_day)
            if self.motif_chart is not None and shiboken6.isValid(self.motif_chart):
                self.motif_chart.set_motifs(o.by_motif, self.tr("Other"), self.tr("No motif"))
            for widget, rows in (
                (self.top_products, o.top_products),
                (self.top_motifs, o.top_motifs),
            ):
                if widget is None or not shiboken6.isValid(widget):
                    continue
                widget.clear()
                for i, r in enumerate(rows, 1):
                    widget.addItem(f"{i}. {r.name} — {format_rupiah(r.amount)}")
                if not rows:
                    widget.addItem(self.tr("No sales this month yet"))

        run_in_background(self, lambda: dashboard.sales_overview(db, actor), show)

    def _load_training(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        card = self.cards.get("cohortCard")
        listing = self.cohort_list
        teaches = self._teaches()

        def work() -> Any:
            if teaches:
                return dashboard.instructor_overview(db, actor)
            return dashboard.training_counts(db, actor)

        def show(o: Any) -> None:
            if isinstance(o, dashboard.TrainingCounts):
                if card is not None and shiboken6.isValid(card):
                    card.set(
                        self.tr("%n running", "", o.running),
                        self.tr("%n planned", "", o.planned),
                    )
                return
            self.instructor = o
            if listing is None or not shiboken6.isValid(listing):
                return
            listing.clear()
            for c in o.cohorts:
                listing.addItem(self._cohort_item(c))
            if not o.cohorts:
                listing.addItem(self.tr("No cohort running or planned"))

        if card is not None or listing is not None:
            run_in_background(self, work, show)

    def _cohort_item(self, c: dashboard.CohortToday) -> QListWidgetItem:
        lines = [
            f"{c.code} · {c.course_name} · {format_date(c.start_date)} – {format_date(c.end_date)}"
        ]
        if c.training_day:
            if c.to_mark:
                lines.append(self.tr("Attendance to take today: %n trainee(s)", "", c.to_mark))
            else:
                lines.append(self.tr("Today's attendance is taken"))
        elif c.status.value == "planned":
            lines.append(self.tr("Starts {date}").format(date=format_date(c.start_date)))
        if c.at_risk:
            lines.append(self.tr("At risk: {names}").format(names=", ".join(c.at_risk)))
        item = QListWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, c.cohort_id)
        return item

    # -- opening the matching lists ------------------------------------------------------
    def _main(self) -> Any:
        window = self.window()
        return window if hasattr(window, "open_page") else None

    def _open_sales(self, q: SalesQuery) -> None:
        main = self._main()
        if main is not None and "sales" in main.page_keys():
            main.open_page("sales").show_query(q)

    def open_day(self, day: date) -> None:
        self._open_sales(SalesQuery(date_from=day, date_to=day))

    def _open_today(self) -> None:
        self.open_day(self.sales.today if self.sales else date.today())

    def _open_month(self) -> None:
        day = self.sales.today if self.sales else date.today()
        self._open_sales(SalesQuery(date_from=day.replace(day=1), date_to=day))

    def _open_motif(self, motif_id: int, name: str) -> None:
        """This month's invoices with the slice's motif ("other" is the whole month)."""
        day = self.sales.today if self.sales else date.today()
        if motif_id < 0:
            self._open_month()
            return
        self._open_sales(
            SalesQuery(
                date_from=day.replace(day=1), date_to=day, motif_id=motif_id, motif_name=name
            )
        )

    def _open_unpaid(self) -> None:
        # The receivables list holds exactly what the tile counts: unpaid and partly paid.
        main = self._main()
        if main is not None and "sales" in main.page_keys():
            main.open_page("sales").show_receivables()

    def _open_low(self) -> None:
        main = self._main()
        if main is not None and "stock" in main.page_keys():
            main.open_page("stock").show_low_only()

    def _open_production(self) -> None:
        main = self._main()
        if main is not None and "production" in main.page_keys():
            main.open_page("production")

    def _open_training(self) -> None:
        main = self._main()
        if main is not None and "training" in main.page_keys():
            main.open_page("training")

    def _cohort_chosen(self, item: QListWidgetItem) -> None:
        cohort_id = item.data(Qt.ItemDataRole.UserRole)
        main = self._main()
        if cohort_id and main is not None and "training" in main.page_keys():
            main.open_page("training").select_cohort(int(cohort_id))


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _clear(item.layout())
