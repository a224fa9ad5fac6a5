"""Printing a sale: the thermal receipt of a counter sale and the A4 invoice (or quotation).

``print_receipt(ctx, parent, invoice)`` and ``print_invoice(ctx, parent, invoice)`` render the
PDF on a worker thread and open it in :class:`ui.pdf_preview.PdfPreviewDialog`, which prints
and saves. The report modules are imported when first used, so the screens open even in a
build without them. ``show_preview`` is the one place a PDF reaches the screen (tests replace
it to read the PDF instead of showing it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rumahbatik.services.sales_types import InvoiceData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.operations import Operation, run_in_background

log = logging.getLogger(__name__)


def _file_name(invoice: InvoiceData, kind: str) -> str:
    number = (invoice.display_number or f"draft-{invoice.id}").replace("/", "-")
    return f"{kind}-{number}.pdf"


def show_preview(parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> QWidget:
    """Open the preview (not modal-blocking: ``open()``), so the counter keeps working."""
    from rumahbatik.ui.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(pdf, title, file_name, parent)
    dialog.open()
    return dialog


def _missing(parent: QWidget | None, exc: ImportError) -> None:
    log.warning("sale PDF renderer missing: %s", exc)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SalePrinting", "Printing"),
        QCoreApplication.translate(
            "SalePrinting", "This version cannot print this document yet. The sale itself is saved."
        ),
    )


def _render(
    parent: QWidget | None,
    work: Callable[[], bytes],
    title: str,
    file_name: str,
) -> Operation:
    def failed(exc: BaseException) -> None:
        if isinstance(exc, ImportError):
            _missing(parent, exc)
            return
        from rumahbatik.ui.errors import show_error

        show_error(parent, exc)

    return run_in_background(
        parent, work, lambda pdf: show_preview(parent, pdf, title, file_name), on_error=failed
    )


def print_receipt(ctx: UiContext, parent: QWidget | None, invoice: InvoiceData) -> Operation:
    """The 58/80 mm thermal receipt of ``invoice`` (paper width from the settings)."""
    settings = ctx.settings
    width = int(str(settings.get("receipt_width") or "80"))
    language = str(settings.get("language") or "id")
    db = ctx.db

    def work() -> bytes:
        from rumahbatik.reports.receipt_pdf import render_receipt
        from rumahbatik.services.centre import centre_profile

        return render_receipt(invoice, centre_profile(db), width_mm=width, language=language)

    title = QCoreApplication.translate("SalePrinting", "Receipt {number}").format(
        number=invoice.display_number
    )
    return _render(parent, work, title, _file_name(invoice, "struk"))


def print_invoice(ctx: UiContext, parent: QWidget | None, invoice: InvoiceData) -> Operation:
    """The A4 invoice of ``invoice``; a draft prints as its quotation."""
    language = str(ctx.settings.get("language") or "id")
    printed_by = ctx.actor.full_name or ctx.actor.username
    db = ctx.db

    def work() -> bytes:
        from rumahbatik.reports.invoice_pdf import render_invoice
        from rumahbatik.services.centre import centre_profile

        return render_invoice(invoice, centre_profile(db), language=language, printed_by=printed_by)

    if invoice.number:
        title = QCoreApplication.translate("SalePrinting", "Invoice {number}").format(
            number=invoice.number
        )
        kind = "faktur"
    else:
        title = QCoreApplication.translate("SalePrinting", "Quotation {number}").format(
            number=invoice.display_number
        )
        kind = "penawaran"
    return _render(parent, work, title, _file_name(invoice, kind))
