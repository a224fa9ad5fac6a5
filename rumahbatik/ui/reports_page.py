"""The Reports page: choose a report and a period, make it as a PDF (previewed, to print or
save) or an Excel workbook. The report is built and written in the background with a progress
bar and a Cancel button; the screen never freezes."""

from __future__ import annotations

import logging
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.reports import Cancelled
from rumahbatik.services.reports_catalog import REPORTS, build_report
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, date_of, to_qdate
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.operations import Operation

log = logging.getLogger(__name__)


def _say(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


class _Phase(QObject):
    """What the worker is doing now ("Writing the PDF…"), told to the GUI thread."""

    changed = Signal(str)


class ReportsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cancel = threading.Event()
        self.operation: Operation | None = None
        self.last_file: Path | None = None
        self.preview: QWidget | None = None
        self._making = next(iter(REPORTS))
        self._phase = _Phase(self)
        self._writing = ""  # "Writing the PDF…" once the figures are read
        self._phase.changed.connect(self._show_phase)

        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("reportList")
        for key, spec in REPORTS.items():
            item = QListWidgetItem(_say("Reports", spec.title), self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(_say("Reports", spec.description))
        self.list.setCurrentRow(0)
        self.list.setMaximumWidth(320)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        layout.addWidget(self.list)

        right = QVBoxLayout()
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setContentsMargins(0, 0, 0, 8)
        right.addWidget(self.description)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.period = QComboBox(self)
        self.period.setObjectName("periodChoice")
        for key, text in (
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("this_year", self.tr("This year")),
            ("last_year", self.tr("Last year")),
            ("custom", self.tr("Other dates")),
        ):
            self.period.addItem(text, key)
        form.addRow(self.tr("Period"), self.period)
        self.start = date_edit(self)
        self.start.setObjectName("reportFrom")
        self.end = date_edit(self)
        self.end.setObjectName("reportTo")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("From"), dates)
        self.as_pdf = QRadioButton(self.tr("PDF (preview, print or save)"), self)
        self.as_xlsx = QRadioButton(self.tr("Excel workbook"), self)
        self.as_pdf.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_pdf)
        kinds.addWidget(self.as_xlsx)
        kinds.addStretch(1)
        form.addRow(self.tr("As"), kinds)
        right.addLayout(form)
        buttons = QHBoxLayout()
        self.make = QPushButton(self.tr("&Make report"), self)
        self.make.setObjectName("makeReport")
        self.make.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("cancelReport")
        self.cancel.setEnabled(False)
        buttons.addWidget(self.make)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        right.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        right.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        self.error = ErrorLabel(self)
        right.addWidget(self.error)
        right.addStretch(1)
        layout.addLayout(right, 1)

        self.list.currentRowChanged.connect(lambda _r: self._describe())
        self.period.currentIndexChanged.connect(lambda _i: self._apply_period())
        self.make.clicked.connect(self.make_report)
        self.cancel.clicked.connect(self.cancel_report)
        self._describe()
        self._apply_period()

    # ------------------------------------------------------------------ choices

    def current_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else next(iter(REPORTS))

    def _describe(self) -> None:
        spec = REPORTS[self.current_key()]
        self.description.setText(
            f"<b>{_say('Reports', spec.title)}</b><br>{_say('Reports', spec.description)}"
        )

    def _apply_period(self, today: date | None = None) -> None:
        today = today or date.today()
        key = self.period.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if key == "this_month":
            start, end = month_bounds(today)
            end = min(end, today)
        elif key == "last_month":
            start, end = month_bounds(today.replace(day=1) - timedelta(days=1))
        elif key == "this_year":
            start, end = date(today.year, 1, 1), today
        elif key == "last_year":
            start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        else:
            return
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))

    # ------------------------------------------------------------------ making it

    def make_report(self) -> None:
        self.error.hide()
        key = self.current_key()
        start, end = date_of(self.start), date_of(self.end)
        if end < start:
            self.error.show_error(
                ValidationError(
                    "date_invalid_range", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
                )
            )
            return
        excel = self.as_xlsx.isChecked()
        target: Path | None = None
        if excel:
            suggested = f"laporan-{key}-{start:%Y-%m-%d}-{end:%Y-%m-%d}.xlsx"
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            target = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        self._cancel.clear()
        self.make.setEnabled(False)
        self.cancel.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the figures…"))
        db, actor, cancel, phase = self.ctx.db, self.ctx.actor, self._cancel, self._phase
        writing = self.tr("Writing the workbook…") if excel else self.tr("Writing the PDF…")

        def work(progress: Any) -> Any:
            def step(done: int, total: int) -> None:
                if cancel.is_set():
                    raise Cancelled()
                progress(done, total)

            report = build_report(db, actor, key, start, end, progress=step)
            if cancel.is_set():
                raise Cancelled()
            phase.changed.emit(writing)  # the bar starts again, counting rows written
            return self._write(report, target, step)

        self._making = key  # the preview's title, even if the list moves meanwhile
        self.operation = Operation(self, work, self._finished, self._failed)
        self.operation.signals.progress.connect(self._progress)

    def _write(self, report: Any, target: Path | None, step: Any) -> Any:
        """In the worker: the file (Excel) or the PDF bytes to preview; ``step(done, total)``
        moves the bar and stops the writing when Cancel was pressed."""
        from rumahbatik.services.centre import centre_profile

        centre = centre_profile(self.ctx.db)
        if target is not None:
            from rumahbatik.reports.report_xlsx import write_report_xlsx

            write_report_xlsx(report, target, _say, centre_name=centre.name, progress=step)
            return target
        from rumahbatik.reports.report_pdf import render_report

        return render_report(
            report,
            centre_name=centre.name,
            address=centre.address_line,
            logo=centre.logo,
            translate=_say,
            progress=step,
        )

    def _show_phase(self, text: str) -> None:
        if self.operation is not None and not self._cancel.is_set():
            self._writing = text
            self.status.setText(text)
            self.progress.setRange(0, 0)  # busy until the writer says how much there is

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        if self._writing and not self._cancel.is_set():
            self.status.setText(
                self.tr("{doing} {done} of {total} rows").format(
                    doing=self._writing,
                    done=format_number(min(done, total)),
                    total=format_number(total),
                )
            )
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _idle(self) -> None:
        self._writing = ""
        self.make.setEnabled(True)
        self.cancel.setEnabled(False)
        self.progress.setVisible(False)
        self.operation = None

    def _finished(self, result: Any) -> None:
        self._idle()
        if isinstance(result, Path):
            self.last_file = result
            self.status.setText(self.tr("Saved to {path}").format(path=str(result)))
            return
        from rumahbatik.ui.sale_printing import show_preview

        spec = REPORTS[self._making]
        title = _say("Reports", spec.title)
        self.status.setText(self.tr("The report is open in the preview."))
        self.preview = show_preview(self, result, title, f"laporan-{spec.key}.pdf")

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped. Nothing was written."))
            return
        self.status.clear()
        if isinstance(exc, DomainError):
            self.error.show_error(exc)
        else:  # a file that cannot be written, a full disk
            log.error("report failed", exc_info=exc)
            self.error.show_error(
                self.tr("The report could not be written: {error}").format(error=str(exc))
            )

    def cancel_report(self) -> None:
        self._cancel.set()
        self.status.setText(self.tr("Stopping…"))
