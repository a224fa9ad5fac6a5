"""Verify a certificate: type or scan its code; genuine, revoked or unknown, big and clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_datetime
from rumahbatik.services import certificates
from rumahbatik.services.training_types import VerificationResult
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error

COLOURS = {"genuine": "#2e7d32", "revoked": "#b71c1c", "unknown": "#6d4c41"}


class VerifyPage(QWidget):
    """A code field (a USB QR scanner types into it and presses Enter) and the verdict."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: VerificationResult | None = None
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Type or scan the verification code"))
        font = self.code.font()
        font.setPointSize(font.pointSize() + 6)
        self.code.setFont(font)
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.clicked.connect(self.check)
        self.verdict = QLabel(self)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(self)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def check(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        try:
            result = certificates.verify(self.ctx.db, self.ctx.actor, text)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never swallowed
            show_error(self, exc)
            return
        self.show_result(result)

    def show_result(self, r: VerificationResult) -> None:
        self.result = r
        words = {
            "genuine": self.tr("GENUINE"),
            "revoked": self.tr("REVOKED"),
            "unknown": self.tr("UNKNOWN CODE"),
        }
        colour = COLOURS.get(r.status, "#000")
        self.verdict.setText(
            f"<span style='font-size:30pt; font-weight:bold; color:{colour}'>"
            f"{words.get(r.status, r.status)}</span>"
        )
        if r.status == "unknown":
            self.details.setText(self.tr("No certificate of this centre has this code."))
            return
        lines = [
            f"<span style='font-size:16pt'><b>{r.holder_name}</b></span>",
            f"{r.course_name} · {r.cohort_code}",
            self.tr("Number: %1").replace("%1", r.number),
        ]
        if r.issued_at:
            lines.append(self.tr("Issued: %1").replace("%1", format_datetime(r.issued_at)))
        if r.status == "revoked" and r.revoked_reason:
            lines.append(self.tr("Reason: %1").replace("%1", r.revoked_reason))
        self.details.setText("<br>".join(lines))


class VerifyDialog(QDialog):
    """The verify page in a window, for the training page's button and the Help menu."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.resize(560, 380)
        self.page = VerifyPage(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
