"""The "Stock" page: items with on hand per location, value and low-stock highlight; the
selected item's facts, holders and history of moves; receipts, transfers, hand-outs.

Fast with 50,000 items and a million moves: the list is paged and filtered in SQL by
services/stock_list.py (keyset pages of 200 rows, a few ms each, loaded as the view scrolls);
the item's details and history are read in the background and only the latest answer is shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_datetime, format_number, format_rupiah
from rumahbatik.domain.people import TECHNIQUE_LABELS, Technique
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import ITEM_KIND_LABELS, MOVE_KIND_LABELS, ItemKind
from rumahbatik.services import items, stock, stock_list
from rumahbatik.services.stock_list import StockListRow, StockQuery
from rumahbatik.services.stock_types import ItemData, MoveRow
from rumahbatik.ui.artisan_dialog import photo_pixmap
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.paged_model import ColumnDef, PagedTableModel
from rumahbatik.ui.people_page import DEBOUNCE_MS, table_view
from rumahbatik.ui.stock_lines import unit_label

HISTORY_PAGE = 100
DETAIL_PHOTO = 110
#: A soft red that keeps black text readable, for items at or below their reorder level.
LOW_BACKGROUND = QColor("#f8d7d3")

Index = QModelIndex | QPersistentModelIndex


class StockTableModel(PagedTableModel[StockListRow]):
    """The paged list, with low-stock rows in a soft red and a warning mark on the name."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOW_BACKGROUND) if self.row(index.row()).low else None
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            row = self.row(index.row())
            return QBrush(QColor("#8a8a8a")) if not row.active else None
        return super().data(index, role)


class StockPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_prices = ctx.actor.can(Permission.VIEW_PRICES)
        self.can_manage = ctx.actor.can(Permission.MANAGE_STOCK)
        self._sort = "name"
        self._descending = False
        self._detail_job = 0  # only the answer for the latest selection is shown
        self._history: list[MoveRow] = []
        self._history_item: int | None = None
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("stockSearch")
        self.search.setPlaceholderText(self.tr("Search SKU, name, motif or scan a barcode…"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.kind = QComboBox(self)
        self.kind.setObjectName("stockKind")
        self.kind.addItem(self.tr("All items"), None)
        self.kind.addItem(self.tr("Materials"), ItemKind.MATERIAL.value)
        self.kind.addItem(self.tr("Products"), ItemKind.PRODUCT.value)
        filters.addWidget(self.kind, 1)
        self.location = QComboBox(self)
        self.location.setObjectName("stockLocation")
        filters.addWidget(self.location, 1)
        self.low_only = QCheckBox(self.tr("Low stock only"), self)
        self.low_only.setObjectName("lowOnly")
        filters.addWidget(self.low_only)
        self.inactive = QCheckBox(self.tr("Inactive too"), self)
        self.inactive.setObjectName("includeInactive")
        filters.addWidget(self.inactive)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("stockCount")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        buttons = QHBoxLayout()

        def button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            return b

        self.new_button = button(self.tr("&New item…"), "newItem", self.new_item)
        self.edit_button = button(self.tr("&Edit…"), "editItem", self.edit_item)
        buttons.addSpacing(12)
        self.receive_button = button(self.tr("&Receive stock…"), "receiveStock", self.receive)
        self.transfer_button = button(self.tr("&Transfer…"), "transferStock", self.transfer)
        self.handout_button = button(
            self.tr("&Hand out to artisan…"), "handOut", lambda: self.transfer("handout")
        )
        self.handback_button = button(
            self.tr("&Back from artisan…"), "handBack", lambda: self.transfer("handback")
        )
        buttons.addStretch(1)
        self.count_button = button(self.tr("Stock &count…"), "stockCounts", self.stock_counts)
        self.labels_button = button(self.tr("&Labels…"), "printLabels", self.labels)
        for b in (
            self.new_button, self.edit_button, self.receive_button, self.transfer_button,
            self.handout_button, self.handback_button, self.count_button,
        ):  # fmt: skip
            b.setVisible(self.can_manage)
        layout.addLayout(buttons)

        self.model = StockTableModel(self._columns(), self._fetcher())
        self.table = table_view(self, "stockTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        widths = [92, 0, 62, 100, 56, 64, 56, 64, 64, 96, 110, 64, 96]
        metrics = header.fontMetrics()
        for col, width in enumerate(widths):
            if width:  # never narrower than the (translated) column title
                title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
                header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 18))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(self._sort_changed)
        if not self.can_prices:
            for col in (9, 10):  # average cost, value
                self.table.setColumnHidden(col, True)

        # The detail: photo and facts on the left, the history of moves on the right.
        self.photo = QLabel(self)
        self.photo.setObjectName("stockPhoto")
        self.photo.setFixedSize(DETAIL_PHOTO, DETAIL_PHOTO)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(self)
        self.detail.setObjectName("stockDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner = QWidget(self)
        fv = QHBoxLayout(inner)
        fv.setContentsMargins(0, 0, 4, 0)
        fv.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        fv.addWidget(self.detail, 1)
        # A long item (many holders, a low-stock warning) scrolls instead of being cut off.
        facts = QScrollArea(self)
        facts.setObjectName("stockFacts")
        facts.setWidgetResizable(True)
        facts.setFrameShape(QFrame.Shape.NoFrame)
        facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts.setWidget(inner)
        self.history = QTableWidget(0, 10, self)
        self.history.setObjectName("stockHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Date"), self.tr("Kind"), self.tr("Document"), self.tr("Location"),
                self.tr("In"), self.tr("Out"), self.tr("Unit cost"), self.tr("Value"),
                self.tr("Balance"), self.tr("User"),
            ]
        )  # fmt: skip
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(22)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setAlternatingRowColors(True)
        hh = self.history.horizontalHeader()
        for col, width in enumerate((128, 120, 110, 110, 60, 60, 90, 100, 70, 70)):
            hh.resizeSection(col, width)
        if not self.can_prices:
            self.history.setColumnHidden(6, True)
            self.history.setColumnHidden(7, True)
        self.more_button = QPushButton(self.tr("Load older moves"), self)
        self.more_button.setObjectName("historyMore")
        self.more_button.clicked.connect(self.load_more_history)
        self.history_title = QLabel(self)
        self.history_title.setObjectName("historyTitle")
        hist = QWidget(self)
        hv = QVBoxLayout(hist)
        hv.setContentsMargins(0, 0, 0, 0)
        hv.addWidget(self.history_title)
        hv.addWidget(self.history, 1)
        hv.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(facts)
        bottom.addWidget(hist)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("stockSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.kind, self.location):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.low_only, self.inactive):
            box.toggled.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(lambda: self._show_detail(None))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        ctx.bus.changed.connect(self._area_changed)
        self._fill_locations()
        self.model.reload()  # the first page now, not when the view first asks
        self._update_count()
        self._show_detail(None)

    # -- columns, filter, fetching -------------------------------------------------------
    def _columns(self) -> list[ColumnDef[StockListRow]]:
        qty = format_number
        return [
            ColumnDef(self.tr("SKU"), lambda r: r.sku),
            ColumnDef(self.tr("Name"), lambda r: ("⚠ " if r.low else "") + r.name),
            ColumnDef(self.tr("Kind"), lambda r: t("Stock", ITEM_KIND_LABELS[r.kind])),
            ColumnDef(self.tr("Category"), lambda r: r.category),
            ColumnDef(self.tr("Unit"), lambda r: unit_label(r.unit)),
            ColumnDef(self.tr("Gudang"), lambda r: qty(r.store_qty), True),
            ColumnDef(self.tr("Toko"), lambda r: qty(r.shop_qty), True),
            ColumnDef(self.tr("With artisans"), lambda r: qty(r.artisan_qty), True),
            ColumnDef(self.tr("On hand"), lambda r: qty(r.on_hand), True),
            ColumnDef(self.tr("Avg. cost"), lambda r: format_rupiah(r.avg_cost), True),
            ColumnDef(self.tr("Value"), lambda r: format_rupiah(r.value), True),
            ColumnDef(self.tr("Reorder at"), lambda r: qty(r.reorder_level), True),
            ColumnDef(self.tr("Sale price"), lambda r: format_rupiah(r.sale_price), True),
        ]

    #: Header column → the service's sort key.
    SORTS = (
        "sku", "name", "kind", "category", "unit", "store", "shop", "artisans", "on_hand",
        "avg_cost", "value", "reorder_level", "sale_price",
    )  # fmt: skip

    def current_query(self) -> StockQuery:
        kind = self.kind.currentData() if hasattr(self, "kind") else None
        return StockQuery(
            text=self.search.text().strip() if hasattr(self, "search") else "",
            kind=ItemKind(kind) if kind else None,
            low_only=self.low_only.isChecked() if hasattr(self, "low_only") else False,
            location_id=self.location.currentData() if hasattr(self, "location") else None,
            include_inactive=self.inactive.isChecked() if hasattr(self, "inactive") else False,
            sort=self._sort,  # type: ignore[arg-type]
            descending=self._descending,
        )

    def _fetcher(self) -> Callable[[StockListRow | None, int], list[StockListRow]]:
        q = self.current_query()
        db, actor = self.ctx.db, self.ctx.actor

        def fetch(last: StockListRow | None, limit: int) -> list[StockListRow]:
            return stock_list.list_stock(db, actor, q, after=last, limit=limit)

        return fetch

    def _fill_locations(self) -> None:
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(self.tr("All locations"), None)
        for loc in stock.list_locations(self.ctx.db, self.ctx.actor):
            self.location.addItem(loc.name, loc.id)
        index = self.location.findData(current) if current is not None else 0
        self.location.setCurrentIndex(max(0, index))
        self.location.blockSignals(False)

    def show_low_only(self) -> None:
        """Only the items at or below their reorder level (the dashboard's tile opens this)."""
        if self.low_only.isChecked():
            self.apply_filter()
        else:
            self.low_only.setChecked(True)  # toggled applies the filter

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_fetch(self._fetcher())
        self._update_count()
        self._show_detail(None)

    def _update_count(self) -> None:
        q = self.current_query()
        db, actor = self.ctx.db, self.ctx.actor

        def show(counts: stock_list.StockCounts) -> None:
            text = self.tr("%n item(s)", "", counts.items)
            if counts.low:
                text += " · " + self.tr("%n low", "", counts.low)
            self.count_label.setText(text)

        run_in_background(self, lambda: stock_list.count_stock(db, actor, q), show)

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        self._sort = self.SORTS[section]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.apply_filter()

    def _search_entered(self) -> None:
        """Enter (or a barcode scanner's Enter) searches at once and moves to the table;
        a single match is selected, so a scanned item is ready to act on."""
        self.apply_filter()
        self.table.setFocus()
        if self.model.rowCount() >= 1:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 1))

    def _area_changed(self, area: str) -> None:
        if area not in ("stock", "items"):
            return
        before = self.selected()
        self._fill_locations()
        self.model.reload()
        self._update_count()
        if before is not None:
            self.select_item(before.item_id)

    # -- selection and detail ------------------------------------------------------------
    def selected_rows(self) -> list[StockListRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row(r) for r in rows]

    def selected(self) -> StockListRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_item(self, item_id: int) -> bool:
        """Select an item again after a reload, if it is among the loaded rows."""
        for i in range(self.model.rowCount()):
            if self.model.row(i).item_id == item_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, row: StockListRow | None) -> None:
        self._detail_job += 1
        self.edit_button.setEnabled(row is not None)
        self.labels_button.setEnabled(bool(self.selected_rows()))
        self.history.setRowCount(0)
        self._history = []
        self._history_item = None
        self.more_button.hide()
        if row is None:
            self.photo.clear()
            self.photo.hide()
            hint = self.tr("Select an item to see where it is and its history of moves.")
            self.detail.setText(f"<i>{html.escape(hint)}</i>")
            self.history_title.setText("")
            return
        job = self._detail_job
        db, actor, item_id = self.ctx.db, self.ctx.actor, row.item_id
        self._history_item = item_id
        self.history_title.setText(self.tr("History of moves (newest first)"))

        def load() -> tuple[ItemData, list[stock_list.HolderRow], list[MoveRow]]:
            return (
                items.get_item(db, actor, item_id),
                stock_list.item_holders(db, actor, item_id),
                stock.item_history(db, actor, item_id, limit=HISTORY_PAGE),
            )

        def show(result: tuple[ItemData, list[stock_list.HolderRow], list[MoveRow]]) -> None:
            if job != self._detail_job:
                return
            item, holders, moves = result
            pixmap = photo_pixmap(item.photo, self.ctx.settings.media_folder, DETAIL_PHOTO)
            self.photo.setVisible(pixmap is not None)
            if pixmap is not None:
                self.photo.setPixmap(pixmap)
            self.detail.setText(self._detail_html(item, holders))
            self._add_history(moves)

        run_in_background(self, load, show)

    def _detail_html(self, item: ItemData, holders: list[stock_list.HolderRow]) -> str:
        e = html.escape
        unit = unit_label(item.unit)
        out = [f"<h3>{e(item.name)}</h3>"]
        facts: list[tuple[str, str]] = [
            (self.tr("SKU"), item.sku),
            (self.tr("Barcode"), item.scan_code),
            (self.tr("Kind"), t("Stock", ITEM_KIND_LABELS[ItemKind(item.kind)])),
            (self.tr("Category"), item.category),
            (self.tr("Unit"), unit),
        ]
        if item.purchase_unit:
            facts.append(
                (
                    self.tr("Bought by"),
                    f"{item.purchase_unit} = {format_number(item.purchase_factor)} {unit}",
                )
            )
        if item.kind == ItemKind.PRODUCT:
            tech = ""
            if item.technique:
                tech = t("People", TECHNIQUE_LABELS[Technique(item.technique)])
            facts += [
                (self.tr("Motif"), item.motif_name),
                (self.tr("Technique"), tech),
                (self.tr("Size / colour"), " / ".join(x for x in (item.size, item.colour) if x)),
                (self.tr("Made by"), ", ".join(item.artisans)),
            ]
        facts.append((self.tr("Sale price"), format_rupiah(item.sale_price)))
        if self.can_prices:
            facts += [
                (self.tr("Average cost"), format_rupiah(item.avg_cost)),
                (self.tr("Value"), format_rupiah(item.value)),
            ]
        if item.reorder_level > 0:
            facts.append((self.tr("Reorder at"), f"{format_number(item.reorder_level)} {unit}"))
        if not item.active:
            facts.append((self.tr("Status"), self.tr("inactive")))
        out.append("<table cellspacing='2'>")
        for label, value in facts:
            if value.strip():
                out.append(f"<tr><td><b>{e(label)}</b>&nbsp;</td><td>{e(value)}</td></tr>")
        out.append("</table>")
        on_hand = self.tr("On hand")
        out.append(f"<p><b>{e(on_hand)}</b><br>")
        if holders:
            lines = [
                f"{e(h.location_name)}: {e(format_number(h.quantity))} {e(unit)}" for h in holders
            ]
            total = self.tr("Total")
            lines.append(f"<b>{e(total)}: {e(format_number(item.on_hand))} {e(unit)}</b>")
            out.append("<br>".join(lines))
        else:
            out.append(e(self.tr("none")))
        out.append("</p>")
        if item.low:
            out.append(
                "<p style='color:#9b1c1c'>⚠ "
                + e(self.tr("At or below the reorder level: time to buy or make more."))
                + "</p>"
            )
        return "".join(out)

    def _add_history(self, moves: list[MoveRow]) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for m in moves:
            r = self.history.rowCount()
            self.history.insertRow(r)
            qty_in = format_number(m.quantity) if m.quantity > 0 else ""
            qty_out = format_number(-m.quantity) if m.quantity < 0 else ""
            cells = [
                (format_datetime(m.moved_at), False),
                (t("Stock", MOVE_KIND_LABELS[m.kind]), False),
                (m.document_number, False),
                (m.location_name, False),
                (qty_in, True),
                (qty_out, True),
                (format_rupiah(m.unit_cost), True),
                (format_rupiah(m.value), True),
                (format_number(m.balance_after), True),
                (m.username, False),
            ]
            for c, (text, align) in enumerate(cells):
                cell = QTableWidgetItem(text)
                if align:
                    cell.setTextAlignment(right)
                if m.note and c == 1:
                    cell.setToolTip(m.note)
                self.history.setItem(r, c, cell)
        self._history.extend(moves)
        self.more_button.setVisible(len(moves) >= HISTORY_PAGE)

    def load_more_history(self) -> None:
        if not self._history or self._history_item is None:
            return
        job = self._detail_job
        db, actor, item_id = self.ctx.db, self.ctx.actor, self._history_item
        before = self._history[-1].id

        def show(moves: list[MoveRow]) -> None:
            if job == self._detail_job:
                self._add_history(moves)

        run_in_background(
            self,
            lambda: stock.item_history(db, actor, item_id, before_id=before, limit=HISTORY_PAGE),
            show,
        )

    # -- actions -------------------------------------------------------------------------
    def new_item(self) -> None:
        from rumahbatik.ui.item_dialog import ItemDialog

        dialog = ItemDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.select_item(dialog.saved.id)

    def edit_item(self) -> None:
        from rumahbatik.ui.item_dialog import ItemDialog

        row = self.selected()
        if row is None or not self.can_manage:
            return
        item = items.get_item(self.ctx.db, self.ctx.actor, row.item_id)
        ItemDialog(self.ctx, item, self).exec()

    def receive(self) -> None:
        from rumahbatik.ui.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.ctx, self)
        self._prefill(dialog.lines)
        dialog.exec()

    def transfer(self, mode: str = "transfer") -> None:
        from rumahbatik.ui.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.ctx, mode, self)  # type: ignore[arg-type]
        self._prefill(dialog.lines)
        dialog.exec()

    def _prefill(self, lines: Any) -> None:
        """Start a receipt or transfer with the selected items on it."""
        for row in self.selected_rows()[:50]:
            if row.active:
                lines.add_item(items.get_item(self.ctx.db, self.ctx.actor, row.item_id))

    def stock_counts(self) -> None:
        from rumahbatik.ui.stock_count_dialog import StockCountsDialog  # type: ignore[import-not-found]

        StockCountsDialog(self.ctx, self).exec()

    def labels(self) -> None:
        from rumahbatik.ui.labels_dialog import LabelsDialog  # type: ignore[import-not-found]

        chosen = [(r.item_id, 1) for r in self.selected_rows()]
        LabelsDialog(self.ctx, chosen, self).exec()
