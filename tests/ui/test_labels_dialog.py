"""The labels dialog: copies typed per item, a sheet chosen or measured, the PDF drawn in the
background and shown in the preview without blocking, or saved to a file."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items, settings, users
from rumahbatik.services.stock_types import ItemInput
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.labels_dialog import LabelsDialog
from tests.conftest import PASSWORD, actor_for


@pytest.fixture
def ctx(sqlite_db) -> UiContext:
    admin = actor_for(users.create_first_admin(sqlite_db, "admin", PASSWORD, "Administrator"))
    settings.update_settings(sqlite_db, admin, {"centre_name": "Rumah Batik Kota Probolinggo"})
    return UiContext(sqlite_db, admin, settings.get_settings(sqlite_db), ChangeBus())


def product(ctx: UiContext, name: str, sku: str, price: str, **kw: object) -> int:
    return items.create_item(
        ctx.db,
        ctx.actor,
        ItemInput(  # type: ignore[arg-type]
            kind=ItemKind.PRODUCT,
            name=name,
            unit="pcs",
            sku=sku,
            sale_price=Decimal(price),
            **kw,
        ),
    ).id


def open_dialog(qtbot, ctx: UiContext, entries, **kw) -> LabelsDialog:  # type: ignore[no-untyped-def]
    dialog = LabelsDialog(ctx, entries, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    return dialog


def test_copies_layout_and_preview(qtbot, ctx):
    a = product(ctx, "Kain Batik Tulis Manggur", "PRD-00201", "1250000", technique="tulis")
    b = product(ctx, "Selendang Sutra Seruni", "PRD-00202", "450000", technique="cap")
    dialog = open_dialog(qtbot, ctx, [(a, 1), (b, 3)])
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Kain Batik Tulis Manggur"
    assert dialog.table.item(1, 2).text() == "Rp450.000"
    assert dialog.layout_box.currentData() == "a4-3x3-tag"
    assert dialog.summary.text() == "4 label(s) on 1 sheet(s)"

    # three more of the first item, with the keyboard
    first = dialog.copies[0]
    first.setFocus()
    for _ in range(3):
        qtbot.keyClick(first, Qt.Key.Key_Up)
    assert first.value() == 4
    # and type the second one's number
    second = dialog.copies[1]
    second.setFocus()
    second.selectAll()
    qtbot.keyClicks(second, "6")
    qtbot.keyClick(second, Qt.Key.Key_Enter)
    assert second.value() == 6
    qtbot.wait(300)
    assert dialog.preview is None  # Enter set the number; it did not start drawing
    assert dialog.summary.text() == "10 label(s) on 2 sheet(s)"

    # price labels, four by ten, starting at the 38th position: two sheets
    dialog.layout_box.setFocus()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-4x10"))
    assert dialog.start.maximum() == 40
    dialog.start.setFocus()
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "38")
    assert dialog.start.value() == 38
    assert dialog.summary.text() == "10 label(s) on 2 sheet(s)"

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    preview = dialog.preview
    assert preview.isVisible() and preview.page_count() == 2
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf_bytes())).pages]
    assert pages[0].count("PRD-00201") == 3  # positions 38, 39, 40
    assert pages[1].count("PRD-00201") == 1 and pages[1].count("PRD-00202") == 6
    assert "Rp1.250.000" in pages[0]
    preview.grab().save("/tmp/labels_preview.png")
    dialog.grab().save("/tmp/labels_dialog.png")
    preview.close()


def test_a_custom_layout_that_does_not_fit_is_explained_and_not_printed(qtbot, ctx):
    a = product(ctx, "Masker Batik", "PRD-00203", "15000")
    dialog = open_dialog(qtbot, ctx, [(a, 2)], layout_key="a4-3x8")
    assert dialog.measures["label_width"].value() == 70.0
    dialog.columns.setFocus()
    qtbot.keyClick(dialog.columns, Qt.Key.Key_Up)  # four columns of 70 mm on A4
    assert dialog.layout_box.currentData() == "custom"
    assert dialog.message.isVisible()
    assert "4 columns of 70 mm" in dialog.message.text()
    assert not dialog.preview_button.isEnabled() and not dialog.save_button.isEnabled()
    # narrower labels make it fit again
    box = dialog.measures["label_width"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "50")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.value() == 50.0
    assert not dialog.message.isVisible()
    assert dialog.preview_button.isEnabled()
    assert dialog.current_layout().per_page == 32
    dialog.grab().save("/tmp/labels_dialog_custom.png")
    # choosing a preset again puts its measures back
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("roll-50x30"))
    assert dialog.measures["page_width"].value() == 50.0
    assert not dialog.start.isEnabled()
    assert dialog.summary.text() == "2 label(s) on 2 page(s)"


def test_no_copies_means_nothing_to_print(qtbot, ctx):
    a = product(ctx, "Masker Batik", "PRD-00204", "15000")
    dialog = open_dialog(qtbot, ctx, [(a, 1)])
    dialog.copies[0].setFocus()
    qtbot.keyClick(dialog.copies[0], Qt.Key.Key_Down)
    assert dialog.summary.text() == "No labels chosen."
    assert not dialog.preview_button.isEnabled()


def test_save_pdf_writes_the_file(qtbot, ctx, tmp_path, monkeypatch):
    a = product(ctx, "Kemeja Batik Cap", "PRD-00205", "275000", size="L")
    dialog = open_dialog(qtbot, ctx, [(a, 5)], layout_key="roll-50x30")
    target = tmp_path / "label-kemeja"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=10000)
    assert dialog.saved_to == target.with_suffix(".pdf")
    reader = PdfReader(dialog.saved_to)
    assert len(reader.pages) == 5
    assert "Kemeja Batik Cap" in reader.pages[4].extract_text()
    assert "label-kemeja.pdf" in dialog.summary.text()


def test_materials_get_price_labels(qtbot, ctx):
    cloth = items.create_item(
        ctx.db,
        ctx.actor,
        ItemInput(kind=ItemKind.MATERIAL, name="Kain mori primissima", unit="m"),
    ).id
    dialog = open_dialog(qtbot, ctx, [(cloth, 2)])
    assert dialog.layout_box.currentData() == "a4-3x8"
    chosen = open_dialog(qtbot, ctx, [(cloth, 2)], layout_key="a4-3x3-tag")
    assert chosen.layout_box.currentData() == "a4-3x3-tag"
