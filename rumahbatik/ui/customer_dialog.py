"""Add or edit a customer: person fields, type, organisation and NPWP for invoices."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.people import CUSTOMER_TYPE_LABELS, CustomerType
from rumahbatik.services import people
from rumahbatik.services.people import CustomerInput, PersonData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.person_form import PersonFields


class CustomerDialog(QDialog):
    def __init__(self, ctx: UiContext, person: PersonData | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: PersonData | None = None
        self.setWindowTitle(self.tr("Add customer") if person is None else self.tr("Edit customer"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.customer_type = QComboBox(self)
        self.customer_type.setObjectName("customerType")
        for ct in CustomerType:
            self.customer_type.addItem(t("People", CUSTOMER_TYPE_LABELS[ct]), ct.value)
        self.customer_type.setCurrentIndex(self.customer_type.findData(CustomerType.RETAIL.value))
        form.addRow(t("People", F.CUSTOMER_TYPE), self.customer_type)
        self.fields = PersonFields(ctx.db, form, self)
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("organisation")
        self.npwp = QLineEdit(self)
        self.npwp.setObjectName("npwp")
        form.addRow(t("People", F.ORGANISATION), self.organisation)
        form.addRow(t("People", F.NPWP), self.npwp)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
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
        if person is not None:
            self.fields.load(person)
            self.active.setChecked(person.active)
            if person.customer is not None:
                c = person.customer
                self.customer_type.setCurrentIndex(
                    self.customer_type.findData(c.customer_type.value)
                )
                self.organisation.setText(c.organisation)
                self.npwp.setText(c.npwp)
                if c.is_walk_in_default:
                    self.customer_type.setEnabled(False)
                    self.active.setEnabled(False)

    def save(self) -> None:
        try:
            person = self.fields.value(
                photo=self.person.photo if self.person else "", active=self.active.isChecked()
            )
            customer = CustomerInput(
                self.customer_type.currentData(), self.organisation.text(), self.npwp.text()
            )
            if self.person is None:
                self.saved = people.create_customer(self.ctx.db, self.ctx.actor, person, customer)
            else:
                self.saved = people.update_customer(
                    self.ctx.db, self.ctx.actor, self.person.id, person, customer
                )
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.accept()
