"""The Production screen: the list of batches (filter by status, search as you type) and the
chosen batch (materials planned and issued, stages with artisans and dates, costs), with the
work of a batch: new batch, recipe, issue materials, progress, finish, cancel, hang tags, and
the artisans' wages.

Dialogs open window-modal with ``open()`` (no nested event loop); each one saves through
the services and the page refreshes on the change bus ("production", "stock").
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.production import BATCH_STATUS_LABELS, BatchStatus
from rumahbatik.services import production
from rumahbatik.services.production_types import BatchData, BatchRow
from rumahbatik.ui.batch_widgets import cell, stage_label, table
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.paged_model import ColumnDef, PagedTableModel

log = logging.getLogger(__name__)


def status_label(status: BatchStatus) -> str:
    return t("Production", BATCH_STATUS_LABELS[status])


class ProductionPage(QWidget):
    """Batches on the left, the chosen batch and its buttons on the right."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: BatchData | None = None
        self.dialog: Any = None  # the dialog open now (tests drive it)
        self._stale = False

        # ---- the list
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All batches"), "")
        for status in BatchStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search number, product or motif…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        columns: list[ColumnDef[BatchRow]] = [
            ColumnDef(self.tr("Number"), lambda r: r.number),
            ColumnDef(self.tr("Product"), lambda r: r.product_name),
            ColumnDef(self.tr("Status"), lambda r: status_label(r.status)),
            ColumnDef(self.tr("Planned"), lambda r: format_number(r.planned_qty), True),
            ColumnDef(
                self.tr("Finished"),
                lambda r: format_number(r.qty_finished) if r.status == BatchStatus.FINISHED else "",
                True,
            ),
            ColumnDef(
                self.tr("Date"),
                lambda r: format_date(r.finished_on or r.started_on or r.planned_start),
            ),
        ]
        self.model: PagedTableModel[BatchRow] = PagedTableModel(columns, self._fetch)
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("&New batch…"), self)
        self.new_button.setObjectName("newBatch")
        self.recipe_button = QPushButton(self.tr("Edit &recipe…"), self)
        self.recipe_button.setObjectName("editRecipe")
        self.wages_button = QPushButton(self.tr("&Wages…"), self)
        self.wages_button.setObjectName("wages")
        self.new_button.clicked.connect(self.new_batch)
        self.recipe_button.clicked.connect(self.edit_recipe)
        self.wages_button.clicked.connect(self.open_wages)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        lv.addLayout(filters)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count_label)
        lbuttons = QHBoxLayout()
        for b in (self.new_button, self.recipe_button, self.wages_button):
            lbuttons.addWidget(b)
        lv.addLayout(lbuttons)

        # ---- the batch
        self.heading = QLabel(self)
        self.heading.setObjectName("batchHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("batchFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.materials = table(
            self,
            [
                self.tr("Material"),
                self.tr("Planned"),
                self.tr("Issued"),
                self.tr("Unit"),
                self.tr("Value issued"),
            ],
        )
        self.materials.setObjectName("materialTable")
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
        self.costs = QLabel(self)
        self.costs.setObjectName("batchCosts")
        self.costs.setTextFormat(Qt.TextFormat.RichText)
        self.costs.setWordWrap(True)
        self.issue_button = QPushButton(self.tr("&Issue materials…"), self)
        self.issue_button.setObjectName("issueMaterials")
        self.progress_button = QPushButton(self.tr("Record &progress…"), self)
        self.progress_button.setObjectName("recordProgress")
        self.finish_button = QPushButton(self.tr("&Finish batch…"), self)
        self.finish_button.setObjectName("finishBatch")
        self.cancel_button = QPushButton(self.tr("&Cancel batch…"), self)
        self.cancel_button.setObjectName("cancelBatch")
        self.tags_button = QPushButton(self.tr("Print &hang tags…"), self)
        self.tags_button.setObjectName("hangTags")
        self.issue_button.clicked.connect(self.issue_materials)
        self.progress_button.clicked.connect(self.record_progress)
        self.finish_button.clicked.connect(self.finish_batch)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.tags_button.clicked.connect(self.print_hang_tags)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.facts)
        rv.addWidget(QLabel(self.tr("<b>Materials</b>"), self))
        rv.addWidget(self.materials, 2)
        rv.addWidget(QLabel(self.tr("<b>Stages</b>"), self))
        rv.addWidget(self.stages, 3)
        rv.addWidget(self.costs)
        grid = QGridLayout()
        grid.addWidget(self.issue_button, 0, 0)
        grid.addWidget(self.progress_button, 0, 1)
        grid.addWidget(self.finish_button, 0, 2)
        grid.addWidget(self.cancel_button, 1, 0)
        grid.addWidget(self.tags_button, 1, 1)
        rv.addLayout(grid)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.bus.changed.connect(self._area_changed)
        self.reload()

    # ---------------------------------------------------------------- the list
    def _fetch(self, last: BatchRow | None, limit: int) -> list[BatchRow]:
        try:
            return production.list_batches(
                self.ctx.db,
                self.ctx.actor,
                self.status_filter.currentData() or None,
                self.search.text(),
                after=last,
                limit=limit,
            )
        except DomainError as exc:
            self.count_label.setText(str(exc))
            return []

    def reload(self) -> None:
        keep = self.batch.id if self.batch else None
        self.model.reload()
        self.count_label.setText(self.tr("%n batch(es) shown", "", self.model.rowCount()))
        if keep is not None and not self.select_batch(keep):
            self.batch = None
        self._show()

    def select_batch(self, batch_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row(i).id == batch_id:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def _area_changed(self, area: str) -> None:
        if area not in ("production", "stock", "people"):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _chosen(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.batch = None
        else:
            row = self.model.row(index.row())
            try:
                self.batch = production.get_batch(self.ctx.db, self.ctx.actor, row.id)
            except DomainError as exc:
                show_error(self, exc)
                self.batch = None
        self._show()

    # ---------------------------------------------------------------- the batch
    def _show(self) -> None:
        b = self.batch
        for button in (self.issue_button, self.progress_button, self.finish_button,
                       self.cancel_button):  # fmt: skip
            button.setEnabled(b is not None and b.editable)
        self.tags_button.setEnabled(
            b is not None and b.status == BatchStatus.FINISHED and b.qty_finished > 0
        )
        self.materials.setRowCount(0)
        self.stages.setRowCount(0)
        if b is None:
            self.heading.setText(self.tr("<h3>Choose a batch</h3>"))
            self.facts.setText("")
            self.costs.setText("")
            return
        self.heading.setText(
            f"<h3>{b.number} · {_html(b.product_name)}</h3>"
            f"<span>{_html(status_label(b.status))}</span>"
        )
        facts = [
            (self.tr("SKU"), b.product_sku),
            (self.tr("Motif"), b.motif_name or "–"),
            (self.tr("Pieces planned"), format_number(b.planned_qty)),
            (self.tr("Planned start"), format_date(b.planned_start) or "–"),
            (self.tr("Started"), format_date(b.started_on) or "–"),
            (self.tr("Output to"), b.output_location_name),
        ]
        if b.notes:
            facts.append((self.tr("Notes"), b.notes))
        self.facts.setText(
            " &nbsp;·&nbsp; ".join(f"{_html(k)}: <b>{_html(v)}</b>" for k, v in facts)
        )
        self.materials.setRowCount(len(b.materials))
        for r, m in enumerate(b.materials):
            self.materials.setItem(r, 0, cell(m.name, m.material_id))
            self.materials.setItem(r, 1, cell(format_number(m.planned_qty), right=True))
            self.materials.setItem(r, 2, cell(format_number(m.issued_qty), right=True))
            self.materials.setItem(r, 3, cell(m.unit))
            self.materials.setItem(r, 4, cell(format_rupiah(m.issued_value), right=True))
        self.stages.setRowCount(len(b.stages))
        for r, s in enumerate(b.stages):
            who = ", ".join(f"{a.name} ({a.pieces})" for a in s.artisans)
            self.stages.setItem(r, 0, cell(stage_label(s.stage), s.stage.value))
            self.stages.setItem(r, 1, cell(format_rupiah(s.piece_rate), right=True))
            self.stages.setItem(r, 2, cell(format_date(s.started_on) or "–"))
            self.stages.setItem(r, 3, cell(format_date(s.finished_on) or "–"))
            self.stages.setItem(r, 4, cell(who or "–"))
        if b.status == BatchStatus.FINISHED:
            self.costs.setText(
                self.tr(
                    "Finished {date}: <b>{good}</b> good, {bad} rejected. Materials {materials} "
                    "+ wages {wages} = {total}; cost per piece <b>{unit}</b>."
                ).format(
                    date=format_date(b.finished_on),
                    good=format_number(b.qty_finished),
                    bad=format_number(b.qty_rejected),
                    materials=format_rupiah(b.material_cost),
                    wages=format_rupiah(b.wage_cost),
                    total=format_rupiah(b.total_cost),
                    unit=format_rupiah(b.unit_cost),
                )
            )
        else:
            wages = sum((s.wages for s in b.stages), Decimal(0))
            self.costs.setText(
                self.tr("Materials issued so far {materials}; wages recorded {wages}.").format(
                    materials=format_rupiah(b.issued_value), wages=format_rupiah(wages)
                )
            )

    def _after(self, result: BatchData | None, *areas: str) -> None:
        if result is not None:
            self.batch = result
        for area in areas:
            self.ctx.bus.changed.emit(area)
        self.reload()
        if result is not None:
            self.select_batch(result.id)

    # ---------------------------------------------------------------- actions
    def new_batch(self) -> None:
        from rumahbatik.ui.batch_dialog import NewBatchDialog

        dialog = NewBatchDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._after(dialog.created, "production"))
        self.dialog = dialog
        dialog.open()

    def edit_recipe(self) -> None:
        from rumahbatik.ui.recipe_dialog import RecipeDialog

        product_id = self.batch.product_id if self.batch else None
        dialog = RecipeDialog(self.ctx, product_id, self)
        self.dialog = dialog
        dialog.open()

    def issue_materials(self) -> None:
        from rumahbatik.ui.batch_dialog import IssueDialog

        if self.batch is None:
            return
        dialog = IssueDialog(self.ctx, self.batch, self)
        dialog.accepted.connect(lambda: self._after(dialog.result_batch, "stock", "production"))
        self.dialog = dialog
        dialog.open()

    def record_progress(self) -> None:
        from rumahbatik.ui.batch_dialog import ProgressDialog

        if self.batch is None:
            return
        dialog = ProgressDialog(self.ctx, self.batch, self)
        dialog.accepted.connect(lambda: self._after(dialog.result_batch, "production"))
        self.dialog = dialog
        dialog.open()

    def finish_batch(self) -> None:
        from rumahbatik.ui.batch_dialog import FinishDialog

        if self.batch is None:
            return
        dialog = FinishDialog(self.ctx, self.batch, self)
        dialog.accepted.connect(lambda: self._after(dialog.result_batch, "stock", "production"))
        self.dialog = dialog
        dialog.open()

    def cancel_batch(self) -> None:
        b = self.batch
        if b is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel batch"),
            self.tr("Cancel batch {number} ({product})? It cannot be reopened.").format(
                number=b.number, product=b.product_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        back_to: int | None = None
        if any(m.issued_qty > 0 for m in b.materials):
            back = QMessageBox.question(
                self,
                self.tr("Cancel batch"),
                self.tr(
                    "Materials worth {value} were issued to this batch. Return them to the "
                    "workshop store (Yes), or are they used up (No)?"
                ).format(value=format_rupiah(b.issued_value)),
            )
            if back == QMessageBox.StandardButton.Yes:
                from rumahbatik.services.stock import list_locations

                back_to = next(
                    (
                        loc.id
                        for loc in list_locations(
                            self.ctx.db, self.ctx.actor, include_artisans=False
                        )
                        if loc.code == "GUDANG"
                    ),
                    None,
                )
        try:
            result = production.cancel_batch(
                self.ctx.db, self.ctx.actor, b.id, return_to_location_id=back_to
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self._after(result, *(("stock", "production") if back_to else ("production",)))

    def print_hang_tags(self) -> None:
        b = self.batch
        if b is None or b.qty_finished <= 0:
            return
        # Built by the labels work; imported here so this page loads without it.
        from rumahbatik.ui.labels_dialog import LabelsDialog

        dialog = LabelsDialog(self.ctx, [(b.product_id, b.qty_finished)], self)
        self.dialog = dialog
        dialog.open()

    def open_wages(self) -> None:
        from rumahbatik.ui.wage_dialog import WageDialog

        artisan_id = None
        if self.batch is not None:
            workers = [a.artisan_id for s in self.batch.stages for a in s.artisans]
            artisan_id = workers[0] if workers else None
        dialog = WageDialog(self.ctx, artisan_id, self)
        self.dialog = dialog
        dialog.open()


def _html(text: str) -> str:
    from html import escape

    return escape(text or "")
