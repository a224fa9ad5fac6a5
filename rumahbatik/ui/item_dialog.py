"""Add or edit an item: a material (kain mori, malam, pewarna) or a product (kain batik, kemeja)."""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain import stock_fields as F
from rumahbatik.domain.errors import DomainError, NotFound
from rumahbatik.domain.formatting import format_number, parse_number
from rumahbatik.domain.people import TECHNIQUE_LABELS, Technique
from rumahbatik.domain.stock import ITEM_KIND_LABELS, UNIT_LABELS, ItemKind, Unit
from rumahbatik.services import items, media, motifs
from rumahbatik.services.stock_types import ItemData, ItemInput
from rumahbatik.ui.artisan_dialog import photo_pixmap
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t

log = logging.getLogger(__name__)

PHOTO_SIZE = 120
MOTIF_LIMIT = 2000


class ItemDialog(QDialog):
    """After a successful save ``saved`` holds the item as stored."""

    def __init__(
        self, ctx: UiContext, item: ItemData | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.saved: ItemData | None = None
        self.photo = item.photo if item else ""
        self.setWindowTitle(self.tr("New item") if item is None else self.tr("Edit item"))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        outer.addLayout(body)
        form = QFormLayout()
        body.addLayout(form, 1)

        def s(label: str) -> str:
            return t("Stock", label)

        self.kind = QComboBox(self)
        self.kind.setObjectName("itemKind")
        for kind in ItemKind:
            self.kind.addItem(t("Stock", ITEM_KIND_LABELS[kind]), kind.value)
        self.name = QLineEdit(self)
        self.name.setObjectName("itemName")
        self.name.setMaxLength(160)
        self.sku = QLineEdit(self)
        self.sku.setObjectName("itemSku")
        self.sku.setMaxLength(32)
        self.sku.setPlaceholderText(self.tr("generated"))
        self.category = QComboBox(self)
        self.category.setObjectName("itemCategory")
        self.category.setEditable(True)
        self.category.addItem("")
        for cat in items.list_categories(ctx.db, ctx.actor):
            self.category.addItem(cat)
        self.unit = QComboBox(self)
        self.unit.setObjectName("itemUnit")
        for unit in Unit:
            self.unit.addItem(t("Stock", UNIT_LABELS[unit]), unit.value)
        self.purchase_unit = QLineEdit(self)
        self.purchase_unit.setObjectName("purchaseUnit")
        self.purchase_unit.setPlaceholderText(self.tr("e.g. gulung"))
        self.purchase_unit.setMaxLength(20)
        self.purchase_factor = QLineEdit("1", self)
        self.purchase_factor.setObjectName("purchaseFactor")
        self.purchase_factor.setMaximumWidth(90)
        self.factor_hint = QLabel(self)
        purchase = QHBoxLayout()
        purchase.addWidget(self.purchase_unit, 1)
        purchase.addWidget(QLabel("=", self))
        purchase.addWidget(self.purchase_factor)
        purchase.addWidget(self.factor_hint, 1)
        self.motif = QComboBox(self)
        self.motif.setObjectName("itemMotif")
        self.motif.addItem(self.tr("(none)"), None)
        for m in motifs.list_motifs(ctx.db, ctx.actor, limit=MOTIF_LIMIT):
            self.motif.addItem(f"{m.name} ({m.code})", m.id)
        self.technique = QComboBox(self)
        self.technique.setObjectName("itemTechnique")
        self.technique.addItem(self.tr("(none)"), "")
        for tech in Technique:
            self.technique.addItem(t("People", TECHNIQUE_LABELS[tech]), tech.value)
        self.parent_sku = QLineEdit(self)
        self.parent_sku.setObjectName("variantOf")
        self.parent_sku.setPlaceholderText(self.tr("SKU of the main product"))
        self.parent_name = QLabel(self)
        self.parent_name.setStyleSheet("color: #6b5a48;")
        self._parent_id: int | None = item.parent_id if item else None
        variant = QHBoxLayout()
        variant.addWidget(self.parent_sku, 1)
        variant.addWidget(self.parent_name, 1)
        self.size = QLineEdit(self)
        self.size.setMaxLength(20)
        self.colour = QLineEdit(self)
        self.colour.setMaxLength(40)
        self.sale_price = QLineEdit("0", self)
        self.sale_price.setObjectName("salePrice")
        self.reorder_level = QLineEdit("0", self)
        self.reorder_level.setObjectName("reorderLevel")
        self.barcode = QLineEdit(self)
        self.barcode.setObjectName("itemBarcode")
        self.barcode.setPlaceholderText(self.tr("empty: the SKU"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(54)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)

        form.addRow(s(F.KIND), self.kind)
        form.addRow(s(F.NAME) + " *", self.name)
        form.addRow(s(F.SKU), self.sku)
        form.addRow(s(F.CATEGORY), self.category)
        form.addRow(s(F.UNIT), self.unit)
        form.addRow(s(F.PURCHASE_UNIT), purchase)
        self.product_rows: list[QWidget] = []
        for label, widget in (
            (s(F.MOTIF), self.motif),
            (s(F.TECHNIQUE), self.technique),
            (s(F.VARIANT_OF), variant),
            (s(F.SIZE), self.size),
            (s(F.COLOUR), self.colour),
        ):
            form.addRow(label, widget)
            self.product_rows.append(widget)
        form.addRow(s(F.SALE_PRICE) + " (Rp)", self.sale_price)
        form.addRow(s(F.REORDER_LEVEL), self.reorder_level)
        form.addRow(s(F.BARCODE), self.barcode)
        form.addRow(s(F.NOTES), self.notes)
        form.addRow("", self.active)
        self.form = form

        side = QVBoxLayout()
        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("itemPhoto")
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setStyleSheet("border: 1px solid #c8b89a; background: #f6ead8;")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.photo_label)
        self.photo_button = QPushButton(self.tr("Choose photo…"), self)
        self.photo_button.clicked.connect(self.choose_photo)
        side.addWidget(self.photo_button)
        self.remove_photo = QPushButton(self.tr("Remove photo"), self)
        self.remove_photo.clicked.connect(lambda: self._set_photo(""))
        side.addWidget(self.remove_photo)
        side.addStretch(1)
        body.addLayout(side)

        self.message = ErrorLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self._factor_hint())
        self.purchase_unit.textChanged.connect(lambda _t: self._factor_hint())
        self.purchase_factor.textChanged.connect(lambda _t: self._factor_hint())
        self.parent_sku.editingFinished.connect(self._find_parent)
        if item is not None:
            self._load(item)
        self._kind_changed()
        self._set_photo(self.photo)
        self.name.setFocus()

    def _load(self, item: ItemData) -> None:
        self.kind.setCurrentIndex(self.kind.findData(ItemKind(item.kind).value))
        self.name.setText(item.name)
        self.sku.setText(item.sku)
        self.category.setCurrentText(item.category)
        self.unit.setCurrentIndex(max(0, self.unit.findData(item.unit)))
        self.purchase_unit.setText(item.purchase_unit)
        self.purchase_factor.setText(format_number(item.purchase_factor))
        index = self.motif.findData(item.motif_id) if item.motif_id else 0
        if index < 0:  # beyond the list's limit: add it so it is kept
            self.motif.addItem(f"{item.motif_name} ({item.motif_code})", item.motif_id)
            index = self.motif.count() - 1
        self.motif.setCurrentIndex(index)
        self.technique.setCurrentIndex(max(0, self.technique.findData(item.technique)))
        if item.parent_id:
            try:
                parent = items.get_item(self.ctx.db, self.ctx.actor, item.parent_id)
                self.parent_sku.setText(parent.sku)
                self.parent_name.setText(parent.name)
            except DomainError:
                log.warning("variant parent #%s not readable", item.parent_id)
        self.size.setText(item.size)
        self.colour.setText(item.colour)
        self.sale_price.setText(format_number(item.sale_price))
        self.reorder_level.setText(format_number(item.reorder_level))
        self.barcode.setText(item.barcode)
        self.notes.setPlainText(item.notes)
        self.active.setChecked(item.active)

    def _kind_changed(self) -> None:
        product = self.kind.currentData() == ItemKind.PRODUCT.value
        for widget in self.product_rows:
            self.form.setRowVisible(widget, product)
        self.adjustSize()

    def _factor_hint(self) -> None:
        unit = t("Stock", UNIT_LABELS[Unit(self.unit.currentData())])
        name = self.purchase_unit.text().strip()
        if not name:
            self.factor_hint.setText(unit)
            return
        self.factor_hint.setText(
            self.tr("{unit}  (1 {purchase} = {factor} {unit})").format(
                unit=unit, purchase=name, factor=self.purchase_factor.text().strip() or "?"
            )
        )

    def _find_parent(self) -> None:
        code = self.parent_sku.text().strip()
        self._parent_id = None
        self.parent_name.clear()
        if not code:
            return
        found = items.find_by_code(self.ctx.db, self.ctx.actor, code)
        if found is None:
            self.parent_name.setText(self.tr("not found"))
            return
        self._parent_id = found.id
        self.parent_name.setText(found.name)

    # -- photo ---------------------------------------------------------------------------
    def _set_photo(self, relative: str) -> None:
        self.photo = relative
        pixmap = photo_pixmap(relative, self.ctx.settings.media_folder, PHOTO_SIZE)
        if pixmap is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("no photo"))
        else:
            self.photo_label.setPixmap(pixmap)
        self.remove_photo.setEnabled(bool(relative))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_photo_file(Path(path))

    def use_photo_file(self, path: Path) -> None:
        """Store a picture file in the media folder and show it (the item keeps its path)."""
        try:
            data = path.read_bytes()
            stored = media.store_image(
                data, "items", field=t("Stock", F.PHOTO),
                folder_setting=self.ctx.settings.media_folder,
            )  # fmt: skip
        except DomainError as exc:
            self.message.show_error(exc)
            return
        except OSError as exc:
            log.warning("cannot read photo %s: %s", path, exc)
            self.message.show_error(self.tr("The file cannot be read: {reason}").format(reason=exc))
            return
        self._set_photo(stored.file)

    # -- saving --------------------------------------------------------------------------
    def value(self) -> ItemInput:
        product = self.kind.currentData() == ItemKind.PRODUCT.value
        if product and self.parent_sku.text().strip() and self._parent_id is None:
            self._find_parent()
            if self._parent_id is None:
                raise NotFound("barcode_unknown", barcode=self.parent_sku.text().strip())
        purchase_unit = self.purchase_unit.text().strip()
        return ItemInput(
            kind=ItemKind(self.kind.currentData()),
            name=self.name.text(),
            unit=str(self.unit.currentData()),
            sku=self.sku.text(),
            category=self.category.currentText(),
            purchase_unit=purchase_unit,
            purchase_factor=parse_number(self.purchase_factor.text(), t("Stock", F.PURCHASE_FACTOR))
            if purchase_unit
            else Decimal(1),
            motif_id=self.motif.currentData() if product else None,
            technique=str(self.technique.currentData() or "") if product else "",
            parent_id=self._parent_id if product and self.parent_sku.text().strip() else None,
            size=self.size.text() if product else "",
            colour=self.colour.text() if product else "",
            sale_price=parse_number(self.sale_price.text() or "0", t("Stock", F.SALE_PRICE)),
            reorder_level=parse_number(
                self.reorder_level.text() or "0", t("Stock", F.REORDER_LEVEL)
            ),
            barcode=self.barcode.text(),
            photo=self.photo,
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        """Validate and save; on any refusal nothing is saved and the dialog stays open."""
        self.message.hide()
        try:
            value = self.value()
            if self.item is None:
                self.saved = items.create_item(self.ctx.db, self.ctx.actor, value)
            else:
                self.saved = items.update_item(self.ctx.db, self.ctx.actor, self.item.id, value)
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.ctx.bus.changed.emit("items")
        self.accept()
