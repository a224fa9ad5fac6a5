"""Settings: the centre's profile and documents, users, the audit log and backups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from rumahbatik.config import SECTIONS
from rumahbatik.domain.roles import Permission
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t
from rumahbatik.ui.settings_form import SettingsForm


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs)
        self.forms: dict[str, SettingsForm] = {}
        if ctx.actor.can(Permission.MANAGE_SETTINGS):
            for section, title in SECTIONS.items():
                if section == "backup":
                    continue  # shown with the backup tools
                form = SettingsForm(ctx, section)
                self.forms[section] = form
                scroll = QScrollArea(self.tabs)
                scroll.setWidgetResizable(True)
                scroll.setWidget(form)
                self.tabs.addTab(scroll, t("Settings", title))
        # Built when first opened: the audit log may be long.
        self._lazy: dict[int, Callable[[], QWidget]] = {}
        if ctx.actor.can(Permission.MANAGE_USERS):
            self._add_lazy(self.tr("Users"), self._users)
        if ctx.actor.can(Permission.VIEW_AUDIT):
            self._add_lazy(self.tr("Audit log"), self._audit)
        if ctx.actor.can(Permission.MANAGE_BACKUPS):
            self._add_lazy(t("Settings", SECTIONS["backup"]), self._backup)
        self.tabs.currentChanged.connect(self._build_tab)

    def _add_lazy(self, title: str, factory: Callable[[], QWidget]) -> None:
        index = self.tabs.addTab(QWidget(self.tabs), title)
        self._lazy[index] = factory

    def _build_tab(self, index: int) -> None:
        factory = self._lazy.pop(index, None)
        if factory is None:
            return
        title = self.tabs.tabText(index)
        widget = factory()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        old.deleteLater()
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def open_tab(self, title: str) -> QWidget:
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == title:
                self.tabs.setCurrentIndex(i)
                self._build_tab(i)
                return self.tabs.widget(i)
        raise KeyError(title)

    def _users(self) -> QWidget:
        from rumahbatik.ui.users_page import UsersPage

        return UsersPage(self.ctx, self.tabs)

    def _audit(self) -> QWidget:
        from rumahbatik.ui.audit_page import AuditPage

        return AuditPage(self.ctx, self.tabs)

    def _backup(self) -> QWidget:
        from rumahbatik.ui.backup_page import BackupPage

        return BackupPage(self.ctx, self.tabs)
