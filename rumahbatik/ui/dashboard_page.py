"""The first page after login: who and where, the last backup, and for the stock roles the
stock and production at a glance. Sales figures and charts join it with the sales area."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.formatting import format_date, format_datetime, format_rupiah
from rumahbatik.domain.roles import ROLE_LABELS, Permission
from rumahbatik.services import backup, dashboard
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background


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
#: Changes that only move the stock tiles: they are read again, the page is not rebuilt.
STOCK_AREAS = {"stock", "items", "production"}


class DashboardPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 24, 32, 24)
        self._stock_labels: list[QLabel] = []
        self.refresh()
        # Only what this page shows: not every attendance mark saved elsewhere.
        ctx.bus.changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        if area in REFRESH_ON:
            self.refresh()
        elif area in STOCK_AREAS and self._stock_labels:
            self._load_stock()

    def refresh(self) -> None:
        self._stock_labels = []
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
        if ctx.actor.can(Permission.MANAGE_STOCK):
            self._stock_cards(grid)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid)
        note = QLabel(
            self.tr(
                "Sales figures, charts and the instructors' view will appear here as those "
                "parts of the program are built."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #7a5c45; margin-top: 12px;")
        self._layout.addWidget(note)
        self._layout.addStretch(1)

    def _stock_cards(self, grid: QGridLayout) -> None:
        """Stock and production tiles, filled in the background (they read every item)."""
        pending = self.tr("…")
        low = _card(self.tr("Items at or below their reorder level"), pending, self, "lowCard")
        value = _card(self.tr("Stock value (average cost)"), pending, self, "valueCard")
        batches = _card(self.tr("Production batches"), pending, self, "batchCard")
        grid.addWidget(low, 2, 0)
        grid.addWidget(value, 2, 1)
        grid.addWidget(batches, 3, 0, 1, 2)
        self._stock_labels = [
            w.findChild(QLabel, w.objectName() + "Value") for w in (low, value, batches)
        ]
        self._load_stock()

    def _load_stock(self) -> None:
        labels = list(self._stock_labels)

        def show(o: dashboard.StockOverview) -> None:
            if not all(shiboken6.isValid(label) for label in labels):
                return  # the page was rebuilt meanwhile
            labels[0].setText(self.tr("%n of %1 item(s)", "", o.low).replace("%1", str(o.items)))
            labels[1].setText(format_rupiah(round(o.value)) if o.value is not None else "–")
            labels[2].setText(
                self.tr("{running} in progress, {planned} planned").format(
                    running=o.batches_in_progress, planned=o.batches_planned
                )
            )

        run_in_background(self, lambda: dashboard.stock_overview(self.ctx.db, self.ctx.actor), show)
