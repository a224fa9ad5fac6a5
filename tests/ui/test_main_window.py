from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from rumahbatik.app import build_main_window
from tests.ui.conftest import login_as

ALL_PAGES = [
    "dashboard",
    "artisans",
    "training",
    "motifs",
    "stock",
    "production",
    "counter",
    "sales",
    "consignment",
    "reports",
    "settings",
]


def click_page(qtbot, window, key: str) -> None:  # type: ignore[no-untyped-def]
    row = window.page_keys().index(key)
    item = window.sidebar.item(row)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_admin_navigates_every_page_with_the_mouse(qtbot, window_for):
    window = window_for("admin")
    assert window.page_keys() == ALL_PAGES
    for key in ALL_PAGES:
        click_page(qtbot, window, key)
        assert window.current_page_key() == key
        assert window.stack.currentWidget().objectName() == f"page_{key}"
        assert window.stack.currentWidget().isVisible()


def test_keyboard_moves_through_the_sidebar(qtbot, window_for):
    window = window_for("admin")
    window.open_page("dashboard")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_key() == "artisans"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.current_page_key() == "settings"


def test_status_bar_shows_user_role_and_database(window_for, demo_db):
    window = window_for("siti")
    assert window.user_label.text() == "User: Siti Aminah (Manager)"
    assert str(demo_db.sqlite_path) in window.db_label.toolTip()
    assert window.db_label.text().startswith("Database: ")


def test_pages_follow_the_role(window_for):
    instructor = window_for("ratna").page_keys()
    assert "sales" not in instructor and "settings" not in instructor
    assert "training" in instructor and "dashboard" in instructor
    staff = window_for("dewi").page_keys()
    assert "settings" not in staff and "reports" not in staff
    assert "sales" in staff and "stock" in staff
    assert "counter" in staff and "consignment" in staff
    assert "counter" not in instructor and "consignment" not in instructor


def test_last_page_and_geometry_are_remembered(qtbot, demo_db):
    first = build_main_window(demo_db, login_as(demo_db, "admin"))
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)
    first.open_page("settings")
    first.close()
    second = build_main_window(demo_db, login_as(demo_db, "admin"))
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_key() == "settings"
    assert (second.width(), second.height()) == (720, 520)


def test_dashboard_greets_the_user_by_name(window_for):
    window = window_for("dewi")
    page = window.open_page("dashboard")
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Welcome, Dewi Lestari" in texts
    assert "Rumah Batik Kota Probolinggo" in texts


def test_dashboard_shows_stock_and_production_from_the_demo(qtbot, window_for, demo_db):
    from rumahbatik.services import dashboard

    window = window_for("dewi")
    page = window.open_page("dashboard")
    low = page.findChild(QLabel, "lowCardValue")
    qtbot.waitUntil(lambda: low.text() != "…", timeout=5000)
    admin = login_as(demo_db, "admin")
    overview = dashboard.stock_overview(demo_db, admin)
    assert overview.low > 0
    assert low.text() == f"{overview.low} of {overview.items} item(s)"
    assert overview.batches_in_progress == 1 and overview.batches_planned == 1
    assert page.findChild(QLabel, "batchCardValue").text() == "1 in progress, 1 planned"
    value = page.findChild(QLabel, "valueCardValue").text()
    assert value.startswith("Rp") and value != "Rp0"

    # A receipt elsewhere re-reads the tiles without rebuilding the page.
    from datetime import date
    from decimal import Decimal

    from rumahbatik.services import stock, stock_list
    from rumahbatik.services.stock_types import ReceiptInput, ReceiptLine

    role_card = page.findChild(QLabel, "roleCardValue")
    low_item = stock_list.list_stock(demo_db, admin, stock_list.StockQuery(low_only=True))[0]
    stock.receive_stock(
        demo_db, admin,
        ReceiptInput(1, date.today(), [ReceiptLine(low_item.item_id, Decimal(1000), Decimal(1))]),
    )  # fmt: skip
    window.ctx.bus.changed.emit("stock")
    qtbot.waitUntil(
        lambda: low.text() == f"{overview.low - 1} of {overview.items} item(s)", timeout=5000
    )
    assert page.findChild(QLabel, "roleCardValue") is role_card


def test_logout_reports_that_the_user_logged_out(qtbot, window_for):
    window = window_for("admin")
    with qtbot.waitSignal(window.closed, timeout=2000) as blocker:
        window.logout()
    assert blocker.args == [True]
    assert not window.isVisible()
