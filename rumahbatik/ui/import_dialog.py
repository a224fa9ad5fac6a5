"""Import artisans or customers: choose a file → map its columns → preview → import.

Reading the file and writing the rows run in the background (big Excel files take a while);
nothing is written until the user presses Import, and then all rows go in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.services import people_import
from rumahbatik.services.people_import import ImportPreview, ImportResult, Sheet
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import error_text
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background

ERROR_BG = QColor("#f9d6d5")
PREVIEW_COLUMNS = 4


class ImportDialog(QDialog):
    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.sheet: Sheet | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(
            self.tr("Import artisans") if kind == "artisan" else self.tr("Import customers")
        )
        self.resize(900, 620)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.file_label = QLabel(
            self.tr("A CSV or Excel (.xlsx) file, first row = headings."), self
        )
        self.file_label.setObjectName("fileLabel")
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)

        layout.addWidget(QLabel(self.tr("Which field does each column hold?"), self))
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Field")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setMaximumHeight(200)
        layout.addWidget(self.mapping_table)

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview_table = QTableWidget(0, PREVIEW_COLUMNS, self)
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("NIK"), self.tr("Problems")]
        )
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(True)
        header = self.preview_table.horizontalHeader()
        for col, width in enumerate((50, 200, 150)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.preview_table, 1)

        bottom = QHBoxLayout()
        self.only_valid = QCheckBox(self.tr("Import only the rows without problems"), self)
        self.only_valid.setObjectName("onlyValid")
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        bottom.addWidget(self.only_valid)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.choose_button.clicked.connect(self.choose_file)
        self.only_valid.toggled.connect(self._update_button)
        self.import_button.clicked.connect(self.do_import)
        close.clicked.connect(self.reject)

    # -- file and mapping ----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", self.tr("CSV or Excel (*.csv *.xlsx)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.file_label.setText(str(path))
        run_in_background(
            self, lambda: people_import.read_sheet(path), self.set_sheet, on_error=self._error
        )

    def set_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        proposed = people_import.propose_mapping(sheet.headers, self.kind)  # type: ignore[arg-type]
        fields = people_import.fields_for(self.kind)  # type: ignore[arg-type]
        self.mapping_table.setRowCount(len(sheet.headers))
        for i, header in enumerate(sheet.headers):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(header))
            first = people_import._text(sheet.rows[0][i]) if sheet.rows else ""
            self.mapping_table.setItem(i, 1, QTableWidgetItem(first))
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"mapping_{i}")
            combo.addItem(self.tr("(ignore)"), "")
            for f in fields:
                combo.addItem(t("People", f.label), f.key)
            combo.setCurrentIndex(max(combo.findData(proposed.get(i, "")), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.mapping_table.setCellWidget(i, 2, combo)
        self.refresh_preview()

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[i] = combo.currentData()
        return out

    # -- preview -------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        if self.sheet is None:
            return
        try:
            preview = people_import.preview_import(
                self.ctx.db,
                self.ctx.actor,
                self.sheet,
                self.mapping(),
                self.kind,  # type: ignore[arg-type]
            )
        except DomainError as exc:
            self.preview = None
            self.preview_table.setRowCount(0)
            self.summary.setText(error_text(exc))
            self._update_button()
            return
        self.show_preview(preview)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        table = self.preview_table
        table.setRowCount(len(preview.rows))
        for i, row in enumerate(preview.rows):
            problems = "\n".join(
                self.tr("Row {row}: {message}").format(row=row.line, message=error_text(e))
                for e in row.errors
            )
            cells = [str(row.line), row.name, row.nik, problems or self.tr("ready")]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.ok:
                    item.setBackground(QBrush(ERROR_BG))
                table.setItem(i, j, item)
        table.resizeRowsToContents()
        self.summary.setText(
            self.tr("{valid} row(s) ready, {invalid} with problems.").format(
                valid=preview.valid, invalid=preview.invalid
            )
        )
        self._update_button()

    def _update_button(self) -> None:
        p = self.preview
        allowed = p is not None and p.valid > 0 and (p.invalid == 0 or self.only_valid.isChecked())
        self.import_button.setEnabled(bool(allowed))

    # -- import --------------------------------------------------------------------------
    def do_import(self) -> None:
        if self.sheet is None:
            return
        sheet, mapping, only = self.sheet, self.mapping(), self.only_valid.isChecked()
        db, actor, kind = self.ctx.db, self.ctx.actor, self.kind
        self.import_button.setEnabled(False)
        run_in_background(
            self,
            lambda: people_import.commit_import(
                db,
                actor,
                sheet,
                mapping,
                kind,
                only_valid=only,  # type: ignore[arg-type]
            ),
            self._imported,
            on_error=self._error,
        )

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        self.summary.setText(
            self.tr("{created} imported, {skipped} skipped.").format(
                created=result.created, skipped=result.skipped
            )
        )
        QMessageBox.information(self, self.windowTitle(), self.summary.text())
        self.import_button.setEnabled(False)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.summary.setText(error_text(exc))
            self._update_button()
            return
        from rumahbatik.ui.errors import show_error

        show_error(self, exc)
