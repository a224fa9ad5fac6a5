from __future__ import annotations

from PySide6.QtCore import Qt

from rumahbatik.config import resources_dir
from rumahbatik.services import audit
from rumahbatik.services.audit import AuditFilter
from rumahbatik.services.settings import get_settings


def profile_form(window):  # type: ignore[no-untyped-def]
    page = window.open_page("settings")
    return page.forms["profile"]


def test_bad_npwp_is_refused_with_a_message_naming_the_field(qtbot, window_for, demo_db, boxes):
    form = profile_form(window_for("admin"))
    npwp = form.editors["centre_npwp"]
    npwp.clear()
    qtbot.keyClicks(npwp, "12.345")
    name = form.editors["centre_name"]
    name.clear()
    qtbot.keyClicks(name, "Rumah Batik Baru")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("warning") == ["NPWP: must be 15 or 16 digits (dots and dashes are fine)"]
    # all or nothing: the good field was not stored either
    assert get_settings(demo_db).centre_name == "Rumah Batik Kota Probolinggo"


def test_saving_the_profile_stores_it_and_leaves_an_audit_row(qtbot, window_for, demo_db, boxes):
    window = window_for("siti")
    form = profile_form(window)
    npwp = form.editors["centre_npwp"]
    npwp.clear()
    qtbot.keyClicks(npwp, "01.234.567.8-901.000")
    phone = form.editors["centre_phone"]
    phone.clear()
    qtbot.keyClicks(phone, "0335-421234")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert boxes.shown == []
    assert form.status.text() == "Saved."
    settings = get_settings(demo_db)
    assert settings.centre_npwp == "012345678901000"
    assert settings.centre_phone == "+62335421234"
    rows = audit.list_audit(
        demo_db, window.ctx.actor, AuditFilter(entity="settings", username="siti")
    )
    assert rows and rows[0].changes["centre_npwp"] == ["", "012345678901000"]


def test_logo_can_be_chosen_and_removed(qtbot, window_for, demo_db, monkeypatch):
    form = profile_form(window_for("admin"))
    picker = form.editors["centre_logo"]
    picker.set_data(None)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(demo_db).centre_logo is None
    icon = resources_dir() / "images" / "icon.png"
    monkeypatch.setattr(
        "rumahbatik.ui.settings_form.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(icon), ""),
    )
    qtbot.mouseClick(picker.choose, Qt.MouseButton.LeftButton)
    assert picker.remove.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(demo_db).centre_logo == icon.read_bytes()


def test_vat_rate_out_of_range_is_refused(qtbot, window_for, boxes):
    form = window_for("admin").open_page("settings").forms["documents"]
    rate = form.editors["vat_rate"]
    rate.clear()
    qtbot.keyClicks(rate, "150")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("warning") == ["VAT rate (%): must be between 0 and 100"]


def test_language_change_says_it_applies_after_restart(qtbot, window_for, demo_db):
    form = window_for("admin").open_page("settings").forms["general"]
    combo = form.editors["language"]
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "next start" in form.status.text()
    assert get_settings(demo_db).language == "en"
