"""The main window: a sidebar with every area, pages built when first opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from rumahbatik import __version__, config
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.roles import ROLE_LABELS, Permission
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t

PageFactory = Callable[[UiContext, QWidget], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, context "Navigation"
    permission: Permission
    factory: PageFactory


def _dashboard(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.dashboard_page import DashboardPage

    return DashboardPage(ctx, parent)


def _people(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.people_page import PeoplePage

    return PeoplePage(ctx, parent)


def _training(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.training_page import TrainingPage

    return TrainingPage(ctx, parent)


def _motifs(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.motifs_page import MotifsPage

    return MotifsPage(ctx, parent)


def _stock(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.stock_page import StockPage

    return StockPage(ctx, parent)


def _production(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.production_page import ProductionPage

    return ProductionPage(ctx, parent)


def _sales(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.sales_page import SalesPage

    return SalesPage(ctx, parent)


def _counter(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.counter_page import CounterPage

    return CounterPage(ctx, parent)


def _consignment(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.consignment_page import ConsignmentPage

    return ConsignmentPage(ctx, parent)


def _reports(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.reports_page import ReportsPage

    return ReportsPage(ctx, parent)


def _settings(ctx: UiContext, parent: QWidget) -> QWidget:
    from rumahbatik.ui.settings_page import SettingsPage

    return SettingsPage(ctx, parent)


PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
        Permission.VIEW_DASHBOARD,
        _dashboard,
    ),
    PageSpec(
        "artisans",
        QT_TRANSLATE_NOOP("Navigation", "Artisans"),
        Permission.MANAGE_PEOPLE,
        _people,
    ),
    PageSpec(
        "training",
        QT_TRANSLATE_NOOP("Navigation", "Training"),
        Permission.VIEW_TRAINING,
        _training,
    ),
    PageSpec(
        "motifs", QT_TRANSLATE_NOOP("Navigation", "Motifs"), Permission.VIEW_DASHBOARD, _motifs
    ),
    PageSpec("stock", QT_TRANSLATE_NOOP("Navigation", "Stock"), Permission.MANAGE_STOCK, _stock),
    PageSpec(
        "production",
        QT_TRANSLATE_NOOP("Navigation", "Production"),
        Permission.MANAGE_STOCK,
        _production,
    ),
    PageSpec("counter", QT_TRANSLATE_NOOP("Navigation", "Counter"), Permission.SELL, _counter),
    PageSpec(
        "sales",
        QT_TRANSLATE_NOOP("Navigation", "Sales"),
        Permission.VIEW_SALES,
        _sales,
    ),
    PageSpec(
        "consignment",
        QT_TRANSLATE_NOOP("Navigation", "Consignment"),
        Permission.SELL,
        _consignment,
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        Permission.VIEW_REPORTS,
        _reports,
    ),
    PageSpec(
        "settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), Permission.VIEW_SETTINGS, _settings
    ),
]

SIDEBAR_STYLE = """
QListWidget#sidebar { background: #4a2f22; color: #f6ead8; border: none; font-size: 11pt;
    padding-top: 8px; outline: 0; }
QListWidget#sidebar::item { padding: 9px 16px; }
QListWidget#sidebar::item:selected { background: #c8a24a; color: #2b1a10; }
QListWidget#sidebar::item:hover:!selected { background: #5e3d2d; }
"""


class MainWindow(QMainWindow):
    """Sidebar navigation; a page is built the first time it is opened (fast start-up)."""

    # Emitted after the window closed: True when the user logged out, False when they quit.
    closed = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._logging_out = False
        self.setWindowTitle(f"{ctx.settings.centre_name} – Rumah Batik")
        self.ui_state = QSettings(str(config.data_dir() / "ui.ini"), QSettings.Format.IniFormat)
        self.pages = [p for p in PAGES if ctx.actor.can(p.permission)]
        self._built: dict[str, QWidget] = {}

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(central)
        for spec in self.pages:
            item = QListWidgetItem(t("Navigation", spec.title), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            # An empty placeholder until the page is first opened.
            self.stack.addWidget(QWidget(self.stack))
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_row)

        self._build_menus()
        self._build_status_bar()
        self._restore_state()

    # navigation -----------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [p.key for p in self.pages]

    def current_page_key(self) -> str:
        row = self.sidebar.currentRow()
        return self.pages[row].key if row >= 0 else ""

    def open_page(self, key: str) -> QWidget:
        """Show the page called ``key`` (building it if needed) and return it."""
        row = self.page_keys().index(key)
        self.sidebar.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        if key not in self._built:
            spec = self.pages[row]
            widget = spec.factory(self.ctx, self.stack)
            widget.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[key] = widget
        return self._built[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self.pages[row].key)
        self.stack.setCurrentIndex(row)

    # menus and status bar -------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.change_password_action = QAction(self.tr("Change my &password…"), self)
        self.change_password_action.triggered.connect(self._change_password)
        file_menu.addAction(self.change_password_action)
        self.logout_action = QAction(self.tr("&Log out"), self)
        self.logout_action.triggered.connect(self.logout)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.verify_action = QAction(self.tr("&Verify a certificate…"), self)
        self.verify_action.triggered.connect(self._verify_certificate)
        help_menu.addAction(self.verify_action)
        about = QAction(self.tr("&About Rumah Batik"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        who = actor.full_name or actor.username
        self.user_label = QLabel(
            self.tr("User: {name} ({role})").format(
                name=who, role=t("Roles", ROLE_LABELS[actor.role])
            ),
            self,
        )
        self.user_label.setObjectName("statusUser")
        full = self.tr("Database: {name}").format(name=self.ctx.db.display_name)
        self.db_label = QLabel(self)
        # A long path is shortened in the middle; the whole of it is in the tooltip.
        self.db_label.setText(
            self.db_label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle, 460)
        )
        self.db_label.setToolTip(full)
        self.db_label.setObjectName("statusDatabase")
        for label in (self.user_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
        # Permanent, so passing messages never hide who is working and on which database.
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rumah Batik"),
            self.tr(
                "<b>Rumah Batik</b> {version}<br>Artisans, training, motifs, stock, production "
                "and sales of a community batik centre.<br><br>Data folder: {folder}"
            ).format(version=__version__, folder=config.data_dir()),
        )

    def _verify_certificate(self) -> None:
        from rumahbatik.ui.verify_page import VerifyDialog

        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _change_password(self) -> None:
        from rumahbatik.ui.password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, self).exec()

    def logout(self) -> None:
        self._logging_out = True
        self.close()

    # state ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.ui_state.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        last = self.ui_state.value("main/page", "dashboard")
        keys = self.page_keys()
        self.open_page(last if last in keys else keys[0])

    def save_state(self) -> None:
        self.ui_state.setValue("main/geometry", self.saveGeometry())
        self.ui_state.setValue("main/page", self.current_page_key())
        self.ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
        logging_out, self._logging_out = self._logging_out, False
        self.closed.emit(logging_out)
