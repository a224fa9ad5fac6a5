"""The fields every person has (name, NIK, contact, address with kecamatan → kelurahan).

Shared by the artisan and the customer dialogs; it only reads and fills widgets, the dialogs
call the services.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from rumahbatik.db import Database
from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.formatting import format_date, parse_date
from rumahbatik.domain.people import GENDER_LABELS, Gender
from rumahbatik.domain.validation import format_phone
from rumahbatik.services import regions
from rumahbatik.services.people import PersonData, PersonInput
from rumahbatik.ui.i18n import t


def read_date(edit: QLineEdit, field: str):  # type: ignore[no-untyped-def]
    """A dd/mm/yyyy line edit's date, None when empty; a clear error when unreadable."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_date(text, field)
    except ValidationError as exc:
        raise ValidationError("date_unreadable", field=field, value=text) from exc


def date_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(QCoreApplication.translate("People", "dd/mm/yyyy"))
    edit.setMaximumWidth(120)
    return edit


class PersonFields(QWidget):
    """Rows added to a QFormLayout; keeps the kelurahan list in step with the kecamatan."""

    def __init__(self, db: Database, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()  # a holder only: the widgets live in the caller's form
        self.regions = regions.list_regions(db, include_inactive=True)
        self.full_name = QLineEdit(parent)
        self.full_name.setObjectName("fullName")
        self.nik = QLineEdit(parent)
        self.nik.setObjectName("nik")
        self.nik.setPlaceholderText("3574xxxxxxxxxxxx")
        self.gender = QComboBox(parent)
        self.gender.setObjectName("gender")
        self.gender.addItem("–", "")
        for g in Gender:
            self.gender.addItem(f"{g.value} – {t('People', GENDER_LABELS[g])}", g.value)
        self.birth_date = date_edit(parent, "birthDate")
        self.phone = QLineEdit(parent)
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText("0812 3456 7890")
        self.email = QLineEdit(parent)
        self.email.setObjectName("email")
        self.address = QLineEdit(parent)
        self.address.setObjectName("address")
        self.kecamatan = QComboBox(parent)
        self.kecamatan.setObjectName("kecamatan")
        self.kelurahan = QComboBox(parent)
        self.kelurahan.setObjectName("kelurahan")
        self.kecamatan.addItem("–", None)
        for kec in self.regions:
            if kec.active:
                self.kecamatan.addItem(kec.name, kec.id)
        self.kecamatan.currentIndexChanged.connect(self._fill_kelurahan)
        self._fill_kelurahan()
        self.notes = QPlainTextEdit(parent)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(60)
        form.addRow(t("People", F.FULL_NAME) + " *", self.full_name)
        form.addRow(t("People", F.NIK), self.nik)
        form.addRow(t("People", F.GENDER), self.gender)
        form.addRow(t("People", F.BIRTH_DATE), self.birth_date)
        form.addRow(t("People", F.PHONE), self.phone)
        form.addRow(t("People", F.EMAIL), self.email)
        form.addRow(t("People", F.ADDRESS), self.address)
        form.addRow(t("People", F.KECAMATAN), self.kecamatan)
        form.addRow(t("People", F.KELURAHAN), self.kelurahan)
        form.addRow(t("People", F.NOTES), self.notes)

    def _fill_kelurahan(self) -> None:
        kec_id = self.kecamatan.currentData()
        keep = self.kelurahan.currentData()
        self.kelurahan.clear()
        self.kelurahan.addItem("–", None)
        for kec in self.regions:
            if kec.id == kec_id:
                for kel in kec.kelurahan:
                    if kel.active or kel.id == keep:
                        self.kelurahan.addItem(kel.name, kel.id)
        index = self.kelurahan.findData(keep)
        self.kelurahan.setCurrentIndex(max(index, 0))

    def _select(self, combo: QComboBox, value: object, label: str) -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(label, value)  # a region switched off since: still shown
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def load(self, p: PersonData) -> None:
        self.full_name.setText(p.full_name)
        self.nik.setText(p.nik)
        self.gender.setCurrentIndex(max(self.gender.findData(p.gender), 0))
        self.birth_date.setText(format_date(p.birth_date))
        self.phone.setText(format_phone(p.phone) if p.phone else "")
        self.email.setText(p.email)
        self.address.setText(p.address)
        self._select(self.kecamatan, p.kecamatan_id, p.kecamatan)
        self._select(self.kelurahan, p.kelurahan_id, p.kelurahan)
        self.notes.setPlainText(p.notes)

    def value(self, *, photo: str = "", active: bool = True) -> PersonInput:
        """What the fields say (raises a ValidationError for an unreadable date)."""
        return PersonInput(
            full_name=self.full_name.text(),
            nik=self.nik.text(),
            gender=self.gender.currentData() or "",
            birth_date=read_date(self.birth_date, F.BIRTH_DATE),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            kecamatan_id=self.kecamatan.currentData(),
            kelurahan_id=self.kelurahan.currentData(),
            photo=photo,
            notes=self.notes.toPlainText(),
            active=active,
        )
