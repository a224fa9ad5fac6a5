"""One shape for "type to search, pick one from the list" dialogs (items, products,
customers): search as you type (debounced), arrow keys in the search box move through the
results, Enter or a double-click picks. Subclasses say what to search and how a row reads;
their own ``tr()`` keeps the words in their translation context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import error_text

PICK_LIMIT = 50


class SearchPickDialog(QDialog):
    """Subclasses implement :meth:`find` (rows of ``(text, value)``) and :meth:`shown`."""

    #: Enter in the search box: pick the highlighted row at once (fast at a counter), or
    #: move the focus to the list first (when the list is long and worth a look).
    ENTER_PICKS = True

    def __init__(
        self,
        ctx: UiContext,
        text: str,
        parent: QWidget | None,
        *,
        title: str,
        placeholder: str,
        name: str,
        size: tuple[int, int] = (480, 420),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: Any = None
        self.setWindowTitle(title)
        self.resize(*size)
        self.search = QLineEdit(text, self)
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(placeholder)
        self.results = QListWidget(self)
        self.results.setObjectName(f"{name}Results")
        self.note = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _i: self._accept())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ for subclasses

    def find(self, text: str) -> Sequence[tuple[str, Any]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def shown(self, count: int) -> str:  # pragma: no cover - abstract
        """The note under the list, e.g. "12 customers shown"."""
        raise NotImplementedError

    # ------------------------------------------------------------------ behaviour

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Arrow keys in the search box move through the results, so the hands stay put.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            if self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        self.timer.stop()
        self.results.clear()
        try:
            rows = list(self.find(self.search.text().strip()))
        except DomainError as exc:
            self.note.setText(error_text(exc))
            return
        for text, value in rows:
            entry = QListWidgetItem(text, self.results)
            entry.setData(Qt.ItemDataRole.UserRole, value)
        if rows:
            self.results.setCurrentRow(0)
        self.note.setText(self.shown(len(rows)))

    def _enter(self) -> None:
        if self.timer.isActive() or not self.ENTER_PICKS:
            self.run_search()
        if self.ENTER_PICKS:
            self._accept()
        else:
            self.results.setFocus()

    def _accept(self) -> None:
        current = self.results.currentItem()
        if current is None:
            return
        self.chosen = current.data(Qt.ItemDataRole.UserRole)
        self.accept()
