"""GUI fixtures: the real main window on a temporary demo database, modal boxes captured."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMessageBox

from rumahbatik.app import build_main_window
from rumahbatik.db import Database
from rumahbatik.services import demo, users
from rumahbatik.services.context import Actor
from rumahbatik.ui.i18n import install_translators
from rumahbatik.ui.main_window import MainWindow


@dataclass
class Boxes:
    """What the program tried to show in message boxes (which would block a test)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    captured = Boxes()

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            captured.shown.append((kind, title, text))
            return captured.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return captured


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Tests read English source strings unless they switch language themselves."""
    install_translators("en")
    yield
    install_translators("en")


def login_as(db: Database, username: str) -> Actor:
    password = demo.DEMO_ADMIN[1] if username == demo.DEMO_ADMIN[0] else demo.DEMO_PASSWORD
    return users.login(db, username, password)


@pytest.fixture
def window_for(qtbot, demo_db: Database):  # type: ignore[no-untyped-def]
    """Open the real main window on the demo database as one of the demo users."""
    opened: list[MainWindow] = []

    def open_as(username: str = "admin") -> MainWindow:
        window = build_main_window(demo_db, login_as(demo_db, username))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_as
    for window in opened:
        window.close()
