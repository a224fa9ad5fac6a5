"""Change one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.services import users
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.error_label import ErrorLabel


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.new2 = QLineEdit(self)
        for edit, name in ((self.old, "old"), (self.new, "new"), (self.new2, "new2")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
        form.addRow(self.tr("&Current password"), self.old)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("New password &again"), self.new2)
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
            if self.new.text() != self.new2.text():
                raise ValidationError("password_mismatch")
            users.change_own_password(self.ctx.db, self.ctx.actor, self.old.text(), self.new.text())
        except DomainError as exc:
            self.message.show_error(exc)
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Your password was changed."))
        self.accept()
