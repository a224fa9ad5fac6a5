"""The training screen: the cohort list and one cohort's trainees, attendance, scores,
progress, graduation (results, overrides, artisans, certificates) and report.

Instructors see only their own cohorts: the services decide, this screen shows what it gets.
Long work (closing a cohort, drawing PDFs) runs in the background.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_date, format_number
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.training import (
    COHORT_STATUS_LABELS,
    RESULT_LABELS,
    CohortStatus,
    EnrollmentStatus,
    Result,
)
from rumahbatik.domain.validation import format_phone
from rumahbatik.services import certificates, training
from rumahbatik.services.people import PersonInput
from rumahbatik.services.training_types import CohortData, CohortFilter, CohortProgress, Progress
from rumahbatik.ui.attendance_grid import AttendanceGridWidget
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background, run_with_progress
from rumahbatik.ui.score_grid import ScoreGridWidget

log = logging.getLogger(__name__)

AT_RISK = QColor("#fbe3a6")
FAILED = QColor("#f4c2bd")


def _score(value: Any) -> str:
    if value is None:
        return ""
    text = format_number(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TrainingPage(QWidget):
    """Cohort list on the left, the chosen cohort's tabs on the right."""

    verify_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort: CohortData | None = None
        self.progress: CohortProgress | None = None
        self.last_pdf: bytes | None = None
        self.preview: QWidget | None = None

        # ---- the list
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All cohorts"), "")
        for status in CohortStatus:
            self.status_filter.addItem(t("Training", COHORT_STATUS_LABELS[status]), status.value)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.cohort_list = QListWidget(self)
        self.cohort_list.setObjectName("cohortList")
        self.cohort_list.setMinimumWidth(240)
        self.cohort_list.setSpacing(3)
        self.cohort_list.setWordWrap(True)
        self.cohort_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cohort_list.currentItemChanged.connect(self._cohort_chosen)
        self.verify_button = QPushButton(self.tr("Verify a certificate…"), self)
        self.verify_button.clicked.connect(self.open_verify)
        self.new_cohort_button = QPushButton(self.tr("New cohort…"), self)
        self.new_cohort_button.setObjectName("newCohort")
        self.edit_cohort_button = QPushButton(self.tr("Edit cohort…"), self)
        self.edit_cohort_button.setObjectName("editCohort")
        self.courses_button = QPushButton(self.tr("Courses…"), self)
        self.courses_button.setObjectName("courses")
        self.new_cohort_button.clicked.connect(self.new_cohort)
        self.edit_cohort_button.clicked.connect(self.edit_cohort)
        self.courses_button.clicked.connect(self.open_courses)
        manage = QHBoxLayout()
        for button in (self.new_cohort_button, self.edit_cohort_button, self.courses_button):
            button.setVisible(ctx.actor.can(Permission.MANAGE_ALL_COHORTS))
            manage.addWidget(button)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.status_filter)
        lv.addWidget(self.cohort_list, 1)
        lv.addLayout(manage)
        lv.addWidget(self.verify_button)

        # ---- the cohort
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.trainees_tab = self._build_trainees_tab()
        self.attendance = AttendanceGridWidget(ctx, self)
        self.scores = ScoreGridWidget(ctx, self)
        self.progress_table = _table(self, [])
        self.progress_table.verticalHeader().hide()
        self.graduation_tab = self._build_graduation_tab()
        self.report_tab = self._build_report_tab()
        self.tabs.addTab(self.trainees_tab, self.tr("Trainees"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.scores, self.tr("Scores"))
        self.tabs.addTab(self.progress_table, self.tr("Progress"))
        self.tabs.addTab(self.graduation_tab, self.tr("Graduation"))
        self.tabs.addTab(self.report_tab, self.tr("Report"))
        self.tabs.currentChanged.connect(self._tab_changed)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.tabs, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    # ------------------------------------------------------------------ tabs
    def _build_trainees_tab(self) -> QWidget:
        tab = QWidget(self)
        self.trainee_table = _table(
            tab,
            [
                self.tr("Name"),
                self.tr("L/P"),
                self.tr("Kecamatan"),
                self.tr("Phone"),
                self.tr("Status"),
            ],
        )
        header = self.trainee_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 44), (2, 120), (3, 130), (4, 140)):
            header.resizeSection(col, width)
        self.enrol_button = QPushButton(self.tr("Enrol a person…"), tab)
        self.new_person_button = QPushButton(self.tr("Enrol a new person…"), tab)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), tab)
        self.enrol_button.clicked.connect(self.enrol_existing)
        self.new_person_button.clicked.connect(self.enrol_new)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.trainee_count = QLabel(tab)
        bar = QHBoxLayout()
        for w in (self.enrol_button, self.new_person_button, self.withdraw_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.trainee_count)
        v = QVBoxLayout(tab)
        v.addLayout(bar)
        v.addWidget(self.trainee_table, 1)
        return tab

    def _build_graduation_tab(self) -> QWidget:
        tab = QWidget(self)
        self.close_button = QPushButton(self.tr("Close the cohort and compute results"), tab)
        self.override_button = QPushButton(self.tr("Override a result…"), tab)
        self.artisans_button = QPushButton(self.tr("Make the graduates artisans"), tab)
        self.certificates_button = QPushButton(self.tr("Issue and print certificates…"), tab)
        self.letters_button = QPushButton(self.tr("Participation letters…"), tab)
        self.one_per_file_button = QPushButton(self.tr("Certificates, one file each…"), tab)
        self.close_button.clicked.connect(self.close_cohort)
        self.override_button.clicked.connect(self.override_selected)
        self.artisans_button.clicked.connect(self.make_artisans)
        self.certificates_button.clicked.connect(lambda: self.issue(participation=False))
        self.letters_button.clicked.connect(lambda: self.issue(participation=True))
        self.one_per_file_button.clicked.connect(self.one_file_each)
        self.graduation_status = QLabel(tab)
        self.graduation_status.setWordWrap(True)
        v = QVBoxLayout(tab)
        for w in (
            self.close_button,
            self.override_button,
            self.artisans_button,
            self.certificates_button,
            self.letters_button,
            self.one_per_file_button,
        ):
            v.addWidget(w)
        v.addWidget(self.graduation_status)
        v.addStretch(1)
        self.override_button.setVisible(self.ctx.actor.can(Permission.MANAGE_ALL_COHORTS))
        return tab

    def _build_report_tab(self) -> QWidget:
        tab = QWidget(self)
        self.report_pdf_button = QPushButton(self.tr("Cohort report (PDF)…"), tab)
        self.report_xlsx_button = QPushButton(self.tr("Cohort report (Excel)…"), tab)
        self.report_pdf_button.clicked.connect(lambda: self.report(excel=False))
        self.report_xlsx_button.clicked.connect(lambda: self.report(excel=True))
        v = QVBoxLayout(tab)
        v.addWidget(self.report_pdf_button)
        v.addWidget(self.report_xlsx_button)
        self.report_status = QLabel(tab)
        v.addWidget(self.report_status)
        v.addStretch(1)
        return tab

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        status = str(self.status_filter.currentData() or "")
        rows = training.list_cohorts(self.ctx.db, self.ctx.actor, CohortFilter(status=status))
        keep = self.cohort.id if self.cohort else None
        self.cohort_list.blockSignals(True)
        self.cohort_list.clear()
        chosen = None
        for row in rows:
            text = (
                f"{row.code} · {row.course_name}\n{format_date(row.start_date)}–"
                f"{format_date(row.end_date)} · {t('Training', COHORT_STATUS_LABELS[row.status])}"
                f" · {row.enrolled_count}/{row.capacity}"
            )
            item = QListWidgetItem(text, self.cohort_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id == keep:
                chosen = item
        self.cohort_list.blockSignals(False)
        if chosen is None and self.cohort_list.count():
            chosen = self.cohort_list.item(0)
        if chosen is not None:
            self.cohort_list.setCurrentItem(chosen)
            self.load_cohort(int(chosen.data(Qt.ItemDataRole.UserRole)))
        else:
            self.cohort = None
            self.heading.setText(self.tr("No cohorts yet."))
        self.edit_cohort_button.setEnabled(self.cohort is not None)

    def select_cohort(self, cohort_id: int) -> None:
        for i in range(self.cohort_list.count()):
            item = self.cohort_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == cohort_id:
                self.cohort_list.setCurrentItem(item)
                return

    def _cohort_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.load_cohort(int(item.data(Qt.ItemDataRole.UserRole)))

    def editable(self) -> bool:
        return self.cohort is not None and self.cohort.status != CohortStatus.FINISHED

    def load_cohort(self, cohort_id: int) -> None:
        c = training.cohort_detail(self.ctx.db, self.ctx.actor, cohort_id)
        self.cohort = c
        instructors = ", ".join(i.full_name or i.username for i in c.instructors) or "–"
        instructors_label = self.tr("Instructors")
        self.heading.setText(
            f"<b style='font-size:14pt'>{c.code}</b> · {c.course.name}<br>"
            f"{format_date(c.start_date)}–{format_date(c.end_date)} · {c.venue} · "
            f"{c.funding_source} · {instructors_label}: {instructors} · "
            f"{t('Training', COHORT_STATUS_LABELS[c.status])}"
        )
        self._load_trainees()
        self.attendance.load(c.id, self.editable())
        self.scores.load(c.id, self.editable())
        self._load_progress()
        finished = c.status == CohortStatus.FINISHED
        for w in (self.enrol_button, self.new_person_button, self.withdraw_button):
            w.setEnabled(not finished)
        self.close_button.setEnabled(not finished)
        for w in (
            self.override_button,
            self.artisans_button,
            self.certificates_button,
            self.letters_button,
            self.one_per_file_button,
        ):
            w.setEnabled(finished)

    def _load_trainees(self) -> None:
        assert self.cohort is not None
        rows = training.trainees(self.ctx.db, self.ctx.actor, self.cohort.id)
        self.trainee_table.setRowCount(len(rows))
        for r, tr in enumerate(rows):
            status = {
                EnrollmentStatus.ENROLLED: self.tr("enrolled"),
                EnrollmentStatus.WAITLIST: self.tr("waiting list #%1").replace(
                    "%1", str(tr.waitlist_position or "")
                ),
                EnrollmentStatus.WITHDRAWN: self.tr("withdrawn"),
            }[tr.status]
            phone = format_phone(tr.phone) if tr.phone else ""
            values = [tr.full_name, tr.gender or "", tr.kecamatan, phone, status]
            for col, value in enumerate(values):
                self.trainee_table.setItem(r, col, _item(value, tr.enrollment_id))
        self.trainee_count.setText(
            self.tr("%1 enrolled, %2 waiting")
            .replace("%1", str(sum(1 for x in rows if x.status == EnrollmentStatus.ENROLLED)))
            .replace("%2", str(sum(1 for x in rows if x.status == EnrollmentStatus.WAITLIST)))
        )

    def _load_progress(self) -> None:
        assert self.cohort is not None
        p = training.cohort_progress(self.ctx.db, self.ctx.actor, self.cohort.id)
        self.progress = p
        units = self.cohort.course.competencies
        headers = [
            self.tr("Name"),
            self.tr("Attendance %"),
            *[u.name for u in units],
            self.tr("Final"),
            self.tr("Result"),
            self.tr("Rule"),
        ]
        table = self.progress_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(p.rows) + 1)
        for r, row in enumerate(p.rows):
            self._progress_row(r, row, [u.id for u in units])
        last = len(p.rows)
        averages = [
            self.tr("Cohort average"),
            _score(p.average_attendance),
            *[_score(p.average_scores.get(u.id)) for u in units],
            _score(p.average_final),
            "",
            self.tr("%1 passed, %2 did not, %3 open")
            .replace("%1", str(p.passed))
            .replace("%2", str(p.failed))
            .replace("%3", str(p.undecided)),
        ]
        for col, value in enumerate(averages):
            item = _item(value)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            if 0 < col < len(averages) - 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(last, col, item)
        header = table.horizontalHeader()
        for col in range(len(headers) - 1):
            table.resizeColumnToContents(col)
        # the rule fills what is left and shows in full as a tooltip
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)

    def _progress_row(self, r: int, row: Progress, unit_ids: list[int]) -> None:
        result = t("Training", RESULT_LABELS[row.result]) if row.result else ""
        if row.overridden:
            result += " *"
        rule = t("Training", row.rule)
        for key, value in row.rule_params.items():
            rule = rule.replace("{" + key + "}", str(value))
        values = [
            row.full_name,
            _score(row.attendance_pct),
            *[_score(row.scores.get(u)) for u in unit_ids],
            _score(row.final_score),
            result,
            rule + (f" — {row.override_reason}" if row.override_reason else ""),
        ]
        for col, value in enumerate(values):
            item = _item(value, row.enrollment_id)
            if 0 < col < len(values) - 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.result == Result.FAILED:
                item.setBackground(QBrush(FAILED))
            elif row.at_risk:
                item.setBackground(QBrush(AT_RISK))
                item.setToolTip(self.tr("At risk of not passing"))
            if col == len(values) - 1:
                item.setToolTip(value)
            self.progress_table.setItem(r, col, item)

    def _tab_changed(self, _index: int) -> None:
        self.attendance.flush()
        self.scores.flush()
        if self.cohort is not None and self.tabs.currentWidget() is self.progress_table:
            self._load_progress()

    def _on_change(self, area: str) -> None:
        if area in ("training", "people") and self.cohort is not None:
            if self.tabs.currentWidget() is self.progress_table:
                self._load_progress()

    # ------------------------------------------------------------------ trainees
    def _selected_enrollment(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return int(value) if value is not None else None

    def enrol_existing(self) -> None:
        from rumahbatik.ui.person_picker import PersonPicker

        picker = PersonPicker(self.ctx, self)
        picker.chosen.connect(self._enrol_ids)
        picker.open()

    def _enrol_ids(self, person_ids: list[int]) -> None:
        assert self.cohort is not None
        training.enrol(self.ctx.db, self.ctx.actor, self.cohort.id, person_ids=person_ids)
        self._after_enrol()

    def enrol_new(self) -> None:
        if self.cohort is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New trainee"), self.tr("Full name of the new person:")
        )
        if not ok or not name.strip():
            return
        from rumahbatik.ui.errors import show_error

        try:
            training.enrol(
                self.ctx.db,
                self.ctx.actor,
                self.cohort.id,
                new_people=[PersonInput(full_name=name.strip())],
            )
        except Exception as exc:  # noqa: BLE001 - a refused enrolment is shown, not raised
            show_error(self, exc)
            return
        self._after_enrol()

    def _after_enrol(self) -> None:
        assert self.cohort is not None
        self.ctx.bus.changed.emit("training")
        self.load_cohort(self.cohort.id)

    def withdraw_selected(self) -> None:
        eid = self._selected_enrollment(self.trainee_table)
        if eid is None or self.cohort is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw"), self.tr("Reason:"))
        if not ok:
            return
        training.withdraw(self.ctx.db, self.ctx.actor, eid, reason.strip())
        self._after_enrol()

    # ------------------------------------------------------------------ graduation
    def close_cohort(self) -> None:
        if self.cohort is None:
            return
        self.attendance.flush()
        self.scores.flush()
        db, actor, cid = self.ctx.db, self.ctx.actor, self.cohort.id
        self.close_button.setEnabled(False)
        run_in_background(self, lambda: training.close_cohort(db, actor, cid), self._closed)

    def _closed(self, progress: CohortProgress) -> None:
        self.graduation_status.setText(
            self.tr("Closed: %1 passed, %2 did not pass.")
            .replace("%1", str(progress.passed))
            .replace("%2", str(progress.failed))
        )
        self.ctx.bus.changed.emit("training")
        self.refresh()

    def override_selected(self) -> None:
        table = self.progress_table
        eid = self._selected_enrollment(table)
        if eid is None:
            self.graduation_status.setText(self.tr("Choose a trainee on the Progress tab first."))
            return
        labels = [t("Training", RESULT_LABELS[r]) for r in Result]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Override result"), self.tr("New result:"), labels, 0, False
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Override result"), self.tr("Reason (kept in the audit log):")
        )
        if not ok:
            return
        from rumahbatik.ui.errors import show_error

        result = list(Result)[labels.index(choice)]
        try:
            training.override_result(self.ctx.db, self.ctx.actor, eid, result, reason)
        except Exception as exc:  # noqa: BLE001 - refused (no reason, no right): shown
            show_error(self, exc)
            return
        self._load_progress()

    def make_artisans(self) -> None:
        if self.cohort is None:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.cohort.id
        run_in_background(
            self,
            lambda: training.graduates_to_artisans(db, actor, cid),
            lambda people: (
                self.graduation_status.setText(
                    self.tr("%n graduate(s) are now artisans of the centre.", "", len(people))
                ),
                self.ctx.bus.changed.emit("people"),
            ),
        )

    def issue(self, participation: bool) -> None:
        """Issue (or re-use) the cohort's documents, draw them, then show the preview."""
        if self.cohort is None:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.cohort.id
        kind = "participation" if participation else "certificate"

        def work(progress: Any) -> bytes:
            from rumahbatik.domain.training import CertificateKind
            from rumahbatik.reports.certificates import certificates_pdf

            certificates.issue_certificates(db, actor, cid, participation=participation)
            progress(1, 3)
            docs = certificates.certificate_data(db, actor, cid, kind=CertificateKind(kind))
            progress(2, 3)
            return certificates_pdf(docs)

        run_with_progress(
            self, self.tr("Drawing the documents…"), work, lambda pdf: self._show_pdf(pdf, kind)
        )

    def _show_pdf(self, pdf: bytes, kind: str) -> None:
        from rumahbatik.ui.pdf_preview import PdfPreviewDialog

        assert self.cohort is not None
        self.last_pdf = pdf
        title = (
            self.tr("Participation letters %1")
            if kind == "participation"
            else self.tr("Certificates %1")
        ).replace("%1", self.cohort.code)
        name = f"{'surat-keterangan' if kind == 'participation' else 'sertifikat'}-{self.cohort.code}.pdf"
        dialog = PdfPreviewDialog(pdf, title, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.open()  # window-modal, without a nested event loop

    def one_file_each(self) -> None:
        if self.cohort is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"))
        if not folder:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.cohort.id

        def work(progress: Any) -> list[Path]:
            from rumahbatik.domain.training import CertificateKind
            from rumahbatik.reports.certificates import render_one_per_file

            certificates.issue_certificates(db, actor, cid)
            docs = certificates.certificate_data(db, actor, cid, kind=CertificateKind.CERTIFICATE)
            return render_one_per_file(docs, Path(folder))

        run_with_progress(
            self,
            self.tr("Drawing the certificates…"),
            work,
            lambda paths: self.graduation_status.setText(
                self.tr("%n file(s) written.", "", len(paths))
            ),
        )

    # ------------------------------------------------------------------ report
    def report(self, excel: bool) -> None:
        if self.cohort is None:
            return
        from rumahbatik.services.training_report import cohort_report

        suffix = ".xlsx" if excel else ".pdf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the cohort report"),
            f"laporan-{self.cohort.code}{suffix}",
            self.tr("Excel (*.xlsx)") if excel else self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, self.cohort.id

        def work(_progress: Any) -> bytes:
            from rumahbatik.reports import training_report

            data = cohort_report(db, actor, cid)
            buf = io.BytesIO()
            if excel:
                training_report.write_cohort_report_xlsx(data, buf)
            else:
                training_report.write_cohort_report_pdf(data, buf)
            Path(name).write_bytes(buf.getvalue())
            return buf.getvalue()

        run_with_progress(
            self,
            self.tr("Writing the report…"),
            work,
            lambda _b: self.report_status.setText(self.tr("Saved: %1").replace("%1", name)),
        )

    # ------------------------------------------------------------------ cohorts and courses
    def new_cohort(self) -> None:
        self._open_cohort_dialog(None)

    def edit_cohort(self) -> None:
        if self.cohort is not None:
            self._open_cohort_dialog(self.cohort)

    def _open_cohort_dialog(self, cohort: CohortData | None) -> Any:
        from rumahbatik.ui.cohort_dialog import CohortDialog

        dialog = CohortDialog(self.ctx, cohort, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.cohort_saved(dialog.saved))
        dialog.open()
        return dialog

    def cohort_saved(self, saved: CohortData | None) -> None:
        """Show the list again with the new or changed cohort chosen."""
        if saved is None:
            return
        self.cohort = saved
        self.refresh()
        current = self.cohort_list.currentItem()
        if current is None or current.data(Qt.ItemDataRole.UserRole) != saved.id:
            self.cohort = saved
            self.status_filter.setCurrentIndex(0)  # it is hidden by the filter: show all
        self.ctx.bus.changed.emit("training")

    def open_courses(self) -> Any:
        from rumahbatik.ui.course_dialog import CourseDialog

        dialog = CourseDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._courses_closed(dialog.changed))
        dialog.open()
        return dialog

    def _courses_closed(self, changed: bool) -> None:
        if changed:
            self.refresh()
            self.ctx.bus.changed.emit("training")

    # ------------------------------------------------------------------ verify
    def open_verify(self) -> None:
        from rumahbatik.ui.verify_page import VerifyDialog

        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
