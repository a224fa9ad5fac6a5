"""The motif catalogue: a thumbnail grid or a table, filters, a detail view, the lookbook."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_date, format_datetime, format_number, format_rupiah
from rumahbatik.domain.motifs import IMAGE_KIND_LABELS, ROYALTY_LABELS
from rumahbatik.domain.people import (
    MOTIF_STATUS_LABELS,
    TECHNIQUE_LABELS,
    MotifStatus,
    RoyaltyKind,
    Technique,
)
from rumahbatik.domain.roles import Permission
from rumahbatik.services import motifs
from rumahbatik.services.motifs import MotifData, MotifFilter, MotifRow
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.errors import show_error
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.paged_model import ColumnDef, Index, PagedTableModel

log = logging.getLogger(__name__)

THUMB = 150


# ---------------------------------------------------------------- thumbnails


class _LoadSignals(QObject):
    loaded = Signal(str, QImage)


class _LoadJob(QRunnable):
    def __init__(self, path: str, side: int, signals: _LoadSignals) -> None:
        super().__init__()
        self.path, self.side, self.signals = path, side, signals

    def run(self) -> None:  # QImage (not QPixmap) is safe off the GUI thread
        image = QImage(self.path)
        if not image.isNull():
            image = image.scaled(
                self.side,
                self.side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.signals.loaded.emit(self.path, image)


class ThumbnailCache(QObject):
    """Thumbnails read on worker threads, kept as icons; ``ready(path)`` when one arrives."""

    ready = Signal(str)

    def __init__(self, side: int = THUMB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._icons: dict[str, QIcon] = {}
        self._pending: set[str] = set()
        self._signals = _LoadSignals()
        self._signals.loaded.connect(self._loaded, Qt.ConnectionType.QueuedConnection)
        placeholder = QPixmap(side, side)
        placeholder.fill(QColor("#efe6d6"))
        self.placeholder = QIcon(placeholder)

    def icon(self, path: str) -> QIcon:
        if not path:
            return self.placeholder
        cached = self._icons.get(path)
        if cached is not None:
            return cached
        if path not in self._pending:
            self._pending.add(path)
            QThreadPool.globalInstance().start(_LoadJob(path, self.side, self._signals))
        return self.placeholder

    def _loaded(self, path: str, image: QImage) -> None:
        self._pending.discard(path)
        self._icons[path] = (
            QIcon(QPixmap.fromImage(image)) if not image.isNull() else (self.placeholder)
        )
        self.ready.emit(path)


class MotifModel(PagedTableModel[MotifRow]):
    """The motif list, paged from SQL; column 0 carries the thumbnail for the grid."""

    def __init__(self, columns: list[ColumnDef[MotifRow]], fetch: Any, cache: ThumbnailCache):
        super().__init__(columns, fetch, page_size=120)
        self.cache = cache
        cache.ready.connect(self._thumbnail_ready)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.cache.icon(self.row(index.row()).thumbnail_path)
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row(index.row())
            return f"{row.code} · {row.name}"
        return super().data(index, role)

    def _thumbnail_ready(self, path: str) -> None:
        for i in range(self.rowCount()):
            if self.row(i).thumbnail_path == path:
                idx = self.index(i, 0)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])


# ---------------------------------------------------------------- the detail view


class Swatches(QWidget):
    """Colour chips with their names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QFormLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(4)

    def set_colours(self, colours: tuple[motifs.Colour, ...]) -> None:
        while self.grid.rowCount():
            self.grid.removeRow(0)
        for c in colours:
            chip = QLabel(self)
            chip.setFixedSize(34, 18)
            chip.setStyleSheet(f"background: {c.hex}; border: 1px solid #6b4226;")
            self.grid.addRow(chip, QLabel(f"{c.name}  <span style='color:#8a7a6a'>{c.hex}</span>"))


class MotifDetail(QScrollArea):
    """Everything about one motif (or one of its saved versions), read-only."""

    version_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        # Until a motif is chosen only a hint shows, not a frame of empty fields.
        self.empty = QLabel(self.tr("Choose a motif to see it here."), body)
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #7a5c45; font-style: italic; margin-top: 40px;")
        outer.addWidget(self.empty)
        self.content = QWidget(body)
        outer.addWidget(self.content)
        outer.addStretch(1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.image = QLabel(body)
        self.image.setObjectName("motifImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(320)
        self.image.setStyleSheet("background: #f4ecdf; border: 1px solid #dccfb9;")
        layout.addWidget(self.image)
        self.strip = QListWidget(body)
        self.strip.setObjectName("imageStrip")
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setIconSize(QSize(56, 56))
        self.strip.setFixedHeight(84)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.currentRowChanged.connect(self._show_image)
        layout.addWidget(self.strip)
        self.caption = QLabel(body)
        self.caption.setStyleSheet("color: #6b5a4a; font-style: italic;")
        layout.addWidget(self.caption)
        self.title = QLabel(body)
        self.title.setObjectName("motifTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold; color: #2b1a10;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("status", self.tr("Status")),
            ("designer", self.tr("Designer")),
            ("co_designers", self.tr("Co-designers")),
            ("techniques", self.tr("Techniques")),
            ("origin", self.tr("Origin")),
            ("created_on", self.tr("Created on")),
            ("hki", self.tr("HKI registration")),
            ("royalty", self.tr("Royalty")),
            ("version", self.tr("Version")),
        ):
            value = QLabel(body)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(f"<b>{label}</b>", value)
        layout.addLayout(form)
        self.philosophy = self._section(layout, self.tr("Philosophy (makna)"), "detailPhilosophy")
        self.description = self._section(layout, self.tr("Description"), "detailDescription")
        layout.addWidget(self._heading(self.tr("Colours")))
        self.swatches = Swatches(body)
        layout.addWidget(self.swatches)
        self.versions_heading = self._heading(self.tr("Version history"))
        layout.addWidget(self.versions_heading)
        self.versions = QListWidget(body)
        self.versions.setObjectName("versions")
        self.versions.setMaximumHeight(110)
        self.versions.itemActivated.connect(
            lambda item: self.version_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.versions)
        layout.addWidget(self._heading(self.tr("Products and sales with this motif")))
        self.usage = QLabel(
            self.tr(
                "Products and sales made with this motif will be listed here once the stock "
                "and sales areas of the program are built."
            ),
            body,
        )
        self.usage.setObjectName("detailUsage")
        self.usage.setWordWrap(True)
        self.usage.setStyleSheet("color: #6b5a4a;")
        layout.addWidget(self.usage)
        layout.addStretch(1)
        self._pixmaps: list[QPixmap] = []
        self.motif: MotifData | None = None
        self.clear()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setStyleSheet("color: #6b4226; margin-top: 8px;")
        return label

    def _section(self, layout: QVBoxLayout, title: str, name: str) -> QLabel:
        layout.addWidget(self._heading(title))
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        return label

    def clear(self) -> None:
        self.motif = None
        self.title.clear()
        self.content.hide()
        self.empty.show()
        self.image.clear()
        self.strip.clear()
        self.caption.clear()
        for value in self.values.values():
            value.clear()
        self.philosophy.clear()
        self.description.clear()
        self.swatches.set_colours(())
        self.versions.clear()

    def show_motif(self, m: MotifData, versions: list[motifs.VersionInfo] | None = None) -> None:
        self.motif = m
        self.empty.hide()
        self.content.show()
        self.title.setText(f"{m.name}  <span style='color:#8a6a4a; font-size:11pt'>{m.code}</span>")
        v = self.values
        v["status"].setText(t("Motifs", MOTIF_STATUS_LABELS[m.status]))
        v["designer"].setText(m.designer.name if m.designer else "–")
        v["co_designers"].setText(", ".join(p.name for p in m.co_designers) or "–")
        v["techniques"].setText(
            ", ".join(t("People", TECHNIQUE_LABELS[x]) for x in m.techniques) or "–"
        )
        v["origin"].setText(m.origin or "–")
        v["created_on"].setText(format_date(m.created_on) or "–")
        v["hki"].setText(
            self.tr("{number}, registered {date}").format(
                number=m.hki_number, date=format_date(m.hki_date)
            )
            if m.hki_number
            else self.tr("not registered")
        )
        v["royalty"].setText(self._royalty(m))
        v["version"].setText(str(m.version))
        self.philosophy.setText(m.philosophy or "–")
        self.description.setText(m.description or "–")
        self.swatches.set_colours(m.colours)
        self.strip.clear()
        self._pixmaps = []
        for img in m.images:
            pix = QPixmap(img.path)
            self._pixmaps.append(pix)
            thumb = QPixmap(img.thumbnail_path)
            item = QListWidgetItem(QIcon(thumb if not thumb.isNull() else pix), "", self.strip)
            item.setToolTip(t("Motifs", IMAGE_KIND_LABELS[img.kind]))
        self.strip.setVisible(len(m.images) > 1)
        if m.images:
            self.strip.setCurrentRow(0)
            self._show_image(0)
        else:
            self.image.setText(self.tr("No image yet"))
            self.caption.clear()
        has_versions = versions is not None
        self.versions_heading.setVisible(has_versions)
        self.versions.setVisible(has_versions)
        self.versions.clear()
        for info in versions or []:
            item = QListWidgetItem(
                self.tr("Version {version} · {when} · {who}{note}").format(
                    version=info.version,
                    when=format_datetime(info.created_at),
                    who=info.created_by,
                    note=f" · {info.note}" if info.note else "",
                ),
                self.versions,
            )
            item.setData(Qt.ItemDataRole.UserRole, info.version)
        if has_versions and not versions:
            QListWidgetItem(self.tr("No earlier versions."), self.versions).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def _royalty(self, m: MotifData) -> str:
        kind = RoyaltyKind(m.royalty_kind)
        if kind is RoyaltyKind.PERCENT:
            return f"{format_number(m.royalty_value)}% ({t('Motifs', ROYALTY_LABELS[kind])})"
        if kind is RoyaltyKind.FIXED:
            return f"{format_rupiah(m.royalty_value)} ({t('Motifs', ROYALTY_LABELS[kind])})"
        return t("Motifs", ROYALTY_LABELS[kind])

    def _show_image(self, row: int) -> None:
        if self.motif is None or not 0 <= row < len(self._pixmaps):
            return
        pix = self._pixmaps[row]
        if pix.isNull():
            self.image.setText(self.tr("The image file is missing."))
        else:
            side = max(200, min(self.viewport().width() - 30, 520))
            self.image.setPixmap(
                pix.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        img = self.motif.images[row]
        kind = t("Motifs", IMAGE_KIND_LABELS[img.kind])
        self.caption.setText(f"{kind}: {img.caption}" if img.caption else kind)


class VersionDialog(QDialog):
    """An earlier version of a motif, to look at (never to edit)."""

    def __init__(self, data: MotifData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("{name}, version {version} (read-only)").format(
                name=data.name, version=data.version
            )
        )
        self.resize(520, 700)
        layout = QVBoxLayout(self)
        self.detail = MotifDetail(self)
        self.detail.show_motif(data, None)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# ---------------------------------------------------------------- the page


class MotifsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("motifSearch")
        self.search.setPlaceholderText(self.tr("Search code, name or philosophy…"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.technique_filter = QComboBox(self)
        self.technique_filter.setObjectName("techniqueFilter")
        self.technique_filter.addItem(self.tr("All techniques"), "")
        for tech in Technique:
            self.technique_filter.addItem(t("People", TECHNIQUE_LABELS[tech]), tech.value)
        self.designer_filter = QComboBox(self)
        self.designer_filter.setObjectName("designerFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for s in MotifStatus:
            self.status_filter.addItem(t("Motifs", MOTIF_STATUS_LABELS[s]), s.value)
        for combo in (self.technique_filter, self.designer_filter, self.status_filter):
            filters.addWidget(combo, 1)
        self.view_toggle = QPushButton(self)
        self.view_toggle.setObjectName("viewToggle")
        self.view_toggle.setCheckable(True)
        self.view_toggle.toggled.connect(self.show_table)
        filters.addWidget(self.view_toggle)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add motif…"), self)
        self.add_button.setObjectName("addMotif")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editMotif")
        self.version_button = QPushButton(self.tr("New &version…"), self)
        self.version_button.setObjectName("newVersion")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteMotif")
        self.print_button = QPushButton(self.tr("&Print catalogue…"), self)
        self.print_button.setObjectName("printCatalogue")
        menu = QMenu(self.print_button)
        menu.addAction(
            self.tr("Motifs approved for production…"), lambda: self.print_catalogue("approved")
        )
        menu.addAction(self.tr("All motifs…"), lambda: self.print_catalogue("all"))
        self.print_button.setMenu(menu)
        for b in (self.add_button, self.edit_button, self.version_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("motifCount")
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        can_edit = ctx.actor.can(Permission.MANAGE_MOTIFS)
        for b in (self.add_button, self.edit_button, self.version_button):
            b.setVisible(can_edit)
        self.delete_button.setVisible(ctx.actor.can(Permission.DELETE_RECORDS))

        columns: list[ColumnDef[MotifRow]] = [
            ColumnDef(self.tr("Name"), lambda r: r.name),
            ColumnDef(self.tr("Code"), lambda r: r.code),
            ColumnDef(self.tr("Designer"), lambda r: r.designer_name),
            ColumnDef(self.tr("Techniques"), lambda r: ", ".join(x.value for x in r.techniques)),
            ColumnDef(self.tr("Status"), lambda r: t("Motifs", MOTIF_STATUS_LABELS[r.status])),
            ColumnDef(self.tr("HKI"), lambda r: r.hki_number),
            ColumnDef(self.tr("Version"), lambda r: str(r.version), align_right=True),
            ColumnDef(self.tr("Created on"), lambda r: format_date(r.created_on)),
        ]
        self.thumbnails = ThumbnailCache(THUMB, self)
        self.model = MotifModel(columns, self._fetcher(), self.thumbnails)

        self.grid = QListView(self)
        self.grid.setObjectName("motifGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setGridSize(QSize(THUMB + 34, THUMB + 46))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setSpacing(6)
        self.grid.setModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("motifTable")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(26, 26))
        self.table.setModel(self.model)
        self.table.setSelectionModel(self.grid.selectionModel())  # one selection, two views
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.grid.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in enumerate((200, 90, 160, 150, 150, 120, 60)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.grid)
        self.views.addWidget(self.table)
        self.detail = MotifDetail(self)
        self.detail.setObjectName("motifDetail")
        self.detail.version_chosen.connect(self.show_version)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.technique_filter, self.designer_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.grid.selectionModel().currentRowChanged.connect(self._current_changed)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.grid.doubleClicked.connect(lambda _i: self.edit_motif())
        self.table.doubleClicked.connect(lambda _i: self.edit_motif())
        self.add_button.clicked.connect(self.add_motif)
        self.edit_button.clicked.connect(self.edit_motif)
        self.version_button.clicked.connect(self.new_version)
        self.delete_button.clicked.connect(self.delete_motif)
        ctx.bus.changed.connect(self._area_changed)
        self._load_designers()
        self.show_table(False)
        self.model.fetchMore(QModelIndex())  # the first page at once, not on first paint
        self._update_count()
        self._update_buttons()

    # ------------------------------------------------------------ filters
    def _load_designers(self) -> None:
        current = self.designer_filter.currentData()
        self.designer_filter.blockSignals(True)
        self.designer_filter.clear()
        self.designer_filter.addItem(self.tr("All designers"), None)
        for p in motifs.used_designers(self.ctx.db, self.ctx.actor):
            self.designer_filter.addItem(p.name, p.id)
        index = self.designer_filter.findData(current)
        self.designer_filter.setCurrentIndex(max(0, index))
        self.designer_filter.blockSignals(False)

    def current_filter(self) -> MotifFilter:
        return MotifFilter(
            text=self.search.text().strip(),
            technique=self.technique_filter.currentData() or "",
            designer_id=self.designer_filter.currentData(),
            status=self.status_filter.currentData() or "",
        )

    def _fetcher(self):  # type: ignore[no-untyped-def]
        flt = self.current_filter() if hasattr(self, "search") else MotifFilter()
        db, actor = self.ctx.db, self.ctx.actor

        def fetch(last: MotifRow | None, limit: int) -> list[MotifRow]:
            return motifs.list_motifs(db, actor, flt, after=last, limit=limit)

        return fetch

    def apply_filter(self) -> None:
        self.model.set_fetch(self._fetcher())
        self.detail.clear()
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        # One indexed COUNT: cheap, and never lands on a page that has closed meanwhile.
        n = motifs.count_motifs(self.ctx.db, self.ctx.actor, self.current_filter())
        self.count_label.setText(self.tr("{count} motif(s)").format(count=n))

    def show_table(self, table: bool) -> None:
        self.views.setCurrentWidget(self.table if table else self.grid)
        self.view_toggle.setText(self.tr("Show as grid") if table else self.tr("Show as table"))
        if self.view_toggle.isChecked() != table:
            self.view_toggle.setChecked(table)

    # ------------------------------------------------------------ selection
    def selected(self) -> MotifRow | None:
        index = self.grid.selectionModel().currentIndex()
        if not index.isValid() or not self.grid.selectionModel().isSelected(
            self.model.index(index.row(), 0)
        ):
            rows = self.grid.selectionModel().selectedRows()
            if not rows:
                rows = self.grid.selectionModel().selectedIndexes()
            if not rows:
                return None
            index = rows[0]
        return self.model.row(index.row())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.grid.selectionModel().setCurrentIndex(
            index,
            self.grid.selectionModel().SelectionFlag.ClearAndSelect
            | self.grid.selectionModel().SelectionFlag.Rows,
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        self.show_detail(self.model.row(current.row()).id)

    def show_detail(self, motif_id: int) -> None:
        try:
            data = motifs.get_motif(self.ctx.db, self.ctx.actor, motif_id)
            versions = motifs.motif_versions(self.ctx.db, self.ctx.actor, motif_id)
        except Exception as exc:  # noqa: BLE001 - shown, never swallowed
            show_error(self, exc)
            return
        self.detail.show_motif(data, versions)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.version_button, self.delete_button):
            b.setEnabled(has)

    def _area_changed(self, area: str) -> None:
        if area in ("motifs", "people"):
            self._load_designers()
            self.apply_filter()

    # ------------------------------------------------------------ actions
    def _open_dialog(self, data: MotifData | None) -> MotifData | None:
        from rumahbatik.ui.motif_dialog import MotifDialog

        dialog = MotifDialog(self.ctx, data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None

    def _after_change(self, motif_id: int | None = None) -> None:
        self.ctx.bus.changed.emit("motifs")
        if motif_id is not None:
            for i in range(self.model.rowCount()):
                if self.model.row(i).id == motif_id:
                    self.select_row(i)
                    break

    def add_motif(self) -> None:
        saved = self._open_dialog(None)
        if saved is not None:
            self._after_change(saved.id)

    def edit_motif(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.actor.can(Permission.MANAGE_MOTIFS):
            return
        try:
            data = motifs.get_motif(self.ctx.db, self.ctx.actor, row.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        saved = self._open_dialog(data)
        if saved is not None:
            self._after_change(saved.id)

    def new_version(self) -> None:
        row = self.selected()
        if row is None:
            return
        note, ok = QInputDialog.getText(
            self,
            self.tr("New version of {name}").format(name=row.name),
            self.tr(
                "Version {version} is kept as it is now, and you go on editing version "
                "{next}.\nWhat changes? (optional)"
            ).format(version=row.version, next=row.version + 1),
        )
        if not ok:
            return
        try:
            motifs.new_version(self.ctx.db, self.ctx.actor, row.id, note)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._after_change(row.id)
        self.edit_motif()

    def delete_motif(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete motif"),
            self.tr("Delete the motif {name} ({code}) with its images and versions?").format(
                name=row.name, code=row.code
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            motifs.delete_motif(self.ctx.db, self.ctx.actor, row.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._after_change()

    def show_version(self, version: int) -> None:
        if self.detail.motif is None:
            return
        try:
            data = motifs.motif_version(self.ctx.db, self.ctx.actor, self.detail.motif.id, version)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        VersionDialog(data, self).exec()

    def print_catalogue(self, status: str = "approved") -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the motif catalogue"), "katalog-motif.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        db, actor = self.ctx.db, self.ctx.actor

        def build() -> bytes:
            from rumahbatik.reports.catalogue import catalogue_pdf
            from rumahbatik.services.catalogue import build_catalogue

            return catalogue_pdf(build_catalogue(db, actor, status))

        def save(pdf: bytes) -> None:
            try:
                target.write_bytes(pdf)
            except OSError as exc:
                log.warning("catalogue not saved to %s: %s", target, exc)
                QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    self.tr("The catalogue could not be saved to {path}: {reason}").format(
                        path=target, reason=exc.strerror or exc
                    ),
                )
                return
            self.last_catalogue = target
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    self.tr("Catalogue saved to {path}").format(path=target), 8000
                )

        self.catalogue_job = run_in_background(self, build, save)
