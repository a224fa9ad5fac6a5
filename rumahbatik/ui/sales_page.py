"""The "Sales" page: the invoices (list, filters, totals, the selected invoice's lines,
payments and credit notes, and what can be done with it) and the receivables with ageing.

Fast on a million invoice lines: the list reads only ``invoices``, keyset-paged and filtered
in SQL by services/sales_list.py (pages of 200 rows, loaded as the view scrolls); the totals
footer, the selected invoice and the receivables are read in the background and only the
latest answer is shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_date, format_datetime, format_number, format_rupiah
from rumahbatik.domain.invoicing import Discount, DiscountKind
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import (
    AGEING_BUCKETS,
    AGEING_LABELS,
    CHANNEL_LABELS,
    CREDIT_KIND_LABELS,
    INVOICE_STATUS_LABELS,
    PAYMENT_METHOD_LABELS,
    PAYMENT_STATUS_LABELS,
    InvoiceStatus,
    PaymentStatus,
)
from rumahbatik.services import sales, sales_list
from rumahbatik.services.sales_list import SalesTotals
from rumahbatik.services.sales_types import (
    CreditNoteData,
    InvoiceData,
    InvoiceRow,
    PaymentInput,
    ReceivableRow,
    Receivables,
    SalesQuery,
)
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, from_qdate, to_qdate
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.paged_model import ColumnDef, PagedTableModel
from rumahbatik.ui.people_page import DEBOUNCE_MS, table_view
from rumahbatik.ui.sale_editor import technique_label

Index = QModelIndex | QPersistentModelIndex

#: Soft backgrounds that keep black text readable: unpaid, partly paid; cancelled is grey text.
UNPAID_BACKGROUND = QColor("#f8d7d3")
PARTIAL_BACKGROUND = QColor("#fbe7bf")
CANCELLED_FOREGROUND = QColor("#8a8a8a")
REFUND_FOREGROUND = QColor("#9b1c1c")
#: Receivables past due by bucket: the older, the redder.
AGEING_BACKGROUND = {
    "1_30": QColor("#fdf1d6"),
    "31_60": QColor("#fbe0bd"),
    "61_90": QColor("#f8d0c4"),
    "over_90": QColor("#f3bcb4"),
}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if len(text) > 14:
        item.setToolTip(text)
    return item


def _small_table(parent: QWidget, name: str, titles: list[str], widths: list[int]) -> QTableWidget:
    """A read-only table of the detail panel; widths 0 stretch, never narrower than titles."""
    table = QTableWidget(0, len(titles), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(titles)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for col, (title, width) in enumerate(zip(titles, widths, strict=True)):
        if width:
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 18))
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return table


def discount_text(discount: Discount, amount: Decimal) -> str:
    """``10% (Rp25.000)`` or ``Rp25.000``; empty without a discount."""
    if amount == 0:
        return ""
    if discount.kind == DiscountKind.PERCENT:
        return f"{format_number(discount.value)}% ({format_rupiah(amount)})"
    return format_rupiah(amount)


# ---------------------------------------------------------------- the invoices list


class InvoiceTableModel(PagedTableModel[InvoiceRow]):
    """The paged list: unpaid rows soft red, partly paid amber, cancelled in grey text."""

    def set_rows(
        self, fetch: Callable[[InvoiceRow | None, int], list[InvoiceRow]], rows: list[InvoiceRow]
    ) -> None:
        """A new filter whose first page was read in the background: show it, and fetch
        the next pages with ``fetch``."""
        self.beginResetModel()
        self._resetting = True
        try:
            self._fetch = fetch
            self._rows = list(rows)
            self._exhausted = len(rows) < self.page_size
        finally:
            self._resetting = False
            self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            row = self.row(index.row())
            if row.status is not InvoiceStatus.ISSUED:
                return None
            if row.payment_status is PaymentStatus.UNPAID:
                return QBrush(UNPAID_BACKGROUND)
            if row.payment_status is PaymentStatus.PARTIAL:
                return QBrush(PARTIAL_BACKGROUND)
            return None
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            row = self.row(index.row())
            return QBrush(CANCELLED_FOREGROUND) if row.status is InvoiceStatus.CANCELLED else None
        if index.isValid() and role == Qt.ItemDataRole.FontRole:
            row = self.row(index.row())
            if row.status is InvoiceStatus.DRAFT:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


class InvoicesTab(QWidget):
    """The list of invoices and drafts with filters, totals, the detail and the actions."""

    loaded = Signal()  # a new first page of the list is shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_sell = ctx.actor.can(Permission.SELL)
        self.can_cancel = ctx.actor.can(Permission.CANCEL_INVOICES)
        self.current: InvoiceData | None = None  # the selected invoice, once loaded
        self.last_credit_note: CreditNoteData | None = None  # made on this page
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)
        self._detail_job = 0  # only the answer for the latest selection is shown
        self._totals_job = 0
        self._list_job = 0  # only the latest filter's first page is shown
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("salesSearch")
        self.search.setPlaceholderText(self.tr("Search invoice number or customer…"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.status = QComboBox(self)
        self.status.setObjectName("salesStatus")
        self.status.addItem(self.tr("Any status"), None)
        for st, label in INVOICE_STATUS_LABELS.items():
            self.status.addItem(t("Sales", label), st.value)
        filters.addWidget(self.status, 1)
        self.payment = QComboBox(self)
        self.payment.setObjectName("salesPayment")
        self.payment.addItem(self.tr("Any payment status"), None)
        for ps, label in PAYMENT_STATUS_LABELS.items():
            self.payment.addItem(t("Sales", label), ps.value)
        filters.addWidget(self.payment, 1)
        filters.addWidget(QLabel(self.tr("From"), self))
        self.date_from = date_edit(self, None, optional=True)
        self.date_from.setObjectName("salesFrom")
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to"), self))
        self.date_to = date_edit(self, None, optional=True)
        self.date_to.setObjectName("salesTo")
        filters.addWidget(self.date_to)
        # A motif filter comes only from the dashboard's pie; shown so the list is not a riddle.
        self._motif: tuple[int, str] | None = None
        self.motif_chip = QPushButton(self)
        self.motif_chip.setObjectName("salesMotifFilter")
        self.motif_chip.setToolTip(self.tr("Only invoices with this motif; click to show all"))
        self.motif_chip.clicked.connect(self._clear_motif)
        self.motif_chip.hide()
        filters.addWidget(self.motif_chip)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setObjectName("salesClear")
        self.clear_button.setToolTip(self.tr("Show every invoice again"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)

        buttons = QHBoxLayout()

        def button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            return b

        self.new_button = button(self.tr("&New order…"), "newOrder", self.new_order)
        self.edit_button = button(self.tr("&Edit draft…"), "editDraft", self.edit_draft)
        self.delete_button = button(self.tr("&Delete draft"), "deleteDraft", self.delete_draft)
        buttons.addSpacing(12)
        self.pay_button = button(self.tr("Record &payment…"), "recordPayment", self.record_payment)
        self.print_button = button(self.tr("&Print invoice…"), "printInvoice", self.print_invoice)
        self.receipt_button = button(self.tr("Print &receipt…"), "printReceipt", self.print_receipt)
        buttons.addStretch(1)
        self.cancel_button = button(self.tr("&Cancel invoice…"), "cancelInvoice", self.cancel)
        self.return_button = button(self.tr("Re&turn goods…"), "returnGoods", self.return_goods)
        self.credit_print_button = button(
            self.tr("Print cre&dit note…"), "printCreditNote", self.print_credit_note
        )
        for b in (self.new_button, self.edit_button, self.delete_button, self.pay_button):
            b.setVisible(self.can_sell)
        for b in (self.cancel_button, self.return_button):
            b.setVisible(self.can_cancel)
        layout.addLayout(buttons)

        self.model = InvoiceTableModel(self._columns(), self._fetcher())
        self.table = table_view(self, "salesTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        widths = [150, 90, 0, 110, 100, 110, 110, 90, 100]
        money = metrics.horizontalAdvance("Rp999.999.999") + 16
        for col, width in enumerate(widths):
            if width:  # never narrower than the (translated) title or a big amount
                title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
                if self.model.columns[col].align_right:
                    width = max(width, money)
                header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 18))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("salesTotals")

        # The detail: facts and totals on the left, lines / payments / credit notes right.
        self.detail = QLabel(self)
        self.detail.setObjectName("salesDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts = QScrollArea(self)
        facts.setObjectName("salesFacts")
        facts.setWidgetResizable(True)
        facts.setFrameShape(QFrame.Shape.NoFrame)
        facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts.setWidget(self.detail)
        facts.setMinimumWidth(340)
        self.lines = _small_table(
            self, "invoiceLines",
            [
                self.tr("Product"), self.tr("Motif"), self.tr("Technique"), self.tr("Qty"),
                self.tr("Price"), self.tr("Discount"), self.tr("Total"), self.tr("Returned"),
            ],
            [0, 120, 150, 60, 100, 110, 110, 70],
        )  # fmt: skip
        self.payments = _small_table(
            self, "invoicePayments",
            [
                self.tr("Date"), self.tr("Method"), self.tr("Amount"), self.tr("Reference"),
                self.tr("Change"), self.tr("Received by"),
            ],
            [90, 110, 110, 0, 90, 120],
        )  # fmt: skip
        self.credits = _small_table(
            self, "invoiceCredits",
            [self.tr("Number"), self.tr("Kind"), self.tr("Date"), self.tr("Total"),
             self.tr("Reason")],
            [130, 100, 90, 110, 0],
        )  # fmt: skip
        self.credits.itemSelectionChanged.connect(self._update_actions)
        self.credits.doubleClicked.connect(lambda _i: self.print_credit_note())
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.setObjectName("salesDetailTabs")
        self.detail_tabs.addTab(self.lines, self.tr("Lines"))
        self.detail_tabs.addTab(self.payments, self.tr("Payments"))
        self.detail_tabs.addTab(self.credits, self.tr("Credit notes"))
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(facts)
        bottom.addWidget(self.detail_tabs)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 5)
        top = QWidget(self)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.table, 1)
        tv.addWidget(self.totals_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("salesSplitter")
        splitter.addWidget(top)
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
        for combo in (self.status, self.payment):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._debounce.start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._double_clicked())
        self.model.modelReset.connect(lambda: self._show_detail(None))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.model.reload()  # the first page now: one indexed query, a few ms
        self._update_totals()
        self._show_detail(None)

    # -- columns, filter, fetching -------------------------------------------------------
    def _columns(self) -> list[ColumnDef[InvoiceRow]]:
        def issued(fn: Callable[[InvoiceRow], str]) -> Callable[[InvoiceRow], str]:
            return lambda r: fn(r) if r.status is not InvoiceStatus.DRAFT else ""

        def payment(r: InvoiceRow) -> str:
            if r.status is not InvoiceStatus.ISSUED:
                return ""
            return t("Sales", PAYMENT_STATUS_LABELS[r.payment_status])

        return [
            ColumnDef(self.tr("Number"), lambda r: r.number),
            ColumnDef(self.tr("Date"), lambda r: format_date(r.invoice_date)),
            ColumnDef(self.tr("Customer"), lambda r: r.customer_name),
            ColumnDef(self.tr("Total"), lambda r: format_rupiah(r.total), True),
            ColumnDef(
                self.tr("Credited"), lambda r: format_rupiah(r.credited) if r.credited else "", True
            ),
            ColumnDef(self.tr("Paid"), issued(lambda r: format_rupiah(r.paid)), True),
            ColumnDef(
                self.tr("Due"),
                lambda r: (
                    format_rupiah(r.amount_due)
                    if r.status is InvoiceStatus.ISSUED and r.amount_due
                    else ""
                ),
                True,
            ),
            ColumnDef(self.tr("Status"), lambda r: t("Sales", INVOICE_STATUS_LABELS[r.status])),
            ColumnDef(self.tr("Payment"), payment),
        ]

    def current_query(self) -> SalesQuery:
        status = self.status.currentData()
        paid = self.payment.currentData()
        return SalesQuery(
            text=self.search.text().strip(),
            status=InvoiceStatus(status) if status else None,
            payment_status=PaymentStatus(paid) if paid else None,
            date_from=from_qdate(self.date_from.date()),
            date_to=from_qdate(self.date_to.date()),
            motif_id=self._motif[0] if self._motif else None,
            motif_name=self._motif[1] if self._motif else "",
        )

    def _set_motif(self, motif: tuple[int, str] | None) -> None:
        self._motif = motif
        if motif is not None:
            self.motif_chip.setText(self.tr("Motif: %1  ✕").replace("%1", motif[1]))
        self.motif_chip.setVisible(motif is not None)

    def _clear_motif(self) -> None:
        self._set_motif(None)
        self.apply_filter()

    def _fetcher(self) -> Callable[[InvoiceRow | None, int], list[InvoiceRow]]:
        q = self.current_query()
        db, actor = self.ctx.db, self.ctx.actor

        def fetch(last: InvoiceRow | None, limit: int) -> list[InvoiceRow]:
            return sales_list.list_invoices(db, actor, q, after=last, limit=limit)

        return fetch

    def apply_filter(self) -> None:
        """Read the first page of the new filter in the background (a search by number or
        a rare status may scan for a moment); the rows shown stay until it arrives."""
        self._debounce.stop()
        self._load()
        self._update_totals()
        self._show_detail(None)

    def _load(self, then: Callable[[], None] | None = None) -> None:
        self._list_job += 1
        job = self._list_job
        fetch = self._fetcher()
        size = self.model.page_size

        def done(rows: list[InvoiceRow]) -> None:
            if job != self._list_job:
                return
            self.model.set_rows(fetch, rows)
            if then is not None:
                then()
            self.loaded.emit()

        run_in_background(self, lambda: fetch(None, size), done)

    def clear_filters(self) -> None:
        self._reset_filters()
        self.apply_filter()

    def show_query(self, q: SalesQuery) -> None:
        """Show the invoices ``q`` matches (the dashboard's tiles and charts open this)."""
        self._reset_filters()
        for w in (self.search, self.status, self.payment, self.date_from, self.date_to):
            w.blockSignals(True)
        self.search.setText(q.text)
        status = q.status.value if q.status else None
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        paid = q.payment_status.value if q.payment_status else None
        self.payment.setCurrentIndex(max(0, self.payment.findData(paid)))
        self.date_from.setDate(to_qdate(q.date_from))
        self.date_to.setDate(to_qdate(q.date_to))
        for w in (self.search, self.status, self.payment, self.date_from, self.date_to):
            w.blockSignals(False)
        if q.motif_id is not None:
            self._set_motif((q.motif_id, q.motif_name))
        self.apply_filter()

    def _reset_filters(self) -> None:
        for w in (self.search, self.status, self.payment, self.date_from, self.date_to):
            w.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.payment.setCurrentIndex(0)
        self.date_from.setDate(to_qdate(None))
        self.date_to.setDate(to_qdate(None))
        for w in (self.search, self.status, self.payment, self.date_from, self.date_to):
            w.blockSignals(False)
        self._set_motif(None)
        self._debounce.stop()

    def _update_totals(self) -> None:
        self._totals_job += 1
        job = self._totals_job
        q = self.current_query()
        db, actor = self.ctx.db, self.ctx.actor

        def show(totals: SalesTotals) -> None:
            if job != self._totals_job:
                return
            text = self.tr("%n invoice(s)", "", totals.count)
            sums = self.tr("total {total} · paid {paid} · due {due}").format(
                total=format_rupiah(totals.total),
                paid=format_rupiah(totals.paid),
                due=format_rupiah(totals.due),
            )
            self.totals_label.setText(f"{text} · {sums}")

        self.totals_label.setText(self.tr("Counting…"))
        run_in_background(self, lambda: sales_list.sales_totals(db, actor, q), show)

    def _search_entered(self) -> None:
        """Enter searches at once; the first match (a typed or scanned number) is selected."""

        def select_first() -> None:
            if self.model.rowCount() >= 1:
                self.table.selectRow(0)

        self._debounce.stop()
        self._load(select_first)
        self._update_totals()
        self._show_detail(None)
        self.table.setFocus()

    def reload(self) -> None:
        """Read the list again (after a change), keeping the selected invoice."""
        before = self.selected()

        def reselect() -> None:
            if before is not None:
                self.select_invoice(before.id)

        self._load(reselect)
        self._update_totals()

    # -- selection and detail ------------------------------------------------------------
    def selected(self) -> InvoiceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_invoice(self, invoice_id: int) -> bool:
        """Select an invoice if it is among the loaded rows."""
        for i in range(self.model.rowCount()):
            if self.model.row(i).id == invoice_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.model.index(i, 0))
                return True
        return False

    def show_invoice(self, invoice_id: int, number: str) -> None:
        """Select an invoice, clearing the filters and searching its number if it is not
        among the rows loaded now."""
        if self.select_invoice(invoice_id):
            return

        def by_number() -> None:
            if self.select_invoice(invoice_id):
                return
            self.search.blockSignals(True)
            self.search.setText(number)
            self.search.blockSignals(False)
            self._load(lambda: self.select_invoice(invoice_id))
            self._update_totals()

        self._reset_filters()
        self._load(by_number)
        self._update_totals()

    def _selection_changed(self, *_args: object) -> None:
        self._show_detail(self.selected())

    def _double_clicked(self) -> None:
        if self.current is not None and self.current.status is InvoiceStatus.DRAFT:
            self.edit_draft()

    def _show_detail(self, row: InvoiceRow | None) -> None:
        self._detail_job += 1
        self.current = None
        for table in (self.lines, self.payments, self.credits):
            table.setRowCount(0)
        self._update_actions()
        if row is None:
            hint = self.tr("Select an invoice to see its lines, payments and credit notes.")
            self.detail.setText(f"<i>{html.escape(hint)}</i>")
            return
        self.detail.setText(f"<h3>{html.escape(row.number)}</h3>")
        job = self._detail_job
        db, actor, invoice_id = self.ctx.db, self.ctx.actor, row.id

        def show(invoice: InvoiceData) -> None:
            if job == self._detail_job:
                self.show_data(invoice)

        run_in_background(self, lambda: sales.get_invoice(db, actor, invoice_id), show)

    def show_data(self, inv: InvoiceData) -> None:
        """Fill the detail panel with one invoice."""
        self.current = inv
        self.detail.setText(self._detail_html(inv))
        self._fill_lines(inv)
        self._fill_payments(inv)
        self._fill_credits(inv)
        self.detail_tabs.setTabText(1, self.tr("Payments (%n)", "", len(inv.payments)))
        self.detail_tabs.setTabText(2, self.tr("Credit notes (%n)", "", len(inv.credit_notes)))
        self._update_actions()

    def _detail_html(self, inv: InvoiceData) -> str:
        e = html.escape
        title = inv.display_number or self.tr("Draft")
        status = t("Sales", INVOICE_STATUS_LABELS[inv.status])
        if inv.status is InvoiceStatus.ISSUED:
            status += " · " + t("Sales", PAYMENT_STATUS_LABELS[inv.payment_status])
        out = [f"<h3>{e(title)}</h3><p>{e(status)}</p>"]
        customer = inv.customer_name
        if inv.customer_organisation and inv.customer_organisation != inv.customer_name:
            customer += f" ({inv.customer_organisation})"
        facts: list[tuple[str, str]] = [
            (self.tr("Customer"), customer),
            (self.tr("NPWP"), inv.customer_npwp),
            (self.tr("Date"), format_date(inv.invoice_date)),
            (self.tr("Due date"), format_date(inv.due_date) if inv.due_date else ""),
            (self.tr("Channel"), t("Sales", CHANNEL_LABELS[inv.channel])),
            (self.tr("Issued by"), inv.issued_by),
            (self.tr("Issued at"), format_datetime(inv.issued_at) if inv.issued_at else ""),
        ]
        if inv.status is InvoiceStatus.CANCELLED:
            facts.append((self.tr("Cancelled"), format_datetime(inv.cancelled_at)))
            facts.append((self.tr("Reason"), inv.cancel_reason))
        facts.append((self.tr("Notes"), inv.notes))
        out.append(self._table_html(facts))
        money: list[tuple[str, str]] = [(self.tr("Subtotal"), format_rupiah(inv.subtotal))]
        if inv.line_discounts:
            money.append((self.tr("Line discounts"), format_rupiah(-inv.line_discounts)))
        if inv.invoice_discount:
            money.append((self.tr("Invoice discount"), format_rupiah(-inv.invoice_discount)))
        if inv.vat:
            money.append((self.tr("Before VAT"), format_rupiah(inv.total_before_vat)))
            money.append(
                (
                    self.tr("VAT {rate}% on {base}").format(
                        rate=format_number(inv.vat_rate), base=format_rupiah(inv.vat_base)
                    ),
                    format_rupiah(inv.vat),
                )
            )
        money.append((self.tr("Total"), format_rupiah(inv.total)))
        if inv.status is not InvoiceStatus.DRAFT:
            if inv.credited:
                money.append((self.tr("Credited"), format_rupiah(-inv.credited)))
            money.append((self.tr("Paid"), format_rupiah(inv.paid)))
            if inv.status is InvoiceStatus.ISSUED:
                money.append((self.tr("Due"), format_rupiah(inv.amount_due)))
        out.append("<hr>")
        out.append(self._table_html(money, right=True, bold_last=False))
        return "".join(out)

    @staticmethod
    def _table_html(
        rows: list[tuple[str, str]], right: bool = False, bold_last: bool = False
    ) -> str:
        e = html.escape
        align = " align='right'" if right else ""
        cells = "".join(
            f"<tr><td><b>{e(label)}</b>&nbsp;&nbsp;</td><td{align}>{e(value)}</td></tr>"
            for label, value in rows
            if value.strip()
        )
        return f"<table cellspacing='1'>{cells}</table>"

    def _fill_lines(self, inv: InvoiceData) -> None:
        self.lines.setRowCount(0)
        for line in inv.lines:
            r = self.lines.rowCount()
            self.lines.insertRow(r)
            returned = format_number(line.returned_quantity) if line.returned_quantity else ""
            cells = [
                _cell(f"{line.sku} · {line.description}"),
                _cell(line.motif_name),
                _cell(technique_label(line.technique) if line.technique else ""),
                _cell(f"{format_number(line.quantity)} {line.unit}", True),
                _cell(format_rupiah(line.unit_price), True),
                _cell(discount_text(line.discount, line.discount_amount), True),
                _cell(format_rupiah(line.net), True),
                _cell(returned, True),
            ]
            for c, cell in enumerate(cells):
                self.lines.setItem(r, c, cell)

    def _fill_payments(self, inv: InvoiceData) -> None:
        self.payments.setRowCount(0)
        for p in inv.payments:
            r = self.payments.rowCount()
            self.payments.insertRow(r)
            reference = p.reference
            if p.credit_note_number:
                refund = self.tr("refund, {number}").format(number=p.credit_note_number)
                reference = f"{reference} · {refund}" if reference else refund
            elif p.note:
                reference = f"{reference} · {p.note}" if reference else p.note
            cells = [
                _cell(format_date(p.pay_date)),
                _cell(t("Sales", PAYMENT_METHOD_LABELS[p.method])),
                _cell(format_rupiah(p.amount), True),
                _cell(reference),
                _cell(format_rupiah(p.change_given) if p.change_given else "", True),
                _cell(p.received_by),
            ]
            for c, cell in enumerate(cells):
                if p.amount < 0:
                    cell.setForeground(QBrush(REFUND_FOREGROUND))
                self.payments.setItem(r, c, cell)

    def _fill_credits(self, inv: InvoiceData) -> None:
        self.credits.setRowCount(0)
        for c in inv.credit_notes:
            r = self.credits.rowCount()
            self.credits.insertRow(r)
            cells = [
                _cell(c.number),
                _cell(t("Sales", CREDIT_KIND_LABELS[c.kind])),
                _cell(format_date(c.credit_date)),
                _cell(format_rupiah(c.total), True),
                _cell(c.reason),
            ]
            for col, cell in enumerate(cells):
                self.credits.setItem(r, col, cell)
        if inv.credit_notes:
            self.credits.selectRow(self.credits.rowCount() - 1)

    def _update_actions(self) -> None:
        inv = self.current
        draft = inv is not None and inv.status is InvoiceStatus.DRAFT
        issued = inv is not None and inv.status is InvoiceStatus.ISSUED
        self.edit_button.setEnabled(self.can_sell and draft)
        self.delete_button.setEnabled(self.can_sell and draft)
        self.pay_button.setEnabled(self.can_sell and issued and inv.amount_due > 0)  # type: ignore[union-attr]
        self.print_button.setEnabled(inv is not None)
        self.print_button.setText(
            self.tr("&Print quotation…") if draft else self.tr("&Print invoice…")
        )
        self.receipt_button.setEnabled(inv is not None and inv.status is not InvoiceStatus.DRAFT)
        self.cancel_button.setEnabled(self.can_cancel and issued)
        returnable = issued and any(ln.returnable > 0 for ln in inv.lines)  # type: ignore[union-attr]
        self.return_button.setEnabled(self.can_cancel and returnable)
        self.credit_print_button.setEnabled(inv is not None and bool(inv.credit_notes))

    def selected_credit_note_id(self) -> int | None:
        """The credit note chosen in the detail (the latest one when none is chosen)."""
        if self.current is None or not self.current.credit_notes:
            return None
        rows = self.credits.selectionModel().selectedRows()
        index = rows[0].row() if rows else len(self.current.credit_notes) - 1
        return self.current.credit_notes[index].id

    # -- actions -------------------------------------------------------------------------
    def _changed(self, invoice_id: int | None = None) -> None:
        """Tell every page (this one too) that sales changed, then show ``invoice_id``."""
        self.ctx.bus.changed.emit("sales")
        if invoice_id is not None and not self.select_invoice(invoice_id):
            self._show_detail(self.selected())

    def new_order(self) -> None:
        from rumahbatik.ui.order_dialog import OrderDialog

        dialog = OrderDialog(self.ctx, self, invoice_id=None)
        self._open(dialog, lambda: self._changed(self._saved_id(dialog)))

    def edit_draft(self) -> None:
        from rumahbatik.ui.order_dialog import OrderDialog

        inv = self.current
        if inv is None or inv.status is not InvoiceStatus.DRAFT or not self.can_sell:
            return
        dialog = OrderDialog(self.ctx, self, invoice_id=inv.id)
        self._open(dialog, lambda: self._changed(self._saved_id(dialog) or inv.id))

    def _open(self, dialog: QDialog, on_finished: Callable[[], None]) -> None:
        """Open a dialog window-modal without a nested event loop; ``on_finished`` after."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: on_finished())
        dialog.open()

    @staticmethod
    def _saved_id(dialog: Any) -> int | None:
        """The invoice the order dialog saved or issued, if it tells."""
        for name in ("invoice", "saved", "result"):
            value = getattr(dialog, name, None)
            if isinstance(value, InvoiceData):
                return value.id
        return None

    def delete_draft(self) -> None:
        inv = self.current
        if inv is None or inv.status is not InvoiceStatus.DRAFT or not self.can_sell:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft {number} for {customer}? This cannot be undone.").format(
                number=inv.display_number, customer=inv.customer_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, invoice_id = self.ctx.db, self.ctx.actor, inv.id
        run_in_background(
            self, lambda: sales.delete_draft(db, actor, invoice_id), lambda _r: self._changed()
        )

    def record_payment(self) -> None:
        inv = self.current
        if inv is None or inv.status is not InvoiceStatus.ISSUED or not self.can_sell:
            return
        self.pay_invoice(inv.id, inv.amount_due, inv.number or "")

    def pay_invoice(self, invoice_id: int, amount_due: Decimal, number: str) -> None:
        """Ask for a payment of an invoice and record it (the receivables tab uses it too)."""
        from rumahbatik.ui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.ctx, self, amount_due, invoice_number=number)
        db, actor = self.ctx.db, self.ctx.actor

        def accepted() -> None:
            payment: PaymentInput = dialog.payment()
            run_in_background(
                self,
                lambda: sales.record_payment(db, actor, invoice_id, payment),
                lambda inv: self._changed(inv.id),
            )

        dialog.accepted.connect(accepted)
        self._open(dialog, lambda: None)

    def print_invoice(self) -> None:
        from rumahbatik.ui.sale_printing import print_invoice

        if self.current is not None:
            print_invoice(self.ctx, self, self.current)

    def print_receipt(self) -> None:
        from rumahbatik.ui.sale_printing import print_receipt

        if self.current is not None and self.current.status is not InvoiceStatus.DRAFT:
            print_receipt(self.ctx, self, self.current)

    def cancel(self) -> None:
        self._credit("cancel")

    def return_goods(self) -> None:
        self._credit("return")

    def _credit(self, mode: str) -> None:
        from rumahbatik.ui.credit_dialog import CreditDialog

        inv = self.current
        if inv is None or inv.status is not InvoiceStatus.ISSUED or not self.can_cancel:
            return
        dialog = CreditDialog(self.ctx, self, inv, mode=mode)  # type: ignore[arg-type]

        def finished() -> None:  # the dialog told the bus: the list has reloaded itself
            if dialog.note is not None:
                self.last_credit_note = dialog.note

        self._open(dialog, finished)

    def print_credit_note(self) -> None:
        from rumahbatik.ui.credit_dialog import print_credit_note

        note_id = self.selected_credit_note_id()
        if note_id is not None:
            print_credit_note(self.ctx, self, note_id)


# ---------------------------------------------------------------- receivables


class ReceivablesTab(QWidget):
    """Customers who pay later: what is due, since when, in ageing buckets."""

    open_invoice = Signal(int, str)  # invoice id, number
    pay_requested = Signal(int, object, str)  # invoice id, amount due, number

    COLUMNS = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Receivables | None = None
        self._job = 0
        layout = QVBoxLayout(self)
        buckets = QHBoxLayout()
        self.bucket_labels: dict[str, QLabel] = {}
        for key, _first, _last in AGEING_BUCKETS:
            label = QLabel(self)
            label.setObjectName(f"bucket_{key}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            if key in AGEING_BACKGROUND:
                label.setStyleSheet(f"background: {AGEING_BACKGROUND[key].name()};")
            buckets.addWidget(label, 1)
            self.bucket_labels[key] = label
        self.total_label = QLabel(self)
        self.total_label.setObjectName("receivablesTotal")
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
        self.total_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.total_label.setMargin(6)
        buckets.addWidget(self.total_label, 1)
        layout.addLayout(buckets)

        bar = QHBoxLayout()
        self.as_of_label = QLabel(self)
        self.as_of_label.setObjectName("receivablesAsOf")
        bar.addWidget(self.as_of_label)
        bar.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open invoice"), self)
        self.open_button.setObjectName("openReceivable")
        self.open_button.clicked.connect(self._open_selected)
        bar.addWidget(self.open_button)
        self.pay_button = QPushButton(self.tr("Record &payment…"), self)
        self.pay_button.setObjectName("payReceivable")
        self.pay_button.clicked.connect(self._pay_selected)
        self.pay_button.setVisible(ctx.actor.can(Permission.SELL))
        bar.addWidget(self.pay_button)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshReceivables")
        self.refresh_button.clicked.connect(self.reload)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.table = _small_table(
            self, "receivablesTable",
            [
                self.tr("Invoice"), self.tr("Customer"), self.tr("Date"), self.tr("Due date"),
                self.tr("Days overdue"), self.tr("Amount due"), self.tr("Ageing"),
            ],
            [150, 0, 90, 90, 100, 120, 120],
        )  # fmt: skip
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def reload(self) -> None:
        self._job += 1
        job = self._job
        db, actor = self.ctx.db, self.ctx.actor

        def show(data: Receivables) -> None:
            if job == self._job:
                self.show_data(data)

        self.as_of_label.setText(self.tr("Loading…"))
        run_in_background(self, lambda: sales_list.receivables(db, actor, sales.today()), show)

    def show_data(self, data: Receivables) -> None:
        before = self.selected()
        self.data = data
        e = html.escape
        for key, label in self.bucket_labels.items():
            label.setText(
                f"{e(t('Sales', AGEING_LABELS[key]))}<br><b>{e(format_rupiah(data.totals[key]))}</b>"
            )
        self.total_label.setText(
            e(self.tr("Total due")) + f"<br><b>{e(format_rupiah(data.total))}</b>"
        )
        self.as_of_label.setText(
            self.tr("%n invoice(s) not fully paid, as of {day}", "", len(data.rows)).format(
                day=format_date(data.as_of)
            )
        )
        self.table.setRowCount(0)
        self.table.setRowCount(len(data.rows))
        for r, row in enumerate(data.rows):
            cells = [
                _cell(row.number),
                _cell(row.customer_name),
                _cell(format_date(row.invoice_date)),
                _cell(format_date(row.due_date)),
                _cell(str(row.days_overdue) if row.days_overdue else "", True),
                _cell(format_rupiah(row.amount_due), True),
                _cell(t("Sales", AGEING_LABELS[row.bucket])),
            ]
            colour = AGEING_BACKGROUND.get(row.bucket)
            for c, cell in enumerate(cells):
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.table.setItem(r, c, cell)
            if before is not None and row.invoice_id == before.invoice_id:
                self.table.selectRow(r)
        self._update_buttons()

    def selected(self) -> ReceivableRow | None:
        if self.data is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.data.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.pay_button.setEnabled(has)

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_invoice.emit(row.invoice_id, row.number)

    def _pay_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.pay_requested.emit(row.invoice_id, row.amount_due, row.number)


# ---------------------------------------------------------------- the page


class SalesPage(QWidget):
    """The "Sales" sidebar page: invoices and receivables."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._receivables_stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("salesTabs")
        self.invoices = InvoicesTab(ctx, self)
        self.receivables = ReceivablesTab(ctx, self)
        self.tabs.addTab(self.invoices, self.tr("&Invoices"))
        self.tabs.addTab(self.receivables, self.tr("Recei&vables"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.receivables.open_invoice.connect(self.open_invoice)
        self.receivables.pay_requested.connect(
            lambda invoice_id, due, number: self.invoices.pay_invoice(invoice_id, due, number)
        )
        ctx.bus.changed.connect(self._area_changed)

    def show_query(self, q: SalesQuery) -> None:
        """The Invoices tab filtered by ``q`` (the dashboard's tiles and charts open this)."""
        self.tabs.setCurrentWidget(self.invoices)
        self.invoices.show_query(q)

    def show_receivables(self) -> None:
        """The Receivables tab: every unpaid and partly paid invoice (the dashboard's tile)."""
        self.tabs.setCurrentWidget(self.receivables)

    def open_invoice(self, invoice_id: int, number: str) -> None:
        """Show one invoice in the Invoices tab, selected."""
        self.tabs.setCurrentWidget(self.invoices)
        self.invoices.show_invoice(invoice_id, number)
        self.invoices.table.setFocus()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.receivables and self._receivables_stale:
            self._receivables_stale = False
            self.receivables.reload()

    def _area_changed(self, area: str) -> None:
        if area not in ("sales", "settings"):
            return
        self.invoices.reload()
        # The receivables are read when they are looked at, not on every sale.
        self._receivables_stale = True
        self._tab_changed(self.tabs.currentIndex())
