"""Small widgets the production dialogs share: an item picker that searches as you type, an
artisan combo, optional dates, Rupiah/quantity fields and the stage-work editor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_number, format_rupiah, parse_number
from rumahbatik.domain.production import STAGE_LABELS, Stage
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items
from rumahbatik.services.people_list import PersonFilter, list_people
from rumahbatik.services.production_types import BatchStageData, StageInput
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, from_qdate, to_qdate
from rumahbatik.ui.errors import error_text
from rumahbatik.ui.i18n import t

#: An optional date shows blank at this value (QDateEdit cannot be empty).


def stage_label(stage: Stage) -> str:
    return t("Production", STAGE_LABELS[stage])


def number_text(value: Decimal) -> str:
    return format_number(value)


def read_number(edit: QLineEdit, label: str) -> Decimal:
    """The number in a field (``1.250.000``, ``2,15``); raises ValidationError naming it."""
    return parse_number(edit.text(), label)


class ItemPicker(QWidget):
    """A search box and the matching items of one kind (SQL search, as you type)."""

    changed = Signal()

    def __init__(self, ctx: UiContext, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name or SKU…"))
        self.search.setClearButtonEnabled(True)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(240)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.combo, 2)
        self.run_search()

    def run_search(self) -> None:
        keep = self.current_id()
        self.combo.blockSignals(True)
        self.combo.clear()
        try:
            found = items.search_items(
                self.ctx.db, self.ctx.actor, self.search.text().strip(), kind=self.kind, limit=50
            )
        except DomainError as exc:
            self.combo.addItem(error_text(exc), None)
            found = []
        for item in found:
            self.combo.addItem(f"{item.name} · {item.sku}", item.id)
            self.combo.setItemData(self.combo.count() - 1, item.unit, Qt.ItemDataRole.ToolTipRole)
        self.units = {item.id: item.unit for item in found}
        self.names = {item.id: item.name for item in found}
        if keep is not None:
            i = self.combo.findData(keep)
            if i >= 0:
                self.combo.setCurrentIndex(i)
        self.combo.blockSignals(False)
        self.changed.emit()

    def current_id(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None

    def select(self, item_id: int) -> None:
        i = self.combo.findData(item_id)
        if i >= 0:
            self.combo.setCurrentIndex(i)


class ArtisanCombo(QComboBox):
    """The active artisans by name."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(200)
        try:
            rows = list_people(
                ctx.db, ctx.actor, PersonFilter(role="artisan", active=True), limit=1000
            )
        except DomainError as exc:
            self.addItem(error_text(exc), None)
            rows = []
        for row in rows:
            self.addItem(row.full_name, row.id)

    def current_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None


def table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A read-only, row-selecting table."""
    tw = QTableWidget(0, len(headers), parent)
    tw.setHorizontalHeaderLabels(headers)
    tw.verticalHeader().setVisible(False)
    tw.verticalHeader().setDefaultSectionSize(24)
    tw.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tw.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tw.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tw.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tw.horizontalHeader().setStretchLastSection(True)
    return tw


def cell(text: str, data: object = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


@dataclass
class _StageWork:
    stage: Stage
    rate: Decimal
    started: date | None
    finished: date | None
    artisans: list[tuple[int, str, int]] = field(default_factory=list)


class StageEditor(QWidget):
    """The stages of a batch (rate, dates, who worked how many pieces), edited in place.

    The upper table lists the stages; choosing one shows its dates and artisans below,
    where artisans are added with a number of pieces or removed."""

    def __init__(
        self, ctx: UiContext, stages: tuple[BatchStageData, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work = [
            _StageWork(
                s.stage,
                s.piece_rate,
                s.started_on,
                s.finished_on,
                [(a.artisan_id, a.name, a.pieces) for a in s.artisans],
            )
            for s in stages
        ]
        self.stages = table(
            self,
            [
                self.tr("Stage"),
                self.tr("Rate / piece"),
                self.tr("Started"),
                self.tr("Finished"),
                self.tr("Artisans (pieces)"),
            ],
        )
        self.stages.setObjectName("stageTable")
        self.stages.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.started = date_edit(self, optional=True)
        self.finished = date_edit(self, optional=True)
        self.started.dateChanged.connect(self._dates_changed)
        self.finished.dateChanged.connect(self._dates_changed)
        # a blank date's calendar opens in the year 2000: one click puts today in
        self.started_today = QPushButton(self.tr("Today"), self)
        self.started_today.setObjectName("startedToday")
        self.finished_today = QPushButton(self.tr("Today"), self)
        self.finished_today.setObjectName("finishedToday")
        self.started_today.clicked.connect(lambda: self.started.setDate(QDate.currentDate()))
        self.finished_today.clicked.connect(lambda: self.finished.setDate(QDate.currentDate()))
        self.artisans = table(self, [self.tr("Artisan"), self.tr("Pieces")])
        self.artisans.setObjectName("artisanTable")
        self.artisan = ArtisanCombo(ctx, self)
        self.pieces = QSpinBox(self)
        self.pieces.setRange(1, 10_000)
        self.add_button = QPushButton(self.tr("&Add artisan"), self)
        self.add_button.setObjectName("addArtisan")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_artisan)
        self.remove_button.clicked.connect(self.remove_artisan)
        self.stage_title = QLabel(self)
        self.stage_title.setStyleSheet("font-weight: bold;")

        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Started"), self))
        dates.addWidget(self.started)
        dates.addWidget(self.started_today)
        dates.addSpacing(12)
        dates.addWidget(QLabel(self.tr("Finished"), self))
        dates.addWidget(self.finished)
        dates.addWidget(self.finished_today)
        dates.addStretch(1)
        add = QHBoxLayout()
        add.addWidget(self.artisan, 2)
        add.addWidget(QLabel(self.tr("Pieces"), self))
        add.addWidget(self.pieces)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stages, 3)
        layout.addWidget(self.stage_title)
        layout.addLayout(dates)
        layout.addWidget(self.artisans, 2)
        layout.addLayout(add)
        self._fill()
        if self.work:
            self.stages.setCurrentCell(0, 0)
        else:
            self._show(-1)

    def _fill(self) -> None:
        keep = self.stages.currentRow()
        self.stages.setRowCount(len(self.work))
        for r, w in enumerate(self.work):
            who = ", ".join(f"{name} ({pieces})" for _id, name, pieces in w.artisans)
            self.stages.setItem(r, 0, cell(stage_label(w.stage), w.stage.value))
            self.stages.setItem(r, 1, cell(format_rupiah(w.rate), right=True))
            self.stages.setItem(r, 2, cell(_fmt(w.started)))
            self.stages.setItem(r, 3, cell(_fmt(w.finished)))
            self.stages.setItem(r, 4, cell(who or "–"))
        if 0 <= keep < len(self.work):
            self.stages.setCurrentCell(keep, 0)

    def current(self) -> _StageWork | None:
        row = self.stages.currentRow()
        return self.work[row] if 0 <= row < len(self.work) else None

    def select_stage(self, stage: Stage) -> None:
        for r, w in enumerate(self.work):
            if w.stage == stage:
                self.stages.setCurrentCell(r, 0)

    def _show(self, row: int) -> None:
        w = self.work[row] if 0 <= row < len(self.work) else None
        for widget in (self.started, self.finished, self.artisan, self.pieces, self.add_button,
                       self.remove_button, self.started_today, self.finished_today):  # fmt: skip
            widget.setEnabled(w is not None)
        self.stage_title.setText(stage_label(w.stage) if w else self.tr("No stages"))
        for edit, value in ((self.started, w.started if w else None),
                            (self.finished, w.finished if w else None)):  # fmt: skip
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)
        self.artisans.setRowCount(0)
        for artisan_id, name, pieces in w.artisans if w else []:
            r = self.artisans.rowCount()
            self.artisans.insertRow(r)
            self.artisans.setItem(r, 0, cell(name, artisan_id))
            self.artisans.setItem(r, 1, cell(str(pieces), right=True))

    def _dates_changed(self) -> None:
        w = self.current()
        if w is None:
            return
        w.started = from_qdate(self.started.date())
        w.finished = from_qdate(self.finished.date())
        self._fill()

    def add_artisan(self) -> None:
        w = self.current()
        artisan_id = self.artisan.current_id()
        if w is None or artisan_id is None:
            return
        rest = [a for a in w.artisans if a[0] != artisan_id]
        w.artisans = [*rest, (artisan_id, self.artisan.currentText(), self.pieces.value())]
        self._fill()
        self._show(self.stages.currentRow())

    def remove_artisan(self) -> None:
        w = self.current()
        row = self.artisans.currentRow()
        if w is None or row < 0:
            return
        artisan_id = self.artisans.item(row, 0).data(Qt.ItemDataRole.UserRole)
        w.artisans = [a for a in w.artisans if a[0] != artisan_id]
        self._fill()
        self._show(self.stages.currentRow())

    def wages(self) -> Decimal:
        return sum((w.rate * sum(a[2] for a in w.artisans) for w in self.work), Decimal(0))

    def inputs(self) -> list[StageInput]:
        return [
            StageInput(
                stage=w.stage,
                artisans=tuple((a[0], a[2]) for a in w.artisans),
                started_on=w.started,
                finished_on=w.finished,
            )
            for w in self.work
        ]


def _fmt(value: date | None) -> str:
    from rumahbatik.domain.formatting import format_date

    return format_date(value) if value else "–"
