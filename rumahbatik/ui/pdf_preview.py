"""An in-app PDF preview: pages, zoom, Print… and Save as… (QtPdf; no web engine).

Open it with the bytes of a PDF (what the report modules produce) or a file path. Printing
renders each page with :meth:`QPdfDocument.render` at the printer's resolution into the
printer's painter, so what is printed is what is previewed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.ui.errors import show_error

log = logging.getLogger(__name__)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PdfPreviewDialog(QDialog):
    """Shows one PDF. ``suggested_name`` is the file name offered by Save as…."""

    def __init__(
        self,
        pdf: bytes | Path,
        title: str = "",
        suggested_name: str = "document.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Preview"))
        self.resize(980, 760)
        self.suggested_name = suggested_name
        self._bytes = pdf.read_bytes() if isinstance(pdf, Path) else bytes(pdf)
        self._data = QByteArray(self._bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.navigator = self.view.pageNavigator()

        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(max(1, self.document.pageCount()))
        self.page_box.valueChanged.connect(self._go_to)
        self.page_count_label = QLabel(self.tr("of %n page(s)", "", self.page_count()), self)
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.prev_button.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() - 1))
        self.next_button.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() + 1))
        self.navigator.currentPageChanged.connect(self._page_changed)

        self.zoom_box = QComboBox(self)
        self.zoom_box.addItem(self.tr("Fit width"), 0.0)
        self.zoom_box.addItem(self.tr("Whole page"), -1.0)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{round(z * 100)} %", z)
        self.zoom_box.currentIndexChanged.connect(self._zoom_changed)

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(QLabel(self.tr("Page"), self))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Zoom"), self))
        bar.addWidget(self.zoom_box)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    # ---------------------------------------------------------------- state
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 1."""
        return self.page_box.value()

    def pdf_bytes(self) -> bytes:
        return self._bytes

    def _go_to(self, page: int) -> None:
        if 1 <= page <= self.page_count() and self.navigator.currentPage() != page - 1:
            self.navigator.jump(page - 1, QPointF(), self.navigator.currentZoom())
        self._update_buttons()

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.prev_button.setEnabled(self.page_box.value() > 1)
        self.next_button.setEnabled(self.page_box.value() < self.page_count())

    def _zoom_changed(self) -> None:
        z = float(self.zoom_box.currentData())
        if z == 0.0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif z < 0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(z)

    # ---------------------------------------------------------------- actions
    def save_as(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), self.suggested_name, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self._bytes)
        except OSError as exc:
            show_error(self, exc)
            return None
        log.info("pdf preview: saved %s", path)
        return path

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, max(1, self.page_count()))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the chosen pages into ``printer``; returns how many pages were printed."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, self.page_count()
        painter = QPainter()
        if not painter.begin(printer):
            log.error("pdf preview: the printer could not be started")
            return 0
        printed = 0
        try:
            for page in range(first - 1, min(last, self.page_count())):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                dpi = printer.resolution()
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                image = self.document.render(page, pixels)
                scaled = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(
                    target.x() + (target.width() - scaled.width()) // 2,
                    target.y() + (target.height() - scaled.height()) // 2,
                    image.scaled(
                        scaled,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    ),
                )
                printed += 1
        finally:
            painter.end()
        return printed
