"""User accounts: add, change role or name, reset a password, switch an account off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.formatting import format_datetime
from rumahbatik.domain.roles import ROLE_LABELS, Role
from rumahbatik.services import users
from rumahbatik.services.users import UserData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t


class UserDialog(QDialog):
    """Add a user (``user`` None) or edit one."""

    def __init__(
        self, ctx: UiContext, user: UserData | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Add user") if user is None else self.tr("Edit user"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("fullName")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(t("Roles", ROLE_LABELS[role]), role.value)
        self.active = QCheckBox(self.tr("May log in"), self)
        self.active.setObjectName("active")
        self.active.setChecked(True)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Role"), self.role)
        if user is None:
            self.password = QLineEdit(self)
            self.password.setObjectName("password")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password2 = QLineEdit(self)
            self.password2.setObjectName("password2")
            self.password2.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("&Password"), self.password)
            form.addRow(self.tr("Password &again"), self.password2)
            self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.active.setChecked(user.active)
            form.addRow("", self.active)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            if self.user is None:
                if self.password.text() != self.password2.text():
                    raise ValidationError("password_mismatch")
                users.add_user(
                    self.ctx.db,
                    self.ctx.actor,
                    self.username.text(),
                    self.password.text(),
                    self.role.currentData(),
                    self.full_name.text(),
                )
            else:
                users.update_user(
                    self.ctx.db,
                    self.ctx.actor,
                    self.user.id,
                    full_name=self.full_name.text(),
                    role=self.role.currentData(),
                    active=self.active.isChecked(),
                )
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.accept()


class PasswordResetDialog(QDialog):
    def __init__(self, ctx: UiContext, user: UserData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(self)
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&New password"), self.password)
        form.addRow(self.tr("Password &again"), self.password2)
        layout.addLayout(form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            if self.password.text() != self.password2.text():
                raise ValidationError("password_mismatch")
            users.set_password(self.ctx.db, self.ctx.actor, self.user.id, self.password.text())
        except DomainError as exc:
            self.message.show_error(exc)
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[UserData] = []
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editUser")
        self.password_button = QPushButton(self.tr("Set &password…"), self)
        self.password_button.setObjectName("setPassword")
        for b in (self.add_button, self.edit_button, self.password_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Last login"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self.rows = users.list_users(self.ctx.db, self.ctx.actor)
        self.table.setRowCount(len(self.rows))
        for i, u in enumerate(self.rows):
            values = [
                u.username,
                u.full_name,
                t("Roles", ROLE_LABELS[u.role]),
                self.tr("active") if u.active else self.tr("switched off"),
                format_datetime(u.last_login_at),
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> UserData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.password_button.setEnabled(has)

    def _after_change(self) -> None:
        self.reload()
        self.ctx.bus.changed.emit("users")

    def add_user(self) -> None:
        if UserDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def edit_user(self) -> None:
        user = self.selected()
        if user and UserDialog(self.ctx, user, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def reset_password(self) -> None:
        user = self.selected()
        if user and PasswordResetDialog(self.ctx, user, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change()
