"""Managers create and edit cohorts and courses from the training screen."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from rumahbatik.db import Database
from rumahbatik.services import training
from rumahbatik.services.settings import get_settings
from rumahbatik.ui.cohort_dialog import CohortDialog
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.course_dialog import CourseDialog
from rumahbatik.ui.training_page import TrainingPage
from tests.ui.conftest import login_as
from tests.ui.training_helpers import make_cohort


def _ctx(db: Database, username: str) -> UiContext:
    return UiContext(db, login_as(db, username), get_settings(db), ChangeBus())


def _page(qtbot, ctx: UiContext) -> TrainingPage:  # type: ignore[no-untyped-def]
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _check(dialog: CohortDialog, name: str) -> None:
    for row in range(dialog.instructors.count()):
        item = dialog.instructors.item(row)
        if item.text() == name:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} is not offered")


def test_a_manager_creates_a_cohort_with_an_instructor(qtbot, demo_db):
    page = _page(qtbot, _ctx(demo_db, "admin"))
    assert page.new_cohort_button.isVisible() and page.courses_button.isVisible()
    before = page.cohort_list.count()
    dialog = page._open_cohort_dialog(None)
    assert dialog.course.count() >= 1
    dialog.course.setCurrentIndex(dialog.course.findText("PBD", Qt.MatchFlag.MatchStartsWith))
    dialog.start.setDate(QDate(2027, 3, 1))
    dialog.end.setDate(QDate(2027, 3, 5))
    assert "PBD-2027-01" in dialog.code.placeholderText()  # the very code it will get
    qtbot.keyClicks(dialog.venue, "Balai Kelurahan Jati")
    dialog.funding.setCurrentText("APBN")
    dialog.capacity.setValue(12)
    _check(dialog, "Ratna Kusumawati")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert not dialog.message.isVisible()
    assert page.cohort_list.count() == before + 1
    assert page.cohort is not None and page.cohort.code == "PBD-2027-01"
    current = page.cohort_list.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == page.cohort.id
    assert page.cohort.venue == "Balai Kelurahan Jati" and page.cohort.capacity == 12
    assert page.cohort.funding_source == "APBN"

    ratna = login_as(demo_db, "ratna")
    theirs = training.list_cohorts(demo_db, ratna)
    assert "PBD-2027-01" in [row.code for row in theirs]

    # and edit it: the list keeps it chosen
    dialog = page._open_cohort_dialog(page.cohort)
    assert dialog.code.text() == "PBD-2027-01"
    dialog.venue.clear()
    qtbot.keyClicks(dialog.venue, "Rumah Batik")
    dialog.save()
    assert page.cohort.venue == "Rumah Batik"
    assert page.cohort_list.currentItem().data(Qt.ItemDataRole.UserRole) == page.cohort.id


def test_end_before_start_is_refused_in_the_dialog(qtbot, sqlite_db):
    setup = make_cohort(sqlite_db)
    dialog = CohortDialog(setup.ctx)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2027, 6, 10))
    dialog.end.setDate(QDate(2027, 6, 8))
    dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "10/06/2027" in dialog.message.text()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.saved is None
    assert [r.code for r in training.list_cohorts(sqlite_db, setup.admin)] == [setup.cohort.code]


def test_edit_a_courses_competency_weights(qtbot, sqlite_db):
    setup = make_cohort(sqlite_db)
    dialog = CourseDialog(setup.ctx)
    qtbot.addWidget(dialog)
    assert dialog.course is not None and dialog.code.text() == "PBD"
    assert dialog.units.rowCount() == 6
    dialog.units.item(0, 1).setText("3")
    dialog.units.item(2, 1).setText("1,5")
    dialog.units.setCurrentCell(5, 0)
    dialog.move_unit(-1)  # Finishing before Pelorodan
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.message.isVisibleTo(dialog), dialog.message.text()
    assert dialog.changed

    course = training.get_course(sqlite_db, setup.admin, dialog.course.id)
    units = sorted(course.competencies, key=lambda u: u.position)
    assert [u.name for u in units][-2:] == ["Finishing", "Pelorodan"]
    weights = {u.name: u.weight for u in units}
    assert weights["Menggambar pola"] == Decimal(3)
    assert weights["Nembok"] == Decimal("1.5")

    # a bad weight is refused inside the dialog and nothing changes
    dialog.units.item(0, 1).setText("abc")
    dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    again = training.get_course(sqlite_db, setup.admin, course.id)
    assert again == course


def test_a_new_course_from_the_dialog(qtbot, sqlite_db):
    setup = make_cohort(sqlite_db)
    dialog = CourseDialog(setup.ctx)
    qtbot.addWidget(dialog)
    dialog.new_course()
    qtbot.keyClicks(dialog.code, "PBL")
    qtbot.keyClicks(dialog.name, "Pelatihan Batik Lanjutan")
    dialog.save()
    assert dialog.message.isVisibleTo(dialog)  # no competency units yet
    dialog.add_unit()
    dialog.units.item(0, 0).setText("Pewarnaan alam")
    dialog.save()
    assert not dialog.message.isVisibleTo(dialog), dialog.message.text()
    codes = [c.code for c in training.list_courses(sqlite_db, setup.admin)]
    assert sorted(codes) == ["PBD", "PBL"]
    assert dialog.course is not None and dialog.course.code == "PBL"


def test_an_instructor_does_not_see_the_buttons(qtbot, demo_db):
    page = _page(qtbot, _ctx(demo_db, "ratna"))
    for button in (page.new_cohort_button, page.edit_cohort_button, page.courses_button):
        assert not button.isVisible()
    assert page.verify_button.isVisible()
