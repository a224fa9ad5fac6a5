"""The ``invoices`` and ``invoice-lines`` exports (CSV/Excel).

Who may see sales (SELL or VIEW_SALES) may export them; the cost column of the lines is there
only for who may see prices (VIEW_PRICES), as on the screens. Drafts (quotations) are not
invoices and are left out; cancelled invoices are in, with their status and what their credit
notes took back.

A year of sales can be a million lines: the rows are streamed (:class:`StreamedRows`), read
page by page in id order while the file is written, never all held in memory. ``date_from`` /
``date_to`` narrow both exports to invoice dates (the command line has no such option yet;
the screens may use it).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select

from rumahbatik.db import Database
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import CUSTOMER_TYPE_LABELS, CustomerType
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import (
    INVOICE_STATUS_LABELS,
    PAYMENT_STATUS_LABELS,
    InvoiceStatus,
    PaymentStatus,
)
from rumahbatik.domain.tables import Column, Table
from rumahbatik.models import Invoice, InvoiceLine
from rumahbatik.services.context import Actor
from rumahbatik.services.export_rows import StreamedRows

#: Rows read per query while an export streams.
EXPORT_PAGE = 5000

INVOICE_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("Exports", "Invoice")),
    Column("invoice_date", QT_TRANSLATE_NOOP("Exports", "Date"), "date"),
    Column("customer", QT_TRANSLATE_NOOP("Exports", "Customer")),
    Column("customer_type", QT_TRANSLATE_NOOP("Exports", "Customer type")),
    Column("status", QT_TRANSLATE_NOOP("Exports", "Status")),
    Column("total", QT_TRANSLATE_NOOP("Exports", "Total"), "money"),
    Column("credited", QT_TRANSLATE_NOOP("Exports", "Credited"), "money"),
    Column("paid", QT_TRANSLATE_NOOP("Exports", "Paid"), "money"),
    Column("due", QT_TRANSLATE_NOOP("Exports", "Amount due"), "money"),
    Column("payment_status", QT_TRANSLATE_NOOP("Exports", "Payment status")),
]

LINE_COLUMNS = [
    Column("number", QT_TRANSLATE_NOOP("Exports", "Invoice")),
    Column("invoice_date", QT_TRANSLATE_NOOP("Exports", "Date"), "date"),
    Column("sku", QT_TRANSLATE_NOOP("Exports", "SKU")),
    Column("product", QT_TRANSLATE_NOOP("Exports", "Product")),
    Column("motif", QT_TRANSLATE_NOOP("Exports", "Motif")),
    Column("technique", QT_TRANSLATE_NOOP("Exports", "Technique")),
    Column("quantity", QT_TRANSLATE_NOOP("Exports", "Quantity"), "decimal"),
    Column("unit_price", QT_TRANSLATE_NOOP("Exports", "Price"), "money"),
    Column("discount", QT_TRANSLATE_NOOP("Exports", "Discount"), "money"),
    Column("net", QT_TRANSLATE_NOOP("Exports", "Total"), "money"),
    Column("taxable", QT_TRANSLATE_NOOP("Exports", "Taxable (after invoice discount)"), "money"),
    Column("cost", QT_TRANSLATE_NOOP("Exports", "Cost"), "money"),
    Column("returned", QT_TRANSLATE_NOOP("Exports", "Returned"), "decimal"),
]
LINE_PRICED = {"cost"}


def _require(actor: Actor) -> None:
    if not actor.can(Permission.SELL):
        actor.require(Permission.VIEW_SALES)


def _dated(stmt: Select, date_from: date | None, date_to: date | None) -> Select:
    stmt = stmt.where(Invoice.status != InvoiceStatus.DRAFT.value)
    if date_from is not None:
        stmt = stmt.where(Invoice.invoice_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Invoice.invoice_date <= date_to)
    return stmt


def _label(labels: dict[Any, str], enum_type: Any, value: str) -> str:
    try:
        return labels[enum_type(value)]
    except (ValueError, KeyError):
        return value


def invoices_table(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    page: int | None = None,
) -> Table:
    """Every issued or cancelled invoice in number order (id order: the series is issued in
    that order), streamed: number, date, customer and type, status, total, credited, paid,
    still due and payment status."""
    _require(actor)
    base = _dated(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.invoice_date,
            Invoice.customer_name,
            Invoice.customer_type,
            Invoice.status,
            Invoice.total,
            Invoice.credited,
            Invoice.paid,
            Invoice.payment_status,
        ),
        date_from,
        date_to,
    )

    def shape(r: tuple) -> tuple:
        number, day, customer, ctype, status, total, credited, paid, pstatus = r
        total, credited, paid = Decimal(total), Decimal(credited), Decimal(paid)
        return (
            number or "",
            day,
            customer,
            _label(CUSTOMER_TYPE_LABELS, CustomerType, ctype),
            _label(INVOICE_STATUS_LABELS, InvoiceStatus, status),
            total,
            credited,
            paid,
            total - credited - paid,
            _label(PAYMENT_STATUS_LABELS, PaymentStatus, pstatus),
        )

    rows: Any = StreamedRows(db, base, Invoice.id, shape, page or EXPORT_PAGE)
    return Table("invoices", QT_TRANSLATE_NOOP("Exports", "Invoices"), INVOICE_COLUMNS, rows)


def invoice_lines_table(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    page: int | None = None,
) -> Table:
    """Every line of the issued and cancelled invoices, streamed in the order they were
    written: invoice, date, SKU, product, motif, technique, quantity, price, the line's
    discount, its total, its taxable amount after the invoice discount, (with prices) the cost
    of the goods, and the quantity returned."""
    _require(actor)
    show_cost = actor.can(Permission.VIEW_PRICES)
    keep = [i for i, c in enumerate(LINE_COLUMNS) if show_cost or c.key not in LINE_PRICED]
    base = _dated(
        select(
            InvoiceLine.id,
            Invoice.number,
            Invoice.invoice_date,
            InvoiceLine.sku,
            InvoiceLine.description,
            InvoiceLine.motif_name,
            InvoiceLine.technique,
            InvoiceLine.quantity,
            InvoiceLine.unit_price,
            InvoiceLine.discount,
            InvoiceLine.net,
            InvoiceLine.taxable,
            InvoiceLine.cost,
            InvoiceLine.returned_quantity,
        ).join(Invoice, Invoice.id == InvoiceLine.invoice_id),
        date_from,
        date_to,
    )

    def shape(r: tuple) -> tuple:
        number, day, sku, name, motif, technique, *amounts = r
        qty, price, discount, net, taxable, cost, returned = (Decimal(v) for v in amounts)
        row = (number or "", day, sku, name, motif, technique, qty, price, discount, net,
               taxable, cost, returned)  # fmt: skip
        return tuple(row[i] for i in keep)

    rows: Any = StreamedRows(db, base, InvoiceLine.id, shape, page or EXPORT_PAGE)
    cols = [LINE_COLUMNS[i] for i in keep]
    return Table("invoice-lines", QT_TRANSLATE_NOOP("Exports", "Invoice lines"), cols, rows)
