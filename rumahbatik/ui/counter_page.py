"""The "Kasir" page: sell over the counter in a few keystrokes.

Scan (F2), customer (F4), invoice discount (F8), pay (F9), clear (Esc). Paying opens the
payment dialog with the total; the sale (invoice made, issued, stock out, paid) is one
service call run in the background. On success the receipt goes to the printer preview and
the screen clears for the next customer, keeping the last sale's number and the change to
give in view. On a refusal (not enough stock, a closed cash day…) nothing is lost from the
screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_rupiah
from rumahbatik.services import sales
from rumahbatik.services.sales_types import InvoiceData, SaleInput
from rumahbatik.ui import sale_printing
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.operations import Operation, run_in_background
from rumahbatik.ui.payment_dialog import PaymentDialog
from rumahbatik.ui.sale_editor import SaleEditor


class CounterPage(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_invoice: InvoiceData | None = None
        self.operation: Operation | None = None
        self.payment_dialog: PaymentDialog | None = None

        outer = QHBoxLayout(self)
        self.editor = SaleEditor(ctx, self, mode="counter")
        self.editor.changed.connect(self._show_total)
        outer.addWidget(self.editor, 1)

        side = QFrame(self)
        side.setObjectName("counterSide")
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side.setMinimumWidth(270)
        panel = QVBoxLayout(side)
        caption = QLabel(self.tr("Total to pay"), side)
        panel.addWidget(caption)
        self.big_total = QLabel(format_rupiah(0), side)
        self.big_total.setObjectName("bigTotal")
        self.big_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.big_total.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.big_total.setFont(font)
        panel.addWidget(self.big_total)
        self.item_count = QLabel(side)
        self.item_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        panel.addWidget(self.item_count)
        panel.addSpacing(8)

        def button(text: str, name: str, slot, key: str) -> QPushButton:  # type: ignore[no-untyped-def]
            b = QPushButton(text, side)
            b.setObjectName(name)
            b.setAutoDefault(False)
            b.setMinimumHeight(38)
            b.clicked.connect(slot)
            panel.addWidget(b)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return b

        self.pay_button = button(self.tr("F9  Pay"), "pay", self.pay, "F9")
        pay_font = self.pay_button.font()
        pay_font.setPointSizeF(pay_font.pointSizeF() * 1.3)
        pay_font.setBold(True)
        self.pay_button.setFont(pay_font)
        self.pay_button.setMinimumHeight(56)
        self.scan_button = button(
            self.tr("F2  Scan / search"), "focusScan", self.editor.focus_scan, "F2"
        )
        self.customer_button = button(
            self.tr("F4  Customer"), "chooseCustomerKey", self.editor.choose_customer, "F4"
        )
        self.discount_button = button(
            self.tr("F8  Invoice discount"), "focusDiscount", self.editor.focus_discount, "F8"
        )
        self.clear_button = button(self.tr("Esc  Clear"), "clearSale", self.clear_sale, "Esc")
        panel.addSpacing(8)
        self.error = ErrorLabel(side)
        panel.addWidget(self.error)
        panel.addStretch(1)
        self.last_sale = QLabel(side)
        self.last_sale.setObjectName("lastSale")
        self.last_sale.setWordWrap(True)
        self.last_sale.setTextFormat(Qt.TextFormat.RichText)
        panel.addWidget(self.last_sale)
        self.reprint_button = QPushButton(self.tr("Print last receipt again"), side)
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.reprint)
        panel.addWidget(self.reprint_button)
        self.close_cash_button = QPushButton(self.tr("Close cash…"), side)
        self.close_cash_button.setObjectName("closeCash")
        self.close_cash_button.setAutoDefault(False)
        self.close_cash_button.clicked.connect(self.close_cash)
        panel.addWidget(self.close_cash_button)
        outer.addWidget(side)
        self._show_total()
        self.editor.focus_scan()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Coming to the Kasir page, the cursor waits in the scan field.
        super().showEvent(event)
        if self.payment_dialog is None:
            self.editor.focus_scan()

    # -- actions -----------------------------------------------------------------------------
    def pay(self) -> None:
        """F9: check the sale, take the payment, then sell in the background."""
        if self.operation is not None:
            return  # a sale is being saved
        self._end_editing()
        self.error.hide()
        try:
            inp = self.editor.sale_input()
        except DomainError as exc:
            self.error.show_error(exc)
            return
        totals = self.editor.totals()
        if totals is None:
            return
        # Fresh on-hand first: asking for money for goods the shop does not have wastes time.
        self.editor.refresh_on_hand()
        short = self.editor.shortfall_error()
        if short is not None:
            self.error.show_error(short)
            return
        dialog = PaymentDialog(self.ctx, self, totals.total)
        self.payment_dialog = dialog
        dialog.accepted.connect(lambda: self._sell(inp, dialog.payment()))
        dialog.finished.connect(self._payment_closed)
        dialog.open()  # window-modal, without a nested event loop

    def _payment_closed(self, _result: int) -> None:
        self.payment_dialog = None
        if self.operation is None:
            self.editor.focus_scan()

    def _sell(self, inp: SaleInput, payment) -> None:  # type: ignore[no-untyped-def]
        db, actor = self.ctx.db, self.ctx.actor
        self.pay_button.setEnabled(False)
        self.operation = run_in_background(
            self,
            lambda: sales.sell(db, actor, inp, [payment]),
            self._sold,
            on_error=self._refused,
        )

    def _sold(self, invoice: InvoiceData) -> None:
        self.operation = None
        self.pay_button.setEnabled(True)
        self.last_invoice = invoice
        self.ctx.bus.changed.emit("sales")
        self.ctx.bus.changed.emit("stock")
        change = invoice.cash_change
        text = self.tr("Last sale {number}: {total}").format(
            number=invoice.number, total=format_rupiah(invoice.total)
        )
        change_text = self.tr("Change to give: {amount}").format(amount=format_rupiah(change))
        self.last_sale.setText(
            f"{text}<br><span style='font-size:16pt'><b>{change_text}</b></span>"
        )
        self.reprint_button.setEnabled(True)
        self.editor.clear()
        self._show_total()
        sale_printing.print_receipt(self.ctx, self, invoice)

    def _refused(self, exc: BaseException) -> None:
        self.operation = None
        self.pay_button.setEnabled(True)
        if isinstance(exc, DomainError):
            # Said next to the Pay button; the lines stay for the cashier to fix.
            self.error.show_error(exc)
            self.editor.refresh_on_hand()
            return
        show_error(self, exc)

    def reprint(self) -> None:
        if self.last_invoice is not None:
            sale_printing.print_receipt(self.ctx, self, self.last_invoice)

    def clear_sale(self) -> None:
        """Esc: start again (asks first when there are lines)."""
        if self._end_editing(revert=True):
            return  # Esc while typing in a cell only leaves the cell
        if self.editor.line_count():
            answer = QMessageBox.question(
                self,
                self.tr("Clear the sale"),
                self.tr("Remove all lines of this sale?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.error.hide()
        self.editor.clear()
        self._show_total()

    def close_cash(self) -> None:
        """Open the daily cash closing (built with the sales list)."""
        try:
            from rumahbatik.ui.cash_closing_dialog import CashClosingDialog
        except ImportError:
            QMessageBox.information(
                self,
                self.tr("Close cash"),
                self.tr("The cash closing is not available in this version yet."),
            )
            return
        dialog = CashClosingDialog(self.ctx, self)
        dialog.open()

    # -- internals -----------------------------------------------------------------------
    def _end_editing(self, *, revert: bool = False) -> bool:
        """Close an open cell editor (keeping what was typed unless ``revert``)."""
        table = self.editor.table
        if table.state() != QAbstractItemView.State.EditingState:
            return False
        editor = QApplication.focusWidget()
        if editor is None:
            return False
        hint = (
            QAbstractItemDelegate.EndEditHint.RevertModelCache
            if revert
            else QAbstractItemDelegate.EndEditHint.SubmitModelCache
        )
        if not revert:
            table.commitData(editor)
        table.closeEditor(editor, hint)
        return True

    def _show_total(self) -> None:
        self.big_total.setText(format_rupiah(self.editor.total()))
        self.item_count.setText(self.tr("%n line(s)", "", self.editor.line_count()))
