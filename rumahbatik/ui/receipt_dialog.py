"""Receive goods from a supplier (a goods receipt, ``PB/…``): lines of item, quantity, cost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain import stock_fields as F
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_rupiah
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import LocationKind
from rumahbatik.services import stock, suppliers
from rumahbatik.services.stock_types import DocumentData, ReceiptInput, ReceiptLine
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, date_of
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.stock_lines import StockLinesEditor


class ReceiptDialog(QDialog):
    """After a successful save ``document`` holds the receipt (its number, moves, value)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document: DocumentData | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Receive stock"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.supplier = QComboBox(self)
        self.supplier.setObjectName("receiptSupplier")
        self.supplier.addItem(self.tr("(no supplier)"), None)
        if ctx.actor.can(Permission.MANAGE_PEOPLE):
            for s in suppliers.list_suppliers(ctx.db, ctx.actor, active=True):
                self.supplier.addItem(s.name, s.id)
        self.date = date_edit(self)
        self.date.setObjectName("receiptDate")
        self.location = QComboBox(self)
        self.location.setObjectName("receiptLocation")
        for loc in stock.list_locations(ctx.db, ctx.actor, include_artisans=False):
            if loc.active:
                self.location.addItem(loc.name, loc.id)
                if loc.kind == LocationKind.STORE and self.location.count() > 1:
                    self.location.setCurrentIndex(self.location.count() - 1)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("receiptReference")
        self.reference.setMaxLength(60)
        top = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(t("Stock", F.SUPPLIER), self.supplier)
        left.addRow(t("Stock", F.REFERENCE), self.reference)
        right.addRow(t("Stock", F.DATE), self.date)
        right.addRow(t("Stock", F.LOCATION), self.location)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        layout.addLayout(top)
        self.lines = StockLinesEditor(ctx, with_cost=True, parent=self)
        self.lines.set_location(self.location.currentData())
        self.location.currentIndexChanged.connect(
            lambda _i: self.lines.set_location(self.location.currentData())
        )
        layout.addWidget(self.lines, 1)
        self.total = QLabel(self)
        self.total.setObjectName("receiptTotal")
        layout.addWidget(self.total)
        self.lines.changed.connect(self._show_total)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(48)
        form.addRow(t("Stock", F.NOTES), self.notes)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter in the grid or the scan box must not save half a receipt.
        for b in self.buttons.buttons():
            b.setAutoDefault(False)
            b.setDefault(False)
        layout.addWidget(self.buttons)
        self._show_total()
        self.lines.search.setFocus()

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("Total: {amount}").format(amount=format_rupiah(self.lines.total()))
        )

    def value(self) -> ReceiptInput:
        return ReceiptInput(
            location_id=int(self.location.currentData()),
            doc_date=date_of(self.date),
            lines=[
                ReceiptLine(v.item.id, v.quantity, v.unit_cost, v.in_purchase_unit)
                for v in self.lines.lines()
            ],
            supplier_id=self.supplier.currentData(),
            reference=self.reference.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        """Post the receipt in the background; stay open with the input on any refusal."""
        if self.saving:
            return
        self.message.hide()
        try:
            inp = self.value()
        except DomainError as exc:
            self.message.show_error(exc)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.saving = True
        self.buttons.setEnabled(False)
        run_in_background(
            self, lambda: stock.receive_stock(db, actor, inp), self._saved, on_error=self._failed
        )

    def _saved(self, doc: DocumentData) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.document = doc
        self.ctx.bus.changed.emit("stock")
        QMessageBox.information(
            self,
            self.tr("Receive stock"),
            self.tr("Goods receipt {number} was saved: {value}.").format(
                number=doc.number, value=format_rupiah(doc.total_value)
            ),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(exc, DomainError):
            self.message.show_error(exc)
            return
        from rumahbatik.ui.errors import show_error

        show_error(self, exc)
