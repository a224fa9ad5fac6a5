"""Log in, or create the first admin on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.db import Database
from rumahbatik.domain.errors import DomainError
from rumahbatik.services import users
from rumahbatik.services.context import Actor
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.errors import error_text


def _header(title: str, centre: str, logo: bytes | None, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    if logo:
        pix = QPixmap()
        if pix.loadFromData(logo):
            img = QLabel(box)
            img.setPixmap(pix.scaledToHeight(72, Qt.TransformationMode.SmoothTransformation))
            img.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(img)
    name = QLabel(f"<b style='font-size:15pt'>{centre}</b>", box)
    name.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(name)
    sub = QLabel(title, box)
    sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(sub)
    return box


class LoginDialog(QDialog):
    """Asks for user name and password; ``actor`` holds who logged in."""

    def __init__(
        self,
        db: Database,
        *,
        centre_name: str = "Rumah Batik",
        logo: bytes | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in – Rumah Batik"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(_header(self.tr("Please log in"), centre_name, logo, self))
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        if demo:
            hint = QLabel(
                self.tr(
                    "This is the demo database: log in as <b>admin</b> with password "
                    "<b>admin</b>. Never use these in real work."
                ),
                self,
            )
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            hint.setStyleSheet("background:#fff4ce; padding:6px; border-radius:4px;")
            layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            self.actor = users.login(self.db, self.username.text(), self.password.text())
        except DomainError as exc:
            self.message.show_error(exc)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """First start on an empty database: create the admin account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to Rumah Batik"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database has no users yet. Create the first administrator account: "
                "it can add the other users later."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("fullName")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(self)
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Password &again"), self.password2)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("Create account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_create(self) -> None:
        if self.password.text() != self.password2.text():
            self._fail(error_text(DomainError("password_mismatch")))
            return
        try:
            users.create_first_admin(
                self.db, self.username.text(), self.password.text(), self.full_name.text()
            )
            self.actor = users.login(self.db, self.username.text(), self.password.text())
        except DomainError as exc:
            self._fail(error_text(exc))
            return
        self.accept()
