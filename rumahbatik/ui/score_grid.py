"""The scores grid: trainees × competency units, 0–100, a note per score, a practical photo.

Typing a number in a cell starts editing (``78,5`` or ``78.5``); the delegate accepts only
0–100 with up to two decimals. Notes show as tooltips and are edited with "Note…". Changes
are saved through ``training.record_scores`` in one call per batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_number
from rumahbatik.services import training
from rumahbatik.services.training_types import ScoreCell, ScoreGrid
from rumahbatik.ui.batch_saver import BatchSaver
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.operations import run_in_background

log = logging.getLogger(__name__)

SCORE_PATTERN = r"^(|100([.,]0{0,2})?|\d{1,2}([.,]\d{0,2})?)$"
LOW = Decimal(60)


def parse_score(text: str) -> Decimal | None:
    """``78,5`` → ``Decimal('78.5')``; empty → None; anything else or outside 0–100 → raises."""
    text = text.strip()
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if (
        not value.is_finite()
        or value < 0
        or value > 100
        or value != value.quantize(Decimal("0.01"))
    ):
        raise ValueError(text)
    return value


def score_text(value: Decimal | None) -> str:
    return "" if value is None else format_number(value.quantize(Decimal("0.01")), None)


class ScoreModel(QAbstractTableModel):
    """Rows are trainees; one column per unit, then the practical photo column."""

    scores_changed = Signal(object)  # dict[(enrollment_id, competency_id), ScoreCell | None]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: ScoreGrid | None = None
        self.scores: dict[tuple[int, int], ScoreCell] = {}
        self.editable = True

    def load(self, grid: ScoreGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.scores = dict(grid.scores)
        self.endResetModel()

    def units(self) -> int:
        return 0 if self.grid is None else len(self.grid.competencies)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.trainees)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else self.units() + 1

    def key(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int] | None:
        if self.grid is None or not index.isValid() or index.column() >= self.units():
            return None
        return (
            self.grid.trainees[index.row()].enrollment_id,
            self.grid.competencies[index.column()].id,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        key = self.key(index)
        if key is None:  # the photo column
            trainee = self.grid.trainees[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return "✓" if trainee.has_photo else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Practical work photo") if trainee.has_photo else None
            return None
        cell = self.scores.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if cell is None:
                return ""
            text = score_text(cell.value)
            return f"{text} ✎" if cell.note and role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None and cell.note:
            return cell.note
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.value < LOW:
            return QBrush(QColor("#f4c2bd"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if self.grid is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < self.units():
                return self.grid.competencies[section].name
            if section == self.units():
                return self.tr("Photo")
            return None
        if 0 <= section < len(self.grid.trainees):
            return self.grid.trainees[section].full_name
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and self.key(index) is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:  # noqa: N802
        key = self.key(index)
        if key is None or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        try:
            score = value if isinstance(value, Decimal) else parse_score(str(value or ""))
        except ValueError:
            return False
        old = self.scores.get(key)
        cell = None if score is None else ScoreCell(score, old.note if old else "")
        return self.set_cell(key, cell)

    def set_cell(self, key: tuple[int, int], cell: ScoreCell | None) -> bool:
        if self.grid is None:
            return False
        if self.scores.get(key) == cell:
            return True
        if cell is None:
            self.scores.pop(key, None)
        else:
            self.scores[key] = cell
        rows = {e.enrollment_id: r for r, e in enumerate(self.grid.trainees)}
        cols = {c.id: i for i, c in enumerate(self.grid.competencies)}
        idx = self.index(rows[key[0]], cols[key[1]])
        self.dataChanged.emit(idx, idx)
        self.scores_changed.emit({key: cell})
        return True


class ScoreDelegate(QStyledItemDelegate):
    """A line edit that accepts 0–100 with up to two decimals (comma or dot)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(SCORE_PATTERN), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        if not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ScoreGridWidget(QWidget):
    """The grid with Note… and Practical photo… buttons; saves by itself."""

    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort_id: int | None = None
        self.model = ScoreModel(self)
        self.view = QTableView(self)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ScoreDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(80)
        self.model.scores_changed.connect(lambda changes: self.saver.queue(changes))
        self.saver = BatchSaver(self, self._save_batch)
        self.saver.queued.connect(lambda: self.status.setText(self.tr("Saving…")))
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)

        self.note_button = QPushButton(self.tr("Note…"), self)
        self.note_button.clicked.connect(self.edit_note)
        self.photo_button = QPushButton(self.tr("Practical photo…"), self)
        self.photo_button.clicked.connect(self.choose_photo)
        self.status = QLabel(self)
        hint = QLabel(
            self.tr("Type a score from 0 to 100 (e.g. 78,5); cells below 60 are red."), self
        )
        top = QHBoxLayout()
        top.addWidget(self.note_button)
        top.addWidget(self.photo_button)
        top.addWidget(hint, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def load(self, cohort_id: int, editable: bool = True) -> None:
        self.cohort_id = cohort_id
        self.model.editable = editable
        self.note_button.setEnabled(editable)
        self.photo_button.setEnabled(editable)
        self.model.load(training.score_grid(self.ctx.db, self.ctx.actor, cohort_id))
        self.view.verticalHeader().setMinimumWidth(180)
        header = self.view.horizontalHeader()
        units = self.model.units()
        for col in range(units):  # a cohort has a handful of units: fit their names
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(units, QHeaderView.ResizeMode.Stretch)

    @property
    def pending(self) -> dict:
        return self.saver.pending

    @property
    def saving(self) -> bool:
        return self.saver.saving

    def flush(self) -> None:
        """Save what changed since the last save, in one service call."""
        if self.cohort_id is not None:
            self.saver.flush()

    def _save_batch(self, batch: dict) -> Callable[[], int]:
        db, actor, cohort_id = self.ctx.db, self.ctx.actor, self.cohort_id
        assert cohort_id is not None
        return lambda: training.record_scores(db, actor, cohort_id, batch)

    def _saved(self, count: int) -> None:
        self.status.setText(self.tr("Saved"))
        self.saved.emit(count)
        self.ctx.bus.changed.emit("training")

    def _failed(self, exc: BaseException) -> None:
        from rumahbatik.ui.errors import show_error

        self.status.setText("")
        show_error(self, exc)
        if self.cohort_id is not None:
            self.load(self.cohort_id, self.model.editable)

    def edit_note(self) -> None:
        index = self.view.currentIndex()
        key = self.model.key(index)
        if key is None:
            return
        cell = self.model.scores.get(key)
        if cell is None:
            self.status.setText(self.tr("Enter the score first, then its note."))
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Note"), self.tr("Note on this score:"), text=cell.note
        )
        if ok:
            self.model.set_cell(key, ScoreCell(cell.value, text.strip()))

    def choose_photo(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or self.model.grid is None:
            return
        trainee = self.model.grid.trainees[index.row()]
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Practical work photo of %1").replace("%1", trainee.full_name),
            "",
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if not name:
            return
        data = Path(name).read_bytes()
        db, actor, cohort_id = self.ctx.db, self.ctx.actor, self.cohort_id
        assert cohort_id is not None
        run_in_background(
            self,
            lambda: training.set_practical_photo(db, actor, trainee.enrollment_id, data),
            lambda _path: self.load(cohort_id, self.model.editable),
        )
