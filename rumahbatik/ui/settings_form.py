"""A form for one section of the declared settings, built from the declarations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.config import SETTINGS, SettingSpec
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.validation import format_phone
from rumahbatik.services.settings import update_settings
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t


class ImagePicker(QWidget):
    """A small preview with Choose… and Remove; holds the image bytes."""

    changed = Signal()

    def __init__(self, data: bytes | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self)
        self.preview.setFixedSize(160, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed #b9a58f; background: #fff;")
        layout.addWidget(self.preview)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.set_data(None))
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self._show()

    def data(self) -> bytes | None:
        return self._data

    def set_data(self, data: bytes | None) -> None:
        self._data = data
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        pix = QPixmap()
        if self._data and pix.loadFromData(self._data):
            self.preview.setPixmap(
                pix.scaled(
                    156,
                    76,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("no image"))
        self.remove.setEnabled(bool(self._data))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_data(Path(path).read_bytes())


class SettingsForm(QWidget):
    """Every setting of one section, with a Save button that stores them in one call."""

    def __init__(self, ctx: UiContext, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.section = section
        self.specs = [s for s in SETTINGS if s.section == section]
        self.editors: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in self.specs:
            editor = self._editor(spec, ctx.settings[spec.key])
            editor.setObjectName(spec.key)
            self.editors[spec.key] = editor
            label = QLabel(t("Settings", spec.label), self)
            label.setBuddy(editor)
            if spec.help:
                editor.setToolTip(t("Settings", spec.help))
                label.setToolTip(t("Settings", spec.help))
            form.addRow(label, editor)
            if spec.help:
                hint = QLabel(t("Settings", spec.help), self)
                hint.setStyleSheet("color: #7a5c45;")
                form.addRow("", hint)
        outer.addLayout(form)
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("saveStatus")
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        outer.addStretch(1)

    def _editor(self, spec: SettingSpec, value: Any) -> QWidget:
        if spec.kind == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 1_000_000))
            spin.setValue(int(value))
            return spin
        if spec.kind == "choice":
            combo = QComboBox(self)
            for code, label in spec.choices:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if spec.kind == "image":
            return ImagePicker(value, self)
        if spec.kind == "multiline":
            edit = QPlainTextEdit(self)
            edit.setPlainText(value or "")
            edit.setFixedHeight(64)
            return edit
        line = QLineEdit(self)
        if spec.kind == "decimal":
            line.setText(format_number(value))
            line.setMaximumWidth(140)
        elif spec.validator == "normalise_phone" and value:
            line.setText(format_phone(value))  # stored +62…, shown as people write it
        else:
            line.setText("" if value is None else str(value))
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.specs:
            editor = self.editors[spec.key]
            if isinstance(editor, QCheckBox):
                out[spec.key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[spec.key] = editor.value()
            elif isinstance(editor, QComboBox):
                out[spec.key] = editor.currentData()
            elif isinstance(editor, ImagePicker):
                out[spec.key] = editor.data()
            elif isinstance(editor, QPlainTextEdit):
                out[spec.key] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                text = editor.text()
                # Decimals are typed the Indonesian way: 1.000,5
                out[spec.key] = (
                    text.replace(".", "").replace(",", ".") if spec.kind == "decimal" else text
                )
        return out

    def save(self) -> bool:
        try:
            update_settings(self.ctx.db, self.ctx.actor, self.values())
        except DomainError as exc:
            show_error(self, exc)
            return False
        before_language = self.ctx.settings.language
        self.ctx.reload_settings()
        message = self.tr("Saved.")
        if self.ctx.settings.language != before_language:
            message += " " + self.tr("The new language is used from the next start.")
        self.status.setText(message)
        return True
