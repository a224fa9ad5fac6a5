from __future__ import annotations

import logging

from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.roles import Permission
from rumahbatik.logsetup import log_file, setup_logging
from rumahbatik.services.context import Actor
from rumahbatik.ui.errors import error_text, show_error
from rumahbatik.ui.i18n import install_translators
from rumahbatik.ui.operations import run_in_background


def test_permission_error_becomes_a_readable_message(boxes):
    actor = Actor(3, "dewi", __import__("rumahbatik.domain.roles", fromlist=["Role"]).Role.STAFF)
    try:
        actor.require(Permission.MANAGE_SETTINGS)
    except PermissionDenied as exc:
        show_error(None, exc)
    assert boxes.shown == [
        (
            "warning",
            "Not allowed",
            "Your role (Staff) may not do this: change settings. Ask a manager or an admin.",
        )
    ]


def test_unexpected_error_is_logged_and_summarised(boxes):
    path = setup_logging()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        show_error(None, exc)
    logging.getLogger().handlers[0].flush()
    kind, _title, text = boxes.shown[0]
    assert kind == "critical"
    assert str(log_file()) in text and "boom" not in text
    assert "ZeroDivisionError: boom" in path.read_text()


def test_error_text_is_translated_to_indonesian():
    install_translators("id")
    try:
        text = error_text(ValidationError("password_too_short", min=8))
    finally:
        install_translators("en")
    assert "8" in text
    assert text != "The password needs at least 8 characters."


def test_background_work_reports_back_on_the_gui_thread(qtbot):
    results: list[object] = []
    errors: list[BaseException] = []
    op = run_in_background(None, lambda: 6 * 7, results.append, on_error=errors.append)
    with qtbot.waitSignal(op.finished, timeout=3000):
        pass
    assert results == [42] and errors == []

    def fail() -> None:
        raise ValidationError("required", field="Name")

    op = run_in_background(None, fail, results.append, on_error=errors.append)
    with qtbot.waitSignal(op.finished, timeout=3000):
        pass
    assert [e.code for e in errors] == ["required"]


def test_work_finishing_after_its_window_closed_is_dropped_quietly(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    results: list[object] = []
    release = __import__("threading").Event()

    def slow() -> int:
        release.wait(5)
        return 1

    op = run_in_background(widget, slow, results.append)
    widget.deleteLater()
    qtbot.wait(50)  # the widget is gone before the work ends
    with qtbot.waitSignal(op.finished, timeout=3000):
        release.set()
    assert results == []
