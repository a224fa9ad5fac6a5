"""Pick existing people by name (SQL search, any role) to enrol them in a cohort."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.services.people_list import PersonFilter, list_people
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import error_text

LIMIT = 50


class PersonPicker(QDialog):
    """A search box and a list; ``chosen`` carries the ids of the ticked people."""

    chosen = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Enrol people"))
        self.resize(420, 480)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, NIK or phone…"))
        self.results = QListWidget(self)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.note = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.run_search()

    def run_search(self) -> None:
        from rumahbatik.domain.errors import DomainError

        self.results.clear()
        try:
            rows = list_people(
                self.ctx.db,
                self.ctx.actor,
                PersonFilter(role="any", text=self.search.text().strip(), active=True),
                limit=LIMIT,
            )
        except DomainError as exc:  # e.g. no right to see the people list
            self.note.setText(error_text(exc))
            return
        for row in rows:
            extra = " · ".join(x for x in (row.kecamatan, row.phone) if x)
            item = QListWidgetItem(f"{row.full_name}  {extra}".strip(), self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.note.setText(self.tr("%n person(s) shown", "", len(rows)))

    def selected_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.results.selectedItems()]

    def _accept(self) -> None:
        ids = self.selected_ids()
        self.accept()
        if ids:
            self.chosen.emit(ids)
