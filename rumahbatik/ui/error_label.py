"""The red line inside a dialog that says what to fix, hidden until there is something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from rumahbatik.domain.errors import DomainError
from rumahbatik.ui.errors import error_text


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, error: DomainError | str) -> None:
        """Show a domain error's translated message (or a text already translated)."""
        self.setText(error_text(error) if isinstance(error, DomainError) else error)
        self.show()
