"""Add or edit a supplier of materials."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.validation import format_phone
from rumahbatik.services import suppliers
from rumahbatik.services.suppliers import SupplierData, SupplierInput
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t


class SupplierDialog(QDialog):
    def __init__(
        self, ctx: UiContext, supplier: SupplierData | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.supplier = supplier
        self.setWindowTitle(
            self.tr("Add supplier") if supplier is None else self.tr("Edit supplier")
        )
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("supplierName")
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("supplierPhone")
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.supplies = QPlainTextEdit(self)
        self.supplies.setFixedHeight(54)
        self.supplies.setPlaceholderText(self.tr("e.g. kain mori primissima, malam tembok"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(54)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        form.addRow(t("People", F.SUPPLIER_NAME) + " *", self.name)
        form.addRow(t("People", F.CONTACT_PERSON), self.contact)
        form.addRow(t("People", F.PHONE), self.phone)
        form.addRow(t("People", F.EMAIL), self.email)
        form.addRow(t("People", F.ADDRESS), self.address)
        form.addRow(t("People", F.SUPPLIES), self.supplies)
        form.addRow(t("People", F.NOTES), self.notes)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if supplier is not None:
            self.name.setText(supplier.name)
            self.contact.setText(supplier.contact_person)
            self.phone.setText(format_phone(supplier.phone) if supplier.phone else "")
            self.email.setText(supplier.email)
            self.address.setText(supplier.address)
            self.supplies.setPlainText(supplier.supplies)
            self.notes.setPlainText(supplier.notes)
            self.active.setChecked(supplier.active)

    def save(self) -> None:
        value = SupplierInput(
            name=self.name.text(),
            contact_person=self.contact.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            supplies=self.supplies.toPlainText(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )
        try:
            if self.supplier is None:
                suppliers.create_supplier(self.ctx.db, self.ctx.actor, value)
            else:
                suppliers.update_supplier(self.ctx.db, self.ctx.actor, self.supplier.id, value)
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.accept()
