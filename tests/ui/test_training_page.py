"""The training page: a cohort from enrolment to printed certificates, through the GUI."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from rumahbatik.domain.training import CohortStatus, Mark
from rumahbatik.services import certificates, training
from rumahbatik.ui.training_page import TrainingPage
from rumahbatik.ui.verify_page import VerifyDialog
from tests.ui.training_helpers import NAMES, make_cohort


@pytest.fixture
def page(qtbot, sqlite_db):
    setup = make_cohort(sqlite_db)
    widget = TrainingPage(setup.ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setup = setup
    return widget


def test_a_cohort_from_enrolment_to_certificates(qtbot, page, monkeypatch, tmp_path):
    s = page.setup
    assert page.cohort_list.count() == 1 and page.cohort.code == s.cohort.code
    assert page.trainee_table.rowCount() == len(NAMES)

    # enrol one more as a new person
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Eka Wulandari", True))
    )
    page.enrol_new()
    assert page.trainee_table.rowCount() == len(NAMES) + 1
    names = [page.trainee_table.item(r, 0).text() for r in range(page.trainee_table.rowCount())]
    assert "Eka Wulandari" in names

    # attendance: everyone present on every day with the keyboard (P moves down)
    page.tabs.setCurrentWidget(page.attendance)
    view = page.attendance.view
    view.setFocus()
    for col in range(5):
        view.setCurrentIndex(page.attendance.model.index(0, col))
        for _ in range(len(NAMES) + 1):
            qtbot.keyClick(view, Qt.Key.Key_P)
    view.setCurrentIndex(page.attendance.model.index(1, 4))
    qtbot.keyClick(view, Qt.Key.Key_A)  # Bagus absent on the last day: 80 % still passes
    page.attendance.flush()
    qtbot.waitUntil(lambda: not page.attendance.saving and not page.attendance.pending)
    marks = training.attendance_grid(s.db, s.admin, s.cohort.id).marks
    assert len(marks) == 5 * (len(NAMES) + 1)
    assert sum(1 for m in marks.values() if m == Mark.ABSENT) == 1

    # scores: 80 for everyone, 40 for Citra in every unit (she will not pass)
    page.tabs.setCurrentWidget(page.scores)
    grid = page.scores.model.grid
    scores = {}
    for t in grid.trainees:
        for c in grid.competencies:
            scores[(t.enrollment_id, c.id)] = 40 if t.full_name == "Citra Dewi" else 80
    training.record_scores(s.db, s.admin, s.cohort.id, scores)
    page.load_cohort(s.cohort.id)

    # progress shows the rows and an averages line
    page.tabs.setCurrentWidget(page.progress_table)
    assert page.progress_table.rowCount() == len(NAMES) + 2

    # close in the background
    page.close_cohort()
    qtbot.waitUntil(lambda: page.cohort.status == CohortStatus.FINISHED, timeout=10000)
    assert "4 passed, 1 did not pass" in page.graduation_status.text()
    assert page.certificates_button.isEnabled()

    # certificates: drawn in the background, shown in the preview, saved from there
    page.issue(participation=False)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    preview = page.preview
    assert preview.page_count() == 4 * 2
    target = tmp_path / "sertifikat.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    preview.save_as()
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Ayu Lestari" in text and "Citra Dewi" not in text
    issued = certificates.list_certificates(s.db, s.admin, s.cohort.id)
    assert len(issued) == 4 and all(c.number in text for c in issued)
    preview.close()

    # one participation letter for the trainee who did not pass
    page.preview = None
    page.issue(participation=True)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview.page_count() == 1
    page.preview.close()

    # one file per graduate
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "satu"))
    )
    page.one_file_each()
    qtbot.waitUntil(lambda: "4 file" in page.graduation_status.text(), timeout=20000)
    assert len(list((tmp_path / "satu").glob("*.pdf"))) == 4

    # the cohort report, PDF and Excel
    for suffix in (".pdf", ".xlsx"):
        out = tmp_path / f"laporan{suffix}"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, o=out, **k: (str(o), ""))
        )
        page.report(excel=suffix == ".xlsx")
        qtbot.waitUntil(lambda o=out: o.exists() and o.stat().st_size > 0, timeout=20000)
    report_text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "laporan.pdf")).pages)
    assert "Eka Wulandari" in report_text and "Halaman 1 dari" in report_text

    # verification of one of them
    dialog = VerifyDialog(s.ctx, page)
    qtbot.addWidget(dialog)
    dialog.page.code.setText(issued[0].verification_code)
    qtbot.keyClick(dialog.page.code, Qt.Key.Key_Return)
    assert "GENUINE" in dialog.page.verdict.text()
    assert issued[0].holder_name in dialog.page.details.text()
    dialog.page.code.setText("NOT-A-REAL-CODE")
    dialog.page.check()
    assert "UNKNOWN" in dialog.page.verdict.text()


def test_status_filter_and_the_main_window(qtbot, page, window_for):
    page.status_filter.setCurrentIndex(page.status_filter.findData(CohortStatus.FINISHED.value))
    assert page.cohort_list.count() == 0
    page.status_filter.setCurrentIndex(0)
    assert page.cohort_list.count() == 1

    window = window_for("admin")
    assert "training" in window.page_keys()
    assert isinstance(window.open_page("training"), TrainingPage)
    assert window.verify_action.text()
