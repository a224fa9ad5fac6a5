"""An order from a wholesale or institution customer: a draft first, then an invoice.

``OrderDialog(ctx, parent, invoice_id=None)``: a new order, or the draft ``invoice_id``. Save
draft keeps it (no number, no stock taken; it gets a quotation number), Print quotation shows
the draft's quotation PDF, Issue invoice numbers it, takes the stock out of the shop and
(optionally) records a first payment, Delete draft throws it away. An issued invoice opens
read-only. ``invoice`` is the last saved state (None until saved).
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.sales import INVOICE_STATUS_LABELS, InvoiceStatus
from rumahbatik.services import sales
from rumahbatik.services.sales_types import InvoiceData, PaymentInput, SaleInput
from rumahbatik.ui import sale_printing
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, date_of, to_qdate
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import Operation, run_in_background
from rumahbatik.ui.payment_dialog import PaymentDialog
from rumahbatik.ui.sale_editor import SaleEditor


class OrderDialog(QDialog):
    """See the module docstring."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, invoice_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice: InvoiceData | None = None
        self.operation: Operation | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.terms_days = int(ctx.settings.get("payment_terms_days") or 0)
        self.setWindowTitle(self.tr("Order"))
        self.resize(1100, 680)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("orderTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        dates = QFormLayout()
        self.invoice_date = date_edit(self, sales.today())
        self.invoice_date.setObjectName("invoiceDate")
        self.due_date = date_edit(self, sales.today() + timedelta(days=self.terms_days))
        self.due_date.setObjectName("dueDate")
        self._due_follows = True  # the due date moves with the invoice date until edited
        self.invoice_date.dateChanged.connect(self._invoice_date_changed)
        self.due_date.dateChanged.connect(self._due_edited)
        dates.addRow(self.tr("Invoice date"), self.invoice_date)
        dates.addRow(self.tr("Due date"), self.due_date)
        head.addLayout(dates)
        layout.addLayout(head)

        self.editor = SaleEditor(ctx, self, mode="order")
        layout.addWidget(self.editor, 1)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.delete_button = self._button(self.tr("Delete draft"), "deleteDraft", self.delete)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.quotation_button = self._button(
            self.tr("Print quotation"), "printQuotation", self.print_quotation
        )
        buttons.addWidget(self.quotation_button)
        self.save_button = self._button(self.tr("Save draft"), "saveDraft", self.save)
        buttons.addWidget(self.save_button)
        self.issue_button = self._button(self.tr("Issue invoice…"), "issueInvoice", self.issue)
        buttons.addWidget(self.issue_button)
        self.close_button = self._button(self.tr("Close"), "closeOrder", self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        if invoice_id is not None:
            self._show(sales.get_invoice(ctx.db, ctx.actor, invoice_id))
        else:
            self._show(None)

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    # -- reading the screen --------------------------------------------------------------
    def sale_input(self) -> SaleInput:
        """The order as typed, with its dates (ValidationError when something is unreadable)."""
        return dataclasses.replace(
            self.editor.sale_input(),
            invoice_date=date_of(self.invoice_date),
            due_date=date_of(self.due_date),
        )

    # -- actions -------------------------------------------------------------------------
    def save(self, *, then=None) -> None:  # type: ignore[no-untyped-def]
        """Save the draft (create it the first time); ``then(invoice)`` runs after."""
        try:
            inp = self.sale_input()
        except DomainError as exc:
            self.error.show_error(exc)
            return
        db, actor = self.ctx.db, self.ctx.actor
        draft_id = self.invoice.id if self.invoice else None

        def work() -> InvoiceData:
            if draft_id is None:
                return sales.create_draft(db, actor, inp)
            return sales.update_draft(db, actor, draft_id, inp)

        def done(invoice: InvoiceData) -> None:
            self._saved(invoice)
            if then is not None:
                then(invoice)

        self._run(work, done)

    def print_quotation(self) -> None:
        """Save, then show the quotation PDF of the draft (an issued invoice: its PDF)."""
        if self.invoice is not None and self.invoice.status is not InvoiceStatus.DRAFT:
            sale_printing.print_invoice(self.ctx, self, self.invoice)
            return
        self.save(then=lambda inv: sale_printing.print_invoice(self.ctx, self, inv))

    def issue(self) -> None:
        """Save, then ask for an optional first payment, then issue the invoice."""
        self.save(then=self._ask_payment)

    def delete(self) -> None:
        if self.invoice is None:
            self.reject()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft {number}? This cannot be undone.").format(
                number=self.invoice.display_number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, draft_id = self.ctx.db, self.ctx.actor, self.invoice.id

        def done(_none: object) -> None:
            self.ctx.bus.changed.emit("sales")
            self.invoice = None
            self.accept()

        self._run(lambda: sales.delete_draft(db, actor, draft_id), done)

    # -- issuing -------------------------------------------------------------------------
    def _ask_payment(self, draft: InvoiceData) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Issue invoice"),
            self.tr(
                "Issue the invoice for {customer} now? Its stock leaves the shop and it can no "
                "longer be changed.\n\nDoes the customer pay something now?"
            ).format(customer=draft.customer_name),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.No:
            self._issue(draft, [])
            return
        dialog = PaymentDialog(self.ctx, self, draft.total, invoice_number=draft.display_number)
        self.payment_dialog = dialog
        dialog.accepted.connect(lambda: self._issue(draft, [dialog.payment()]))
        dialog.finished.connect(lambda _r: setattr(self, "payment_dialog", None))
        dialog.open()

    def _issue(self, draft: InvoiceData, payments: list[PaymentInput]) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def done(invoice: InvoiceData) -> None:
            self._saved(invoice)
            self.ctx.bus.changed.emit("stock")
            answer = QMessageBox.question(
                self,
                self.tr("Invoice issued"),
                self.tr("Invoice {number} is issued. Print it now?").format(number=invoice.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                sale_printing.print_invoice(self.ctx, self, invoice)

        self._run(lambda: sales.issue_invoice(db, actor, draft.id, payments), done)

    # -- internals -----------------------------------------------------------------------
    def _run(self, work, done) -> None:  # type: ignore[no-untyped-def]
        if self.operation is not None:
            return
        self.error.hide()
        self._set_busy(True)

        def finished(result: object) -> None:
            self.operation = None
            self._set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self.operation = None
            self._set_busy(False)
            if isinstance(exc, DomainError):
                self.error.show_error(exc)
            else:
                from rumahbatik.ui.errors import show_error

                show_error(self, exc)

        self.operation = run_in_background(self, work, finished, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        editable = self.invoice is None or self.invoice.status is InvoiceStatus.DRAFT
        for b in (self.save_button, self.issue_button, self.delete_button):
            b.setEnabled(not busy and editable)
        self.delete_button.setEnabled(self.delete_button.isEnabled() and self.invoice is not None)
        self.quotation_button.setEnabled(not busy)

    def _saved(self, invoice: InvoiceData) -> None:
        self.ctx.bus.changed.emit("sales")
        self._show(invoice)

    def _show(self, invoice: InvoiceData | None) -> None:
        self.invoice = invoice
        if invoice is None:
            self.title.setText(self.tr("New order"))
            self._set_busy(False)
            return
        if not self.editor.line_count() or invoice.status is not InvoiceStatus.DRAFT:
            self.editor.load(invoice)
        status = t("Sales", INVOICE_STATUS_LABELS[invoice.status])
        self.title.setText(
            self.tr("{number} · {customer} · {status}").format(
                number=invoice.display_number, customer=invoice.customer_name, status=status
            )
        )
        self.invoice_date.blockSignals(True)
        self.invoice_date.setDate(to_qdate(invoice.invoice_date))
        self.invoice_date.blockSignals(False)
        if invoice.due_date is not None:
            self.due_date.blockSignals(True)
            self.due_date.setDate(to_qdate(invoice.due_date))
            self.due_date.blockSignals(False)
        editable = invoice.status is InvoiceStatus.DRAFT
        self.editor.setEnabled(editable)
        self.invoice_date.setEnabled(editable)
        self.due_date.setEnabled(editable)
        self.quotation_button.setText(
            self.tr("Print quotation") if editable else self.tr("Print invoice")
        )
        self._set_busy(False)

    def _invoice_date_changed(self, value: QDate) -> None:
        if self._due_follows:
            self.due_date.blockSignals(True)
            self.due_date.setDate(value.addDays(self.terms_days))
            self.due_date.blockSignals(False)

    def _due_edited(self, _value: QDate) -> None:
        self._due_follows = False
