"""The dialogs of a production batch: plan a new one, issue materials to it, record the
stages' progress, and finish it (output to stock, wages owed)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_number, format_rupiah, parse_number
from rumahbatik.domain.stock import ItemKind, LocationKind
from rumahbatik.services import production, stock
from rumahbatik.services.production_types import BatchData, BatchInput
from rumahbatik.ui.batch_widgets import (
    ItemPicker,
    StageEditor,
    cell,
    table,
)
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, from_qdate
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.operations import run_in_background


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _location_combo(ctx: UiContext, parent: QWidget, *, artisans: bool) -> QComboBox:
    combo = QComboBox(parent)
    for loc in stock.list_locations(ctx.db, ctx.actor, include_artisans=artisans):
        if not loc.active:
            continue
        name = loc.name
        if loc.kind == LocationKind.ARTISAN:
            name = QCoreApplication.translate("BatchDialogs", "With {name}").format(name=loc.name)
        combo.addItem(name, loc.id)
    return combo


class NewBatchDialog(QDialog):
    """Plan a batch: product, pieces, start date, where the output goes, notes."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: BatchData | None = None
        self.setWindowTitle(self.tr("New production batch"))
        self.resize(640, 400)
        self.product = ItemPicker(ctx, ItemKind.PRODUCT, self)
        self.product.changed.connect(self._recipe_changed)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("plannedQty")
        self.quantity.setRange(1, production.MAX_BATCH_QTY)
        self.quantity.setValue(10)
        self.quantity.valueChanged.connect(self._recipe_changed)
        self.start = date_edit(self)
        self.output = _location_combo(ctx, self, artisans=False)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)
        self.recipe_note = QLabel(self)
        self.recipe_note.setObjectName("recipeNote")
        self.recipe_note.setWordWrap(True)
        # a wrapped label gets too little height from the layout: room for three lines
        self.recipe_note.setMinimumHeight(self.recipe_note.fontMetrics().lineSpacing() * 3 + 4)
        self.error = ErrorLabel(self)
        buttons = _buttons(self, self.tr("Create batch"))
        buttons.accepted.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Pieces planned"), self.quantity)
        form.addRow(self.tr("Planned start"), self.start)
        form.addRow(self.tr("Finished goods go to"), self.output)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recipe_note)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._recipe_changed()

    def _recipe_changed(self) -> None:
        product_id = self.product.current_id()
        if product_id is None:
            self.recipe_note.setText(self.tr("Choose the product to make."))
            return
        try:
            recipe = production.get_recipe(self.ctx.db, self.ctx.actor, product_id)
        except DomainError as exc:
            self.error.show_error(exc)
            return
        n = self.quantity.value()
        if recipe.empty:
            self.recipe_note.setText(
                self.tr(
                    "This product has no recipe yet: the batch starts without materials "
                    "or stages. Use Edit recipe… first."
                )  # fmt: skip
            )
            return
        materials = ", ".join(
            f"{m.name} {format_number(m.quantity * n)} {m.unit}" for m in recipe.materials
        )
        self.recipe_note.setText(
            self.tr("From the recipe: {materials}. Wages {wage} a piece, {total} in all.").format(
                materials=materials or "–",
                wage=format_rupiah(recipe.wage_per_piece),
                total=format_rupiah(recipe.wage_per_piece * n),
            )
        )

    def save(self) -> None:
        product_id = self.product.current_id()
        if product_id is None:
            self.error.show_error(self.tr("Choose the product to make."))
            return
        inp = BatchInput(
            product_id=product_id,
            planned_qty=self.quantity.value(),
            planned_start=from_qdate(self.start.date()),
            output_location_id=self.output.currentData(),
            notes=self.notes.toPlainText(),
        )
        try:
            self.created = production.create_batch(self.ctx.db, self.ctx.actor, inp)
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.accept()


class IssueDialog(QDialog):
    """Issue materials to a batch from one location; quantities default to what remains."""

    def __init__(self, ctx: UiContext, batch: BatchData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch = batch
        self.result_batch: BatchData | None = None
        self.setWindowTitle(self.tr("Issue materials to {number}").format(number=batch.number))
        self.resize(640, 380)
        self.source = _location_combo(ctx, self, artisans=True)
        self.day = date_edit(self)
        self.lines = table(
            self,
            [
                self.tr("Material"),
                self.tr("Planned"),
                self.tr("Issued"),
                self.tr("Issue now"),
                self.tr("Unit"),
            ],
        )
        self.lines.setObjectName("issueTable")
        self.edits: list[QLineEdit] = []
        self.lines.setRowCount(len(batch.materials))
        for r, m in enumerate(batch.materials):
            self.lines.setItem(r, 0, cell(m.name, m.material_id))
            self.lines.setItem(r, 1, cell(format_number(m.planned_qty), right=True))
            self.lines.setItem(r, 2, cell(format_number(m.issued_qty), right=True))
            edit = QLineEdit(format_number(m.remaining) if m.remaining else "", self.lines)
            edit.setObjectName(f"issue_{r}")
            self.lines.setCellWidget(r, 3, edit)
            self.lines.setItem(r, 4, cell(m.unit))
            self.edits.append(edit)
        self.error = ErrorLabel(self)
        buttons = _buttons(self, self.tr("Issue"))
        buttons.accepted.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Take from"), self.source)
        form.addRow(self.tr("Date"), self.day)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        lines: list[tuple[int, Decimal]] = []
        try:
            for m, edit in zip(self.batch.materials, self.edits, strict=True):
                if edit.text().strip():
                    qty = parse_number(edit.text(), m.name)
                    if qty:
                        lines.append((m.material_id, qty))
            if not lines:
                self.error.show_error(self.tr("Enter a quantity to issue on at least one line."))
                return
            self.result_batch = production.issue_materials(
                self.ctx.db,
                self.ctx.actor,
                self.batch.id,
                self.source.currentData(),
                lines,
                doc_date=from_qdate(self.day.date()),
            )
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.accept()


class ProgressDialog(QDialog):
    """Record who works each stage with how many pieces, and the stages' dates."""

    def __init__(self, ctx: UiContext, batch: BatchData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch = batch
        self.result_batch: BatchData | None = None
        self.setWindowTitle(self.tr("Progress of {number}").format(number=batch.number))
        self.resize(720, 560)
        self.editor = StageEditor(ctx, batch.stages, self)
        self.error = ErrorLabel(self)
        buttons = _buttons(self, self.tr("Save"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{product}, {pieces} pieces").format(
                    product=batch.product_name, pieces=batch.planned_qty
                ),
                self,
            )  # fmt: skip
        )
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.result_batch = production.record_progress(
                self.ctx.db, self.ctx.actor, self.batch.id, self.editor.inputs()
            )
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.accept()


class FinishDialog(QDialog):
    """Finish a batch: pieces finished and rejected, the date, the last stage work; shows
    the cost that will be posted. The work runs in the background."""

    def __init__(self, ctx: UiContext, batch: BatchData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch = batch
        self.result_batch: BatchData | None = None
        self.job = None
        self.setWindowTitle(self.tr("Finish {number}").format(number=batch.number))
        self.resize(760, 640)
        self.finished = QSpinBox(self)
        self.finished.setObjectName("qtyFinished")
        self.finished.setRange(0, batch.planned_qty)
        self.finished.setValue(batch.planned_qty)
        self.rejected = QSpinBox(self)
        self.rejected.setObjectName("qtyRejected")
        self.rejected.setRange(0, batch.planned_qty)
        self.day = date_edit(self)
        self.editor = StageEditor(ctx, batch.stages, self)
        self.cost = QLabel(self)
        self.cost.setObjectName("costPreview")
        self.cost.setWordWrap(True)
        for spin in (self.finished, self.rejected):
            spin.valueChanged.connect(self._update_cost)
        self.editor.stages.model().dataChanged.connect(self._update_cost)
        self.error = ErrorLabel(self)
        self.buttons = _buttons(self, self.tr("Finish batch"))
        self.buttons.accepted.connect(self.save)
        top = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Pieces finished (good)"), self.finished)
        form.addRow(self.tr("Pieces rejected"), self.rejected)
        form.addRow(self.tr("Finished on"), self.day)
        top.addLayout(form)
        top.addStretch(1)
        work = QGroupBox(self.tr("Who worked each stage"), self)
        wv = QVBoxLayout(work)
        wv.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(work, 1)
        layout.addWidget(self.cost)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_cost()

    def _update_cost(self, *_args: object) -> None:
        materials = self.batch.issued_value
        wages = self.editor.wages()
        good = self.finished.value()
        unit = (materials + wages) / good if good else Decimal(0)
        self.cost.setText(
            self.tr(
                "Materials issued {materials} + wages {wages} = {total}; "
                "cost per finished piece {unit}."
            ).format(
                materials=format_rupiah(materials),
                wages=format_rupiah(wages),
                total=format_rupiah(materials + wages),
                unit=format_rupiah(unit) if good else "–",
            )
        )

    def save(self) -> None:
        db, actor, batch_id = self.ctx.db, self.ctx.actor, self.batch.id
        good, bad = self.finished.value(), self.rejected.value()
        day = from_qdate(self.day.date())
        stages = self.editor.inputs()
        self.buttons.setEnabled(False)
        self.error.hide()

        def work() -> BatchData:
            return production.finish_batch(db, actor, batch_id, good, bad, day, stages)

        def done(result: BatchData) -> None:
            self.result_batch = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, DomainError):
                self.error.show_error(exc)
            else:
                from rumahbatik.ui.errors import show_error

                show_error(self, exc)

        self.job = run_in_background(self, work, done, on_error=failed)
