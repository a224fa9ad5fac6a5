"""The "Artisans" page: artisans, customers and suppliers in tabs.

Lists stay fast with 50,000 people: the table model loads pages as it scrolls, and search,
filters and sorting are done by the service in SQL (sorting re-fetches, never sorts in Qt).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.people import (
    CUSTOMER_TYPE_LABELS,
    GENDER_LABELS,
    SKILL_LABELS,
    TECHNIQUE_LABELS,
    CustomerType,
    Gender,
    SkillLevel,
    Technique,
)
from rumahbatik.domain.production import BATCH_STATUS_LABELS, STAGE_LABELS, BatchStatus, Stage
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.stock import UNIT_LABELS, Unit
from rumahbatik.domain.tables import Table
from rumahbatik.domain.validation import format_phone
from rumahbatik.services import people, people_exports, people_list, regions, suppliers
from rumahbatik.services.people_list import PersonFilter, PersonRow
from rumahbatik.services.suppliers import SupplierData
from rumahbatik.ui.artisan_dialog import photo_pixmap
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.paged_model import ColumnDef, PagedTableModel

log = logging.getLogger(__name__)

ROW_HEIGHT = 24
DEBOUNCE_MS = 250
DETAIL_PHOTO = 140


def _skills_text(row: PersonRow) -> str:
    return ", ".join(f"{technique} {level}" for technique, level in row.skills)


def export_table(parent: QWidget, build: Callable[[], Table], name: str) -> None:
    """Ask where to save, then write the table (CSV or XLSX) in the background."""
    from rumahbatik.reports.tabular import write_table

    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("People", "Export the list"),
        f"{name}.xlsx",
        QCoreApplication.translate("People", "Excel (*.xlsx);;CSV (*.csv)"),
    )
    if not path:
        return

    def work() -> str:
        write_table(build(), Path(path), tr=lambda s: QCoreApplication.translate("Exports", s))
        return path

    def done(written: str) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("People", "Export"),
            QCoreApplication.translate("People", "The list was written to {path}.").format(
                path=written
            ),
        )

    run_in_background(parent, work, done)


def table_view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    # Fixed row height before the model is set: cheap with many rows.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


def _heading(title: str) -> str:
    """A bold section title in the detail panel (the title already translated: lupdate does
    not see ``tr()`` calls inside f-strings)."""
    return f"<p><b>{html.escape(title)}</b><br>"


class PersonListTab(QWidget):
    """The artisans or the customers list, with search, filters, detail panel and actions."""

    def __init__(self, ctx: UiContext, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role = role
        self.is_artisans = role == "artisan"
        self._sort = "name"
        self._descending = False
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search name, NIK or phone…"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.kecamatan = QComboBox(self)
        self.kecamatan.setObjectName("kecamatanFilter")
        self.kecamatan.addItem(self.tr("All kecamatan"), None)
        for kec in regions.list_regions(ctx.db):
            self.kecamatan.addItem(kec.name, kec.id)
        filters.addWidget(self.kecamatan, 1)
        self.technique = QComboBox(self)
        self.technique.setObjectName("techniqueFilter")
        if self.is_artisans:
            self.technique.addItem(self.tr("All techniques"), "")
            for tech in Technique:
                self.technique.addItem(t("People", TECHNIQUE_LABELS[tech]), tech.value)
        else:
            self.technique.addItem(self.tr("All customer types"), "")
            for ct in CustomerType:
                self.technique.addItem(t("People", CUSTOMER_TYPE_LABELS[ct]), ct.value)
        filters.addWidget(self.technique, 1)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Active and inactive"), None)
        self.status.addItem(self.tr("Active only"), True)
        self.status.addItem(self.tr("Inactive only"), False)
        filters.addWidget(self.status, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("peopleCount")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addPerson")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editPerson")
        self.active_button = QPushButton(self.tr("Make &inactive"), self)
        self.active_button.setObjectName("toggleActive")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deletePerson")
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("importPeople")
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("exportPeople")
        for b in (self.add_button, self.edit_button, self.active_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        if self.is_artisans and ctx.actor.can(Permission.MANAGE_SETTINGS):
            self.regions_button = QPushButton(self.tr("&Regions…"), self)
            self.regions_button.setObjectName("editRegions")
            self.regions_button.clicked.connect(self.edit_regions)
            buttons.addWidget(self.regions_button)
        self.delete_button.setVisible(ctx.actor.can(Permission.DELETE_RECORDS))
        layout.addLayout(buttons)

        self.model: PagedTableModel[PersonRow] = PagedTableModel(self._columns(), self._fetcher())
        self.table = table_view(self, "artisansTable" if self.is_artisans else "customersTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # The name takes whatever width is left; the other columns keep what their content needs.
        widths = (0, 136, 112, 94, 92, 82, 64) if self.is_artisans else (0, 110, 170, 110, 95)
        for col, width in enumerate(widths):
            if width:
                header.resizeSection(col, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(self._sort_changed)

        self.detail = QLabel(self)
        self.detail.setObjectName("personDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumWidth(240)
        self.photo = QLabel(self)
        self.photo.setObjectName("personPhoto")
        self.photo.setFixedSize(DETAIL_PHOTO, DETAIL_PHOTO)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel = QWidget(self)
        pv = QVBoxLayout(panel)
        pv.addWidget(self.photo)
        pv.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        # The list takes the extra width; the detail panel keeps its own.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.kecamatan, self.technique, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        # The panel follows the selection, not the current index: focusing the table makes
        # row 0 current without selecting it, a selection made through the selection model
        # (or a re-selection of the current row) changes no current row, and a model reset
        # (reload after an edit) clears the selection but not a current-row slot's last text.
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(lambda: self._show_detail(None))
        ctx.bus.changed.connect(self._area_changed)
        self._update_count()
        self._show_detail(None)

    # -- columns, filter, fetching -------------------------------------------------------
    def _columns(self) -> list[ColumnDef[PersonRow]]:
        status = lambda r: self.tr("active") if r.active else self.tr("inactive")  # noqa: E731
        if self.is_artisans:
            return [
                ColumnDef(self.tr("Name"), lambda r: r.full_name),
                ColumnDef(self.tr("NIK"), lambda r: r.nik),
                ColumnDef(self.tr("Phone"), lambda r: format_phone(r.phone) if r.phone else ""),
                ColumnDef(self.tr("Kecamatan"), lambda r: r.kecamatan),
                ColumnDef(self.tr("Techniques"), _skills_text),
                ColumnDef(self.tr("Joined"), lambda r: format_date(r.joined_on)),
                ColumnDef(self.tr("Status"), status),
            ]
        return [
            ColumnDef(self.tr("Name"), lambda r: r.full_name),
            ColumnDef(
                self.tr("Type"),
                lambda r: (
                    t("People", CUSTOMER_TYPE_LABELS[CustomerType(r.customer_type)])
                    if r.customer_type
                    else ""
                ),
            ),
            ColumnDef(self.tr("Organisation"), lambda r: r.organisation),
            ColumnDef(self.tr("Phone"), lambda r: format_phone(r.phone) if r.phone else ""),
            ColumnDef(self.tr("Kecamatan"), lambda r: r.kecamatan),
            ColumnDef(self.tr("Status"), status),
        ]

    def _sort_columns(self) -> dict[int, str]:
        return {0: "name", 3: "kecamatan", 5: "joined"} if self.is_artisans else {
            0: "name", 4: "kecamatan"}  # fmt: skip

    def current_filter(self) -> PersonFilter:
        extra = self.technique.currentData() or ""
        return PersonFilter(
            role=self.role,  # type: ignore[arg-type]
            text=self.search.text().strip(),
            kecamatan_id=self.kecamatan.currentData(),
            technique=extra if self.is_artisans else "",
            customer_type="" if self.is_artisans else extra,
            active=self.status.currentData(),
            sort=self._sort,  # type: ignore[arg-type]
            descending=self._descending,
        )

    def _fetcher(self) -> Callable[[PersonRow | None, int], list[PersonRow]]:
        flt = self.current_filter() if hasattr(self, "status") else PersonFilter(role=self.role)  # type: ignore[arg-type]
        db, actor = self.ctx.db, self.ctx.actor

        def fetch(last: PersonRow | None, limit: int) -> list[PersonRow]:
            return people_list.list_people(db, actor, flt, after=last, limit=limit)

        return fetch

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_fetch(self._fetcher())
        self._update_count()
        self._show_detail(None)

    def _update_count(self) -> None:
        n = people_list.count_matching(self.ctx.db, self.ctx.actor, self.current_filter())
        self.count_label.setText(
            self.tr("%n artisan(s)", "", n)
            if self.is_artisans
            else self.tr("%n customer(s)", "", n)
        )

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        key = self._sort_columns().get(section)
        if key is None:
            # Not sortable: put the indicator back where the real order is.
            back = {v: k for k, v in self._sort_columns().items()}[self._sort]
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                back,
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.apply_filter()

    def _area_changed(self, area: str) -> None:
        if area in ("people", "regions"):
            before = self.selected()
            self.model.reload()
            self._update_count()
            if before is not None:
                self._select_id(before.id)

    # -- selection and detail ------------------------------------------------------------
    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self._show_detail(self.selected())

    def _select_id(self, person_id: int) -> None:
        """Select the person again after a reload, if they are among the loaded rows."""
        for i in range(self.model.rowCount()):
            if self.model.row(i).id == person_id:
                self.table.selectRow(i)
                return

    def _show_detail(self, row: PersonRow | None) -> None:
        has = row is not None
        for b in (self.edit_button, self.active_button, self.delete_button):
            b.setEnabled(has)
        if row is None:
            self.photo.clear()
            self.photo.hide()
            hint = self.tr("Select a row to see the details.")
            self.detail.setText(f"<i>{html.escape(hint)}</i>")
            return
        self.active_button.setText(
            self.tr("Make &inactive") if row.active else self.tr("Make &active")
        )
        pixmap = photo_pixmap(row.photo, self.ctx.settings.media_folder, DETAIL_PHOTO)
        self.photo.setVisible(pixmap is not None)
        if pixmap is not None:
            self.photo.setPixmap(pixmap)
        self.detail.setText(self._detail_html(row))

    def _detail_html(self, row: PersonRow) -> str:
        e = html.escape
        lines = [f"<h3>{e(row.full_name)}</h3>"]
        facts: list[tuple[str, str]] = [
            (self.tr("NIK"), row.nik),
            (
                self.tr("Gender"),
                t("People", GENDER_LABELS[Gender(row.gender)]) if row.gender else "",
            ),
            (self.tr("Phone"), format_phone(row.phone) if row.phone else ""),
            (self.tr("E-mail"), row.email),
            (self.tr("Address"), row.address),
            (self.tr("Kelurahan"), row.kelurahan),
            (self.tr("Kecamatan"), row.kecamatan),
        ]
        if self.is_artisans:
            facts += [
                (self.tr("Joined"), format_date(row.joined_on)),
                (
                    self.tr("Business"),
                    f"{row.business_name} {('· NIB ' + row.nib) if row.nib else ''}",
                ),
            ]
        else:
            facts += [(self.tr("Organisation"), row.organisation), (self.tr("NPWP"), row.npwp)]
        lines.append("<table cellspacing='2'>")
        for label, value in facts:
            if value.strip():
                lines.append(f"<tr><td><b>{e(label)}</b>&nbsp;</td><td>{e(value)}</td></tr>")
        lines.append("</table>")
        if self.is_artisans:
            lines.append(_heading(self.tr("Techniques")))
            if row.skills:
                lines.append(
                    "<br>".join(
                        e(
                            f"{t('People', TECHNIQUE_LABELS[Technique(tech)])}: "
                            f"{t('People', SKILL_LABELS[SkillLevel(level)])}"
                        )
                        for tech, level in row.skills
                    )
                )
            else:
                lines.append(e(self.tr("none recorded")))
            lines.append("</p>")
            lines.append(self._history_html(row.id))
        return "".join(lines)

    def _history_html(self, person_id: int) -> str:
        e = html.escape
        history = people.person_history(self.ctx.db, self.ctx.actor, person_id)
        out = [_heading(self.tr("Motifs"))]
        if history.motifs:
            out.append(
                "<br>".join(
                    e(
                        f"{m.name} ({m.code}) – "
                        + (self.tr("designer") if m.role == "designer" else self.tr("co-designer"))
                    )
                    for m in history.motifs
                )
            )
        else:
            out.append(e(self.tr("none yet")))
        out.append("</p>")
        out.append(_heading(self.tr("Trainings")))
        if history.trainings:
            out.append("<br>".join(e(self._training_line(tr)) for tr in history.trainings))
        else:
            out.append(e(self.tr("none yet")))
        out.append("</p>")
        out.append(_heading(self.tr("Production")))
        if history.production:
            shown = history.production[:8]
            out.append("<br>".join(e(self._production_line(p)) for p in shown))
            if len(history.production) > len(shown):
                more = len(history.production) - len(shown)
                out.append("<br>" + e(self.tr("… and %n more", "", more)))
        else:
            out.append(e(self.tr("none yet")))
        out.append("</p>")
        if history.held:
            out.append(_heading(self.tr("Stock held at home")))
            out.append(
                "<br>".join(
                    e(
                        f"{h.item_name}: {format_number(h.quantity)} "
                        f"{t('Stock', UNIT_LABELS[Unit(h.unit)])}"
                    )
                    for h in history.held
                )
            )
            out.append("</p>")
        if history.wages_earned or history.wages_paid:
            out.append(_heading(self.tr("Wages")))
            out.append(
                e(
                    self.tr("earned {earned}, paid {paid}, owed {owed}").format(
                        earned=format_rupiah(history.wages_earned),
                        paid=format_rupiah(history.wages_paid),
                        owed=format_rupiah(history.wages_owed),
                    )
                )
            )
            out.append("</p>")
        if history.consignment_intakes or history.sales_owed or history.royalties_owed:
            out.append(_heading(self.tr("Consignment and royalties")))
            out.append(
                e(
                    self.tr("%n piece(s) at the shop", "", int(history.consigned_at_shop))
                    + "; "
                    + self.tr(
                        "owed from sales {owed} (consignment {consignment}, royalties "
                        "{royalties}, settled but not yet paid {unpaid})"
                    ).format(
                        owed=format_rupiah(history.sales_owed),
                        consignment=format_rupiah(history.consignment_owed),
                        royalties=format_rupiah(history.royalties_owed),
                        unpaid=format_rupiah(history.settlements_unpaid),
                    )
                )
            )
            out.append("</p>")
        return "".join(out)

    def _production_line(self, p: people.ProductionRef) -> str:
        stage = t("Production", STAGE_LABELS[Stage(p.stage)])
        status = t("Production", BATCH_STATUS_LABELS[BatchStatus(p.status)])
        return self.tr("{batch} {product}: {stage}, %n piece(s) ({status})", "", p.pieces).format(
            batch=p.batch_number, product=p.product, stage=stage, status=status
        )

    def _training_line(self, tr: people.TrainingRef) -> str:
        if tr.status == "waitlist":
            outcome = self.tr("waiting list")
        elif tr.status == "withdrawn":
            outcome = self.tr("withdrew")
        elif tr.result == "passed":
            outcome = self.tr("passed")
        elif tr.result == "failed":
            outcome = self.tr("did not pass")
        else:
            outcome = self.tr("in progress")
        return f"{tr.course_name} {tr.cohort_code} ({format_date(tr.start_date)}) – {outcome}"

    # -- actions -------------------------------------------------------------------------
    def _dialog(self, person_id: int | None) -> QDialog:
        person = people.get_person(self.ctx.db, self.ctx.actor, person_id) if person_id else None
        if self.is_artisans:
            from rumahbatik.ui.artisan_dialog import ArtisanDialog

            return ArtisanDialog(self.ctx, person, self)
        from rumahbatik.ui.customer_dialog import CustomerDialog

        return CustomerDialog(self.ctx, person, self)

    def _changed(self) -> None:
        self.ctx.bus.changed.emit("people")

    def add(self) -> None:
        if self._dialog(None).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self._dialog(row.id).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            people.set_person_active(self.ctx.db, self.ctx.actor, row.id, not row.active)
        except Exception as exc:  # noqa: BLE001 - shown, never swallowed
            show_error(self, exc)
            return
        self._changed()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete {name} for good? This cannot be undone.").format(name=row.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            people.delete_person(self.ctx.db, self.ctx.actor, row.id)
        except Exception as exc:  # noqa: BLE001 - shown, never swallowed
            show_error(self, exc)
            return
        self._changed()

    def import_file(self) -> None:
        from rumahbatik.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self.role, self)
        dialog.exec()
        if dialog.imported:
            self._changed()

    def export(self) -> None:
        flt = replace(self.current_filter())
        db, actor = self.ctx.db, self.ctx.actor
        if self.is_artisans:
            export_table(self, lambda: people_exports.artisans_table(db, actor, flt), "artisans")
        else:
            export_table(self, lambda: people_exports.customers_table(db, actor, flt), "customers")

    def edit_regions(self) -> None:
        from rumahbatik.ui.regions_dialog import RegionsDialog

        RegionsDialog(self.ctx, self).exec()
        self.ctx.bus.changed.emit("regions")


class SuppliersTab(QWidget):
    """Suppliers: a short list (tens), so a plain in-memory table model is enough."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("supplierSearch")
        self.search.setPlaceholderText(self.tr("Search name, contact or what they supply…"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addSupplier")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editSupplier")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setVisible(ctx.actor.can(Permission.DELETE_RECORDS))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("exportSuppliers")
        for b in (self.add_button, self.edit_button, self.delete_button, self.export_button):
            top.addWidget(b)
        layout.addLayout(top)
        columns: list[ColumnDef[SupplierData]] = [
            ColumnDef(self.tr("Name"), lambda s: s.name),
            ColumnDef(self.tr("Contact"), lambda s: s.contact_person),
            ColumnDef(self.tr("Phone"), lambda s: format_phone(s.phone) if s.phone else ""),
            ColumnDef(self.tr("Supplies"), lambda s: s.supplies.replace("\n", " ")),
            ColumnDef(
                self.tr("Status"), lambda s: self.tr("active") if s.active else self.tr("inactive")
            ),
        ]
        self.model: PagedTableModel[SupplierData] = PagedTableModel(columns, self._fetcher())
        self.table = table_view(self, "suppliersTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for col, width in enumerate((220, 150, 130, 0, 80)):
            if width:
                header.resizeSection(col, width)
        # What they supply gets the spare width, not the short status.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.model.set_fetch(self._fetcher()))
        self.search.textChanged.connect(self._debounce.start)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(lambda: self._open(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self._open(self.selected()))
        self.delete_button.clicked.connect(self.delete)
        self.export_button.clicked.connect(self.export)

    def _fetcher(self) -> Callable[[SupplierData | None, int], list[SupplierData]]:
        text = self.search.text() if hasattr(self, "search") else ""
        db, actor = self.ctx.db, self.ctx.actor

        def fetch(last: SupplierData | None, _limit: int) -> list[SupplierData]:
            # One page holds them all: a centre has tens of suppliers.
            return [] if last is not None else suppliers.list_suppliers(db, actor, text)

        return fetch

    def selected(self) -> SupplierData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _open(self, supplier: SupplierData | None) -> None:
        from rumahbatik.ui.supplier_dialog import SupplierDialog

        if supplier is None and self.sender() is self.edit_button:
            return
        if SupplierDialog(self.ctx, supplier, self).exec() == QDialog.DialogCode.Accepted:
            self.model.reload()

    def delete(self) -> None:
        supplier = self.selected()
        if supplier is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete {name} for good? This cannot be undone.").format(name=supplier.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            suppliers.delete_supplier(self.ctx.db, self.ctx.actor, supplier.id)
        except Exception as exc:  # noqa: BLE001 - shown, never swallowed
            show_error(self, exc)
            return
        self.model.reload()

    def export(self) -> None:
        text, db, actor = self.search.text(), self.ctx.db, self.ctx.actor
        export_table(self, lambda: people_exports.suppliers_table(db, actor, text), "suppliers")


class PeoplePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("peopleTabs")
        self.artisans = PersonListTab(ctx, "artisan", self.tabs)
        self.tabs.addTab(self.artisans, self.tr("Artisans"))
        # The other tabs are built when first opened.
        self._lazy: dict[int, Callable[[], QWidget]] = {
            1: lambda: PersonListTab(ctx, "customer", self.tabs),
            2: lambda: SuppliersTab(ctx, self.tabs),
        }
        self.tabs.addTab(QWidget(self.tabs), self.tr("Customers"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("Suppliers"))
        self.tabs.currentChanged.connect(self._build_tab)
        layout.addWidget(self.tabs)

    def tab(self, index: int) -> QWidget:
        self._build_tab(index)
        return self.tabs.widget(index)

    def _build_tab(self, index: int) -> None:
        build = self._lazy.pop(index, None)
        if build is None:
            return
        title = self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        placeholder.deleteLater()
        self.tabs.insertTab(index, build(), title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
