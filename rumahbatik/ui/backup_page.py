"""Back up and restore the database; automatic daily backups and the kept copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_datetime, format_number
from rumahbatik.services import backup
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.operations import run_with_progress
from rumahbatik.ui.settings_form import SettingsForm

FILE_FILTER_SUFFIX = f"*{backup.BACKUP_SUFFIX}"


class BackupPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[backup.BackupFile] = []
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "A backup is one file with the whole database. Keep copies on a USB disk "
                "or another computer. Restoring keeps the current database as a backup "
                "first, so nothing is lost."
            ),
            self,
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now…"), self)
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("&Restore from a file…"), self)
        self.restore_button.setObjectName("restoreFile")
        self.restore_selected_button = QPushButton(self.tr("Restore the &selected copy…"), self)
        self.restore_selected_button.setObjectName("restoreSelected")
        for b in (self.backup_button, self.restore_button, self.restore_selected_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Saved"), self.tr("File"), self.tr("Size (KB)")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        auto = QGroupBox(self.tr("Automatic backup"), self)
        auto_layout = QVBoxLayout(auto)
        self.auto_form = SettingsForm(ctx, "backup", auto)
        auto_layout.addWidget(self.auto_form)
        layout.addWidget(auto)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        ctx.bus.changed.connect(lambda area: self.reload() if area == "settings" else None)
        self.reload()

    def folder(self) -> Path:
        return backup.auto_backup_folder(self.ctx.settings.backup_folder)

    def reload(self) -> None:
        folder = self.folder()
        self.folder_label.setText(self.tr("Copies kept in {folder}:").format(folder=folder))
        self.backups = backup.list_backups(folder)
        self.table.setRowCount(len(self.backups))
        for i, b in enumerate(self.backups):
            self.table.setItem(i, 0, QTableWidgetItem(format_datetime(b.modified_at)))
            self.table.setItem(i, 1, QTableWidgetItem(b.path.name))
            self.table.setItem(i, 2, QTableWidgetItem(format_number(b.size_bytes // 1024)))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_selected_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def backup_now(self) -> None:
        default = (
            self.folder()
            / f"rumahbatik-{utcnow().astimezone().strftime('%Y-%m-%d-%H%M')}{backup.BACKUP_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup as"),
            str(default),
            self.tr("Rumah Batik backups ({pattern})").format(pattern=FILE_FILTER_SUFFIX),
        )
        if not path:
            return
        self.start_backup(Path(path))

    def start_backup(self, path: Path) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def done(info: backup.BackupInfo) -> None:
            self.reload()
            self.ctx.bus.changed.emit("backup")
            QMessageBox.information(
                self,
                self.tr("Backup"),
                self.tr("The backup was saved to {path}.").format(path=info.path),
            )

        self.last_operation = run_with_progress(
            self,
            self.tr("Backing up…"),
            lambda progress: backup.backup_database(db, actor, path, progress),
            done,
        )

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.folder()),
            self.tr("Rumah Batik backups ({pattern});;All files (*)").format(
                pattern=FILE_FILTER_SUFFIX
            ),
        )
        if path:
            self.confirm_and_restore(Path(path))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.confirm_and_restore(self.backups[rows[0].row()].path)

    def confirm_and_restore(self, path: Path) -> None:
        try:
            info = backup.inspect_backup(path)
        except DomainError as exc:
            show_error(self, exc)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the whole database with the backup {name}?\n\n"
                "The current database is saved as a backup first. Everyone must log in "
                "again afterwards."
            ).format(name=info.path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def done(result: backup.RestoreResult) -> None:
            QMessageBox.information(
                self,
                self.tr("Restore"),
                self.tr(
                    "The database was restored from {src}.\nThe previous database is kept "
                    "in {prev}.\n\nPlease log in again."
                ).format(src=result.restored_from, prev=result.previous_copy),
            )
            window = self.window()
            if hasattr(window, "logout"):
                window.logout()

        self.last_operation = run_with_progress(
            self,
            self.tr("Restoring…"),
            lambda progress: backup.restore_database(db, actor, path, progress),
            done,
        )
