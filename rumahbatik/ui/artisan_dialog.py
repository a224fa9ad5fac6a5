"""Add or edit an artisan: person fields, photo, techniques with levels, business and bank."""

from __future__ import annotations

import logging
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
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date
from rumahbatik.domain.people import SKILL_LABELS, TECHNIQUE_LABELS, SkillLevel, Technique
from rumahbatik.services import media, people
from rumahbatik.services.people import ArtisanInput, PersonData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.person_form import PersonFields, date_edit, read_date

log = logging.getLogger(__name__)
PHOTO_SIZE = 120


def photo_pixmap(relative: str, folder: str, size: int) -> QPixmap | None:
    """The stored photo scaled to ``size``, or None when there is none (or it is missing)."""
    data = media.read_bytes(relative, folder)
    if not data:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class ArtisanDialog(QDialog):
    """``person`` None adds a new artisan; otherwise edits (and makes an artisan of) them."""

    def __init__(self, ctx: UiContext, person: PersonData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: PersonData | None = None
        self.photo = person.photo if person else ""
        self.setWindowTitle(self.tr("Add artisan") if person is None else self.tr("Edit artisan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        layout.addWidget(tabs)

        # -- person
        page = QWidget(tabs)
        row = QHBoxLayout(page)
        form = QFormLayout()
        self.fields = PersonFields(ctx.db, form, page)
        self.active = QCheckBox(self.tr("Active"), page)
        self.active.setObjectName("active")
        self.active.setChecked(True)
        form.addRow("", self.active)
        row.addLayout(form, 1)
        side = QVBoxLayout()
        self.photo_label = QLabel(page)
        self.photo_label.setObjectName("photo")
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #c8b89a; background: #f6ead8;")
        side.addWidget(self.photo_label)
        self.photo_button = QPushButton(self.tr("Choose photo…"), page)
        self.photo_button.setObjectName("choosePhoto")
        self.photo_button.clicked.connect(self.choose_photo)
        side.addWidget(self.photo_button)
        self.remove_photo = QPushButton(self.tr("Remove photo"), page)
        self.remove_photo.clicked.connect(lambda: self._set_photo(""))
        side.addWidget(self.remove_photo)
        side.addStretch(1)
        row.addLayout(side)
        tabs.addTab(page, self.tr("Person"))

        # -- artisan
        page2 = QWidget(tabs)
        v = QVBoxLayout(page2)
        v.addWidget(QLabel(self.tr("Techniques mastered and skill level:"), page2))
        grid = QGridLayout()
        self.skill_boxes: dict[Technique, tuple[QCheckBox, QComboBox]] = {}
        for i, tech in enumerate(Technique):
            box = QCheckBox(t("People", TECHNIQUE_LABELS[tech]), page2)
            box.setObjectName(f"skill_{tech.value}")
            level = QComboBox(page2)
            level.setObjectName(f"level_{tech.value}")
            for lvl in SkillLevel:
                level.addItem(f"{int(lvl)} – {t('People', SKILL_LABELS[lvl])}", int(lvl))
            level.setEnabled(False)
            box.toggled.connect(level.setEnabled)
            grid.addWidget(box, i, 0)
            grid.addWidget(level, i, 1)
            self.skill_boxes[tech] = (box, level)
        grid.setColumnStretch(2, 1)
        v.addLayout(grid)
        form2 = QFormLayout()
        self.joined_on = date_edit(page2, "joinedOn")
        self.business_name = QLineEdit(page2)
        self.business_name.setObjectName("businessName")
        self.nib = QLineEdit(page2)
        self.nib.setObjectName("nib")
        self.bank_name = QLineEdit(page2)
        self.bank_name.setObjectName("bankName")
        self.bank_account = QLineEdit(page2)
        self.bank_account.setObjectName("bankAccount")
        self.bank_holder = QLineEdit(page2)
        self.bank_holder.setObjectName("bankHolder")
        form2.addRow(t("People", F.JOINED_ON), self.joined_on)
        form2.addRow(t("People", F.BUSINESS_NAME), self.business_name)
        form2.addRow(t("People", F.NIB), self.nib)
        form2.addRow(t("People", F.BANK_NAME), self.bank_name)
        form2.addRow(t("People", F.BANK_ACCOUNT), self.bank_account)
        form2.addRow(t("People", F.BANK_HOLDER), self.bank_holder)
        v.addLayout(form2)
        v.addStretch(1)
        tabs.addTab(page2, self.tr("Artisan"))

        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if person is not None:
            self._load(person)
        self._set_photo(self.photo)

    def _load(self, p: PersonData) -> None:
        self.fields.load(p)
        self.active.setChecked(p.active)
        if p.artisan is not None:
            a = p.artisan
            for skill in a.skills:
                box, level = self.skill_boxes[skill.technique]
                box.setChecked(True)
                level.setCurrentIndex(level.findData(int(skill.level)))
            self.joined_on.setText(format_date(a.joined_on))
            self.business_name.setText(a.business_name)
            self.nib.setText(a.nib)
            self.bank_name.setText(a.bank_name)
            self.bank_account.setText(a.bank_account_number)
            self.bank_holder.setText(a.bank_account_holder)

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
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            self._set_photo(people.store_photo(self.ctx.db, self.ctx.actor, data))
        except DomainError as exc:
            self._show(exc)
        except OSError as exc:
            log.warning("cannot read photo %s: %s", path, exc)
            self.message.setText(self.tr("The file cannot be read: {reason}").format(reason=exc))
            self.message.show()

    def artisan_value(self) -> ArtisanInput:
        skills = tuple(
            (tech.value, int(level.currentData()))
            for tech, (box, level) in self.skill_boxes.items()
            if box.isChecked()
        )
        return ArtisanInput(
            business_name=self.business_name.text(),
            nib=self.nib.text(),
            bank_name=self.bank_name.text(),
            bank_account_number=self.bank_account.text(),
            bank_account_holder=self.bank_holder.text(),
            joined_on=read_date(self.joined_on, F.JOINED_ON),
            skills=skills,
        )

    def _show(self, exc: DomainError) -> None:
        self.message.show_error(exc)

    def save(self) -> None:
        """Validate and save in one call; on any refusal nothing is saved and we stay open."""
        try:
            person = self.fields.value(photo=self.photo, active=self.active.isChecked())
            artisan = self.artisan_value()
            if self.person is None:
                self.saved = people.create_artisan(self.ctx.db, self.ctx.actor, person, artisan)
            else:
                self.saved = people.update_artisan(
                    self.ctx.db, self.ctx.actor, self.person.id, person, artisan
                )
        except DomainError as exc:
            self._show(exc)
            return
        self.accept()
