"""The motifs page and dialog, on the demo database."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog

from rumahbatik.services import motifs
from rumahbatik.services.motif_demo import MOTIFS
from rumahbatik.ui.motif_dialog import MotifDialog


@pytest.fixture
def page(window_for, qtbot):
    window = window_for("admin")
    p = window.open_page("motifs")
    qtbot.waitUntil(lambda: p.count_label.text() != "", timeout=3000)
    return p


def names(page):
    return [page.model.row(i).name for i in range(page.model.rowCount())]


def test_grid_lists_the_demo_motifs_with_thumbnails(page, qtbot):
    assert len(names(page)) == len(MOTIFS)
    assert page.views.currentWidget() is page.grid
    assert page.count_label.text() == f"{len(MOTIFS)} motif(s)"
    first = page.model.index(0, 0)
    page.model.data(first, 1)  # ask for the icon: it loads in the background
    qtbot.waitUntil(
        lambda: page.model.row(0).thumbnail_path in page.thumbnails._icons, timeout=3000
    )
    icon = page.model.data(first, 1)
    assert not icon.pixmap(64, 64).isNull()


def test_search_narrows_and_filters_combine(page, qtbot):
    qtbot.keyClicks(page.search, "angin")
    qtbot.waitUntil(lambda: set(names(page)) == {"Bayuangga", "Gending"}, timeout=3000)
    page.search.clear()
    page.apply_filter()
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert set(names(page)) == {m.name for m in MOTIFS if m.status == "draft"}
    page.technique_filter.setCurrentIndex(page.technique_filter.findData("tulis"))
    assert names(page) == ["Anggur Kenari"]
    page.status_filter.setCurrentIndex(0)
    page.technique_filter.setCurrentIndex(0)
    if page.designer_filter.count() > 1:  # the people step made artisans
        page.designer_filter.setCurrentIndex(1)
        assert 0 < len(names(page)) < len(MOTIFS)


def test_switch_between_grid_and_table_keeps_the_selection(page, qtbot):
    page.select_row(0)
    assert page.detail.motif.name == "Manggur"
    page.view_toggle.click()
    assert page.views.currentWidget() is page.table
    assert page.view_toggle.text() == "Show as grid"
    assert page.table.selectionModel().isRowSelected(0)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    page.view_toggle.click()
    assert page.views.currentWidget() is page.grid


def test_detail_view_shows_everything_and_no_fake_sales(page):
    page.select_row(0)
    d = page.detail
    assert "Manggur" in d.title.text()
    assert "mangga dan anggur" in d.philosophy.text()
    assert d.values["hki"].text().startswith("EC00201934517")
    assert d.values["royalty"].text().startswith("5%")
    assert d.values["version"].text() == "2"
    assert d.swatches.grid.rowCount() == 5
    assert d.versions.count() == 1 and "Version 1" in d.versions.item(0).text()
    assert "not built yet" in d.usage.text() or "once the stock" in d.usage.text()
    assert d.image.pixmap() is not None and not d.image.pixmap().isNull()
    assert d.strip.count() == 2


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)


def png_file(tmp_path, colour="#3f7d3a"):
    path = tmp_path / "baru.png"
    buf = io.BytesIO()
    Image.new("RGB", (120, 120), colour).save(buf, format="PNG")
    path.write_bytes(buf.getvalue())
    return path


def test_add_a_motif_through_the_dialog(page, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(png_file(tmp_path))], "")),
    )
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#1f3a5f")))
    dialog = MotifDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Tirta Mayangan")
    dialog.designer.setCurrentIndex(1)
    dialog.technique_boxes[next(iter(dialog.technique_boxes))].setChecked(True)
    dialog.philosophy.setPlainText("Air laut Mayangan yang tenang.")
    dialog.add_colour("biru laut", "#000000")
    dialog.colours.cellWidget(0, 0).click()  # the colour picker
    assert dialog.colours.item(0, 2).text() == "#1f3a5f"
    dialog.add_images_from_files()
    assert dialog.images.count() == 1
    qtbot.keyClicks(dialog.image_caption, "desain awal")
    dialog.royalty_kind.setCurrentIndex(dialog.royalty_kind.findData("fixed"))
    qtbot.keyClicks(dialog.royalty_value, "7.500")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save()
    saved = dialog.saved
    assert saved.code == f"MTF-{len(MOTIFS) + 1:03d}"
    assert saved.colours[0].hex == "#1f3a5f"
    assert saved.images[0].caption == "desain awal"
    assert str(saved.royalty_value) == "7500.00"
    page._after_change(saved.id)
    assert "Tirta Mayangan" in names(page)
    assert page.detail.motif.id == saved.id


def test_a_bad_colour_code_is_explained_in_the_dialog(page, qtbot):
    dialog = MotifDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Salah Warna")
    dialog.add_colour("soga", "#12ab")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "soga" in dialog.message.text() and "#12ab" in dialog.message.text()
    assert dialog.message.isVisibleTo(dialog)
    assert "Salah Warna" not in names(page)


def test_a_bad_date_is_explained_in_the_dialog(page, qtbot):
    dialog = MotifDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Tanggal")
    qtbot.keyClicks(dialog.created_on, "31/02/2024")
    dialog.save()
    assert "31/02/2024" in dialog.message.text()


def test_edit_keeps_images_and_saves(page, qtbot):
    page.select_row(0)
    data = motifs.get_motif(page.ctx.db, page.ctx.actor, page.selected().id)
    dialog = MotifDialog(page.ctx, data, page)
    qtbot.addWidget(dialog)
    assert dialog.images.count() == 2 and dialog.colours.rowCount() == 5
    dialog.name.setText("Manggur Emas")
    dialog.save()
    assert dialog.saved.name == "Manggur Emas"
    assert [i.id for i in dialog.saved.images] == [i.id for i in data.images]


def test_delete_refuses_an_approved_motif(page, boxes):
    page.select_row(0)
    page.delete_motif()
    assert any("retired instead" in text for text in boxes.texts("warning"))
    assert "Manggur" in names(page)


def test_new_version_then_edit(page, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("pameran", True)))
    edited = []
    monkeypatch.setattr(type(page), "edit_motif", lambda self: edited.append(True))
    row = names(page).index("Seruni")
    page.select_row(row)
    page.new_version()
    assert edited
    assert page.detail.values["version"].text() == "2"
    assert "pameran" in page.detail.versions.item(0).text()


def test_print_catalogue_in_the_background(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "katalog"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.print_catalogue("approved")
    qtbot.waitUntil(lambda: (tmp_path / "katalog.pdf").exists(), timeout=15000)
    assert (tmp_path / "katalog.pdf").read_bytes().startswith(b"%PDF")


def test_instructors_see_but_cannot_change(window_for):
    p = window_for("ratna").open_page("motifs")
    assert not p.add_button.isVisibleTo(p) and not p.delete_button.isVisibleTo(p)
    assert p.model.rowCount() == len(MOTIFS)
