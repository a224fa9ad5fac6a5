"""A table model that loads rows page by page as the view scrolls (Qt's fetchMore pattern).

Filtering and sorting happen in the service's SQL; this model only asks for the next page,
passing the last row it has so the service can use keyset paging (``WHERE id < ?``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: Cells with longer text get it as a tooltip too.
TOOLTIP_FROM = 12


@dataclass(frozen=True)
class ColumnDef(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[ColumnDef[Row]],
        fetch: Callable[[Row | None, int], list[Row]],
        page_size: int = 200,
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list[Row] = []
        self._exhausted = False
        self._resetting = False

    def set_fetch(self, fetch: Callable[[Row | None, int], list[Row]]) -> None:
        """New filter: drop the rows and start again from the first page."""
        # The first page is loaded inside the reset: a view that asks for more rows while
        # it handles modelReset must not insert rows in the middle of the reset.
        self.beginResetModel()
        self._resetting = True
        try:
            self._fetch = fetch
            self._rows = fetch(None, self.page_size)
            self._exhausted = len(self._rows) < self.page_size
        finally:
            self._resetting = False
            self.endResetModel()

    def reload(self) -> None:
        self.set_fetch(self._fetch)

    def row(self, index: int) -> Row:
        return self._rows[index]

    # Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted or self._resetting:
            return
        last = self._rows[-1] if self._rows else None
        page = self._fetch(last, self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole:
            # Narrow columns elide long values ("tulis 3, cole…"): the tooltip has them whole.
            text = col.text(self._rows[index.row()])
            return text if len(text) > TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None
