"""Edit the kecamatan and kelurahan pick lists (managers): add, rename, switch off, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.services import regions
from rumahbatik.services.regions import RegionData
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error


class RegionsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kecamatan and kelurahan"))
        self.resize(460, 520)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("regionsTree")
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Status")])
        self.tree.setColumnWidth(0, 260)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Add kecamatan…"), self.add_kecamatan),
            (self.tr("Add kelurahan…"), self.add_kelurahan),
            (self.tr("Rename…"), self.rename),
            (self.tr("Switch off/on"), self.toggle),
            (self.tr("Delete"), self.delete),
        ]
        for text, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        for kec in regions.list_regions(self.ctx.db, include_inactive=True):
            top = self._item(None, RegionData(kec.id, "kecamatan", kec.name, None, kec.active))
            for kel in kec.kelurahan:
                self._item(top, kel)
        self.tree.expandAll()

    def _item(self, parent: QTreeWidgetItem | None, region: RegionData) -> QTreeWidgetItem:
        status = self.tr("in use") if region.active else self.tr("switched off")
        item = QTreeWidgetItem([region.name, status])
        item.setData(0, Qt.ItemDataRole.UserRole, region)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _selected(self) -> RegionData | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - shown, never swallowed
            show_error(self, exc)
        self.reload()

    def _ask(self, title: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=text)
        return value if ok else None

    def add_kecamatan(self) -> None:
        name = self._ask(self.tr("Add kecamatan"))
        if name is not None:
            self._run(lambda: regions.add_region(self.ctx.db, self.ctx.actor, name))

    def add_kelurahan(self) -> None:
        region = self._selected()
        if region is None:
            return
        parent_id = region.id if region.kind == "kecamatan" else region.parent_id
        name = self._ask(self.tr("Add kelurahan"))
        if name is not None:
            self._run(lambda: regions.add_region(self.ctx.db, self.ctx.actor, name, parent_id))

    def rename(self) -> None:
        region = self._selected()
        if region is None:
            return
        name = self._ask(self.tr("Rename"), region.name)
        if name is not None:
            self._run(lambda: regions.rename_region(self.ctx.db, self.ctx.actor, region.id, name))

    def toggle(self) -> None:
        region = self._selected()
        if region is not None:
            self._run(
                lambda: regions.set_region_active(
                    self.ctx.db, self.ctx.actor, region.id, not region.active
                )
            )

    def delete(self) -> None:
        region = self._selected()
        if region is not None:
            self._run(lambda: regions.delete_region(self.ctx.db, self.ctx.actor, region.id))
