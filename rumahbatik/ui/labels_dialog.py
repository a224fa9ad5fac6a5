"""Print price labels and hang tags: how many of each item, on which sheet or roll, from
which position of a half-used sheet; then a preview (with Print…) or a PDF file.

Opened from the stock page (the selected items, one copy each) and the production page (a
finished batch: one hang tag per piece)::

    dialog = LabelsDialog(ctx, [(item_id, copies), ...], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()

The items are read and the PDF is drawn on a worker thread; only plain ``ItemData`` and the
PDF bytes come back. Labels are printed in the database's language, whatever the screen's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_rupiah
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.labels import (
    CUSTOM_NAME,
    DEFAULT_LAYOUT,
    LABEL_KIND_LABELS,
    MAX_COPIES,
    PRESETS,
    PRESETS_BY_KEY,
    LabelKind,
    LabelLayout,
    validate_layout,
)
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items as item_service
from rumahbatik.services.stock_types import ItemData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background

log = logging.getLogger(__name__)

CUSTOM = "custom"
PRICE_LAYOUT = "a4-3x8"

#: The measures of a custom layout: (attribute, label, least, most) in millimetres.
_MEASURES = (
    ("page_width", QT_TRANSLATE_NOOP("Labels", "Page width"), 20.0, 500.0),
    ("page_height", QT_TRANSLATE_NOOP("Labels", "Page height"), 15.0, 1000.0),
    ("label_width", QT_TRANSLATE_NOOP("Labels", "Label width"), 10.0, 500.0),
    ("label_height", QT_TRANSLATE_NOOP("Labels", "Label height"), 10.0, 1000.0),
    ("left_margin", QT_TRANSLATE_NOOP("Labels", "Left margin"), 0.0, 200.0),
    ("top_margin", QT_TRANSLATE_NOOP("Labels", "Top margin"), 0.0, 200.0),
    ("h_gap", QT_TRANSLATE_NOOP("Labels", "Gap between columns"), 0.0, 100.0),
    ("v_gap", QT_TRANSLATE_NOOP("Labels", "Gap between rows"), 0.0, 100.0),
)


class LabelsDialog(QDialog):
    """``entries`` are (item id, copies)."""

    def __init__(
        self,
        ctx: UiContext,
        entries: list[tuple[int, int]],
        parent: QWidget | None = None,
        *,
        layout_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries = list(entries)
        self.items: list[ItemData] = []
        self.loaded = False
        self.preview: QDialog | None = None
        self.last_pdf: bytes | None = None
        self.saved_to: Path | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumWidth(640)

        # the items and how many labels of each
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("labelItems")
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Price"), self.tr("Labels")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.copies: list[QSpinBox] = []

        # the sheet or roll
        self.layout_box = QComboBox(self)
        self.layout_box.setObjectName("labelLayout")
        for preset in PRESETS:
            self.layout_box.addItem(t("Labels", preset.name), preset.key)
        self.layout_box.addItem(t("Labels", CUSTOM_NAME), CUSTOM)
        self.kind_box = QComboBox(self)
        for kind in LabelKind:
            self.kind_box.addItem(t("Labels", LABEL_KIND_LABELS[kind]), kind.value)
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 20)
        self.rows = QSpinBox(self)
        self.rows.setRange(1, 40)
        self.measures: dict[str, QDoubleSpinBox] = {}
        custom = QGroupBox(self.tr("Sheet measures"), self)
        grid = QGridLayout(custom)
        grid.addWidget(QLabel(self.tr("Kind"), custom), 0, 0)
        grid.addWidget(self.kind_box, 0, 1)
        grid.addWidget(QLabel(self.tr("Columns"), custom), 1, 0)
        grid.addWidget(self.columns, 1, 1)
        grid.addWidget(QLabel(self.tr("Rows"), custom), 1, 2)
        grid.addWidget(self.rows, 1, 3)
        for n, (name, label, least, most) in enumerate(_MEASURES):
            box = QDoubleSpinBox(custom)
            box.setObjectName(name)
            box.setDecimals(1)
            box.setRange(least, most)
            box.setSingleStep(0.5)
            box.setSuffix(" mm")
            self.measures[name] = box
            row, col = 2 + n // 2, (n % 2) * 2
            grid.addWidget(QLabel(t("Labels", label), custom), row, col)
            grid.addWidget(box, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.custom_group = custom

        self.start = QSpinBox(self)
        self.start.setObjectName("labelStart")
        self.start.setMinimum(1)
        self.start_hint = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("labelSummary")
        self.message = ErrorLabel(self)

        self.preview_button = QPushButton(self.tr("Preview / Print…"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        # Enter in a copies box only sets the number: no button is the default one.
        for button in (self.preview_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Sheet or roll"), self))
        chooser.addWidget(self.layout_box, 1)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Start at position"), self))
        start_row.addWidget(self.start)
        start_row.addWidget(self.start_hint, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(chooser)
        layout.addWidget(custom)
        layout.addLayout(start_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.layout_box.currentIndexChanged.connect(self._preset_chosen)
        self.kind_box.currentIndexChanged.connect(self._measure_changed)
        self.columns.valueChanged.connect(self._measure_changed)
        self.rows.valueChanged.connect(self._measure_changed)
        for box in self.measures.values():
            box.valueChanged.connect(self._measure_changed)
        self.start.valueChanged.connect(self._update)

        self._layout_chosen = layout_key in PRESETS_BY_KEY
        key = layout_key if layout_key in PRESETS_BY_KEY else DEFAULT_LAYOUT
        self.layout_box.setCurrentIndex(self.layout_box.findData(key))
        self._fill(PRESETS_BY_KEY[key])
        self._set_busy(True)
        self._load()

    # ---------------------------------------------------------------- the items
    def _load(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        ids = [item_id for item_id, _copies in self.entries]
        self.summary.setText(self.tr("Loading…"))
        run_in_background(
            self,
            lambda: [item_service.get_item(db, actor, item_id) for item_id in ids],
            self._loaded,
        )

    def _loaded(self, found: list[ItemData]) -> None:
        self.items = found
        self.copies = []
        self.table.setRowCount(len(found))
        for row, (item, (_id, copies)) in enumerate(zip(found, self.entries, strict=True)):
            self.table.setItem(row, 0, QTableWidgetItem(item.sku))
            self.table.setItem(row, 1, QTableWidgetItem(item.name))
            price = QTableWidgetItem(format_rupiah(item.sale_price))
            price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, price)
            box = QSpinBox(self.table)
            box.setRange(0, MAX_COPIES)
            box.setValue(max(0, min(MAX_COPIES, copies)))
            box.setAccelerated(True)
            box.valueChanged.connect(self._update)
            self.table.setCellWidget(row, 3, box)
            self.copies.append(box)
        self.loaded = True
        self._set_busy(False)
        if (
            found
            and not self._layout_chosen
            and self.layout_box.currentData() == DEFAULT_LAYOUT
            and all(item.kind == ItemKind.MATERIAL for item in found)
        ):  # materials get price labels on the shelf, not hang tags
            self.layout_box.setCurrentIndex(self.layout_box.findData(PRICE_LAYOUT))
        self._update()

    def label_entries(self) -> list[tuple[ItemData, int]]:
        """The items with the number of labels chosen for each."""
        return [(item, box.value()) for item, box in zip(self.items, self.copies, strict=True)]

    def total_labels(self) -> int:
        return sum(box.value() for box in self.copies)

    # ---------------------------------------------------------------- the layout
    def _fill(self, layout: LabelLayout) -> None:
        """Show a layout's measures in the spin boxes (without turning them into Custom)."""
        self._filling = True
        try:
            self.kind_box.setCurrentIndex(self.kind_box.findData(LabelKind(layout.kind).value))
            self.columns.setValue(layout.columns)
            self.rows.setValue(layout.rows)
            for name, box in self.measures.items():
                box.setValue(getattr(layout, name))
        finally:
            self._filling = False
        self._update()

    def _preset_chosen(self) -> None:
        key = self.layout_box.currentData()
        if key in PRESETS_BY_KEY:
            self._fill(PRESETS_BY_KEY[key])
        else:
            self._update()

    def _measure_changed(self) -> None:
        if self._filling:
            return
        # Changing a measure of a preset makes a layout of one's own.
        if self.layout_box.currentData() != CUSTOM:
            self.layout_box.blockSignals(True)
            self.layout_box.setCurrentIndex(self.layout_box.findData(CUSTOM))
            self.layout_box.blockSignals(False)
        self._update()

    def current_layout(self) -> LabelLayout:
        """The chosen preset, or the custom layout the spin boxes describe (not yet checked)."""
        key = self.layout_box.currentData()
        if key in PRESETS_BY_KEY:
            return PRESETS_BY_KEY[key]
        base = PRESETS_BY_KEY[DEFAULT_LAYOUT]
        values: dict[str, object] = {n: box.value() for n, box in self.measures.items()}
        return base.custom(
            columns=self.columns.value(),
            rows=self.rows.value(),
            kind=LabelKind(self.kind_box.currentData()),
            **values,
        )

    def _checked_layout(self) -> LabelLayout | None:
        try:
            return validate_layout(self.current_layout())
        except DomainError as exc:
            self.message.show_error(exc)
            return None

    def _update(self) -> None:
        """Start position range, the summary line and the buttons, after any change."""
        self.message.hide()
        layout = self._checked_layout()
        per_page = layout.per_page if layout is not None else max(1, self.start.maximum())
        self.start.blockSignals(True)
        self.start.setMaximum(per_page)
        self.start.blockSignals(False)
        self.start.setEnabled(layout is not None and not layout.is_roll)
        self.start_hint.setText(
            self.tr("of %1, counted left to right, top to bottom").replace("%1", str(per_page))
        )
        if not self.loaded:
            return
        total = self.total_labels()
        ok = layout is not None and total > 0
        if layout is None:
            self.summary.setText("")
        elif total == 0:
            self.summary.setText(self.tr("No labels chosen."))
        else:
            pages = layout.pages_for(total, self.start.value() - 1)
            text = (
                self.tr("%n label(s) on %1 page(s)", "", total)
                if layout.is_roll
                else self.tr("%n label(s) on %1 sheet(s)", "", total)
            )
            self.summary.setText(text.replace("%1", str(pages)))
        self.preview_button.setEnabled(ok)
        self.save_button.setEnabled(ok)

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # ---------------------------------------------------------------- drawing
    def _render(self, then) -> None:  # type: ignore[no-untyped-def]
        layout = self._checked_layout()
        if layout is None or not self.loaded:
            return
        entries = self.label_entries()
        start = self.start.value() - 1 if not layout.is_roll else 0
        centre = str(self.ctx.settings.centre_name or "")
        language = str(self.ctx.settings.language or "id")

        def work() -> bytes:
            from rumahbatik.reports.labels import render_labels

            return render_labels(
                entries, layout, centre_name=centre, language=language, start_position=start
            )

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, DomainError):
                self.message.show_error(exc)
            else:
                show_error(self, exc)

        def done(pdf: bytes) -> None:
            self._set_busy(False)
            self.last_pdf = pdf
            then(pdf)

        self._set_busy(True)
        run_in_background(self, work, done, on_error=failed)

    def show_preview(self) -> None:
        """Draw the labels and show them in the preview, where they can be printed."""
        self._render(self._show_pdf)

    def _show_pdf(self, pdf: bytes) -> None:
        from rumahbatik.ui.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, self.tr("Labels"), self._file_name(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _file_name(self) -> str:
        layout = self.current_layout()
        word = "label-gantung" if layout.kind == LabelKind.TAG else "label-harga"
        first = self.items[0].sku if self.items else ""
        return f"{word}-{first}.pdf" if first else f"{word}.pdf"

    def save_pdf(self) -> None:
        """Ask for a file name, draw the labels and write them there."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), self._file_name(), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self._render(lambda pdf: self._write(path, pdf))

    def _write(self, path: Path, pdf: bytes) -> None:
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            show_error(self, exc)
            return
        self.saved_to = path
        self.summary.setText(self.tr("Saved to %1").replace("%1", path.name))
        log.info("labels: saved %s", path)
