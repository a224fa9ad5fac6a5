"""An editable list of "item + quantity (+ cost)" lines with an item picker.

Used by the receipt and transfer dialogs; a count dialog may reuse it. The API is small:

- ``StockLinesEditor(ctx, with_cost=False, parent=None)``: the widget (a "scan or search"
  box above a table). Typing a SKU/barcode/name and Enter adds the item when exactly one
  active item matches, else opens :class:`ItemPickerDialog` to choose among the matches.
- ``add_item(item: ItemData, quantity=None, unit_cost=None)``: add a line (an item already on
  the list gets focus instead of a second line).
- ``set_location(location_id | None)``: show each item's on hand there ("On hand" column).
- ``lines() -> list[LineValue]``: what was typed, numbers parsed (raises ``ValidationError``
  naming the field and the item when a number is unreadable).
- ``total() -> Decimal``: the sum of the line totals (with costs), ``changed`` signal on edit.
- ``clear()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
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

from rumahbatik.domain import stock_fields as F
from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.formatting import format_number, format_rupiah, parse_number
from rumahbatik.domain.stock import UNIT_LABELS, Unit, round_money
from rumahbatik.services import items, stock_list
from rumahbatik.services.stock_types import ItemData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import error_text
from rumahbatik.ui.i18n import t
from rumahbatik.ui.search_pick import PICK_LIMIT, SearchPickDialog


def unit_label(unit: str) -> str:
    """The translated short name of a stock unit ("m" → "metre" / "meter")."""
    try:
        return t("Stock", UNIT_LABELS[Unit(unit)])
    except ValueError:
        return unit


@dataclass(frozen=True)
class LineValue:
    item: ItemData
    quantity: Decimal  # as typed: in the purchase unit when in_purchase_unit
    unit_cost: Decimal = Decimal(0)  # per unit as typed
    in_purchase_unit: bool = False


class ItemPickerDialog(SearchPickDialog):
    """Choose one item among the matches of a search (active items only)."""

    ENTER_PICKS = False  # Enter shows the matches with their stock; a second Enter picks

    def __init__(self, ctx: UiContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            text,
            parent,
            title=self.tr("Choose an item"),
            placeholder=self.tr("SKU, barcode, name or motif…"),
            name="picker",
            size=(460, 420),
        )
        self.run_search()

    def find(self, text: str) -> list[tuple[str, ItemData]]:
        found = items.search_items(self.ctx.db, self.ctx.actor, text, active=True, limit=PICK_LIMIT)
        return [
            (f"{i.sku}  {i.name}  ({format_number(i.on_hand)} {unit_label(i.unit)})", i)
            for i in found
        ]

    def shown(self, count: int) -> str:
        return self.tr("%n item(s) shown", "", count)


class StockLinesEditor(QWidget):
    """The lines of a receipt, transfer or count; see the module docstring for the API."""

    changed = Signal()

    # Column ids; which appear depends on with_cost.
    SKU, NAME, UNIT, ON_HAND, QTY, IN_PURCHASE, COST, TOTAL, REMOVE = range(9)

    def __init__(
        self, ctx: UiContext, with_cost: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.with_cost = with_cost
        self._items: list[ItemData] = []
        self._location_id: int | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("lineItemSearch")
        self.search.setPlaceholderText(self.tr("Scan a barcode or type a SKU or name, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.pick)
        top.addWidget(self.search, 1)
        self.pick_button = QPushButton(self.tr("Add item…"), self)
        self.pick_button.setObjectName("addLineItem")
        self.pick_button.setAutoDefault(False)
        self.pick_button.clicked.connect(self.pick)
        top.addWidget(self.pick_button)
        layout.addLayout(top)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)

        self._columns = [self.SKU, self.NAME, self.UNIT, self.ON_HAND, self.QTY]
        if with_cost:
            self._columns += [self.IN_PURCHASE, self.COST, self.TOTAL]
        self._columns.append(self.REMOVE)
        titles = {
            self.SKU: self.tr("SKU"),
            self.NAME: self.tr("Item"),
            self.UNIT: self.tr("Unit"),
            self.ON_HAND: self.tr("On hand"),
            self.QTY: t("Stock", F.QUANTITY),
            self.IN_PURCHASE: self.tr("In purchase unit"),
            self.COST: t("Stock", F.UNIT_COST),
            self.TOTAL: self.tr("Line total"),
            self.REMOVE: "",
        }
        self.table = QTableWidget(0, len(self._columns), self)
        self.table.setObjectName("stockLines")
        self.table.setHorizontalHeaderLabels([titles[c] for c in self._columns])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        widths = {
            self.SKU: 90, self.UNIT: 70, self.ON_HAND: 80, self.QTY: 80,
            self.IN_PURCHASE: 120, self.COST: 100, self.TOTAL: 110, self.REMOVE: 34,
        }  # fmt: skip
        for col, cid in enumerate(self._columns):
            if cid == self.NAME:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(col, widths[cid])
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)

    # -- public API ----------------------------------------------------------------------
    def col(self, cid: int) -> int:
        """The table column of a column id (``StockLinesEditor.QTY`` ...), or -1."""
        return self._columns.index(cid) if cid in self._columns else -1

    def item_ids(self) -> list[int]:
        return [item.id for item in self._items]

    def set_location(self, location_id: int | None) -> None:
        """Show each item's on hand at this location (the source of a transfer)."""
        self._location_id = location_id
        for row in range(len(self._items)):
            self._show_on_hand(row)

    def add_item(
        self,
        item: ItemData,
        quantity: Decimal | None = None,
        unit_cost: Decimal | None = None,
    ) -> int:
        """Add a line for ``item`` (or go to its line) and put the cursor on the quantity."""
        if item.id in self.item_ids():
            row = self.item_ids().index(item.id)
        else:
            row = len(self._items)
            self._items.append(item)
            self._filling = True
            self.table.insertRow(row)
            self._fixed(row, self.SKU, item.sku)
            self._fixed(row, self.NAME, item.name)
            self._fixed(row, self.UNIT, unit_label(item.unit))
            self._fixed(row, self.ON_HAND, "", right=True)
            qty = QTableWidgetItem(format_number(quantity) if quantity is not None else "")
            qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, self.col(self.QTY), qty)
            if self.with_cost:
                box = QCheckBox(self.table)
                if item.purchase_unit:
                    box.setText(f"{item.purchase_unit} (×{format_number(item.purchase_factor)})")
                    box.toggled.connect(lambda _on: self._recalc())
                else:
                    box.setEnabled(False)
                self.table.setCellWidget(row, self.col(self.IN_PURCHASE), box)
                cost = unit_cost if unit_cost is not None else item.avg_cost
                cost_item = QTableWidgetItem(format_number(cost, 0) if cost else "")
                cost_item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                self.table.setItem(row, self.col(self.COST), cost_item)
                self._fixed(row, self.TOTAL, "", right=True)
            remove = QPushButton("✕", self.table)
            remove.setToolTip(self.tr("Remove this line"))
            remove.setAutoDefault(False)
            remove.clicked.connect(lambda: self._remove(item.id))
            self.table.setCellWidget(row, self.col(self.REMOVE), remove)
            self._filling = False
            self._show_on_hand(row)
            self._recalc()
        self.table.setCurrentCell(row, self.col(self.QTY))
        self.table.setFocus()
        return row

    def lines(self) -> list[LineValue]:
        """The lines as typed, numbers parsed; raises ValidationError on an unreadable one."""
        out = []
        for row, item in enumerate(self._items):
            qty = self._number(row, self.QTY, t("Stock", F.QUANTITY), item)
            cost = Decimal(0)
            in_purchase = False
            if self.with_cost:
                cost = self._number(row, self.COST, t("Stock", F.UNIT_COST), item)
                box = self.table.cellWidget(row, self.col(self.IN_PURCHASE))
                in_purchase = isinstance(box, QCheckBox) and box.isChecked()
            out.append(LineValue(item, qty, cost, in_purchase))
        return out

    def total(self) -> Decimal:
        total = Decimal(0)
        for row in range(len(self._items)):
            value = self._line_total(row)
            total += value or Decimal(0)
        return total

    def clear(self) -> None:
        self._items.clear()
        self.table.setRowCount(0)
        self._recalc()

    def set_quantity(self, row: int, text: str) -> None:
        """Type a quantity into a line (tests and count sheets)."""
        self.table.item(row, self.col(self.QTY)).setText(text)

    # -- picking -------------------------------------------------------------------------
    def pick(self) -> None:
        """Add the item the search box names: exactly one match adds it, else choose."""
        text = self.search.text().strip()
        self.message.hide()
        found: list[ItemData] = []
        if text:
            try:
                exact = items.find_by_code(self.ctx.db, self.ctx.actor, text)
                if exact is not None and exact.active:
                    found = [exact]
                else:
                    found = items.search_items(
                        self.ctx.db, self.ctx.actor, text, active=True, limit=2
                    )
            except DomainError as exc:
                self._say(error_text(exc))
                return
        if len(found) == 1:
            self.search.clear()
            self.add_item(found[0])
            return
        dialog = ItemPickerDialog(self.ctx, text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.search.clear()
            self.add_item(dialog.chosen)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- internals -----------------------------------------------------------------------
    def _fixed(self, row: int, cid: int, text: str, *, right: bool = False) -> None:
        col = self.col(cid)
        if col < 0:
            return
        cell = QTableWidgetItem(text)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if right:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, col, cell)

    def _show_on_hand(self, row: int) -> None:
        item = self._items[row]
        if self._location_id is None:
            qty = item.on_hand
        else:
            holders = stock_list.item_holders(self.ctx.db, self.ctx.actor, item.id)
            qty = next(
                (h.quantity for h in holders if h.location_id == self._location_id), Decimal(0)
            )
        self._filling = True
        self.table.item(row, self.col(self.ON_HAND)).setText(format_number(qty))
        self._filling = False

    def _number(self, row: int, cid: int, field: str, item: ItemData) -> Decimal:
        cell = self.table.item(row, self.col(cid))
        text = cell.text() if cell is not None else ""
        try:
            return parse_number(text, f"{field} ({item.name})")
        except ValidationError:
            self.table.setCurrentCell(row, self.col(cid))
            raise

    def _line_total(self, row: int) -> Decimal | None:
        if not self.with_cost:
            return None
        try:
            qty = parse_number(self.table.item(row, self.col(self.QTY)).text())
            cost = parse_number(self.table.item(row, self.col(self.COST)).text())
        except (ValidationError, AttributeError):
            return None
        return round_money(qty * cost)

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if not self._filling and cell.column() in (self.col(self.QTY), self.col(self.COST)):
            self._recalc()

    def _recalc(self) -> None:
        if self.with_cost:
            self._filling = True
            for row in range(len(self._items)):
                value = self._line_total(row)
                self.table.item(row, self.col(self.TOTAL)).setText(
                    format_rupiah(value) if value is not None else ""
                )
            self._filling = False
        self.changed.emit()

    def _remove(self, item_id: int) -> None:
        if item_id not in self.item_ids():
            return
        row = self.item_ids().index(item_id)
        del self._items[row]
        self.table.removeRow(row)
        self._recalc()
