"""The lines, customer, discounts and totals of a sale: the heart of the counter and order screens.

``SaleEditor(ctx, parent, mode="counter"|"order")`` is built for a busy counter:

- the scan field has the focus; Enter with a barcode or SKU adds that product (the same one
  again adds 1 to its line); any other text opens a small picker (SKU, name, motif);
- the lines table is edited by keyboard: type over quantity, price or discount ("10%" is a
  percentage, "5.000" an amount), Delete removes the line, + and - change the quantity;
- the on hand at the shop (toko) shows next to each line and turns red when short;
- totals follow every keystroke, computed by :func:`domain.invoicing.compute_totals` with the
  VAT rule of the settings (the same arithmetic the service freezes when issuing).

``sale_input()`` gives the :class:`SaleInput` (raises ``ValidationError`` on unreadable input),
``load(invoice)`` fills it from a draft, ``clear()`` empties it, ``changed`` fires on edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
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
from rumahbatik.domain.formatting import format_number, format_rupiah, parse_number
from rumahbatik.domain.invoicing import (
    NO_DISCOUNT,
    Discount,
    DiscountKind,
    InvoiceTotals,
    LineIn,
    VatRule,
    compute_totals,
)
from rumahbatik.domain.people import TECHNIQUE_LABELS, Technique
from rumahbatik.domain.sales import Channel
from rumahbatik.domain.stock import LOCATION_KIND_LABELS, LocationKind
from rumahbatik.services import items, stock_list
from rumahbatik.services.people_list import PersonFilter, list_people
from rumahbatik.services.sales_types import InvoiceData, SaleInput, SaleLineInput
from rumahbatik.services.settings import get_settings
from rumahbatik.services.stock_types import ItemData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import error_text
from rumahbatik.ui.i18n import t
from rumahbatik.ui.search_pick import PICK_LIMIT, SearchPickDialog

Mode = Literal["counter", "order"]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHORT_STYLE = "color: #b00020; font-weight: bold;"


def parse_discount(text: str, field: str = "") -> Discount:
    """``"10%"`` → 10 percent, ``"5.000"`` → Rp5.000 off, blank → no discount."""
    cleaned = (text or "").strip()
    if not cleaned:
        return NO_DISCOUNT
    if cleaned.endswith("%"):
        value = parse_number(cleaned[:-1], field)
        if value < 0 or value > 100:
            raise ValidationError("discount_percent_range", item=field)
        return Discount(DiscountKind.PERCENT, value)
    value = parse_number(cleaned, field)
    if value < 0:
        raise ValidationError("discount_negative", item=field)
    return Discount(DiscountKind.AMOUNT, value)


def discount_text(discount: Discount) -> str:
    """How a discount is typed: ``10%`` or ``5.000`` (blank for none)."""
    if discount.value <= 0:
        return ""
    if discount.kind is DiscountKind.PERCENT:
        return f"{format_number(discount.value)}%"
    return format_number(discount.value)


@dataclass
class _Line:
    item: ItemData
    on_hand: Decimal  # at the shop, when last read


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    name: str


def technique_label(value: str) -> str:
    """The technique in the user's language (tulis, cap, kombinasi, ...)."""
    try:
        return t("People", TECHNIQUE_LABELS[Technique(value)])
    except ValueError:
        return value


class CustomerPickerDialog(SearchPickDialog):
    """Find a customer by name, NIK, phone or organisation; Enter picks the highlighted one."""

    def __init__(self, ctx: UiContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            text,
            parent,
            title=self.tr("Choose a customer"),
            placeholder=self.tr("Name, organisation, NIK or phone…"),
            name="customer",
        )
        self.run_search()

    def find(self, text: str) -> list[tuple[str, CustomerChoice]]:
        rows = list_people(
            self.ctx.db,
            self.ctx.actor,
            PersonFilter(role="customer", text=text, active=True),
            limit=PICK_LIMIT,
        )
        out = []
        for row in rows:
            organisation = row.organisation if row.organisation != row.full_name else ""
            extra = " · ".join(x for x in (organisation, row.phone) if x)
            out.append((f"{row.full_name}  {extra}".strip(), CustomerChoice(row.id, row.full_name)))
        return out

    def shown(self, count: int) -> str:
        return self.tr("%n customer(s) shown", "", count)


class SaleItemPicker(SearchPickDialog):
    """Choose one product among the matches of the scan field's text (active items only)."""

    def __init__(self, ctx: UiContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            text,
            parent,
            title=self.tr("Choose a product"),
            placeholder=self.tr("SKU, name or motif…"),
            name="salePicker",
            size=(560, 420),
        )
        self.run_search()

    def find(self, text: str) -> list[tuple[str, ItemData]]:
        found = items.search_items(self.ctx.db, self.ctx.actor, text, active=True, limit=PICK_LIMIT)
        out = []
        for item in found:
            parts = [item.sku, item.name]
            if item.motif_name:
                parts.append(item.motif_name)
            parts.append(format_rupiah(item.sale_price))
            out.append(("  ·  ".join(parts), item))
        return out

    def shown(self, count: int) -> str:
        return self.tr("%n product(s) shown", "", count)


class SaleEditor(QWidget):
    """See the module docstring."""

    changed = Signal()

    SKU, NAME, MOTIF, TECHNIQUE, ON_HAND, QTY, PRICE, DISCOUNT, TOTAL = range(9)
    EDITABLE = (QTY, PRICE, DISCOUNT)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, mode: Mode = "counter"):
        super().__init__(parent)
        self.ctx = ctx
        self.mode: Mode = mode
        self._lines: list[_Line] = []
        self._filling = False
        self._totals: InvoiceTotals | None = None
        self.customer: CustomerChoice | None = None  # None: the walk-in customer (counter)
        self.vat = self._read_vat_rule()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.scan = QLineEdit(self)
        self.scan.setObjectName("saleScan")
        self.scan.setPlaceholderText(
            self.tr("Scan a barcode or type a SKU, name or motif, then Enter")
        )
        self.scan.setClearButtonEnabled(True)
        self.scan.setMinimumHeight(34)
        font = self.scan.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.scan.setFont(font)
        self.scan.returnPressed.connect(self.scan_entered)
        top.addWidget(self.scan, 1)
        self.pick_button = QPushButton(self.tr("Find product…"), self)
        self.pick_button.setObjectName("findProduct")
        self.pick_button.setAutoDefault(False)
        self.pick_button.clicked.connect(lambda: self.open_picker(self.scan.text().strip()))
        top.addWidget(self.pick_button)
        layout.addLayout(top)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)

        titles = [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Motif"),
            self.tr("Technique"),
            self.tr("In shop"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Line total"),
        ]
        self.table = QTableWidget(0, len(titles), self)
        self.table.setObjectName("saleLines")
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setToolTip(
            self.tr(
                "Type over quantity, price or discount (10% or an amount). "
                "Delete removes a line; + and - change the quantity."
            )
        )
        header = self.table.horizontalHeader()
        widths = {
            self.SKU: 100, self.MOTIF: 120, self.TECHNIQUE: 90, self.ON_HAND: 110,
            self.QTY: 60, self.PRICE: 110, self.DISCOUNT: 90, self.TOTAL: 120,
        }  # fmt: skip
        for col in range(len(titles)):
            if col == self.NAME:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(col, widths[col])
        self.table.itemChanged.connect(self._cell_changed)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.shortfall = QLabel(self)
        self.shortfall.setObjectName("shortfall")
        self.shortfall.setStyleSheet(SHORT_STYLE)
        self.shortfall.setWordWrap(True)
        self.shortfall.hide()
        layout.addWidget(self.shortfall)

        bottom = QHBoxLayout()
        left = QFormLayout()
        customer_row = QHBoxLayout()
        self.customer_label = QLabel(self)
        self.customer_label.setObjectName("customerName")
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        customer_row.addWidget(self.customer_label, 1)
        self.customer_button = QPushButton(self.tr("Choose…"), self)
        self.customer_button.setObjectName("chooseCustomer")
        self.customer_button.setAutoDefault(False)
        self.customer_button.clicked.connect(self.choose_customer)
        customer_row.addWidget(self.customer_button)
        self.walk_in_button = QPushButton(self.tr("Walk-in"), self)
        self.walk_in_button.setObjectName("walkInCustomer")
        self.walk_in_button.setAutoDefault(False)
        self.walk_in_button.setToolTip(self.tr("Sell to the walk-in customer (Pelanggan umum)"))
        self.walk_in_button.clicked.connect(lambda: self.set_customer(None))
        self.walk_in_button.setVisible(mode == "counter")
        customer_row.addWidget(self.walk_in_button)
        left.addRow(self.tr("Customer"), customer_row)
        self.discount = QLineEdit(self)
        self.discount.setObjectName("invoiceDiscount")
        self.discount.setPlaceholderText(self.tr("e.g. 10% or 25.000"))
        self.discount.textChanged.connect(lambda _t: self._recalc())
        left.addRow(self.tr("Invoice discount"), self.discount)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("saleNotes")
        self.notes.setMaxLength(500)
        left.addRow(self.tr("Notes"), self.notes)
        bottom.addLayout(left, 3)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.total_labels: dict[str, QLabel] = {}
        rows = [
            ("line_discounts", self.tr("Line discounts")),
            ("subtotal", self.tr("Subtotal")),
            ("invoice_discount", self.tr("Invoice discount")),
            ("vat_base", self.tr("DPP (VAT base)")),
            ("vat", self.tr("PPN (VAT)")),
            ("total", self.tr("Total")),
        ]
        self.total_captions: dict[str, QLabel] = {}
        for r, (key, caption) in enumerate(rows):
            cap = QLabel(caption, self)
            value = QLabel(format_rupiah(Decimal(0)), self)
            value.setObjectName(f"total_{key}")
            value.setAlignment(RIGHT)
            if key == "total":
                bold = value.font()
                bold.setBold(True)
                bold.setPointSizeF(bold.pointSizeF() * 1.2)
                value.setFont(bold)
                cap.setFont(bold)
            grid.addWidget(cap, r, 0)
            grid.addWidget(value, r, 1)
            self.total_labels[key] = value
            self.total_captions[key] = cap
        if self.vat is None:
            for key in ("vat_base", "vat"):
                self.total_labels[key].hide()
                self.total_captions[key].hide()
        bottom.addLayout(grid, 2)
        layout.addLayout(bottom)

        self._show_customer()
        self._recalc()
        self.scan.setFocus()

    # -- public API ------------------------------------------------------------------------
    def sale_input(self) -> SaleInput:
        """What is on the screen as a :class:`SaleInput` (ValidationError on unreadable input;
        the dates are left to the caller)."""
        if self.mode == "order" and self.customer is None:
            raise ValidationError("required", field=self.tr("Customer"))
        lines = tuple(
            SaleLineInput(
                item_id=line.item.id,
                quantity=self.quantity(row),
                unit_price=self.price(row),
                discount=self.line_discount(row),
            )
            for row, line in enumerate(self._lines)
        )
        if not lines:
            raise ValidationError("lines_required")
        return SaleInput(
            lines=lines,
            customer_id=self.customer.id if self.customer else None,
            discount=parse_discount(self.discount.text(), self.tr("Invoice discount")),
            channel=Channel.ORDER if self.mode == "order" else Channel.COUNTER,
            notes=self.notes.text().strip(),
        )

    def load(self, invoice: InvoiceData) -> None:
        """Fill the editor from a draft (its lines keep their prices and discounts)."""
        self.clear()
        self.set_customer(CustomerChoice(invoice.customer_id, invoice.customer_name))
        for line in invoice.lines:
            item = items.get_item(self.ctx.db, self.ctx.actor, line.item_id)
            self._append(item, line.quantity, line.unit_price, line.discount)
        self._filling = True
        self.discount.setText(discount_text(invoice.discount))
        self.notes.setText(invoice.notes)
        self._filling = False
        self._recalc()

    def clear(self) -> None:
        """Empty the sale for the next customer (walk-in again at the counter)."""
        self._lines.clear()
        self.table.setRowCount(0)
        self.discount.clear()
        self.notes.clear()
        self.scan.clear()
        self.message.hide()
        self.set_customer(None)
        self._recalc()
        self.scan.setFocus()

    def line_count(self) -> int:
        return len(self._lines)

    def item_ids(self) -> list[int]:
        return [line.item.id for line in self._lines]

    def totals(self) -> InvoiceTotals | None:
        """The totals of what is typed (None while a number is unreadable)."""
        return self._totals

    def total(self) -> Decimal:
        return self._totals.total if self._totals is not None else Decimal(0)

    def quantity(self, row: int) -> Decimal:
        return self._number(row, self.QTY, self.tr("Qty"))

    def price(self, row: int) -> Decimal:
        return self._number(row, self.PRICE, self.tr("Price"))

    def line_discount(self, row: int) -> Discount:
        cell = self.table.item(row, self.DISCOUNT)
        label = self.tr("Discount")
        name = self._lines[row].item.name
        return parse_discount(cell.text() if cell else "", f"{label} ({name})")

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type into a line's cell (quantity, price or discount)."""
        self.table.item(row, column).setText(text)

    def add_item(self, item: ItemData, quantity: Decimal = Decimal(1)) -> int:
        """Add ``quantity`` of ``item``: a new line, or more on its line if it is there."""
        self.message.hide()
        if item.id in self.item_ids():
            row = self.item_ids().index(item.id)
            try:
                current = self.quantity(row)
            except ValidationError:
                current = Decimal(0)
            self.set_cell(row, self.QTY, format_number(current + quantity))
        else:
            row = self._append(item, quantity, item.sale_price, NO_DISCOUNT)
            self._recalc()
        self.table.selectRow(row)
        self.table.setCurrentCell(row, self.QTY)
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            del self._lines[row]
            self.table.removeRow(row)
            self._recalc()

    def refresh_on_hand(self) -> None:
        """Read each line's on hand at the shop again (just before paying)."""
        for row, line in enumerate(self._lines):
            line.on_hand = self._shop_on_hand(line.item.id)
            self._show_on_hand(row)
        self._show_shortfall()

    def shortfalls(self) -> list[tuple[ItemData, Decimal, Decimal]]:
        """(item, on hand, wanted) of each line asking for more than the shop holds."""
        out = []
        for row, line in enumerate(self._lines):
            try:
                qty = self.quantity(row)
            except ValidationError:
                continue
            if qty > line.on_hand:
                out.append((line.item, line.on_hand, qty))
        return out

    def shortfall_error(self) -> ValidationError | None:
        """The ledger's own "not enough stock" message for the first short line, or None."""
        short = self.shortfalls()
        if not short:
            return None
        item, on_hand, wanted = short[0]
        return ValidationError(
            "stock_insufficient",
            item=item.name,
            location=t("Stock", LOCATION_KIND_LABELS[LocationKind.SHOP]),
            available=format_number(on_hand),
            requested=format_number(wanted),
            unit=item.unit,  # the message translates the unit
        )

    def set_customer(self, customer: CustomerChoice | None) -> None:
        self.customer = customer
        self._show_customer()
        self.changed.emit()

    def choose_customer(self) -> None:
        """Open the customer search (F4 at the counter)."""
        dialog = CustomerPickerDialog(self.ctx, "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.set_customer(dialog.chosen)

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def focus_discount(self) -> None:
        self.discount.setFocus()
        self.discount.selectAll()

    # -- scanning --------------------------------------------------------------------------
    def scan_entered(self) -> None:
        """Enter in the scan field: an exact barcode/SKU adds the product, else the picker."""
        text = self.scan.text().strip()
        if not text:
            return
        self.message.hide()
        try:
            exact = items.find_by_code(self.ctx.db, self.ctx.actor, text)
        except DomainError as exc:
            self.message.show_error(exc)
            return
        if exact is not None:
            if not exact.active:
                self.message.show_error(ValidationError("item_inactive_sale", name=exact.name))
                self.scan.selectAll()
                return
            self.scan.clear()
            self.add_item(exact)
            self.scan.setFocus()  # ready for the next scan
            return
        self.open_picker(text)

    def open_picker(self, text: str) -> None:
        dialog = SaleItemPicker(self.ctx, text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.scan.clear()
            self.add_item(dialog.chosen)
        self.scan.setFocus()

    # -- keyboard on the table ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            row = self.table.currentRow()
            key = event.key()
            if row >= 0 and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_line(row)
                if self._lines:
                    self.table.selectRow(min(row, len(self._lines) - 1))
                else:
                    self.scan.setFocus()
                return True
            if row >= 0 and key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal):
                self._step_quantity(row, -1 if key == Qt.Key.Key_Minus else 1)
                return True
        return super().eventFilter(watched, event)

    def _step_quantity(self, row: int, step: int) -> None:
        try:
            current = self.quantity(row)
        except ValidationError:
            current = Decimal(0)
        new = current + step
        if new <= 0:
            return  # Delete removes a line; minus stops at one
        self.set_cell(row, self.QTY, format_number(new))

    # -- internals ---------------------------------------------------------------------------
    def _read_vat_rule(self) -> VatRule | None:
        # The same reading of the settings as services.sales.vat_rule, once per screen.
        s = get_settings(self.ctx.db)
        if not s.get("vat_enabled"):
            return None
        return VatRule(Decimal(str(s.get("vat_rate"))), Fraction(str(s.get("vat_base_fraction"))))

    def _shop_on_hand(self, item_id: int) -> Decimal:
        try:
            holders = stock_list.item_holders(self.ctx.db, self.ctx.actor, item_id)
        except DomainError:
            return Decimal(0)
        return sum((h.quantity for h in holders if h.kind is LocationKind.SHOP), Decimal(0))

    def _append(self, item: ItemData, quantity: Decimal, price: Decimal, discount: Discount) -> int:
        row = len(self._lines)
        self._lines.append(_Line(item, self._shop_on_hand(item.id)))
        self._filling = True
        self.table.insertRow(row)
        self._fixed(row, self.SKU, item.sku)
        self._fixed(row, self.NAME, item.name)
        self._fixed(row, self.MOTIF, item.motif_name)
        self._fixed(row, self.TECHNIQUE, technique_label(item.technique))
        self._fixed(row, self.ON_HAND, "", right=True)
        for col, text in (
            (self.QTY, format_number(quantity)),
            (self.PRICE, format_number(price, 0)),
            (self.DISCOUNT, discount_text(discount)),
        ):
            cell = QTableWidgetItem(text)
            cell.setTextAlignment(RIGHT)
            self.table.setItem(row, col, cell)
        self._fixed(row, self.TOTAL, "", right=True)
        self._filling = False
        self._show_on_hand(row)
        return row

    def _fixed(self, row: int, col: int, text: str, *, right: bool = False) -> None:
        cell = QTableWidgetItem(text)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if right:
            cell.setTextAlignment(RIGHT)
        self.table.setItem(row, col, cell)

    def _show_on_hand(self, row: int) -> None:
        line = self._lines[row]
        cell = self.table.item(row, self.ON_HAND)
        if cell is None:
            return
        self._filling = True
        cell.setText(format_number(line.on_hand))
        try:
            short = self.quantity(row) > line.on_hand
        except ValidationError:
            short = False
        cell.setForeground(Qt.GlobalColor.red if short else self.palette().text().color())
        font = cell.font()
        font.setBold(short)
        cell.setFont(font)
        self._filling = False

    def _show_shortfall(self) -> None:
        error = self.shortfall_error()
        if error is None:
            self.shortfall.hide()
        else:
            self.shortfall.setText(error_text(error))
            self.shortfall.show()

    def _number(self, row: int, col: int, field: str) -> Decimal:
        cell = self.table.item(row, col)
        name = self._lines[row].item.name
        return parse_number(cell.text() if cell else "", f"{field} ({name})")

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() not in self.EDITABLE:
            return
        if cell.column() == self.QTY:
            self._show_on_hand(cell.row())
        self._recalc()

    def _show_customer(self) -> None:
        if self.customer is not None:
            self.customer_label.setText(self.customer.name)
            self.customer_label.setStyleSheet("")
        elif self.mode == "counter":
            self.customer_label.setText(self.tr("Walk-in customer (Pelanggan umum)"))
            self.customer_label.setStyleSheet("color: palette(mid);")
        else:
            self.customer_label.setText(self.tr("No customer chosen yet"))
            self.customer_label.setStyleSheet("color: #b00020;")

    def _recalc(self) -> None:
        """Totals with the same arithmetic the service freezes; unreadable input blanks them."""
        if self._filling:
            return
        lines_in: list[LineIn] = []
        readable = True
        for row in range(len(self._lines)):
            try:
                lines_in.append(
                    LineIn(self.quantity(row), self.price(row), self.line_discount(row))
                )
            except ValidationError:
                readable = False
                lines_in.append(LineIn(Decimal(0), Decimal(0)))
        try:
            inv_discount = parse_discount(self.discount.text())
        except ValidationError:
            inv_discount = NO_DISCOUNT
            readable = False
        totals = compute_totals(lines_in, inv_discount, self.vat)
        self._filling = True
        for row, lt in enumerate(totals.lines):
            self.table.item(row, self.TOTAL).setText(format_rupiah(lt.net))
        self._filling = False
        self._totals = totals if readable else None
        values = {
            "subtotal": totals.subtotal,
            "line_discounts": -totals.line_discounts,
            "invoice_discount": -totals.invoice_discount,
            "vat_base": totals.vat_base,
            "vat": totals.vat,
            "total": totals.total,
        }
        for key, value in values.items():
            self.total_labels[key].setText(format_rupiah(value) if readable else "–")
        self._show_shortfall()
        self.changed.emit()
