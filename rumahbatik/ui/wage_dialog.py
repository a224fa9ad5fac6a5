"""Artisans' wages: what one artisan is owed, recording a payment, and the wage statement of
a period as a PDF preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date, format_rupiah, parse_number
from rumahbatik.domain.production import PAYMENT_METHOD_LABELS, PaymentMethod
from rumahbatik.services import production
from rumahbatik.services.production_types import WageStatement
from rumahbatik.ui.batch_widgets import ArtisanCombo
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, from_qdate
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background


class WageDialog(QDialog):
    """Choose an artisan and a period; see what is owed, pay, print the statement."""

    def __init__(
        self, ctx: UiContext, artisan_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: QDialog | None = None
        self.statement: WageStatement | None = None
        self.job = None
        self.setWindowTitle(self.tr("Artisans' wages"))
        self.resize(560, 460)
        self.artisan = ArtisanCombo(ctx, self)
        self.artisan.setObjectName("artisan")
        if artisan_id is not None and self.artisan.findData(artisan_id) >= 0:
            self.artisan.setCurrentIndex(self.artisan.findData(artisan_id))
        self.artisan.currentIndexChanged.connect(self.refresh)
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1)
        self.start = date_edit(self)
        self.start.setDate(first)
        self.end = date_edit(self)
        self.end.setDate(first.addMonths(1).addDays(-1))
        self.owed = QLabel(self)
        self.owed.setObjectName("owed")
        self.statement_button = QPushButton(self.tr("&Show wage statement…"), self)
        self.statement_button.setObjectName("showStatement")
        self.statement_button.clicked.connect(self.show_statement)

        self.paid_on = date_edit(self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("Rp")
        self.method = QComboBox(self)
        for m in PaymentMethod:
            self.method.addItem(t("Production", PAYMENT_METHOD_LABELS[m]), m.value)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(60)
        self.pay_button = QPushButton(self.tr("Record &payment"), self)
        self.pay_button.setObjectName("recordPayment")
        self.pay_button.clicked.connect(self.record_payment)
        self.message = QLabel(self)
        self.error = ErrorLabel(self)

        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addStretch(1)
        top = QFormLayout()
        top.addRow(self.tr("Artisan"), self.artisan)
        top.addRow(self.tr("Owed now"), self.owed)
        top.addRow(self.tr("Period"), period)
        top.addRow("", self.statement_button)
        pay = QGroupBox(self.tr("Pay wages"), self)
        pf = QFormLayout(pay)
        pf.addRow(self.tr("Paid on"), self.paid_on)
        pf.addRow(self.tr("Amount"), self.amount)
        pf.addRow(self.tr("Paid by"), self.method)
        pf.addRow(self.tr("Reference"), self.reference)
        pf.addRow("", self.pay_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(pay)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        artisan_id = self.artisan.current_id()
        for w in (self.statement_button, self.pay_button):
            w.setEnabled(artisan_id is not None)
        if artisan_id is None:
            self.owed.setText("–")
            return
        try:
            owed = production.wages_owed(self.ctx.db, self.ctx.actor, artisan_id)
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.owed.setText(f"<b>{format_rupiah(owed)}</b>")

    def record_payment(self) -> None:
        artisan_id = self.artisan.current_id()
        if artisan_id is None:
            return
        self.error.hide()
        try:
            amount = parse_number(self.amount.text(), self.tr("Amount"))
            paid = production.record_wage_payment(
                self.ctx.db,
                self.ctx.actor,
                artisan_id,
                from_qdate(self.paid_on.date()) or date.today(),
                amount,
                self.method.currentData(),
                self.reference.text(),
            )
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.amount.clear()
        self.reference.clear()
        self.message.setText(
            self.tr("Recorded: {amount} paid to {name} on {date}.").format(
                amount=format_rupiah(paid.amount),
                name=self.artisan.currentText(),
                date=format_date(paid.paid_on),
            )
        )
        self.ctx.bus.changed.emit("production")
        self.refresh()

    def show_statement(self) -> None:
        artisan_id = self.artisan.current_id()
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if artisan_id is None or start is None or end is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        language = str(self.ctx.settings.get("language") or "id")
        self.error.hide()
        self.statement_button.setEnabled(False)

        def work() -> tuple[WageStatement, bytes]:
            from rumahbatik.reports.wage_statement import render_wage_statement

            st = production.wage_statement(db, actor, artisan_id, start, end)
            return st, render_wage_statement(st, language=language)

        def done(result: tuple[WageStatement, bytes]) -> None:
            from rumahbatik.reports.wage_statement import file_name
            from rumahbatik.ui.pdf_preview import PdfPreviewDialog

            self.statement_button.setEnabled(True)
            self.statement, pdf = result
            self.last_pdf = pdf
            dialog = PdfPreviewDialog(
                pdf,
                self.tr("Wage statement: {name}").format(name=self.statement.artisan_name),
                file_name(self.statement),
                self,
            )
            self.preview = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            self.statement_button.setEnabled(True)
            if isinstance(exc, DomainError):
                self.error.show_error(exc)
            else:
                from rumahbatik.ui.errors import show_error

                show_error(self, exc)

        self.job = run_in_background(self, work, done, on_error=failed)
