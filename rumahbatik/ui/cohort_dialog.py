"""Create or edit a cohort (angkatan): course, code, dates, venue, funding, capacity, instructors.

One Save is one service call; a refusal is shown inside the dialog and nothing is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.services import training
from rumahbatik.services.training_types import CohortData, CohortInput
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel

#: Suggestions for the funding source; any other text may be typed.
FUNDING_SOURCES = ("DAK non-fisik", "APBD Kota Probolinggo", "APBN")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class CohortDialog(QDialog):
    """A new cohort (``cohort`` None) or an existing one to change."""

    def __init__(
        self, ctx: UiContext, cohort: CohortData | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort = cohort
        self.saved: CohortData | None = None
        self.setWindowTitle(self.tr("New cohort") if cohort is None else self.tr("Edit cohort"))
        self.setMinimumWidth(460)

        self.course = QComboBox(self)
        self.course.setObjectName("course")
        courses = training.list_courses(ctx.db, ctx.actor)
        if cohort is not None and all(c.id != cohort.course.id for c in courses):
            courses.append(cohort.course)  # an inactive course stays choosable for its cohorts
        for c in courses:
            self.course.addItem(f"{c.code} · {c.name}", c.id)
        self.course_codes = {c.id: c.code for c in courses}
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(20)
        today = QDate.currentDate()
        self.start = QDateEdit(today, self)
        self.start.setObjectName("start")
        self.end = QDateEdit(today.addDays(4), self)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.venue = QLineEdit(self)
        self.venue.setObjectName("venue")
        self.funding = QComboBox(self)
        self.funding.setObjectName("funding")
        self.funding.setEditable(True)
        self.funding.addItems(list(FUNDING_SOURCES))
        self.programme = QLineEdit(self)
        self.programme.setObjectName("programme")
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 500)
        self.capacity.setValue(30)
        self.instructors = QListWidget(self)
        self.instructors.setObjectName("instructors")
        self.instructors.setMaximumHeight(110)
        for user_id, username, full_name in training.instructors(ctx.db, ctx.actor):
            self._add_instructor(user_id, full_name or username)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)

        if cohort is not None:
            self.course.setCurrentIndex(self.course.findData(cohort.course.id))
            self.code.setText(cohort.code)
            self.start.setDate(_qdate(cohort.start_date))
            self.end.setDate(_qdate(cohort.end_date))
            self.venue.setText(cohort.venue)
            self.funding.setCurrentText(cohort.funding_source)
            self.programme.setText(cohort.programme)
            self.capacity.setValue(cohort.capacity)
            self.notes.setPlainText(cohort.notes)
            chosen = {i.user_id for i in cohort.instructors}
            listed = set()
            for row in range(self.instructors.count()):
                item = self.instructors.item(row)
                listed.add(item.data(Qt.ItemDataRole.UserRole))
                if item.data(Qt.ItemDataRole.UserRole) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)
            for ref in cohort.instructors:  # no longer an active instructor: shown, still ticked
                if ref.user_id not in listed:
                    self._add_instructor(ref.user_id, ref.full_name or ref.username, True)
        else:
            self.funding.setCurrentIndex(0)
        self.course.currentIndexChanged.connect(self._update_placeholder)
        self.start.dateChanged.connect(self._update_placeholder)
        self._update_placeholder()

        form = QFormLayout()
        form.addRow(self.tr("&Course"), self.course)
        form.addRow(self.tr("C&ode"), self.code)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Funding source"), self.funding)
        form.addRow(self.tr("&Programme"), self.programme)
        form.addRow(self.tr("C&apacity"), self.capacity)
        form.addRow(self.tr("&Instructors"), self.instructors)
        form.addRow(self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _add_instructor(self, user_id: int, name: str, checked: bool = False) -> None:
        item = QListWidgetItem(name, self.instructors)
        item.setData(Qt.ItemDataRole.UserRole, user_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_placeholder(self) -> None:
        course_code = self.course_codes.get(self.course.currentData(), "")
        year = self.start.date().year()
        sample = (
            training.suggest_cohort_code(self.ctx.db, self.ctx.actor, course_code, year)
            if course_code
            else f"{course_code}-{year}-nn"
        )
        self.code.setPlaceholderText(self.tr("Automatic: {code}").format(code=sample))

    def chosen_instructors(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.instructors.item(r) for r in range(self.instructors.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> CohortInput:
        return CohortInput(
            course_id=int(self.course.currentData() or 0),
            start_date=_pydate(self.start.date()),
            end_date=_pydate(self.end.date()),
            code=self.code.text(),
            venue=self.venue.text(),
            funding_source=self.funding.currentText(),
            programme=self.programme.text(),
            capacity=self.capacity.value(),
            instructor_ids=self.chosen_instructors(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            if self.cohort is None:
                self.saved = training.create_cohort(self.ctx.db, self.ctx.actor, self.value())
            else:
                self.saved = training.update_cohort(
                    self.ctx.db, self.ctx.actor, self.cohort.id, self.value()
                )
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.accept()
