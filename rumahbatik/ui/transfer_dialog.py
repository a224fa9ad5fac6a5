"""Move stock between locations (gudang → toko, ``MT/…``), or to and from an artisan who works
at home: hand-out (``SP/…``) and back from the artisan (``TP/…``)."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain import stock_fields as F
from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.stock import LocationKind
from rumahbatik.services import people, stock
from rumahbatik.services.stock_types import DocumentData, TransferInput, TransferLine
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, date_of
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background
from rumahbatik.ui.stock_lines import StockLinesEditor

Mode = Literal["transfer", "handout", "handback"]


class TransferDialog(QDialog):
    """``mode``: "transfer" between two locations, "handout" to an artisan, "handback" from
    one. After a successful save ``document`` holds the document."""

    def __init__(
        self,
        ctx: UiContext,
        mode: Mode = "transfer",
        parent: QWidget | None = None,
        *,
        artisan: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.document: DocumentData | None = None
        self.artisan_id: int | None = None
        self.saving = False
        self.setWindowTitle(
            {
                "transfer": self.tr("Transfer stock"),
                "handout": self.tr("Hand out to artisan"),
                "handback": self.tr("Back from artisan"),
            }[mode]
        )
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        places = [
            loc
            for loc in stock.list_locations(ctx.db, ctx.actor, include_artisans=False)
            if loc.active
        ]
        self.source = QComboBox(self)
        self.source.setObjectName("transferFrom")
        self.target = QComboBox(self)
        self.target.setObjectName("transferTo")
        for loc in places:
            self.source.addItem(loc.name, loc.id)
            self.target.addItem(loc.name, loc.id)
        if mode == "transfer":
            shop = next((i for i, loc in enumerate(places) if loc.kind == LocationKind.SHOP), 0)
            self.target.setCurrentIndex(shop)
            form.addRow(self.tr("From"), self.source)
            form.addRow(self.tr("To"), self.target)
        else:
            row = QHBoxLayout()
            self.artisan_label = QLabel(self.tr("(none chosen)"), self)
            self.artisan_label.setObjectName("artisanName")
            self.choose_artisan = QPushButton(self.tr("Choose artisan…"), self)
            self.choose_artisan.setObjectName("chooseArtisan")
            self.choose_artisan.setAutoDefault(False)
            self.choose_artisan.clicked.connect(self.pick_artisan)
            row.addWidget(self.artisan_label, 1)
            row.addWidget(self.choose_artisan)
            # The combo a mode does not use stays out of sight (it is the artisan's side).
            if mode == "handout":
                form.addRow(self.tr("From"), self.source)
                form.addRow(self.tr("To artisan"), row)
                self.target.hide()
            else:
                form.addRow(self.tr("From artisan"), row)
                form.addRow(self.tr("To"), self.target)
                self.source.hide()
        self.date = date_edit(self)
        self.date.setObjectName("transferDate")
        form.addRow(t("Stock", F.DATE), self.date)
        layout.addLayout(form)
        self.lines = StockLinesEditor(ctx, with_cost=False, parent=self)
        layout.addWidget(self.lines, 1)
        notes_form = QFormLayout()
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(48)
        notes_form.addRow(t("Stock", F.NOTES), self.notes)
        layout.addLayout(notes_form)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for b in self.buttons.buttons():
            b.setAutoDefault(False)
            b.setDefault(False)
        layout.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        if artisan is not None:
            self.set_artisan(*artisan)
        self._source_changed()
        self.lines.search.setFocus()

    # -- the artisan ---------------------------------------------------------------------
    def pick_artisan(self) -> None:
        from rumahbatik.ui.person_picker import PersonPicker

        picker = PersonPicker(self.ctx, self)
        picker.setWindowTitle(self.tr("Choose artisan"))
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        ids = picker.selected_ids()
        if ids:
            try:
                person = people.get_person(self.ctx.db, self.ctx.actor, ids[0])
            except DomainError as exc:
                self.message.show_error(exc)
                return
            self.set_artisan(person.id, person.full_name)

    def set_artisan(self, person_id: int, name: str) -> None:
        self.artisan_id = person_id
        self.artisan_label.setText(name)
        self._source_changed()

    def _artisan_location(self) -> int | None:
        if self.artisan_id is None:
            return None
        for loc in stock.list_locations(self.ctx.db, self.ctx.actor):
            if loc.person_id == self.artisan_id:
                return loc.id
        return None

    def source_location(self) -> int | None:
        if self.mode == "handback":
            return self._artisan_location()
        return self.source.currentData()

    def _source_changed(self) -> None:
        src = self.source_location()
        # An artisan who never held stock has no location yet: nothing on hand there.
        self.lines.set_location(src if src is not None else -1)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        """Post in the background; on a refusal (e.g. not enough stock) stay open as typed."""
        if self.saving:
            return
        self.message.hide()
        if self.mode != "transfer" and self.artisan_id is None:
            self.message.show_error(self.tr("Choose the artisan first."))
            return
        try:
            lines = [TransferLine(v.item.id, v.quantity) for v in self.lines.lines()]
        except DomainError as exc:
            self.message.show_error(exc)
            return
        db, actor, when = self.ctx.db, self.ctx.actor, date_of(self.date)
        notes = self.notes.toPlainText().strip()
        src, dst, person = self.source.currentData(), self.target.currentData(), self.artisan_id
        if self.mode == "handout":
            work = lambda: stock.hand_out_to_artisan(db, actor, person, src, when, lines, notes)  # noqa: E731
        elif self.mode == "handback":
            work = lambda: stock.take_back_from_artisan(db, actor, person, dst, when, lines, notes)  # noqa: E731
        else:
            inp = TransferInput(src, dst, when, lines, notes)
            work = lambda: stock.transfer_stock(db, actor, inp)  # noqa: E731
        self.saving = True
        self.buttons.setEnabled(False)
        run_in_background(self, work, self._saved, on_error=self._failed)

    def _saved(self, doc: DocumentData) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.document = doc
        self.ctx.bus.changed.emit("stock")
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("{number} was saved.").format(number=doc.number),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(exc, DomainError):
            self.message.show_error(exc)
            return
        from rumahbatik.ui.errors import show_error

        show_error(self, exc)
