"""Stock counts (stok opname): the list of counts, a new count, and one count's grid.

The grid is made for typing fast: type a quantity in the "Counted" column (``12``, ``47,5``)
and press Enter to go to the next line. Changes are saved in the background in batches
(:class:`~rumahbatik.ui.batch_saver.BatchSaver`). Differences against the book quantity *now*
and their value are shown as you type, red for a shortage and green for a surplus. Print the
count sheet to take to the shelves, add an item found that is not on the sheet, then post the
adjustments in one step after a confirmation that shows the totals.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Hashable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah, parse_number
from rumahbatik.domain.stock import (
    COUNT_STATUS_LABELS,
    ITEM_KIND_LABELS,
    CountStatus,
    ItemKind,
)
from rumahbatik.services import items, stock, stock_counts
from rumahbatik.services.stock_counts import CountSummary, count_totals
from rumahbatik.services.stock_types import CountData, CountLineData
from rumahbatik.ui.batch_saver import BatchSaver
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_of
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background, run_with_progress
from rumahbatik.ui.stock_lines import unit_label

log = logging.getLogger(__name__)

#: What the counted cell lets through while typing; parse_quantity decides the rest.
QUANTITY_PATTERN = r"^[0-9.,]{0,14}$"
SHORTAGE = QColor("#f4c2bd")
SURPLUS = QColor("#cdebc4")
NOT_COUNTED = QColor("#fff6d5")


def parse_quantity(text: str) -> Decimal | None:
    """What was typed in a counted cell: ``""`` → None, ``47,5`` → 47.5, ``1.250`` → 1250.

    Indonesian writing first (dot for thousands, comma for decimals, via ``parse_number``);
    a dot followed by other than three digits (``2.5``) is read as a decimal point, as people
    used to other programs type it. Raises ValueError for anything else or below zero.
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = parse_number(text)
    except DomainError:
        if not re.fullmatch(r"\d+\.\d+", text):
            raise ValueError(text) from None
        try:
            value = Decimal(text)
        except InvalidOperation as exc:  # pragma: no cover - the pattern rules it out
            raise ValueError(text) from exc
    if value < 0 or not value.is_finite():
        raise ValueError(text)
    return value


def _signed(value: Decimal) -> str:
    return ("+" if value > 0 else "") + format_number(value)


def _signed_rupiah(value: Decimal) -> str:
    return ("+" if value > 0 else "") + format_rupiah(value)


# --------------------------------------------------------------------------- the grid


class CountLinesModel(QAbstractTableModel):
    """One row per count line. Only "Counted" and "Note" are editable (while a draft)."""

    SKU, NAME, UNIT, BOOK, COUNTED, DIFFERENCE, VALUE, NOTE = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[CountLineData] = []
        self.editable = False
        self.on_change: Callable[[dict[Hashable, Any]], None] | None = None
        self._headers = [
            self.tr("SKU"),
            self.tr("Item"),
            self.tr("Unit"),
            self.tr("Book qty"),
            self.tr("Counted"),
            self.tr("Difference"),
            self.tr("Value of difference"),
            self.tr("Note"),
        ]

    def load(self, lines: list[CountLineData], editable: bool) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.editable = editable
        self.endResetModel()

    def append(self, line: CountLineData) -> None:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()

    def row_of(self, item_id: int) -> int:
        for row, line in enumerate(self.lines):
            if line.item_id == item_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.COUNTED, self.NOTE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            if col == self.COUNTED:
                return "" if line.counted is None else format_number(line.counted)
            if col == self.NOTE:
                return line.note
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.BOOK, self.COUNTED, self.DIFFERENCE, self.VALUE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == self.COUNTED and line.counted is None and self.editable:
                return QBrush(NOT_COUNTED)
            diff = line.difference
            if col in (self.DIFFERENCE, self.VALUE) and diff:
                return QBrush(SHORTAGE if diff < 0 else SURPLUS)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.BOOK and line.expected != line.book_now:
                return self.tr("Book quantity when the count began: %1").replace(
                    "%1", format_number(line.expected)
                )
            if col == self.NOTE and line.note:
                return line.note
        return None

    def _text(self, line: CountLineData, col: int) -> str:
        if col == self.SKU:
            return line.sku
        if col == self.NAME:
            return line.name
        if col == self.UNIT:
            return unit_label(line.unit)
        if col == self.BOOK:
            return format_number(line.book_now)
        if col == self.COUNTED:
            return "" if line.counted is None else format_number(line.counted)
        if col == self.DIFFERENCE:
            diff = line.difference
            return "" if diff is None else _signed(diff)
        if col == self.VALUE:
            value = line.difference_value
            return "" if value is None else _signed_rupiah(value)
        if col == self.NOTE:
            return line.note
        return ""

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row, col = index.row(), index.column()
        line = self.lines[row]
        if col == self.COUNTED:
            try:
                qty = value if isinstance(value, Decimal) else parse_quantity(str(value or ""))
            except ValueError:
                return False
            if qty == line.counted:
                return True
            self.lines[row] = replace(line, counted=qty)
            change: dict[Hashable, Any] = {("counted", line.item_id): qty}
        elif col == self.NOTE:
            note = str(value or "").strip()[:200]
            if note == line.note:
                return True
            self.lines[row] = replace(line, note=note)
            change = {("note", line.item_id): note}
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if self.on_change is not None:
            self.on_change(change)
        return True


class QuantityDelegate(QStyledItemDelegate):
    """A right-aligned line edit that takes digits, dots and commas."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(QUANTITY_PATTERN), editor)
        )
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        if not editor.text():  # the key that opened the editor is already in it
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class CountTable(QTableView):
    """A table where Enter saves the cell and goes one line down, as on a paper sheet."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        submitted = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if submitted else hint)
        if submitted:
            self._down()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self._down()
            return
        super().keyPressEvent(event)

    def _down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and current.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))


# --------------------------------------------------------------------------- dialogs


class NewCountDialog(QDialog):
    """Start a count: location, date, and optionally only one kind or one category."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CountData | None = None
        self.setWindowTitle(self.tr("New stock count"))
        self.setMinimumWidth(440)
        self.location = QComboBox(self)
        self.location.setObjectName("location")
        for loc in stock.list_locations(ctx.db, ctx.actor):
            if loc.active:
                self.location.addItem(loc.name, loc.id)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("date")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ItemKind:
            self.kind.addItem(t("Stock", ITEM_KIND_LABELS[kind]), kind.value)
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.addItem(self.tr("All categories"), None)
        for name in items.list_categories(ctx.db, ctx.actor):
            if name:
                self.category.addItem(name, name)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("e.g. end of month count"))
        self.error = ErrorLabel(self)
        hint = QLabel(
            self.tr(
                "The sheet lists every item kept at the location, with the book quantity of "
                "today. Items found that are not on it can be added while counting."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Count date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start count"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        location_id = self.location.currentData()
        if location_id is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        day = date_of(self.date)
        kind = self.kind.currentData()
        category = self.category.currentData()
        notes = self.notes.text()
        self.ok_button.setEnabled(False)
        self.error.hide()

        def work() -> CountData:
            return stock_counts.start_count(
                db,
                actor,
                int(location_id),
                day,
                kind=ItemKind(kind) if kind else None,
                category=category,
                notes=notes,
            )

        run_in_background(self, work, self._created, on_error=self._failed)

    def _created(self, count: CountData) -> None:
        self.created = count
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.error.show_error(exc)
        else:
            show_error(self, exc)


class AddItemDialog(QDialog):
    """Find an item (SKU, barcode or name) that was found but is not on the sheet."""

    def __init__(self, ctx: UiContext, count: CountData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = count
        self.added: CountLineData | None = None
        self.on_sheet = {line.item_id for line in count.lines}
        self.setWindowTitle(self.tr("Add an item to %1").replace("%1", count.number))
        self.resize(480, 420)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Scan a barcode or type a SKU or name…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.counted = QLineEdit(self)
        self.counted.setObjectName("counted")
        self.counted.setValidator(
            QRegularExpressionValidator(QRegularExpression(QUANTITY_PATTERN), self.counted)
        )
        self.counted.setPlaceholderText(self.tr("may stay empty"))
        self.error = ErrorLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.find)
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        form = QFormLayout()
        form.addRow(self.tr("Counted"), self.counted)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add to the count"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def find(self) -> None:
        """Search as you type (a picker's short list of at most 30 items)."""
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        for item in items.search_items(self.ctx.db, self.ctx.actor, text, active=None, limit=30):
            label = f"{item.sku} · {item.name}"
            entry = QListWidgetItem(label, self.results)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.id in self.on_sheet:
                entry.setText(label + " — " + self.tr("already on the sheet"))
                entry.setFlags(Qt.ItemFlag.NoItemFlags)
        for row in range(self.results.count()):
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                break

    def accept(self) -> None:
        entry = self.results.currentItem()
        if entry is None or not entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.error.show_error(self.tr("Choose an item from the list first."))
            return
        try:
            qty = parse_quantity(self.counted.text())
        except ValueError:
            self.error.show_error(self.tr("The counted quantity is not a number."))
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.count.id
        item_id = int(entry.data(Qt.ItemDataRole.UserRole))
        self.ok_button.setEnabled(False)
        run_in_background(
            self,
            lambda: stock_counts.add_count_line(db, actor, cid, item_id, qty),
            self._added,
            on_error=self._failed,
        )

    def _added(self, line: CountLineData) -> None:
        self.added = line
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.error.show_error(exc)
        else:
            show_error(self, exc)


# --------------------------------------------------------------------------- one count


class CountView(QWidget):
    """One count: its grid, the totals, and the actions on it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count: CountData | None = None
        self.preview: QDialog | None = None
        self.on_changed: Callable[[], None] | None = None  # the list of counts reloads
        self._post_waiting = False
        self._reload_waiting = False

        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("find")
        self.find_edit.setPlaceholderText(self.tr("Go to SKU or name…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(260)
        self.find_edit.returnPressed.connect(self.go_to)

        self.model = CountLinesModel(self)
        self.model.on_change = lambda change: self.saver.queue(change)
        self.model.dataChanged.connect(lambda *_a: self._update_totals())
        self.table = CountTable(self)
        self.table.setObjectName("lines")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CountLinesModel.COUNTED, QuantityDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in (
            (CountLinesModel.SKU, 100),
            (CountLinesModel.UNIT, 60),
            (CountLinesModel.BOOK, 80),
            (CountLinesModel.COUNTED, 80),
            (CountLinesModel.DIFFERENCE, 80),
            (CountLinesModel.VALUE, 130),
            (CountLinesModel.NOTE, 160),
        ):
            header.resizeSection(col, width)
        header.setSectionResizeMode(CountLinesModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.saver = BatchSaver(self, self._save_batch)
        self.saver.queued.connect(lambda: self.status.setText(self.tr("Saving…")))
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._save_failed)

        self.print_button = QPushButton(self.tr("Print…"), self)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Count sheet (blind)"), lambda: self.print_pdf("blind"))
        menu.addAction(self.tr("Count sheet with book quantities"), lambda: self.print_pdf("book"))
        menu.addAction(self.tr("Differences and their value"), lambda: self.print_pdf("result"))
        self.print_button.setMenu(menu)
        self.add_button = QPushButton(self.tr("Add item…"), self)
        self.add_button.setObjectName("add_item")
        self.add_button.clicked.connect(self.add_item)
        self.post_button = QPushButton(self.tr("Post adjustments…"), self)
        self.post_button.setObjectName("post")
        self.post_button.clicked.connect(self.post)
        self.cancel_button = QPushButton(self.tr("Cancel count…"), self)
        self.cancel_button.setObjectName("cancel_count")
        self.cancel_button.clicked.connect(self.cancel_count)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the book quantities again"))
        self.refresh_button.clicked.connect(self.reload)

        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.hint = hint = QLabel(
            self.tr(
                "Type the counted quantity (e.g. 12 or 47,5) and press Enter for the next line; "
                "0 when nothing was found. Red: less than the book, green: more."
            ),
            self,
        )
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.find_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.post_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # ---------------------------------------------------------------- loading
    def load(self, count: CountData) -> None:
        self.count = count
        draft = count.status == CountStatus.DRAFT
        self.model.load(count.lines, editable=draft)
        status = t("Stock", COUNT_STATUS_LABELS[count.status])
        self.title.setText(
            f"{count.number} · {count.location.name} · {format_date(count.count_date)} · {status}"
        )
        for button in (self.add_button, self.post_button, self.cancel_button):
            button.setEnabled(draft)
        self.hint.setVisible(draft)
        if count.status == CountStatus.POSTED:
            self.status.setText(
                self.tr("Posted by %1 as %2").replace("%1", count.posted_by or "–")
                .replace("%2", count.document_number)
            )  # fmt: skip
        else:
            self.status.setText("")
        self._update_totals()
        if draft and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, CountLinesModel.COUNTED))

    def open_count(self, count_id: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        run_in_background(self, lambda: stock_counts.get_count(db, actor, count_id), self.load)

    def reload(self) -> None:
        """Read the count again (book quantities now) once pending changes are saved."""
        if self.count is None:
            return
        if self.busy:
            self._reload_waiting = True
            self.saver.flush()
            return
        self.open_count(self.count.id)

    def current(self) -> CountData | None:
        """The count with what was typed so far (not necessarily saved yet)."""
        return None if self.count is None else replace(self.count, lines=list(self.model.lines))

    def _update_totals(self) -> None:
        count = self.current()
        if count is None:
            self.totals.setText("")
            return
        tot = count_totals(count)
        self.totals.setText(
            self.tr(
                "Counted <b>%1</b> of %2 lines · %3 differ · surplus "
                "<span style='color:#0b6b22'>%4</span> · shortage "
                "<span style='color:#b00020'>%5</span> · net <b>%6</b>"
            )
            .replace("%1", str(tot.counted))
            .replace("%2", str(tot.lines))
            .replace("%3", str(tot.differing))
            .replace("%4", _signed_rupiah(tot.surplus_value))
            .replace("%5", _signed_rupiah(tot.shortage_value))
            .replace("%6", _signed_rupiah(tot.net_value))
        )

    # ---------------------------------------------------------------- saving
    def _save_batch(self, batch: dict[Hashable, Any]) -> Callable[[], int]:
        assert self.count is not None
        db, actor, cid = self.ctx.db, self.ctx.actor, self.count.id
        counted = {item_id: v for (what, item_id), v in batch.items() if what == "counted"}
        notes = {item_id: v for (what, item_id), v in batch.items() if what == "note"}
        return lambda: stock_counts.set_counted(db, actor, cid, counted, notes)

    @property
    def busy(self) -> bool:
        return bool(self.saver.pending) or self.saver.saving

    def flush(self) -> None:
        self.saver.flush()

    def _saved(self, _changed: int) -> None:
        if self.busy:
            return
        self.status.setText(self.tr("Saved"))
        if self._reload_waiting:
            self._reload_waiting = False
            self.reload()
        if self._post_waiting:
            self._post_waiting = False
            self.post()

    def _save_failed(self, exc: BaseException) -> None:
        self._post_waiting = self._reload_waiting = False
        self.status.setText("")
        show_error(self, exc)
        if self.count is not None:
            self.open_count(self.count.id)  # show what is really saved

    # ---------------------------------------------------------------- actions
    def go_to(self) -> None:
        """Put the cursor on the counted cell of the line with that SKU (or name)."""
        text = self.find_edit.text().strip().lower()
        if not text:
            return
        lines = self.model.lines
        row = next((r for r, x in enumerate(lines) if x.sku.lower() == text), -1)
        if row < 0:
            row = next((r for r, x in enumerate(lines) if text in x.name.lower()), -1)
        if row < 0:
            self.status.setText(self.tr("Not on this sheet; use Add item… if it was found."))
            return
        index = self.model.index(row, CountLinesModel.COUNTED)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.find_edit.clear()

    def add_item(self) -> AddItemDialog | None:
        count = self.current()
        if count is None:
            return None
        dialog = AddItemDialog(self.ctx, count, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._line_added(dialog.added))
        dialog.open()
        return dialog

    def _line_added(self, line: CountLineData | None) -> None:
        if line is None:
            return
        self.model.append(line)
        self._update_totals()
        index = self.model.index(self.model.rowCount() - 1, CountLinesModel.COUNTED)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.status.setText(self.tr("%1 added").replace("%1", line.name))

    def post(self) -> None:
        """Save what is pending, read the count again (book quantities now), confirm with
        the totals, then post the adjustments."""
        if self.count is None or self.count.status != CountStatus.DRAFT:
            return
        if self.busy:
            self._post_waiting = True
            self.saver.flush()
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.count.id
        run_in_background(self, lambda: stock_counts.get_count(db, actor, cid), self._confirm_post)

    def _confirm_post(self, count: CountData) -> None:
        from rumahbatik.domain.errors import ValidationError

        self.load(count)
        tot = count_totals(count)
        if tot.missing:
            show_error(
                self, ValidationError("count_incomplete", missing=tot.missing, number=count.number)
            )
            return
        text = (
            self.tr(
                "Post the stock count %1 of %2?\n\n"
                "%3 of %4 lines differ from the book.\n"
                "Surplus: %5\nShortage: %6\nNet: %7\n\n"
                "The stock is set to the counted quantities. This cannot be undone."
            )
            .replace("%1", count.number)
            .replace("%2", count.location.name)
            .replace("%3", str(tot.differing))
            .replace("%4", str(tot.lines))
            .replace("%5", _signed_rupiah(tot.surplus_value))
            .replace("%6", _signed_rupiah(tot.shortage_value))
            .replace("%7", _signed_rupiah(tot.net_value))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Post adjustments"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, count.id
        self.post_button.setEnabled(False)
        run_in_background(
            self,
            lambda: stock_counts.post_count(db, actor, cid),
            self._posted,
            on_error=self._post_failed,
        )

    def _posted(self, count: CountData) -> None:
        self.load(count)
        log.info("stock count %s posted", count.number)
        self.ctx.bus.changed.emit("stock")
        if self.on_changed is not None:
            self.on_changed()

    def _post_failed(self, exc: BaseException) -> None:
        self.post_button.setEnabled(True)
        show_error(self, exc)

    def cancel_count(self) -> None:
        if self.count is None or self.count.status != CountStatus.DRAFT:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel count"),
            self.tr(
                "Cancel the stock count %1? What was counted is kept for reference but nothing "
                "is posted, and the location can be counted again."
            ).replace("%1", self.count.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saver.flush()
        db, actor, cid = self.ctx.db, self.ctx.actor, self.count.id

        def done(count: CountData) -> None:
            self.load(count)
            if self.on_changed is not None:
                self.on_changed()

        run_in_background(self, lambda: stock_counts.cancel_count(db, actor, cid), done)

    def print_pdf(self, kind: str) -> None:
        """``blind`` / ``book``: the count sheet; ``result``: the differences and their value.
        The count is read again first, so the book quantities are today's."""
        if self.count is None:
            return
        self.saver.flush()
        db, actor, cid = self.ctx.db, self.ctx.actor, self.count.id
        centre = str(self.ctx.settings.get("centre_name", "") or "")
        language = str(self.ctx.settings.get("language", "id") or "id")
        who = self.ctx.actor.full_name or self.ctx.actor.username

        def work(_progress: Any) -> tuple[CountData, bytes]:
            from rumahbatik.reports import count_sheet

            count = stock_counts.get_count(db, actor, cid)
            if kind == "result":
                pdf = count_sheet.render_count_result(
                    count, centre_name=centre, language=language, printed_by=who
                )
            else:
                pdf = count_sheet.render_count_sheet(
                    count,
                    centre_name=centre,
                    language=language,
                    printed_by=who,
                    blind=kind == "blind",
                )
            return count, pdf

        run_with_progress(
            self, self.tr("Drawing the count sheet…"), work, lambda r: self._show_pdf(kind, *r)
        )

    def _show_pdf(self, kind: str, count: CountData, pdf: bytes) -> None:
        from rumahbatik.ui.pdf_preview import PdfPreviewDialog

        if not self.busy:  # keep what is being typed; otherwise show today's book
            self.load(count)
        slug = count.number.replace("/", "-")
        if kind == "result":
            title = self.tr("Stock count result %1").replace("%1", count.number)
            name = f"hasil-opname-{slug}.pdf"
        else:
            title = self.tr("Count sheet %1").replace("%1", count.number)
            name = f"lembar-opname-{slug}.pdf"
        dialog = PdfPreviewDialog(pdf, title, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.open()


# --------------------------------------------------------------------------- the dialog


class StockCountsDialog(QDialog):
    """The stock counts: a list (number, location, date, status) and one count's view."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: list[CountSummary] = []
        self.setWindowTitle(self.tr("Stock counts (stok opname)"))
        self.resize(1040, 680)

        # ---- the list
        self.list_page = QWidget(self)
        self.status_filter = QComboBox(self.list_page)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All counts"), None)
        for status in CountStatus:
            self.status_filter.addItem(t("Stock", COUNT_STATUS_LABELS[status]), status.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(self.tr("New count…"), self.list_page)
        self.new_button.setObjectName("new_count")
        self.new_button.clicked.connect(self.new_count)
        self.open_button = QPushButton(self.tr("Open"), self.list_page)
        self.open_button.setObjectName("open_count")
        self.open_button.clicked.connect(self.open_selected)
        self.table = QTableWidget(0, 6, self.list_page)
        self.table.setObjectName("counts")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Location"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Counted"),
                self.tr("Started by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 130), (2, 100), (3, 120), (4, 110), (5, 180)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = QLabel(self.tr("No stock counts yet. Start one with New count…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self.list_page))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty)

        # ---- one count
        self.count_page = QWidget(self)
        self.back_button = QPushButton(self.tr("◀ All counts"), self.count_page)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.show_list)
        self.view = CountView(ctx, self.count_page)
        self.view.on_changed = self.refresh
        count_layout = QVBoxLayout(self.count_page)
        count_layout.setContentsMargins(0, 0, 0, 0)
        back_bar = QHBoxLayout()
        back_bar.addWidget(self.back_button)
        back_bar.addStretch(1)
        count_layout.addLayout(back_bar)
        count_layout.addWidget(self.view, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.count_page)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(close)
        self.refresh()

    # ---------------------------------------------------------------- the list
    def refresh(self) -> None:
        status = self.status_filter.currentData()
        db, actor = self.ctx.db, self.ctx.actor
        run_in_background(
            self,
            lambda: stock_counts.list_counts(db, actor, CountStatus(status) if status else None),
            self._fill,
        )

    def _fill(self, counts: list[CountSummary]) -> None:
        self.counts = counts
        self.table.setRowCount(len(counts))
        for row, c in enumerate(counts):
            cells = [
                c.number,
                c.location_name,
                format_date(c.count_date),
                t("Stock", COUNT_STATUS_LABELS[c.status]),
                f"{c.counted_lines} / {c.lines}",
                c.created_by,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if counts and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.empty.setVisible(not counts)
        self.open_button.setEnabled(bool(counts))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.counts):
            self.show_count(self.counts[row].id)

    def show_count(self, count: int | CountData) -> None:
        if isinstance(count, CountData):
            self.view.load(count)
        else:
            self.view.open_count(count)
        self.stack.setCurrentWidget(self.count_page)
        self.view.table.setFocus()

    def show_list(self) -> None:
        self.view.flush()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()

    def new_count(self) -> NewCountDialog:
        dialog = NewCountDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog.created))
        dialog.open()
        return dialog

    def _created(self, count: CountData | None) -> None:
        if count is None:
            return
        self.refresh()
        self.show_count(count)

    def reject(self) -> None:
        self.view.flush()  # what was typed last is saved even when the dialog closes at once
        super().reject()
