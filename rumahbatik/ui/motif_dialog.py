"""Add or edit a motif: one form, one service call on Save."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date, format_number, parse_date, parse_number
from rumahbatik.domain.motifs import FIELDS, IMAGE_KIND_LABELS, ROYALTY_LABELS, ImageKind
from rumahbatik.domain.people import (
    MOTIF_STATUS_LABELS,
    TECHNIQUE_LABELS,
    MotifStatus,
    RoyaltyKind,
    Technique,
)
from rumahbatik.services import motifs
from rumahbatik.services.motifs import Colour, ImageInput, MotifData, MotifInput
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import error_text
from rumahbatik.ui.i18n import t

ERROR_STYLE = "color: #b00020;"


@dataclass
class _Image:
    kind: str
    caption: str
    image_id: int | None = None
    data: bytes | None = None
    path: str = ""


def _pixmap(img: _Image, side: int = 96) -> QPixmap:
    pix = QPixmap()
    if img.data is not None:
        pix.loadFromData(img.data)
    elif img.path:
        pix.load(img.path)
    if pix.isNull():
        pix = QPixmap(side, side)
        pix.fill(QColor("#e8dcc8"))
    return pix.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class MotifDialog(QDialog):
    """``motif`` None adds a new motif."""

    def __init__(self, ctx: UiContext, motif: MotifData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.motif = motif
        self.saved: MotifData | None = None
        self.setWindowTitle(
            self.tr("Add motif")
            if motif is None
            else self.tr("Edit motif {code}").format(code=motif.code)
        )
        self.setMinimumSize(720, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._story_tab(), self.tr("&Philosophy"))
        self.tabs.addTab(self._colours_tab(), self.tr("C&olours"))
        self.tabs.addTab(self._images_tab(), self.tr("&Images"))
        self.tabs.addTab(self._rights_tab(), self.tr("&HKI and royalty"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if motif is not None:
            self._fill(motif)
        else:
            self._set_royalty_kind(RoyaltyKind.NONE.value)

    # ------------------------------------------------------------ tabs
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.code = QLineEdit(page)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("empty: the next free code (MTF-…)"))
        self.name = QLineEdit(page)
        self.name.setObjectName("name")
        self.status = QComboBox(page)
        self.status.setObjectName("status")
        for s in MotifStatus:
            self.status.addItem(t("Motifs", MOTIF_STATUS_LABELS[s]), s.value)
        self.origin = QLineEdit(page)
        self.origin.setObjectName("origin")
        self.origin.setPlaceholderText("Kota Probolinggo")
        self.created_on = QLineEdit(page)
        self.created_on.setObjectName("createdOn")
        self.created_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.designer = QComboBox(page)
        self.designer.setObjectName("designer")
        self.co_designers = QListWidget(page)
        self.co_designers.setObjectName("coDesigners")
        self.co_designers.setMaximumHeight(110)
        include = []
        if self.motif is not None:
            include = [p.id for p in self.motif.co_designers]
            if self.motif.designer:
                include.append(self.motif.designer.id)
        self.designer.addItem(self.tr("(none)"), None)
        for p in motifs.designer_choices(self.ctx.db, self.ctx.actor, include):
            self.designer.addItem(p.name, p.id)
            item = QListWidgetItem(p.name, self.co_designers)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        techniques = QWidget(page)
        grid = QGridLayout(techniques)
        grid.setContentsMargins(0, 0, 0, 0)
        techniques.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.technique_boxes: dict[Technique, QCheckBox] = {}
        for i, tech in enumerate(Technique):
            box = QCheckBox(t("People", TECHNIQUE_LABELS[tech]), techniques)
            box.setObjectName(f"technique_{tech.value}")
            self.technique_boxes[tech] = box
            grid.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Designer"), self.designer)
        form.addRow(self.tr("Co-designers"), self.co_designers)
        form.addRow(self.tr("Techniques"), techniques)
        form.addRow(self.tr("&Origin"), self.origin)
        form.addRow(self.tr("Created on"), self.created_on)
        return page

    def _story_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Philosophy (makna): what the motif means"), page))
        self.philosophy = QPlainTextEdit(page)
        self.philosophy.setObjectName("philosophy")
        layout.addWidget(self.philosophy, 3)
        layout.addWidget(QLabel(self.tr("Description: what is drawn, and how"), page))
        self.description = QPlainTextEdit(page)
        self.description.setObjectName("description")
        layout.addWidget(self.description, 2)
        return page

    def _colours_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.colours = QTableWidget(0, 3, page)
        self.colours.setObjectName("colours")
        self.colours.setHorizontalHeaderLabels(
            [self.tr("Swatch"), self.tr("Colour name"), self.tr("Code (#rrggbb)")]
        )
        self.colours.verticalHeader().hide()
        self.colours.horizontalHeader().setStretchLastSection(True)
        self.colours.setColumnWidth(0, 70)
        self.colours.setColumnWidth(1, 240)
        self.colours.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.colours.itemChanged.connect(self._colour_text_changed)
        layout.addWidget(self.colours, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add colour"), page)
        add.setObjectName("addColour")
        add.clicked.connect(lambda: self.add_colour("", "#8b5a2b"))
        remove = QPushButton(self.tr("Remove colour"), page)
        remove.setObjectName("removeColour")
        remove.clicked.connect(self._remove_colour)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _images_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.images = QListWidget(page)
        self.images.setObjectName("images")
        self.images.setViewMode(QListWidget.ViewMode.IconMode)
        self.images.setIconSize(QSize(120, 120))
        self.images.setGridSize(QSize(150, 160))
        self.images.setMovement(QListWidget.Movement.Static)
        self.images.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.images.setWordWrap(True)
        self.images.currentRowChanged.connect(self._image_selected)
        layout.addWidget(self.images, 1)
        edit = QFormLayout()
        self.image_kind = QComboBox(page)
        self.image_kind.setObjectName("imageKind")
        for k in ImageKind:
            self.image_kind.addItem(t("Motifs", IMAGE_KIND_LABELS[k]), k.value)
        self.image_caption = QLineEdit(page)
        self.image_caption.setObjectName("imageCaption")
        self.image_kind.currentIndexChanged.connect(self._image_edited)
        self.image_caption.textEdited.connect(self._image_edited)
        edit.addRow(self.tr("Kind"), self.image_kind)
        edit.addRow(self.tr("Caption"), self.image_caption)
        layout.addLayout(edit)
        row = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Add from file…"), "addImage", self.add_images_from_files),
            (self.tr("Remove"), "removeImage", self._remove_image),
            (self.tr("Move left"), "imageUp", lambda: self._move_image(-1)),
            (self.tr("Move right"), "imageDown", lambda: self._move_image(1)),
        ):
            button = QPushButton(text, page)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._image_selected(-1)
        return page

    def _rights_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.hki_number = QLineEdit(page)
        self.hki_number.setObjectName("hkiNumber")
        self.hki_number.setPlaceholderText("EC00202212345")
        self.hki_date = QLineEdit(page)
        self.hki_date.setObjectName("hkiDate")
        self.hki_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.royalty_kind = QComboBox(page)
        self.royalty_kind.setObjectName("royaltyKind")
        for k in RoyaltyKind:
            self.royalty_kind.addItem(t("Motifs", ROYALTY_LABELS[k]), k.value)
        self.royalty_value = QLineEdit(page)
        self.royalty_value.setObjectName("royaltyValue")
        self.royalty_unit = QLabel(page)
        value_row = QHBoxLayout()
        value_row.addWidget(self.royalty_value, 1)
        value_row.addWidget(self.royalty_unit)
        self.royalty_kind.currentIndexChanged.connect(
            lambda _i: self._set_royalty_kind(self.royalty_kind.currentData())
        )
        form.addRow(self.tr("HKI registration number"), self.hki_number)
        form.addRow(self.tr("HKI registration date"), self.hki_date)
        form.addRow(self.tr("Royalty to the designer"), self.royalty_kind)
        form.addRow(self.tr("Amount"), value_row)
        note = QLabel(
            self.tr(
                "A percentage is taken from the price of each piece sold; a fixed amount is "
                "paid per piece. The sales area uses this rule."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b5a4a;")
        form.addRow("", note)
        return page

    # ------------------------------------------------------------ filling
    def _fill(self, m: MotifData) -> None:
        self.code.setText(m.code)
        self.name.setText(m.name)
        self.status.setCurrentIndex(self.status.findData(m.status.value))
        self.origin.setText(m.origin)
        self.created_on.setText(format_date(m.created_on))
        if m.designer:
            self.designer.setCurrentIndex(self.designer.findData(m.designer.id))
        co = {p.id for p in m.co_designers}
        for i in range(self.co_designers.count()):
            item = self.co_designers.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in co:
                item.setCheckState(Qt.CheckState.Checked)
        for tech in m.techniques:
            self.technique_boxes[tech].setChecked(True)
        self.philosophy.setPlainText(m.philosophy)
        self.description.setPlainText(m.description)
        for c in m.colours:
            self.add_colour(c.name, c.hex)
        for img in m.images:
            self._add_image_item(_Image(img.kind.value, img.caption, img.id, None, img.path))
        self.hki_number.setText(m.hki_number)
        self.hki_date.setText(format_date(m.hki_date))
        self.royalty_kind.setCurrentIndex(self.royalty_kind.findData(m.royalty_kind))
        self._set_royalty_kind(m.royalty_kind)
        if m.royalty_kind != RoyaltyKind.NONE:
            self.royalty_value.setText(format_number(m.royalty_value))

    def _set_royalty_kind(self, kind: str) -> None:
        self.royalty_value.setEnabled(kind != RoyaltyKind.NONE)
        self.royalty_unit.setText(
            "%" if kind == RoyaltyKind.PERCENT else ("Rp" if kind == RoyaltyKind.FIXED else "")
        )

    # ------------------------------------------------------------ colours
    def add_colour(self, name: str, hex_code: str) -> None:
        row = self.colours.rowCount()
        self.colours.blockSignals(True)
        self.colours.insertRow(row)
        swatch = QPushButton(self.colours)
        swatch.setObjectName(f"swatch{row}")
        swatch.setToolTip(self.tr("Choose the colour…"))
        swatch.clicked.connect(lambda _c=False, b=swatch: self._pick_colour(b))
        self.colours.setCellWidget(row, 0, swatch)
        self.colours.setItem(row, 1, QTableWidgetItem(name))
        self.colours.setItem(row, 2, QTableWidgetItem(hex_code))
        self.colours.blockSignals(False)
        self._paint_swatch(row)

    def _row_of(self, button: QPushButton) -> int:
        for row in range(self.colours.rowCount()):
            if self.colours.cellWidget(row, 0) is button:
                return row
        return -1

    def _pick_colour(self, button: QPushButton) -> None:
        row = self._row_of(button)
        if row < 0:
            return
        current = QColor(self.colours.item(row, 2).text().strip())
        chosen = QColorDialog.getColor(
            current if current.isValid() else QColor("#8b5a2b"), self, self.tr("Colour")
        )
        if chosen.isValid():
            self.colours.item(row, 2).setText(chosen.name())

    def _paint_swatch(self, row: int) -> None:
        button = self.colours.cellWidget(row, 0)
        item = self.colours.item(row, 2)
        if button is None or item is None:
            return
        colour = QColor(item.text().strip())
        style = (
            f"background: {colour.name()}; border: 1px solid #6b4226; margin: 3px;"
            if colour.isValid()
            else "background: transparent; border: 1px dashed #b00020; margin: 3px;"
        )
        button.setStyleSheet(style)

    def _colour_text_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 2:
            self._paint_swatch(item.row())

    def _remove_colour(self) -> None:
        row = self.colours.currentRow()
        if row >= 0:
            self.colours.removeRow(row)

    def colour_rows(self) -> list[Colour]:
        out = []
        for row in range(self.colours.rowCount()):
            name = self.colours.item(row, 1)
            code = self.colours.item(row, 2)
            out.append(Colour(name.text() if name else "", code.text() if code else ""))
        return out

    # ------------------------------------------------------------ images
    def _add_image_item(self, img: _Image) -> None:
        item = QListWidgetItem(QIcon(_pixmap(img, 120)), self._image_label(img), self.images)
        item.setData(Qt.ItemDataRole.UserRole, img)

    def _image_label(self, img: _Image) -> str:
        kind = t("Motifs", IMAGE_KIND_LABELS[ImageKind(img.kind)])
        return f"{kind}\n{img.caption}" if img.caption else kind

    def add_images_from_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add images"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError:
                self._show(self.tr("{path} cannot be read.").format(path=path))
                continue
            kind = ImageKind.DESIGN if self.images.count() == 0 else ImageKind.PHOTO
            self._add_image_item(_Image(kind.value, "", None, data))
        if paths:
            self.images.setCurrentRow(self.images.count() - 1)

    def _current_image(self) -> _Image | None:
        item = self.images.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _image_selected(self, row: int) -> None:
        img = self._current_image() if row >= 0 else None
        for w in (self.image_kind, self.image_caption):
            w.setEnabled(img is not None)
            w.blockSignals(True)
        self.image_kind.setCurrentIndex(self.image_kind.findData(img.kind) if img else 0)
        self.image_caption.setText(img.caption if img else "")
        for w in (self.image_kind, self.image_caption):
            w.blockSignals(False)

    def _image_edited(self, *_args: object) -> None:
        item = self.images.currentItem()
        if item is None:
            return
        img: _Image = item.data(Qt.ItemDataRole.UserRole)
        img.kind = self.image_kind.currentData()
        img.caption = self.image_caption.text()
        item.setData(Qt.ItemDataRole.UserRole, img)
        item.setText(self._image_label(img))

    def _remove_image(self) -> None:
        row = self.images.currentRow()
        if row >= 0:
            self.images.takeItem(row)

    def _move_image(self, step: int) -> None:
        row = self.images.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.images.count():
            return
        item = self.images.takeItem(row)
        self.images.insertItem(target, item)
        self.images.setCurrentRow(target)

    def image_inputs(self) -> list[ImageInput]:
        out = []
        for i in range(self.images.count()):
            img: _Image = self.images.item(i).data(Qt.ItemDataRole.UserRole)
            out.append(ImageInput(img.kind, img.caption, img.data, img.image_id))
        return out

    # ------------------------------------------------------------ saving
    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def form_input(self) -> MotifInput:
        """The form as the service wants it (dates and amounts read here, checked there)."""
        created = self.created_on.text().strip()
        hki_date = self.hki_date.text().strip()
        kind = self.royalty_kind.currentData()
        value = self.royalty_value.text().strip()
        return MotifInput(
            name=self.name.text(),
            code=self.code.text(),
            description=self.description.toPlainText(),
            philosophy=self.philosophy.toPlainText(),
            origin=self.origin.text(),
            designer_id=self.designer.currentData(),
            co_designer_ids=[
                self.co_designers.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.co_designers.count())
                if self.co_designers.item(i).checkState() == Qt.CheckState.Checked
            ],
            techniques=[
                tech.value for tech, box in self.technique_boxes.items() if box.isChecked()
            ],
            colours=self.colour_rows(),
            images=self.image_inputs(),
            created_on=parse_date(created, t("Motifs", FIELDS["created_on"])) if created else None,
            status=self.status.currentData(),
            hki_number=self.hki_number.text(),
            hki_date=parse_date(hki_date, t("Motifs", FIELDS["hki_date"])) if hki_date else None,
            royalty_kind=kind,
            royalty_value=(
                parse_number(value, t("Motifs", FIELDS["royalty_kind"]))
                if kind != RoyaltyKind.NONE
                else None
            ),
        )

    def save(self) -> None:
        try:
            inp = self.form_input()
            if self.motif is None:
                self.saved = motifs.create_motif(self.ctx.db, self.ctx.actor, inp)
            else:
                self.saved = motifs.update_motif(self.ctx.db, self.ctx.actor, self.motif.id, inp)
        except DomainError as exc:
            self._show(error_text(exc))
            return
        self.accept()
