"""The courses: a list on the left, one course with its competency units on the right.

Save sends the whole course (units in table order) in one service call; a refusal is shown
inside the dialog and nothing is saved.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_number
from rumahbatik.services import training
from rumahbatik.services.training_types import CompetencyInput, CourseData, CourseInput
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel


class CourseDialog(QDialog):
    """Add and edit courses; ``changed`` is True once anything was saved."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course: CourseData | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Courses"))
        self.resize(820, 600)

        # ---- the list
        self.course_list = QListWidget(self)
        self.course_list.setObjectName("courseList")
        self.course_list.setMinimumWidth(200)
        self.course_list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New course"), self)
        self.new_button.clicked.connect(self.new_course)
        left = QVBoxLayout()
        left.addWidget(self.course_list, 1)
        left.addWidget(self.new_button)

        # ---- one course
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(10)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setMaximumHeight(70)
        self.days = QSpinBox(self)
        self.days.setObjectName("days")
        self.days.setRange(1, 60)
        self.pass_mark = QDoubleSpinBox(self)
        self.pass_mark.setObjectName("passMark")
        self.attendance = QDoubleSpinBox(self)
        self.attendance.setObjectName("attendance")
        for spin in (self.pass_mark, self.attendance):
            spin.setRange(0, 100)
            spin.setDecimals(2)
        self.active = QCheckBox(self.tr("In use (offered for new cohorts)"), self)
        self.active.setObjectName("active")
        self.units = QTableWidget(0, 2, self)
        self.units.setObjectName("units")
        self.units.setHorizontalHeaderLabels([self.tr("Competency unit"), self.tr("Weight")])
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.units.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 90)
        self.units.verticalHeader().setDefaultSectionSize(24)
        self.units.setMinimumHeight(7 * 24 + 30)  # the six default units without scrolling
        self.add_unit_button = QPushButton(self.tr("Add unit"), self)
        self.remove_unit_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.remove_unit_button.clicked.connect(self.remove_unit)
        self.up_button.clicked.connect(lambda: self.move_unit(-1))
        self.down_button.clicked.connect(lambda: self.move_unit(1))
        unit_bar = QHBoxLayout()
        for b in (self.add_unit_button, self.remove_unit_button, self.up_button, self.down_button):
            unit_bar.addWidget(b)
        unit_bar.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("C&ode"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Number of &days"), self.days)
        form.addRow(self.tr("&Pass mark"), self.pass_mark)
        form.addRow(self.tr("&Attendance required (%)"), self.attendance)
        form.addRow("", self.active)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(
            QLabel(self.tr("Competency units (weights count in the final score)"), self)
        )
        right.addWidget(self.units, 1)
        right.addLayout(unit_bar)
        self.message = ErrorLabel(self)
        right.addWidget(self.message)
        self.save_button = QPushButton(self.tr("&Save course"), self)
        self.save_button.setObjectName("saveCourse")
        self.save_button.clicked.connect(self.save)
        save_bar = QHBoxLayout()
        save_bar.addStretch(1)
        save_bar.addWidget(self.save_button)
        right.addLayout(save_bar)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.reload()

    # ------------------------------------------------------------------ list
    def reload(self, select_id: int | None = None) -> None:
        courses = training.list_courses(self.ctx.db, self.ctx.actor, include_inactive=True)
        self.course_list.blockSignals(True)
        self.course_list.clear()
        chosen = None
        for c in courses:
            text = f"{c.code} · {c.name}"
            if not c.active:
                text += " " + self.tr("(not in use)")
            item = QListWidgetItem(text, self.course_list)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.id == select_id:
                chosen = item
        self.course_list.blockSignals(False)
        if chosen is None and self.course_list.count():
            chosen = self.course_list.item(0)
        if chosen is not None:
            self.course_list.setCurrentItem(chosen)
            self._chosen(chosen)
        else:
            self.new_course()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        course = training.get_course(
            self.ctx.db, self.ctx.actor, int(item.data(Qt.ItemDataRole.UserRole))
        )
        self.show_course(course)

    def show_course(self, course: CourseData | None) -> None:
        self.course = course
        self.message.hide()
        self.code.setText(course.code if course else "")
        self.name.setText(course.name if course else "")
        self.description.setPlainText(course.description if course else "")
        self.days.setValue(course.days if course else 5)
        self.pass_mark.setValue(float(course.pass_mark) if course else 70.0)
        self.attendance.setValue(float(course.attendance_required) if course else 80.0)
        self.active.setChecked(course.active if course else True)
        self.units.setRowCount(0)
        if course is not None:
            for unit in sorted(course.competencies, key=lambda u: u.position):
                self._append_unit(unit.name, format_number(unit.weight), unit.id)

    def new_course(self) -> None:
        self.course_list.blockSignals(True)
        self.course_list.setCurrentItem(None)
        self.course_list.clearSelection()
        self.course_list.blockSignals(False)
        self.show_course(None)
        self.code.setFocus()

    # ------------------------------------------------------------------ units
    def _append_unit(self, name: str, weight: str, unit_id: int | None = None) -> int:
        row = self.units.rowCount()
        self.units.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(Qt.ItemDataRole.UserRole, unit_id)
        self.units.setItem(row, 0, name_item)
        weight_item = QTableWidgetItem(weight)
        weight_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.units.setItem(row, 1, weight_item)
        return row

    def add_unit(self) -> None:
        row = self._append_unit("", "1")
        self.units.setCurrentCell(row, 0)
        self.units.editItem(self.units.item(row, 0))

    def remove_unit(self) -> None:
        row = self.units.currentRow()
        if row >= 0:
            self.units.removeRow(row)

    def move_unit(self, step: int) -> None:
        row = self.units.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.units.rowCount():
            return
        items = [self.units.takeItem(row, col) for col in range(2)]
        others = [self.units.takeItem(target, col) for col in range(2)]
        for col in range(2):
            self.units.setItem(target, col, items[col])
            self.units.setItem(row, col, others[col])
        self.units.setCurrentCell(target, self.units.currentColumn())

    def unit_inputs(self) -> list[CompetencyInput]:
        out = []
        for row in range(self.units.rowCount()):
            name_item, weight_item = self.units.item(row, 0), self.units.item(row, 1)
            unit_id = name_item.data(Qt.ItemDataRole.UserRole) if name_item else None
            out.append(
                CompetencyInput(
                    name=name_item.text() if name_item else "",
                    weight=weight_item.text() if weight_item else "",
                    id=int(unit_id) if unit_id is not None else None,
                )
            )
        return out

    def value(self) -> CourseInput:
        return CourseInput(
            code=self.code.text(),
            name=self.name.text(),
            description=self.description.toPlainText(),
            days=self.days.value(),
            pass_mark=Decimal(str(round(self.pass_mark.value(), 2))),
            attendance_required=Decimal(str(round(self.attendance.value(), 2))),
            competencies=self.unit_inputs(),
            active=self.active.isChecked(),
        )

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        if self.units.state() == QAbstractItemView.State.EditingState:
            editor = QApplication.focusWidget()  # commit the cell being typed in
            if editor is not None and self.units.isAncestorOf(editor):
                self.units.commitData(editor)
        try:
            if self.course is None:
                saved = training.create_course(self.ctx.db, self.ctx.actor, self.value())
            else:
                saved = training.update_course(
                    self.ctx.db, self.ctx.actor, self.course.id, self.value()
                )
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.changed = True
        self.reload(saved.id)
