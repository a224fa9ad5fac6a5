"""The Artisans page driven through real widgets: search, filter, add, edit, import, export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from rumahbatik.services import people, people_list
from rumahbatik.services.context import system_actor
from rumahbatik.services.people import ArtisanInput, PersonInput
from rumahbatik.services.people_list import PersonFilter
from rumahbatik.ui.artisan_dialog import ArtisanDialog
from rumahbatik.ui.import_dialog import ImportDialog
from rumahbatik.ui.people_page import PeoplePage

NAMES = ["Siti Rahayu", "Sumarni", "Ahmad Fauzi", "Budi Santoso", "Sri Wahyuni"]


@pytest.fixture
def page(qtbot, window_for, demo_db, monkeypatch):
    actor = system_actor()
    for i, name in enumerate(NAMES):
        people.create_artisan(
            demo_db,
            actor,
            PersonInput(full_name=f"Ujicoba {name}", nik=f"35740199999900{i:02d}", active=i != 4),
            ArtisanInput(joined_on=date(2023, 1, 1), skills=(("cap" if i % 2 else "tulis", 2),)),
        )
    window = window_for("dewi")
    widget = window.open_page("artisans")
    assert isinstance(widget, PeoplePage)
    return widget


def _names(tab) -> list[str]:
    return [tab.model.row(i).full_name for i in range(tab.model.rowCount())]


def _type_search(tab, text):
    tab.search.setText(text)
    assert tab._debounce.isActive()
    tab._debounce.timeout.emit()  # the debounce timer firing


def test_search_typing_narrows_the_table(page, qtmodeltester):
    tab = page.artisans
    qtmodeltester.check(tab.model, force_py=True)
    everyone = tab.model.rowCount()
    assert everyone >= 5
    _type_search(tab, "ujicoba s")  # every word must match somewhere in the name
    assert _names(tab) == [
        "Ujicoba Budi Santoso", "Ujicoba Siti Rahayu", "Ujicoba Sri Wahyuni", "Ujicoba Sumarni"]  # fmt: skip
    _type_search(tab, "ujicoba su")
    assert _names(tab) == ["Ujicoba Sumarni"]
    assert "1" in tab.count_label.text()
    qtmodeltester.check(tab.model, force_py=True)


def test_filters_and_header_sort(page):
    tab = page.artisans
    _type_search(tab, "ujicoba")
    tab.status.setCurrentIndex(tab.status.findData(False))
    assert _names(tab) == ["Ujicoba Sri Wahyuni"]
    tab.status.setCurrentIndex(0)
    tab.technique.setCurrentIndex(tab.technique.findData("cap"))
    assert _names(tab) == ["Ujicoba Budi Santoso", "Ujicoba Sumarni"]
    tab.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _names(tab) == ["Ujicoba Sumarni", "Ujicoba Budi Santoso"]


def test_add_an_artisan_through_the_dialog(page, qtbot, demo_db, monkeypatch):
    tab = page.artisans
    seen = []

    def fake_exec(dialog: ArtisanDialog) -> int:
        seen.append(dialog)
        dialog.fields.full_name.setText("Ujicoba Ratna Anggraini")
        dialog.fields.nik.setText("3574 0155 0590 0077")
        dialog.fields.phone.setText("0812 3333 4444")
        dialog.fields.kecamatan.setCurrentIndex(dialog.fields.kecamatan.findText("Kanigaran"))
        dialog.fields.kelurahan.setCurrentIndex(dialog.fields.kelurahan.findText("Tisnonegaran"))
        box, level = dialog.skill_boxes[next(iter(dialog.skill_boxes))]
        box.setChecked(True)
        level.setCurrentIndex(2)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ArtisanDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].saved is not None
    saved = people.get_person(demo_db, system_actor(), seen[0].saved.id)
    assert saved.kelurahan == "Tisnonegaran" and saved.phone == "+6281233334444"
    assert [(s.technique.value, int(s.level)) for s in saved.artisan.skills] == [("tulis", 3)]
    _type_search(tab, "ratna anggraini")
    assert _names(tab) == ["Ujicoba Ratna Anggraini"]


def test_edit_with_a_bad_nik_shows_the_error_and_saves_nothing(page, demo_db, monkeypatch):
    tab = page.artisans
    _type_search(tab, "ujicoba sumarni")
    tab.table.selectRow(0)
    assert "Ujicoba Sumarni" in tab.detail.text()
    shown = []

    def fake_exec(dialog: ArtisanDialog) -> int:
        dialog.fields.nik.setText("12345")
        dialog.fields.full_name.setText("Ujicoba Sumarni Baru")
        dialog.save()
        shown.append((dialog.message.isVisibleTo(dialog), dialog.message.text(), dialog.result()))
        return dialog.result()

    monkeypatch.setattr(ArtisanDialog, "exec", fake_exec)
    tab.edit()
    visible, text, result = shown[0]
    assert visible and text == "NIK: must be 16 digits"
    assert result != QDialog.DialogCode.Accepted
    row = people_list.list_people(demo_db, system_actor(), PersonFilter(text="ujicoba sumarni"))[0]
    assert row.full_name == "Ujicoba Sumarni" and row.nik == "3574019999990001"


def test_duplicate_nik_names_the_other_person_in_the_dialog(page, monkeypatch):
    tab = page.artisans
    messages = []

    def fake_exec(dialog: ArtisanDialog) -> int:
        dialog.fields.full_name.setText("Orang Lain")
        dialog.fields.nik.setText("3574019999990000")
        dialog.save()
        messages.append(dialog.message.text())
        return dialog.result()

    monkeypatch.setattr(ArtisanDialog, "exec", fake_exec)
    tab.add()
    assert "already belongs to Ujicoba Siti Rahayu" in messages[0]


CSV = (
    "Nama;NIK;L/P;Tanggal Lahir;No HP;Kecamatan;Kelurahan;Teknik\n"
    "Impor Satu;3574018888880001;P;01/02/1990;081200000001;Mayangan;Jati;tulis:2\n"
    "Impor Dua;3574018888880002;L;03/04/1985;081200000002;Wonoasih;Pakistaji;cap\n"
    "Impor Salah;123;L;31/31/1985;;;;\n"
)


def test_import_dialog_end_to_end(page, qtbot, tmp_path, monkeypatch, demo_db):
    path = tmp_path / "peserta.csv"
    path.write_text("\ufeff" + CSV, encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog = ImportDialog(page.ctx, "artisan", page)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.mapping() == {
        0: "full_name", 1: "nik", 2: "gender", 3: "birth_date", 4: "phone",
        5: "kecamatan", 6: "kelurahan", 7: "techniques",
    }  # fmt: skip
    assert dialog.preview.valid == 2 and dialog.preview.invalid == 1
    problems = dialog.preview_table.item(2, 3).text()
    assert "Row 4: NIK: must be 16 digits" in problems
    assert "is not a date" in problems
    assert not dialog.import_button.isEnabled()  # a bad row blocks the import
    dialog.only_valid.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert (dialog.imported.created, dialog.imported.skipped) == (2, 1)
    names = [r.full_name for r in people_list.list_people(
        demo_db, system_actor(), PersonFilter(text="impor"))]  # fmt: skip
    assert names == ["Impor Dua", "Impor Satu"]


def test_export_writes_the_filtered_list(page, qtbot, tmp_path, monkeypatch, boxes):
    tab = page.artisans
    _type_search(tab, "ujicoba s")
    target = tmp_path / "pengrajin.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    tab.export()
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(lambda: bool(boxes.texts("information")), timeout=5000)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Name,NIK,Gender (L/P)")
    assert [line.split(",")[0] for line in lines[1:]] == [
        "Ujicoba Budi Santoso", "Ujicoba Siti Rahayu", "Ujicoba Sri Wahyuni", "Ujicoba Sumarni"]  # fmt: skip


def test_customers_and_suppliers_tabs(page, qtmodeltester):
    customers = page.tab(1)
    qtmodeltester.check(customers.model)
    suppliers_tab = page.tab(2)
    qtmodeltester.check(suppliers_tab.model)
    assert page.tabs.count() == 3


def test_detail_panel_follows_the_selection(page, qtbot):
    """Focus alone makes row 0 current without selecting it: no detail. A selection made
    through the selection model, a click, and a reload after an edit all keep the panel
    in step with the highlighted row."""
    from PySide6.QtCore import QItemSelectionModel

    tab = page.artisans
    _type_search(tab, "ujicoba")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.table.clearSelection()
    assert "Select a row" in tab.detail.text() and not tab.edit_button.isEnabled()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    tab.table.selectionModel().select(tab.model.index(0, 0), flags)
    first = tab.model.row(0).full_name
    assert first in tab.detail.text() and tab.edit_button.isEnabled()
    rect = tab.table.visualRect(tab.model.index(1, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    second = tab.model.row(1)
    assert second.full_name in tab.detail.text()
    tab.ctx.bus.changed.emit("people")  # what saving an edit does
    assert tab.selected() is not None and tab.selected().id == second.id
    assert second.full_name in tab.detail.text()
    tab.apply_filter()
    assert tab.selected() is None and "Select a row" in tab.detail.text()
