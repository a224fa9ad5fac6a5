"""The first page after login. Figures from sales, stock and training join it as those
areas are built; until then it shows only what is real."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.formatting import format_date, format_datetime
from rumahbatik.domain.roles import ROLE_LABELS
from rumahbatik.services import backup
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t


def _card(title: str, value: str, parent: QWidget, name: str) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet(
        f"QFrame#{name} {{ background: #fffaf2; border: 1px solid #e3d5c0; border-radius: 6px; }}"
    )
    layout = QVBoxLayout(frame)
    caption = QLabel(title, frame)
    caption.setStyleSheet("color: #7a5c45;")
    layout.addWidget(caption)
    text = QLabel(value, frame)
    text.setObjectName(name + "Value")
    text.setWordWrap(True)
    text.setStyleSheet("font-size: 13pt; font-weight: 600;")
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(text)
    return frame


REFRESH_ON = {"backup", "settings"}


class DashboardPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 24, 32, 24)
        self.refresh()
        # Only what this page shows: not every attendance mark saved elsewhere.
        ctx.bus.changed.connect(lambda area: self.refresh() if area in REFRESH_ON else None)

    def refresh(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        ctx = self.ctx
        name = ctx.actor.full_name or ctx.actor.username
        welcome = self.tr("Welcome, {name}").format(name=name)
        self._layout.addWidget(QLabel(f"<h2>{welcome}</h2>", self))
        sub = QLabel(
            self.tr("{centre} · today is {date}").format(
                centre=ctx.settings.centre_name, date=format_date(utcnow().astimezone())
            ),
            self,
        )
        self._layout.addWidget(sub)
        grid = QGridLayout()
        grid.setSpacing(12)
        folder = backup.auto_backup_folder(ctx.settings.backup_folder)
        latest = backup.list_backups(folder)
        last = format_datetime(latest[0].modified_at) if latest else self.tr("never")
        grid.addWidget(
            _card(self.tr("Your role"), t("Roles", ROLE_LABELS[ctx.actor.role]), self, "roleCard"),
            0,
            0,
        )
        grid.addWidget(_card(self.tr("Last backup"), last, self, "backupCard"), 0, 1)
        grid.addWidget(_card(self.tr("Database"), ctx.db.display_name, self, "dbCard"), 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid)
        note = QLabel(
            self.tr(
                "Sales, stock, production and training figures will appear here as those "
                "parts of the program are built."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #7a5c45; margin-top: 12px;")
        self._layout.addWidget(note)
        self._layout.addStretch(1)
