"""The daily cash closing (tutup kas): a cashier's takings per method, the cash counted
against what the drawer should hold, and the difference recorded.

``CashClosingDialog(ctx, parent).exec()``. The day defaults to today and the cashier to the
one logged in; managers may choose another cashier. The expected cash and the difference
follow the typed amounts as you type (green when the drawer is exact, red otherwise). A day
already closed shows its recorded closing, read-only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.formatting import (
    format_datetime,
    format_number,
    format_rupiah,
    parse_number,
)
from rumahbatik.domain.invoicing import round_rupiah
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import PAYMENT_METHOD_LABELS, PaymentMethod
from rumahbatik.services import cash_closing
from rumahbatik.services.sales_types import CashClosingData, CashDay
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, date_of
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background

METHODS = (PaymentMethod.CASH, PaymentMethod.TRANSFER, PaymentMethod.QRIS)
GOOD, BAD = "#1b7a3a", "#b00020"


def _money_item(value: Decimal) -> QTableWidgetItem:
    item = QTableWidgetItem(format_rupiah(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class CashClosingDialog(QDialog):
    """See the module docstring."""

    #: Emitted when a day's data has arrived (tests wait for it).
    loaded = Signal()
    #: Emitted with the :class:`CashClosingData` after the day is closed.
    closed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day_data: CashDay | None = None
        self._busy = False
        self._showing_closing = False
        self.setWindowTitle(self.tr("Daily cash closing"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)

        # -- which day, whose drawer ----------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day"), self))
        self.day_edit = date_edit(self)
        self.day_edit.setObjectName("closingDay")
        self.day_edit.setMaximumDate(QDate.currentDate())
        top.addWidget(self.day_edit)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Cashier"), self))
        self.cashier = QComboBox(self)
        self.cashier.setObjectName("cashier")
        self.cashier.setMinimumWidth(220)
        me = ctx.actor.full_name or ctx.actor.username
        self.cashier.addItem(me, ctx.actor.user_id)
        # only managers may close another cashier's drawer; the list comes with the first load
        self.cashier.setEnabled(False)
        top.addWidget(self.cashier)
        top.addStretch(1)
        layout.addLayout(top)

        # -- the takings ------------------------------------------------------------------
        takings = QGroupBox(self.tr("Takings"), self)
        grid = QGridLayout(takings)
        self.method_values: dict[PaymentMethod, QLabel] = {}
        for row, method in enumerate(METHODS):
            grid.addWidget(QLabel(t("Sales", PAYMENT_METHOD_LABELS[method]), takings), row, 0)
            value = QLabel(takings)
            value.setObjectName(f"total_{method.value}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 1)
            self.method_values[method] = value
        self.total_value = QLabel(takings)
        self.total_value.setObjectName("totalAll")
        self.total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bold = self.total_value.font()
        bold.setBold(True)
        self.total_value.setFont(bold)
        total_caption = QLabel(self.tr("Total"), takings)
        total_caption.setFont(bold)
        grid.addWidget(total_caption, len(METHODS), 0)
        grid.addWidget(self.total_value, len(METHODS), 1)
        self.count_label = QLabel(takings)
        self.count_label.setObjectName("paymentCount")
        grid.addWidget(self.count_label, 0, 2)
        self.refund_label = QLabel(takings)
        self.refund_label.setObjectName("refunds")
        grid.addWidget(self.refund_label, 1, 2)
        grid.setHorizontalSpacing(32)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(1, 140)
        layout.addWidget(takings)

        self.payments = QTableWidget(0, 5, self)
        self.payments.setObjectName("payments")
        self.payments.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Invoice"),
                self.tr("Method"),
                self.tr("Amount"),
                self.tr("Reference"),
            ]
        )
        self.payments.verticalHeader().setDefaultSectionSize(24)
        self.payments.verticalHeader().hide()
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.payments.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 150, 110, 120)):
            self.payments.setColumnWidth(col, width)
        self.payments.setMinimumHeight(160)
        layout.addWidget(self.payments, 1)

        # -- the count ------------------------------------------------------------------
        count_box = QGroupBox(self.tr("Cash in the drawer"), self)
        form = QFormLayout(count_box)
        self.float_edit = QLineEdit("0", count_box)
        self.float_edit.setObjectName("openingFloat")
        self.float_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.float_edit.setToolTip(self.tr("Change money that was in the drawer at opening"))
        form.addRow(self.tr("Opening float"), self.float_edit)
        self.expected_label = QLabel(count_box)
        self.expected_label.setObjectName("expectedCash")
        form.addRow(self.tr("Expected cash"), self.expected_label)
        self.counted_edit = QLineEdit(count_box)
        self.counted_edit.setObjectName("countedCash")
        self.counted_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counted_edit.setPlaceholderText(self.tr("Count the notes and coins, e.g. 1.250.000"))
        form.addRow(self.tr("Counted cash"), self.counted_edit)
        self.difference_label = QLabel(count_box)
        self.difference_label.setObjectName("difference")
        big = self.difference_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.difference_label.setFont(big)
        form.addRow(self.tr("Difference"), self.difference_label)
        self.notes_edit = QLineEdit(count_box)
        self.notes_edit.setObjectName("closingNotes")
        self.notes_edit.setPlaceholderText(self.tr("Why the cash differs, if it does"))
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout.addWidget(count_box)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("closedStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.close_button = QPushButton(self.tr("Close the day"), self)
        self.close_button.setObjectName("closeDay")
        self.close_button.setDefault(True)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.clicked.connect(self.close_day)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.float_edit.textChanged.connect(lambda _t: self._refresh())
        self.counted_edit.textChanged.connect(lambda _t: self._refresh())
        self.counted_edit.returnPressed.connect(self.close_day)
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.cashier.currentIndexChanged.connect(lambda _i: self.reload())
        self._show(None)
        if ctx.actor.can(Permission.VIEW_REPORTS):
            run_in_background(self, lambda: cash_closing.list_cashiers(ctx.db, ctx.actor),
                              self._fill_cashiers)  # fmt: skip
        self.reload()

    # -- public ----------------------------------------------------------------------------
    def day(self) -> date:
        return date_of(self.day_edit)

    def cashier_id(self) -> int | None:
        return self.cashier.currentData()

    def reload(self) -> None:
        """Fetch the chosen day's takings in the background."""
        day, cashier = self.day(), self.cashier_id()
        ctx = self.ctx
        self.error.hide()
        run_in_background(
            self,
            lambda: cash_closing.cash_day(ctx.db, ctx.actor, day, cashier),
            self._loaded,
            on_error=self._failed,
        )

    def close_day(self) -> None:
        """Record the closing with what is typed (in the background)."""
        if self._busy or self.day_data is None or self.day_data.closing is not None:
            return
        try:
            opening, counted = self._amounts(require_counted=True)
        except DomainError as exc:
            self.error.show_error(exc)
            self.counted_edit.setFocus()
            return
        assert counted is not None
        data, ctx = self.day_data, self.ctx
        notes = self.notes_edit.text()
        self._busy = True
        self.close_button.setEnabled(False)
        run_in_background(
            self,
            lambda: cash_closing.close_cash_day(
                ctx.db,
                ctx.actor,
                data.day,
                counted,
                cashier_id=data.cashier_id,
                opening_float=opening,
                notes=notes,
            ),  # fmt: skip
            self._closed,
            on_error=self._failed,
        )

    # -- internals -------------------------------------------------------------------------
    def _fill_cashiers(self, rows: list[tuple[int, str]]) -> None:
        current = self.cashier_id()
        self.cashier.blockSignals(True)
        self.cashier.clear()
        for uid, name in rows:
            self.cashier.addItem(name, uid)
        index = self.cashier.findData(current)
        if index < 0:  # the CLI actor or a user who no longer sells: keep them listed
            self.cashier.insertItem(0, self.ctx.actor.full_name or self.ctx.actor.username, current)
            index = 0
        self.cashier.setCurrentIndex(index)
        self.cashier.blockSignals(False)
        self.cashier.setEnabled(len(rows) > 1)

    def _loaded(self, data: CashDay) -> None:
        # a reply for a day or cashier no longer chosen is dropped
        if data.day != self.day() or data.cashier_id != self.cashier_id():
            return
        self.day_data = data
        self._show(data)
        self.loaded.emit()

    def _closed(self, closing: CashClosingData) -> None:
        self._busy = False
        if self.day_data is not None:
            self.day_data = replace(self.day_data, closing=closing)
            self._show(self.day_data)
        self.ctx.bus.changed.emit("sales")
        self.closed.emit(closing)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.close_button.setEnabled(self.day_data is not None and self.day_data.closing is None)
        if isinstance(exc, DomainError):
            self.error.show_error(exc)
        else:
            show_error(self, exc)

    def _show(self, data: CashDay | None) -> None:
        zero = Decimal(0)
        totals = data.totals if data else {}
        for method, label in self.method_values.items():
            label.setText(format_rupiah(totals.get(method, zero)))
        self.total_value.setText(format_rupiah(sum(totals.values(), zero)))
        count = data.payment_count if data else 0
        self.count_label.setText(self.tr("Payments received: {n}").format(n=count))
        refunds = data.refunds if data else zero
        self.refund_label.setText(
            self.tr("Cash refunded: {amount}").format(amount=format_rupiah(refunds))
        )
        self.refund_label.setVisible(refunds > 0)
        payments = data.payments if data else ()
        self.payments.setRowCount(len(payments))
        for row, p in enumerate(payments):
            when = format_datetime(p.paid_at)
            self.payments.setItem(row, 0, QTableWidgetItem(when.rsplit(" ", 1)[-1]))
            number = p.invoice_number
            if p.credit_note_number:
                number = f"{number} ({p.credit_note_number})"
            self.payments.setItem(row, 1, QTableWidgetItem(number))
            self.payments.setItem(
                row, 2, QTableWidgetItem(t("Sales", PAYMENT_METHOD_LABELS[p.method]))
            )
            self.payments.setItem(row, 3, _money_item(p.amount))
            self.payments.setItem(row, 4, QTableWidgetItem(p.reference or p.note))

        closing = data.closing if data else None
        editable = data is not None and closing is None
        for edit in (self.float_edit, self.counted_edit, self.notes_edit):
            edit.setReadOnly(not editable)
            # a recorded closing looks like a record, not like a field waiting for input
            edit.setStyleSheet("" if editable else "background: palette(window);")
        self.counted_edit.setPlaceholderText(
            self.tr("Count the notes and coins, e.g. 1.250.000") if editable else ""
        )
        self.notes_edit.setPlaceholderText(
            self.tr("Why the cash differs, if it does") if editable else ""
        )
        self.close_button.setEnabled(editable and not self._busy)
        self.close_button.setVisible(closing is None)
        if closing is not None:
            self.float_edit.setText(format_number(closing.opening_float))
            self.counted_edit.setText(format_number(closing.cash_counted))
            self.notes_edit.setText(closing.notes)
            self.status_label.setText(
                self.tr("Closed by {who} on {when}. The recorded closing cannot be changed.")
                .format(who=closing.closed_by or "?", when=format_datetime(closing.closed_at))
            )  # fmt: skip
            self.status_label.show()
        else:
            self.status_label.hide()
            if self._showing_closing:  # from a closed day to an open one: start blank
                self.float_edit.setText("0")
                self.counted_edit.clear()
                self.notes_edit.clear()
        self._showing_closing = closing is not None
        self._refresh()

    def _amounts(self, *, require_counted: bool = False) -> tuple[Decimal, Decimal | None]:
        """The opening float and the counted cash typed (ValidationError when unreadable)."""
        text = self.float_edit.text().strip()
        opening = parse_number(text, self.tr("Opening float")) if text else Decimal(0)
        counted_text = self.counted_edit.text().strip()
        counted: Decimal | None = None
        if counted_text or require_counted:
            counted = parse_number(counted_text, self.tr("Counted cash"))
        for value in (opening, counted):
            if value is not None and value < 0:
                raise ValidationError("cash_counted_negative")
            if value is not None and value != round_rupiah(value):
                raise ValidationError("amount_not_whole")
        return opening, counted

    def _refresh(self) -> None:
        """Expected cash and the difference, from what is typed (or what was recorded)."""
        data = self.day_data
        closing = data.closing if data else None
        if closing is not None:
            expected, difference = closing.cash_expected, closing.difference
        else:
            cash = data.cash if data else Decimal(0)
            try:
                opening, counted = self._amounts()
            except DomainError as exc:
                self.expected_label.setText("")
                self.difference_label.setText("")
                self.error.show_error(exc)
                return
            self.error.hide()
            expected = opening + cash
            difference = None if counted is None else counted - expected
        self.expected_label.setText(format_rupiah(expected))
        if difference is None:
            self.difference_label.setText("–")
            self.difference_label.setStyleSheet("")
            return
        if difference == 0:
            text = self.tr("{amount} (exact)").format(amount=format_rupiah(difference))
        elif difference < 0:
            text = self.tr("{amount} short").format(amount=format_rupiah(-difference))
        else:
            text = self.tr("{amount} over").format(amount=format_rupiah(difference))
        self.difference_label.setText(text)
        colour = GOOD if difference == 0 else BAD
        self.difference_label.setStyleSheet(f"color: {colour};")
