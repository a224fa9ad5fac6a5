"""Cancel an issued invoice or take some of its goods back: a credit note, made by a manager.

``mode="cancel"`` credits the whole invoice (all that was not returned yet); ``mode="return"``
credits the quantities chosen per line. Both need a reason, show what the credit note will
be worth and how the money goes back, and run the service in the background: a refused
request (a closed cash day, too many pieces) is shown in the dialog, which stays open.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.sales import (
    PAYMENT_METHOD_LABELS,
    PaymentMethod,
    credit_line,
    credit_vat,
)
from rumahbatik.domain.sales import refund_split as domain_refund_split
from rumahbatik.services import credit_notes
from rumahbatik.services.sales_types import CreditNoteData, InvoiceData, ReturnLine
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import Operation, run_in_background

Mode = Literal["cancel", "return"]

#: The order in which the service refunds "as paid" (cash first, then the others).


# ---------------------------------------------------------------- the preview (pure)


def credit_preview(invoice: InvoiceData, quantities: dict[int, Decimal]) -> tuple[Decimal, Decimal]:
    """What a credit note for ``quantities`` (invoice line id → quantity) would be worth:
    ``(total, refund)``, by the rules the credit note itself follows (domain.sales)."""
    before_vat = Decimal(0)
    for line in invoice.lines:
        qty = quantities.get(line.id, Decimal(0))
        if qty > 0:
            before_vat += credit_line(
                line.taxable, line.cost, line.quantity, line.returned_quantity,
                line.credited_amount, line.credited_cost, qty,
            )[0]  # fmt: skip
    if before_vat == 0:
        return Decimal(0), Decimal(0)
    everything = all(quantities.get(ln.id, Decimal(0)) >= ln.returnable for ln in invoice.lines)
    vat = credit_vat(
        before_vat, invoice.vat, invoice.vat_rate, invoice.vat_base_fraction,
        invoice.credited_vat, everything,
    )  # fmt: skip
    total = before_vat + vat
    refund = invoice.paid - (invoice.net_total - total)
    return total, max(refund, Decimal(0))


def refund_split(
    invoice: InvoiceData, refund: Decimal, method: PaymentMethod | None
) -> list[tuple[PaymentMethod, Decimal]]:
    """How ``refund`` goes back: all by ``method``, or by the methods paid with (as paid)."""
    return domain_refund_split(invoice.paid_by_method(), refund, method)


# ---------------------------------------------------------------- printing


def print_credit_note(ctx: UiContext, parent: QWidget, note_id: int) -> Operation:
    """Render a credit note in the background and show it in the PDF preview."""
    db, actor = ctx.db, ctx.actor
    language = str(ctx.settings.get("language") or "id")

    def work() -> tuple[CreditNoteData, bytes]:
        from rumahbatik.reports.invoice_pdf import render_credit_note
        from rumahbatik.services.centre import centre_profile

        note = credit_notes.get_credit_note(db, actor, note_id)
        return note, render_credit_note(note, centre_profile(db), language=language)

    def done(result: tuple[CreditNoteData, bytes]) -> None:
        from rumahbatik.ui.pdf_preview import PdfPreviewDialog

        note, pdf = result
        title = QCoreApplication.translate("CreditDialog", "Credit note {number}").format(
            number=note.number
        )
        name = "nota-kredit-" + note.number.replace("/", "-") + ".pdf"
        dialog = PdfPreviewDialog(pdf, title, name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop

    return run_in_background(parent, work, done)


# ---------------------------------------------------------------- the dialog


class CreditDialog(QDialog):
    """Cancel the whole invoice, or return some of its lines (managers)."""

    LINE_COLUMNS = 6
    QTY_COL = 5

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None,
        invoice: InvoiceData,
        *,
        mode: Mode = "cancel",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice = invoice
        self.mode: Mode = mode
        self.note: CreditNoteData | None = None
        self.job: Operation | None = None
        self.spins: dict[int, QDoubleSpinBox] = {}
        number = invoice.number or ""
        if mode == "cancel":
            self.setWindowTitle(self.tr("Cancel invoice {number}").format(number=number))
        else:
            self.setWindowTitle(self.tr("Return goods: {number}").format(number=number))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        facts = QLabel(self)
        facts.setObjectName("creditFacts")
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setWordWrap(True)
        facts.setText(self._facts_html())
        layout.addWidget(facts)

        if mode == "return":
            self.table = self._lines_table()
            layout.addWidget(self.table, 1)
        else:
            explain = QLabel(
                self.tr(
                    "The whole invoice is credited by a credit note with its own number: every "
                    "piece not yet returned goes back into the shop's stock and what the "
                    "customer paid is refunded. The invoice stays in the books as cancelled."
                ),
                self,
            )
            explain.setWordWrap(True)
            layout.addWidget(explain)

        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("creditReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(
            self.tr("Why the invoice is cancelled")
            if mode == "cancel"
            else self.tr("Why the goods came back")
        )
        form.addRow(self.tr("&Reason:"), self.reason)
        self.refund_method = QComboBox(self)
        self.refund_method.setObjectName("refundMethod")
        self.refund_method.addItem(self.tr("As paid"), None)
        for m in (PaymentMethod.CASH, PaymentMethod.TRANSFER):
            self.refund_method.addItem(t("Sales", PAYMENT_METHOD_LABELS[m]), m.value)
        form.addRow(self.tr("Re&fund by:"), self.refund_method)
        layout.addLayout(form)

        self.summary = QLabel(self)
        self.summary.setObjectName("creditSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Cancel &invoice") if mode == "cancel" else self.tr("Make &credit note"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("creditOk")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.refund_method.currentIndexChanged.connect(self._update_summary)
        self.reason.textChanged.connect(self._update_summary)
        self._update_summary()
        if mode == "return":
            self.resize(760, 480)
        self.reason.setFocus()

    # -- building ------------------------------------------------------------------------
    def _facts_html(self) -> str:
        inv = self.invoice
        e = html.escape
        rows = [
            (self.tr("Invoice"), inv.number or ""),
            (self.tr("Date"), format_date(inv.invoice_date)),
            (self.tr("Customer"), inv.customer_name),
            (self.tr("Total"), format_rupiah(inv.total)),
        ]
        if inv.credited:
            rows.append((self.tr("Already credited"), format_rupiah(inv.credited)))
        rows.append((self.tr("Paid"), format_rupiah(inv.paid)))
        cells = "".join(
            f"<tr><td><b>{e(label)}</b>&nbsp;&nbsp;</td><td>{e(value)}</td></tr>"
            for label, value in rows
        )
        return f"<table cellspacing='1'>{cells}</table>"

    def _lines_table(self) -> QTableWidget:
        table = QTableWidget(0, self.LINE_COLUMNS, self)
        table.setObjectName("returnLines")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Product"), self.tr("Price"), self.tr("Sold"), self.tr("Returned"),
                self.tr("Returnable"), self.tr("Return now"),
            ]
        )  # fmt: skip
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for line in self.invoice.lines:
            r = table.rowCount()
            table.insertRow(r)
            name = QTableWidgetItem(f"{line.sku} · {line.description}")
            name.setToolTip(name.text())
            table.setItem(r, 0, name)
            for c, text in (
                (1, format_rupiah(line.unit_price)),
                (2, format_number(line.quantity)),
                (3, format_number(line.returned_quantity)),
                (4, format_number(line.returnable)),
            ):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(right)
                table.setItem(r, c, cell)
            spin = QDoubleSpinBox(table)
            spin.setObjectName(f"returnQty{line.id}")
            whole = all(v == v.to_integral_value() for v in (line.quantity, line.returned_quantity))
            spin.setDecimals(0 if whole else 2)
            spin.setRange(0, float(max(line.returnable, Decimal(0))))
            spin.setEnabled(line.returnable > 0)
            spin.setAlignment(right)
            spin.valueChanged.connect(self._update_summary)
            table.setCellWidget(r, self.QTY_COL, spin)
            self.spins[line.id] = spin
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for c, width in ((1, 100), (2, 60), (3, 70), (4, 80), (5, 100)):
            title = table.horizontalHeaderItem(c).text()
            header.resizeSection(c, max(width, metrics.horizontalAdvance(title) + 20))
        return table

    # -- state ---------------------------------------------------------------------------
    def quantities(self) -> dict[int, Decimal]:
        """The quantity credited per invoice line (all that is left, when cancelling)."""
        if self.mode == "cancel":
            return {ln.id: ln.returnable for ln in self.invoice.lines if ln.returnable > 0}
        out: dict[int, Decimal] = {}
        for line_id, spin in self.spins.items():
            qty = Decimal(str(round(spin.value(), spin.decimals())))
            if qty > 0:
                out[line_id] = qty
        return out

    def method(self) -> PaymentMethod | None:
        value = self.refund_method.currentData()
        return PaymentMethod(value) if value else None

    def set_return_quantity(self, invoice_line_id: int, quantity: Decimal | int) -> None:
        self.spins[invoice_line_id].setValue(float(quantity))

    def _update_summary(self) -> None:
        e = html.escape

        def bold(label: str) -> str:
            return f"<b>{e(label)}:</b>"

        quantities = self.quantities()
        total, refund = credit_preview(self.invoice, quantities)
        parts = [bold(self.tr("Credit note total")) + f" {e(format_rupiah(total))}"]
        split = refund_split(self.invoice, refund, self.method())
        if split:
            how = ", ".join(
                f"{t('Sales', PAYMENT_METHOD_LABELS[m])} {format_rupiah(a)}" for m, a in split
            )
            parts.append(bold(self.tr("Refund to the customer")) + f" {e(how)}")
        else:
            parts.append(e(self.tr("Nothing to refund: the customer has not paid more.")))
        remaining = self.invoice.amount_due - total + refund
        if self.mode == "return" and remaining > 0:
            parts.append(bold(self.tr("Still due after it")) + f" {e(format_rupiah(remaining))}")
        self.summary.setText("<br>".join(parts))
        self.ok_button.setEnabled(bool(quantities) and self.job is None)

    # -- saving --------------------------------------------------------------------------
    def submit(self) -> None:
        if self.job is not None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.error.show_error(self.tr("Please give a reason."))
            self.reason.setFocus()
            return
        quantities = self.quantities()
        if not quantities:
            self.error.show_error(self.tr("Choose at least one piece to return."))
            return
        self.error.hide()
        db, actor, invoice_id, method = self.ctx.db, self.ctx.actor, self.invoice.id, self.method()
        if self.mode == "cancel":

            def work() -> CreditNoteData:
                return credit_notes.cancel_invoice(
                    db, actor, invoice_id, reason, refund_method=method
                )

        else:
            lines = [ReturnLine(line_id, qty) for line_id, qty in quantities.items()]

            def work() -> CreditNoteData:
                return credit_notes.return_goods(
                    db, actor, invoice_id, lines, reason, refund_method=method
                )

        self.ok_button.setEnabled(False)
        self.job = run_in_background(self, work, self._saved, on_error=self._failed)

    def _saved(self, note: CreditNoteData) -> None:
        self.job = None
        self.note = note
        self.ctx.bus.changed.emit("sales")
        self.ctx.bus.changed.emit("stock")
        parent = self.parentWidget()
        self.accept()
        text = self.tr("Credit note {number} was made for {amount}. Print it now?").format(
            number=note.number, amount=format_rupiah(note.total)
        )
        answer = QMessageBox.question(
            parent, self.tr("Credit note made"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes and parent is not None:
            print_credit_note(self.ctx, parent, note.id)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._update_summary()
        if isinstance(exc, DomainError):
            self.error.show_error(exc)
        else:
            show_error(self, exc)
