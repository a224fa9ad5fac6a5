"""The attendance grid: trainees × training days, one click or one key per cell.

Click or Space cycles present → late → excused → absent → (not taken); the keys P/H (present,
hadir), L/T (late, terlambat), I/E (excused, izin) and A (absent, alpa) set a mark directly and
move down one trainee; Delete clears; arrows move. Changes are collected and saved through
``training.record_attendance`` in one call per batch (a short pause after the last change).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.training import MARK_LABELS, Mark
from rumahbatik.services import training
from rumahbatik.services.training_types import AttendanceGrid
from rumahbatik.ui.batch_saver import BatchSaver
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t

log = logging.getLogger(__name__)

CYCLE: list[Mark | None] = [Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT, None]
KEYS: dict[int, Mark] = {
    Qt.Key.Key_P: Mark.PRESENT,
    Qt.Key.Key_H: Mark.PRESENT,
    Qt.Key.Key_L: Mark.LATE,
    Qt.Key.Key_T: Mark.LATE,
    Qt.Key.Key_I: Mark.EXCUSED,
    Qt.Key.Key_E: Mark.EXCUSED,
    Qt.Key.Key_A: Mark.ABSENT,
}
COLOURS: dict[Mark, str] = {
    Mark.PRESENT: "#cfe8c6",
    Mark.LATE: "#fbe3a6",
    Mark.EXCUSED: "#cfe0f5",
    Mark.ABSENT: "#f4c2bd",
}


def next_mark(mark: Mark | None) -> Mark | None:
    return CYCLE[(CYCLE.index(mark) + 1) % len(CYCLE)]


class AttendanceModel(QAbstractTableModel):
    """Rows are enrolled trainees, columns the training days, cells their marks."""

    marks_changed = Signal(object)  # dict[(enrollment_id, day), Mark | None]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self.marks: dict[tuple[int, date], Mark] = {}
        self.editable = True

    def load(self, grid: AttendanceGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.marks = dict(grid.marks)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.trainees)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days)

    def key(self, index: QModelIndex) -> tuple[int, date]:
        assert self.grid is not None
        return (self.grid.trainees[index.row()].enrollment_id, self.grid.days[index.column()])

    def mark(self, index: QModelIndex) -> Mark | None:
        return self.marks.get(self.key(index))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        mark = self.marks.get(self.key(QModelIndex(index)))
        if role == Qt.ItemDataRole.DisplayRole:
            return t("Training", MARK_LABELS[mark]) if mark else ""
        if role == Qt.ItemDataRole.BackgroundRole and mark:
            return QBrush(QColor(COLOURS[mark]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return mark.value if mark else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if self.grid is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.grid.days):
                d = self.grid.days[section]
                return (
                    self.tr("Day %1\n%2")
                    .replace("%1", str(section + 1))
                    .replace("%2", d.strftime("%d/%m"))
                )
            return None
        if 0 <= section < len(self.grid.trainees):
            return self.grid.trainees[section].full_name
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_marks(self, changes: dict[tuple[int, date], Mark | None]) -> None:
        """Change cells locally and announce the change (the widget saves it)."""
        if not self.editable or self.grid is None or not changes:
            return
        rows = {e.enrollment_id: r for r, e in enumerate(self.grid.trainees)}
        cols = {d: c for c, d in enumerate(self.grid.days)}
        for (eid, day), mark in changes.items():
            if mark is None:
                self.marks.pop((eid, day), None)
            else:
                self.marks[(eid, day)] = mark
            idx = self.index(rows[eid], cols[day])
            self.dataChanged.emit(idx, idx)
        self.marks_changed.emit(dict(changes))

    def percent(self, row: int) -> int | None:
        """Share of the days taken so far that this trainee was present or late."""
        if self.grid is None:
            return None
        eid = self.grid.trainees[row].enrollment_id
        taken = [
            d
            for d in self.grid.days
            if any((e.enrollment_id, d) in self.marks for e in self.grid.trainees)
        ]
        if not taken:
            return None
        here = sum(1 for d in taken if self.marks.get((eid, d)) in (Mark.PRESENT, Mark.LATE))
        return round(100 * here / len(taken))


class AttendanceView(QTableView):
    """The table with the roll-call keys."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.clicked.connect(self._cycle)

    def _cycle(self, index: QModelIndex) -> None:
        if index.isValid():
            m = self.grid_model
            m.set_marks({m.key(index): next_mark(m.mark(index))})

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        key = event.key()
        m = self.grid_model
        if index.isValid() and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if key in KEYS:
                targets = self.selectionModel().selectedIndexes() or [index]
                if index not in targets:
                    targets = [index]
                m.set_marks({m.key(i): KEYS[Qt.Key(key)] for i in targets})
                if len(targets) == 1 and index.row() + 1 < m.rowCount():
                    self.setCurrentIndex(m.index(index.row() + 1, index.column()))
                event.accept()
                return
            if key == Qt.Key.Key_Space:
                self._cycle(index)
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                targets = self.selectionModel().selectedIndexes() or [index]
                m.set_marks({m.key(i): None for i in targets})
                event.accept()
                return
        super().keyPressEvent(event)


class AttendanceGridWidget(QWidget):
    """The grid, an 'all present' button for the selected day and a legend; saves by itself."""

    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort_id: int | None = None
        self.model = AttendanceModel(self)
        self.view = AttendanceView(self.model, self)
        self.model.marks_changed.connect(lambda changes: self.saver.queue(changes))
        self.saver = BatchSaver(self, self._save_batch)
        self.saver.queued.connect(lambda: self.status.setText(self.tr("Saving…")))
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)

        self.all_present_button = QPushButton(self.tr("All present for the selected day"), self)
        self.all_present_button.clicked.connect(self.all_present)
        self.status = QLabel(self)
        legend = QLabel(
            self.tr(
                "Keys: P present · L late · I excused (izin) · A absent (alpa) · Space cycles · Del clears"
            ),
            self,
        )
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.all_present_button)
        top.addWidget(legend, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def load(self, cohort_id: int, editable: bool = True) -> None:
        self.cohort_id = cohort_id
        self.model.editable = editable
        self.all_present_button.setEnabled(editable)
        grid = training.attendance_grid(self.ctx.db, self.ctx.actor, cohort_id)
        self.model.load(grid)
        self.view.verticalHeader().setMinimumWidth(180)

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
        return lambda: training.record_attendance(db, actor, cohort_id, batch)

    def _saved(self, count: int) -> None:
        self.status.setText(self.tr("Saved"))
        self.saved.emit(count)
        self.ctx.bus.changed.emit("training")

    def _failed(self, exc: BaseException) -> None:
        from rumahbatik.ui.errors import show_error

        self.status.setText("")
        show_error(self, exc)
        if self.cohort_id is not None:  # show what the database really holds
            self.load(self.cohort_id, self.model.editable)

    def all_present(self) -> None:
        """Mark every trainee present on the selected day (cells already marked stay)."""
        index = self.view.currentIndex()
        if self.model.grid is None or not self.model.grid.days:
            return
        col = index.column() if index.isValid() else 0
        day = self.model.grid.days[col]
        changes: dict[tuple[int, date], Mark | None] = {
            (e.enrollment_id, day): Mark.PRESENT
            for e in self.model.grid.trainees
            if (e.enrollment_id, day) not in self.model.marks
        }
        self.model.set_marks(changes)
