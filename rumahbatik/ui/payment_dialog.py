"""Taking a payment: cash with the change shown large, or a bank transfer / QRIS with its
reference.

``PaymentDialog(ctx, parent, amount_due, invoice_number="")``; after ``exec()`` returns
Accepted, ``payment()`` is the :class:`PaymentInput`. The method is chosen with three big
buttons (keys 1, 2, 3 when the cursor is not in a text field, Alt+1/2/3 anywhere). Enter
confirms when the input is valid; otherwise the message says what to fix and the dialog stays.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.formatting import format_number, format_rupiah, parse_number
from rumahbatik.domain.invoicing import change_due, round_rupiah
from rumahbatik.domain.sales import PAYMENT_METHOD_LABELS, REFERENCE_METHODS, PaymentMethod
from rumahbatik.services.sales_types import PaymentInput
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t

METHODS = (PaymentMethod.CASH, PaymentMethod.TRANSFER, PaymentMethod.QRIS)
#: Notes a customer is likely to hand over: the quick "cash given" buttons round up to these.
ROUND_UPS = (Decimal(5000), Decimal(10000), Decimal(50000), Decimal(100000))
QUICK_BUTTONS = 4


def quick_cash_amounts(amount: Decimal) -> list[Decimal]:
    """The exact amount, then the next round sums above it (``287.500`` → 287.500,
    290.000, 300.000, 350.000…), at most :data:`QUICK_BUTTONS` of them."""
    out = [amount]
    for step in ROUND_UPS:
        up = (amount / step).to_integral_value(rounding=ROUND_CEILING) * step
        if up == amount:
            up += step
        if up not in out:
            out.append(up)
    if len(out) < QUICK_BUTTONS:
        hundred = ROUND_UPS[-1]
        nxt = (out[-1] / hundred).to_integral_value(rounding=ROUND_CEILING) * hundred + hundred
        out.append(nxt)
    return sorted(out)[:QUICK_BUTTONS]


class PaymentDialog(QDialog):
    """See the module docstring."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None,
        amount_due: Decimal,
        *,
        invoice_number: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.amount_due = Decimal(amount_due)
        self.invoice_number = invoice_number
        self._payment: PaymentInput | None = None
        self._qris_loaded = False
        self.setWindowTitle(
            self.tr("Payment: {number}").format(number=invoice_number)
            if invoice_number
            else self.tr("Payment")
        )
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        due = QLabel(self.tr("To pay: {amount}").format(amount=format_rupiah(self.amount_due)))
        due.setObjectName("amountDue")
        big = due.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        due.setFont(big)
        layout.addWidget(due)

        methods = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_buttons: dict[PaymentMethod, QPushButton] = {}
        for number, method in enumerate(METHODS, 1):
            label = t("Sales", PAYMENT_METHOD_LABELS[method])
            button = QPushButton(f"{number}  ·  {label}", self)
            button.setObjectName(f"method_{method.value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(48)
            f = button.font()
            f.setPointSizeF(f.pointSizeF() * 1.2)
            button.setFont(f)
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            button.clicked.connect(lambda _c=False, m=method: self.set_method(m))
            methods.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda m=method: self.set_method(m))
        layout.addLayout(methods)

        form = QFormLayout()
        self.amount = QLineEdit(format_number(self.amount_due), self)
        self.amount.setObjectName("paymentAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.textChanged.connect(lambda _t: self._refresh())
        form.addRow(self.tr("Amount paid"), self.amount)

        self.cash_row = QWidget(self)
        cash_layout = QVBoxLayout(self.cash_row)
        cash_layout.setContentsMargins(0, 0, 0, 0)
        self.cash_given = QLineEdit(self.cash_row)
        self.cash_given.setObjectName("cashGiven")
        self.cash_given.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cash_given.setPlaceholderText(self.tr("Cash handed over"))
        self.cash_given.textChanged.connect(lambda _t: self._refresh())
        cash_layout.addWidget(self.cash_given)
        self.quick = QHBoxLayout()
        cash_layout.addLayout(self.quick)
        self.quick_buttons: list[QPushButton] = []
        self.cash_caption = QLabel(self.tr("Cash given"), self)
        form.addRow(self.cash_caption, self.cash_row)

        self.reference = QLineEdit(self)
        self.reference.setObjectName("paymentReference")
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("Transfer slip or QRIS transaction number"))
        self.reference.textChanged.connect(lambda _t: self._refresh())
        self.reference_caption = QLabel(self.tr("Reference"), self)
        form.addRow(self.reference_caption, self.reference)
        layout.addLayout(form)

        self.change = QLabel(self)
        self.change.setObjectName("change")
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        huge = self.change.font()
        huge.setPointSizeF(huge.pointSizeF() * 2.0)
        huge.setBold(True)
        self.change.setFont(huge)
        layout.addWidget(self.change)

        self.qris = QLabel(self)
        self.qris.setObjectName("qrisImage")
        self.qris.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qris.setWordWrap(True)
        self.qris.hide()
        layout.addWidget(self.qris)

        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Confirm payment (Enter)"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.method = PaymentMethod.CASH
        self.set_method(PaymentMethod.CASH)
        self._make_quick_buttons()

    # -- public API ----------------------------------------------------------------------
    def payment(self) -> PaymentInput:
        """The payment confirmed (or, before that, what is typed; ValidationError if bad)."""
        if self._payment is not None:
            return self._payment
        return self._read()

    def set_method(self, method: PaymentMethod) -> None:
        self.method = method
        self.method_buttons[method].setChecked(True)
        cash = method is PaymentMethod.CASH
        for w in (self.cash_caption, self.cash_row):
            w.setVisible(cash)
        for w in (self.reference_caption, self.reference):
            w.setVisible(not cash)
        self._show_qris(method is PaymentMethod.QRIS)
        self.error.hide()
        self._refresh()
        self._focus_field()
        self.adjustSize()

    def change_amount(self) -> Decimal | None:
        """The change to hand back (None until the cash given is readable)."""
        try:
            amount = parse_number(self.amount.text())
            given = parse_number(self.cash_given.text())
        except ValidationError:
            return None
        return change_due(amount, given)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._focus_field()

    def _focus_field(self) -> None:
        field = self.cash_given if self.method is PaymentMethod.CASH else self.reference
        field.setFocus()
        field.selectAll()

    # -- validation ----------------------------------------------------------------------
    def _read(self) -> PaymentInput:
        amount = parse_number(self.amount.text(), self.tr("Amount paid"))
        if amount != round_rupiah(amount):
            raise ValidationError("amount_not_whole")
        if amount <= 0:
            raise ValidationError("payment_not_positive")
        if amount > self.amount_due:
            raise ValidationError(
                "payment_exceeds_due",
                amount=format_rupiah(amount),
                due=format_rupiah(self.amount_due),
                number=self.invoice_number or self.tr("this sale"),
            )
        if self.method is PaymentMethod.CASH:
            text = self.cash_given.text().strip()
            given = parse_number(text, self.tr("Cash given")) if text else amount
            if given < amount:
                raise ValidationError(
                    "cash_not_enough", given=format_rupiah(given), amount=format_rupiah(amount)
                )
            return PaymentInput(PaymentMethod.CASH, amount=amount, cash_given=given)
        reference = self.reference.text().strip()
        if self.method in REFERENCE_METHODS and not reference:
            raise ValidationError(
                "payment_reference_required", method=t("Sales", PAYMENT_METHOD_LABELS[self.method])
            )
        return PaymentInput(self.method, amount=amount, reference=reference)

    def accept(self) -> None:
        try:
            self._payment = self._read()
        except DomainError as exc:
            self._payment = None
            self.error.show_error(exc)
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Digits typed into a field stay there; on a button they choose the method.
        keys = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
        if event.key() in keys and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.set_method(METHODS[keys[Qt.Key(event.key())]])
            return
        super().keyPressEvent(event)

    # -- internals -----------------------------------------------------------------------
    def _make_quick_buttons(self) -> None:
        for i, value in enumerate(quick_cash_amounts(self.amount_due)):
            text = self.tr("Exact") if i == 0 else format_rupiah(value)
            button = QPushButton(text, self.cash_row)
            button.setObjectName(f"quickCash{i}")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the cash field
            button.clicked.connect(lambda _c=False, v=value: self._quick(v))
            self.quick.addWidget(button)
            self.quick_buttons.append(button)

    def _quick(self, value: Decimal) -> None:
        self.cash_given.setText(format_number(value))
        self.cash_given.setFocus()

    def _refresh(self) -> None:
        self.error.hide()
        if self.method is not PaymentMethod.CASH:
            self.change.setText("")
            self.change.hide()
            return
        self.change.show()
        try:
            amount = parse_number(self.amount.text())
        except ValidationError:
            self.change.setText("")
            return
        text = self.cash_given.text().strip()
        if not text:
            self.change.setText(self.tr("Change: {amount}").format(amount=format_rupiah(0)))
            self.change.setStyleSheet("")
            return
        try:
            given = parse_number(text)
        except ValidationError:
            self.change.setText("")
            return
        if given < amount:
            self.change.setText(
                self.tr("Short by {amount}").format(amount=format_rupiah(amount - given))
            )
            self.change.setStyleSheet("color: #b00020;")
        else:
            self.change.setText(
                self.tr("Change: {amount}").format(amount=format_rupiah(given - amount))
            )
            self.change.setStyleSheet("color: #1b5e20;")

    def _show_qris(self, visible: bool) -> None:
        if visible and not self._qris_loaded:
            self._qris_loaded = True
            from rumahbatik.services.centre import centre_profile

            image = centre_profile(self.ctx.db).qris_image
            pixmap = QPixmap()
            if image and pixmap.loadFromData(image):
                self.qris.setPixmap(
                    pixmap.scaled(
                        260,
                        260,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                self.qris.setText(
                    self.tr(
                        "No QRIS image is set. A manager can add the centre's static QRIS "
                        "code in Settings."
                    )
                )
        self.qris.setVisible(visible)
