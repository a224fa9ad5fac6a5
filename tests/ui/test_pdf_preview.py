"""The PDF preview loads a PDF, shows its page count, pages through it, saves and prints."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from rumahbatik.reports.certificates import certificates_pdf
from rumahbatik.ui.pdf_preview import PdfPreviewDialog
from tests.reports.test_certificate_pdfs import cert, letter


def test_preview_pages_saves_and_prints(qtbot, monkeypatch, tmp_path):
    pdf = certificates_pdf([cert(), letter()])
    dialog = PdfPreviewDialog(pdf, "Sertifikat", "sertifikat.pdf")
    qtbot.addWidget(dialog)
    dialog.show()  # never exec(): a modal loop would block the test
    assert dialog.page_count() == 3
    assert "3" in dialog.page_count_label.text()
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.current_page() == 3 and not dialog.next_button.isEnabled()
    dialog.zoom_box.setCurrentIndex(4)  # 100 %

    target = tmp_path / "keluar"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    saved = dialog.save_as()
    assert saved == target.with_suffix(".pdf") and saved.read_bytes() == pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 3
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
