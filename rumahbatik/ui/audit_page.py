"""Browse and filter the audit log (managers and admins)."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.audit_labels import ACTION_LABELS, ENTITY_LABELS
from rumahbatik.domain.formatting import format_datetime
from rumahbatik.services import audit
from rumahbatik.services.audit import AuditFilter, AuditRow
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.paged_model import ColumnDef, PagedTableModel


def _label(labels: dict[str, str], value: str) -> str:
    return t("Audit", labels[value]) if value in labels else value


class AuditPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Search summary, record or user…"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 2)
        self.user_filter = QComboBox(self)
        self.user_filter.setObjectName("auditUser")
        self.entity_filter = QComboBox(self)
        self.entity_filter.setObjectName("auditEntity")
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("auditAction")
        for combo, label in (
            (self.user_filter, self.tr("All users")),
            (self.entity_filter, self.tr("All record types")),
            (self.action_filter, self.tr("All actions")),
        ):
            combo.addItem(label, "")
            filters.addWidget(combo, 1)
        self.use_dates = QCheckBox(self.tr("From"), self)
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.date_to)
        layout.addLayout(filters)

        columns: list[ColumnDef[AuditRow]] = [
            ColumnDef(self.tr("When"), lambda r: format_datetime(r.at)),
            ColumnDef(self.tr("User"), lambda r: r.username),
            ColumnDef(self.tr("Action"), lambda r: _label(ACTION_LABELS, r.action)),
            ColumnDef(self.tr("Record type"), lambda r: _label(ENTITY_LABELS, r.entity)),
            ColumnDef(self.tr("Record"), lambda r: r.entity_id),
            ColumnDef(self.tr("Summary"), lambda r: r.summary),
        ]
        self.model: PagedTableModel[AuditRow] = PagedTableModel(columns, self._fetcher())
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        # Fixed row height before the model is set: cheap with many rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in enumerate((130, 110, 90, 110, 70)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a row to see the old and new values."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.user_filter, self.entity_filter, self.action_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        # A change elsewhere adds audit rows: reload now if shown, else when next shown.
        self._stale = False
        ctx.bus.changed.connect(self._changed_elsewhere)
        self._load_facets()

    def _changed_elsewhere(self, _area: str) -> None:
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.reload()

    def _load_facets(self) -> None:
        def fill(facets: audit.AuditFacets) -> None:
            for combo, values, labels in (
                (self.user_filter, facets.usernames, {}),
                (self.entity_filter, facets.entities, ENTITY_LABELS),
                (self.action_filter, facets.actions, ACTION_LABELS),
            ):
                for value in values:
                    combo.addItem(_label(labels, value), value)

        run_in_background(self, lambda: audit.audit_facets(self.ctx.db, self.ctx.actor), fill)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            text=self.search.text().strip(),
            username=self.user_filter.currentData() or "",
            entity=self.entity_filter.currentData() or "",
            action=self.action_filter.currentData() or "",
            date_from=self.date_from.date().toPython() if self.use_dates.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_dates.isChecked() else None,
        )

    def _fetcher(self):  # type: ignore[no-untyped-def]
        flt = AuditFilter() if not hasattr(self, "search") else self.current_filter()
        db, actor = self.ctx.db, self.ctx.actor

        def fetch(last: AuditRow | None, limit: int) -> list[AuditRow]:
            return audit.list_audit(
                db, actor, flt, before_id=last.id if last else None, limit=limit
            )

        return fetch

    def apply_filter(self) -> None:
        self.details.clear()
        self.model.set_fetch(self._fetcher())

    def _show_details(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.row(current.row())
        lines = [
            f"{format_datetime(row.at)} · {row.username} · {_label(ACTION_LABELS, row.action)} · "
            f"{_label(ENTITY_LABELS, row.entity)} {row.entity_id}",
            row.summary,
            "",
        ]
        if row.changes:
            for field, (old, new) in row.changes.items():
                lines.append(
                    f"{field}: {json.dumps(old, ensure_ascii=False)} → "
                    f"{json.dumps(new, ensure_ascii=False)}"
                )
        else:
            lines.append(self.tr("(no field values recorded)"))
        self.details.setPlainText("\n".join(lines))
