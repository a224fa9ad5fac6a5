"""Edit a product's recipe: the materials one piece needs and the piece rate of each stage."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_number, format_rupiah, parse_number
from rumahbatik.domain.production import STAGE_ORDER, Stage
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import production
from rumahbatik.services.production_types import Recipe
from rumahbatik.ui.batch_widgets import ItemPicker, cell, stage_label, table
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel


class RecipeDialog(QDialog):
    """Choose a product (or get one), then its materials per piece and its stage rates."""

    def __init__(
        self, ctx: UiContext, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Recipe"))
        self.resize(720, 640)
        self.saved: Recipe | None = None
        self.lines: list[tuple[int, str, str, Decimal]] = []  # id, name, unit, qty per piece

        self.product = ItemPicker(ctx, ItemKind.PRODUCT, self)
        self.product.changed.connect(self.load)
        self.material = ItemPicker(ctx, ItemKind.MATERIAL, self)
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(self.tr("per piece"))
        self.quantity.setMaximumWidth(90)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("addMaterial")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_material)
        self.remove_button.clicked.connect(self.remove_material)
        self.quantity.returnPressed.connect(self.add_material)
        self.materials = table(
            self, [self.tr("Material"), self.tr("Quantity per piece"), self.tr("Unit")]
        )
        self.materials.setObjectName("materialTable")

        self.summary = QLabel(self)
        self.summary.setObjectName("wagePerPiece")
        self.stage_boxes: dict[Stage, QCheckBox] = {}
        self.rates: dict[Stage, QLineEdit] = {}
        stages_box = QGroupBox(self.tr("Stages and piece rates (upah per piece, Rp)"), self)
        form = QFormLayout(stages_box)
        for stage in STAGE_ORDER:
            box = QCheckBox(stage_label(stage), stages_box)
            rate = QLineEdit(stages_box)
            rate.setObjectName(f"rate_{stage.value}")
            rate.setMaximumWidth(140)
            rate.setAlignment(Qt.AlignmentFlag.AlignRight)
            rate.textEdited.connect(lambda _t, b=box: b.setChecked(True))
            rate.textChanged.connect(self._update_summary)
            box.toggled.connect(self._update_summary)
            self.stage_boxes[stage], self.rates[stage] = box, rate
            form.addRow(box, rate)
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        top = QFormLayout()
        top.addRow(self.tr("Product"), self.product)
        add = QHBoxLayout()
        add.addWidget(self.material, 1)
        add.addWidget(self.quantity)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        mats = QGroupBox(self.tr("Materials for one piece"), self)
        mv = QVBoxLayout(mats)
        mv.addWidget(self.materials, 1)
        mv.addLayout(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mats, 1)
        layout.addWidget(stages_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if product_id is not None:
            self.product.select(product_id)
            if self.product.current_id() != product_id:  # not among the first matches
                self._find_product(product_id)
        self.load()

    def _find_product(self, product_id: int) -> None:
        from rumahbatik.services import items

        try:
            sku = items.get_item(self.ctx.db, self.ctx.actor, product_id).sku
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.product.search.setText(sku)
        self.product.run_search()
        self.product.select(product_id)

    def load(self) -> None:
        product_id = self.product.current_id()
        self.lines = []
        for stage in STAGE_ORDER:
            self.stage_boxes[stage].setChecked(False)
            self.rates[stage].clear()
        if product_id is None:
            self._fill()
            return
        try:
            recipe = production.get_recipe(self.ctx.db, self.ctx.actor, product_id)
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.lines = [(m.material_id, m.name, m.unit, m.quantity) for m in recipe.materials]
        for s in recipe.stages:
            self.stage_boxes[s.stage].setChecked(True)
            self.rates[s.stage].setText(format_number(s.piece_rate))
        self._fill()

    def _fill(self) -> None:
        self.materials.setRowCount(len(self.lines))
        for r, (material_id, name, unit, qty) in enumerate(self.lines):
            self.materials.setItem(r, 0, cell(name, material_id))
            self.materials.setItem(r, 1, cell(format_number(qty), right=True))
            self.materials.setItem(r, 2, cell(unit))
        self.save_button.setEnabled(self.product.current_id() is not None)
        self._update_summary()

    def _update_summary(self, *_args: object) -> None:
        wage = Decimal(0)
        for stage, box in self.stage_boxes.items():
            if box.isChecked():
                try:
                    wage += parse_number(self.rates[stage].text() or "0")
                except DomainError:
                    pass  # shown when saving
        self.summary.setText(self.tr("Wages per piece: {wage}").format(wage=format_rupiah(wage)))

    def add_material(self) -> None:
        material_id = self.material.current_id()
        if material_id is None:
            return
        try:
            qty = parse_number(self.quantity.text(), self.tr("Quantity per piece"))
        except DomainError as exc:
            self.error.show_error(exc)
            return
        name = self.material.names.get(material_id, "?")
        unit = self.material.units.get(material_id, "")
        self.lines = [line for line in self.lines if line[0] != material_id]
        self.lines.append((material_id, name, unit, qty))
        self.quantity.clear()
        self.error.hide()
        self._fill()

    def remove_material(self) -> None:
        row = self.materials.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._fill()

    def stage_rates(self) -> list[tuple[Stage, Decimal]]:
        out = []
        for stage in STAGE_ORDER:
            if self.stage_boxes[stage].isChecked():
                text = self.rates[stage].text().strip() or "0"
                out.append((stage, parse_number(text, stage_label(stage))))
        return out

    def save(self) -> None:
        product_id = self.product.current_id()
        if product_id is None:
            return
        try:
            self.saved = production.set_recipe(
                self.ctx.db,
                self.ctx.actor,
                product_id,
                [(line[0], line[3]) for line in self.lines],
                self.stage_rates(),
            )
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.ctx.bus.changed.emit("production")
        self.accept()
