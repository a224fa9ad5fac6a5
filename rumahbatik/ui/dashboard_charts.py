"""The dashboard's charts (Qt Charts): sales by day as bars, sales by motif as a pie; a click
on a bar or a slice says which day or motif it was."""

from __future__ import annotations

import html
import math
from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QPieSeries,
    QPieSlice,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from rumahbatik.domain.formatting import short_rupiah
from rumahbatik.services.dashboard import DaySales, Takings

SOGA = QColor("#6b3e26")
GOLD = QColor("#c8a24a")
#: Slices after the first two: browns and golds that stay apart from each other.
PALETTE = [SOGA, GOLD, QColor("#9c6b4a"), QColor("#e0c788"), QColor("#4a2f22"), QColor("#b08850")]
#: Indonesian short day names, Monday first (the chart is Indonesian whatever the locale).
DAY_NAMES = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]


def nice_step(rough: float) -> float:
    """The smallest round step (1, 2, 2.5 or 5 times a power of ten) at least ``rough``:
    an axis of Rp500 rb, Rp1 jt, Rp1,5 jt rather than Rp413 rb, Rp825 rb."""
    if rough <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(rough))
    return next(f * power for f in (1.0, 2.0, 2.5, 5.0, 10.0) if f * power >= rough)


def day_label(day: date) -> str:
    return f"{DAY_NAMES[day.weekday()]} {day.day}"


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class SalesByDayChart(QChartView):
    """Bars of the sales of each day; ``day_clicked`` when a bar is clicked."""

    day_clicked = Signal(date)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(_chart(title), parent)
        self.setObjectName("salesByDayChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.days: list[DaySales] = []
        self.bars = QBarSet("")

    def set_days(self, days: list[DaySales]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.days = list(days)
        self.bars = QBarSet("")
        self.bars.setColor(SOGA)
        self.bars.setBorderColor(SOGA)
        for d in self.days:
            self.bars.append(float(d.amount))
        series = QBarSeries()
        series.setBarWidth(0.8)
        series.append(self.bars)
        chart.addSeries(series)
        chart.legend().hide()
        x = QBarCategoryAxis()
        # the day of the month: unique within 30 days (a category axis merges equal labels)
        x.append([str(d.day.day) for d in days])
        # 30 labels fit only small, never as "…"
        small = QFont()
        small.setPointSizeF(6.5)
        x.setLabelsFont(small)
        x.setTruncateLabels(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        top = max((float(d.amount) for d in days), default=0.0) or 1_000_000.0
        # QValueAxis only knows printf formats; a category axis on values gives "Rp1,2 jt".
        y = QCategoryAxis()
        y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        room = top * 1.05  # the highest bar stays clear of the frame
        step = nice_step(room / 4)
        ticks = math.ceil(room / step)
        y.setRange(0, step * ticks)
        self.axis_labels = [short_rupiah(step * i) for i in range(ticks + 1)]
        for i, label in enumerate(self.axis_labels):
            y.append(label, step * i)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        self.bars.clicked.connect(self._clicked)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.days):
            self.day_clicked.emit(self.days[index].day)


class SalesByMotifChart(QChartView):
    """A pie of the month's takings per motif; ``motif_clicked(motif id, name)``: 0 for sales
    without a motif, -1 for the "other" slice."""

    motif_clicked = Signal(int, str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(_chart(title), parent)
        self.setObjectName("salesByMotifChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.series = QPieSeries()
        # Qt's own legend gives itself a third of the width and cuts names to "Kapal Mayan…";
        # a label over the right half shows every name and amount whole (wrapped if need be).
        self.chart().legend().hide()
        self.legend_label = QLabel(self)
        self.legend_label.setObjectName("motifLegend")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.legend_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.legend_label.setStyleSheet("background: transparent;")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        half = self.width() // 2
        self.legend_label.setGeometry(half, 36, self.width() - half - 12, self.height() - 48)
        self._fit_pie()

    def _fit_pie(self) -> None:
        """Keep the pie inside the left half, whatever the view's shape (its size is a share
        of the plot area's shorter side)."""
        area = self.chart().plotArea()
        shorter = min(area.width(), area.height())
        if shorter <= 0:
            return
        diameter = min(area.width() * 0.46, area.height() * 0.9)
        self.series.setPieSize(max(0.2, min(1.0, diameter / shorter)))
        self.series.setHorizontalPosition(0.25)

    def set_motifs(self, rows: list[Takings], other: str, no_motif: str) -> None:
        """The five largest motifs and one slice for the rest."""
        chart = self.chart()
        chart.removeAllSeries()
        self.series = QPieSeries()
        shown = [r for r in rows if r.amount > 0][:5]
        rest = sum((r.amount for r in rows if r.amount > 0 and r not in shown), Decimal(0))
        for i, r in enumerate(shown):
            name = r.name if r.key is not None else no_motif
            s = self.series.append(f"{name} · {short_rupiah(r.amount)}", float(r.amount))
            s.setColor(PALETTE[i % len(PALETTE)])
            s.setProperty("motif_id", r.key or 0)
            s.setProperty("motif_name", name)
        if rest:
            s = self.series.append(f"{other} · {short_rupiah(rest)}", float(rest))
            s.setColor(QColor("#d8cbb8"))
            s.setProperty("motif_id", -1)
        self.series.clicked.connect(self._clicked)
        self.series.hovered.connect(lambda s, on: s.setExploded(on))
        chart.addSeries(self.series)
        self._fit_pie()  # the left half; the legend takes the right
        chart.legend().hide()
        self.legend_label.setText(
            "<br>".join(
                f'<span style="color:{piece.color().name()}">&#9632;</span>&nbsp;'
                f"{html.escape(piece.label())}"
                for piece in self.series.slices()
            )
        )

    def _clicked(self, piece: QPieSlice) -> None:
        self.motif_clicked.emit(
            int(piece.property("motif_id") or 0), str(piece.property("motif_name") or "")
        )
