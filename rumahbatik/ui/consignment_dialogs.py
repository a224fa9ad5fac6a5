"""Consignment (titip jual) dialogs: an artisan's intake of pieces, a settlement with its
preview, returned pieces and payout, and a later payout on a settlement."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.errors import DomainError
from rumahbatik.domain.formatting import format_date, format_number, format_rupiah, parse_number
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import TECHNIQUE_LABELS, Technique
from rumahbatik.domain.sales import ACCRUAL_KIND_LABELS, PayoutMethod, consignment_share
from rumahbatik.services import consignment
from rumahbatik.services.sales_types import (
    IntakeData,
    IntakeInput,
    IntakeLineInput,
    PayoutInput,
    SettlementData,
    SettlementPreview,
    UnsoldPiece,
)
from rumahbatik.ui.batch_widgets import ArtisanCombo
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.date_inputs import date_edit, from_qdate
from rumahbatik.ui.error_label import ErrorLabel
from rumahbatik.ui.i18n import t
from rumahbatik.ui.operations import run_in_background

#: Payout methods, labelled with the sales words (the same Indonesian translation).
PAYOUT_METHOD_LABELS: dict[PayoutMethod, str] = {
    PayoutMethod.CASH: QT_TRANSLATE_NOOP("Sales", "Cash"),
    PayoutMethod.TRANSFER: QT_TRANSLATE_NOOP("Sales", "Bank transfer"),
}

NEW_PIECE = -1  # the "piece" combo's entry for a new piece


def make_table(
    parent: QWidget, headers: list[str], name: str, stretch: int | None = None
) -> QTableWidget:
    """A read-only table; column ``stretch`` (default the last) takes the spare width."""
    tw = QTableWidget(0, len(headers), parent)
    tw.setObjectName(name)
    tw.setHorizontalHeaderLabels(headers)
    tw.verticalHeader().setVisible(False)
    tw.verticalHeader().setDefaultSectionSize(24)
    tw.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tw.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tw.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tw.setAlternatingRowColors(True)
    header = tw.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tw


def table_cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _money(edit: QLineEdit, label: str) -> Decimal:
    return parse_number(edit.text(), label) if edit.text().strip() else Decimal(0)


def _method_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("payoutMethod")
    for m in PayoutMethod:
        combo.addItem(t("Sales", PAYOUT_METHOD_LABELS[m]), m.value)
    return combo


def _show_failure(dialog: QWidget, error: ErrorLabel, exc: BaseException) -> None:
    if isinstance(exc, DomainError):
        error.show_error(exc)
    else:
        from rumahbatik.ui.errors import show_error

        show_error(dialog, exc)


def show_slip(ctx: UiContext, settlement: SettlementData, parent: QWidget) -> QDialog:
    """Render the settlement slip (quick: one page or two) and open it in the preview."""
    from rumahbatik.reports.settlement_slip import file_name, render_settlement_slip
    from rumahbatik.services.centre import centre_profile
    from rumahbatik.ui.pdf_preview import PdfPreviewDialog

    language = str(ctx.settings.get("language") or "id")
    pdf = render_settlement_slip(settlement, centre_profile(ctx.db), language=language)
    dialog = PdfPreviewDialog(
        pdf,
        t("Consignment", "Settlement slip {number}: {name}").format(
            number=settlement.number, name=settlement.person_name
        ),
        file_name(settlement),
        parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- intake


class IntakeDialog(QDialog):
    """An artisan brings pieces to sell: choose or name each piece, its quantity and asking
    price; the artisan's share per piece follows the commission as you type."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, artisan_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: IntakeData | None = None
        self.lines: list[IntakeLineInput] = []
        self.labels: QDialog | None = None
        self.job = None
        self.setWindowTitle(self.tr("New consignment intake"))
        self.resize(900, 600)

        self.artisan = ArtisanCombo(ctx, self)
        self.artisan.setObjectName("intakeArtisan")
        if artisan_id is not None and self.artisan.findData(artisan_id) >= 0:
            self.artisan.setCurrentIndex(self.artisan.findData(artisan_id))
        self.artisan.currentIndexChanged.connect(self._artisan_changed)
        self.day = date_edit(self, date.today())
        self.day.setObjectName("intakeDate")
        self.commission = QDoubleSpinBox(self)
        self.commission.setObjectName("commission")
        self.commission.setRange(0, 100)
        self.commission.setDecimals(1)
        self.commission.setSuffix(" %")
        self.commission.setValue(float(ctx.settings.get("consignment_commission") or 20))
        self.commission.valueChanged.connect(self._refresh_lines)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("intakeNotes")

        # One line is typed here, then added to the table below (Enter in the price adds it).
        self.piece = QComboBox(self)
        self.piece.setObjectName("piece")
        self.piece.currentIndexChanged.connect(self._piece_changed)
        self.name = QLineEdit(self)
        self.name.setObjectName("pieceName")
        self.name.setPlaceholderText(self.tr("Name of the new piece"))
        self.motif = QComboBox(self)
        self.motif.setObjectName("pieceMotif")
        self.motif.addItem(self.tr("(no motif)"), None)
        try:
            from rumahbatik.services import motifs

            for m in motifs.list_motifs(ctx.db, ctx.actor, limit=1000):
                self.motif.addItem(f"{m.name} ({m.code})", m.id)
        except DomainError:
            pass  # a role without the motif catalogue still records pieces without a motif
        self.technique = QComboBox(self)
        self.technique.setObjectName("pieceTechnique")
        self.technique.addItem(self.tr("(technique)"), "")
        for tech in Technique:
            self.technique.addItem(t("People", TECHNIQUE_LABELS[tech]), tech.value)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("pieceQuantity")
        self.quantity.setRange(1, 10000)
        self.price = QLineEdit(self)
        self.price.setObjectName("askingPrice")
        self.price.setPlaceholderText(self.tr("Asking price (Rp)"))
        self.price.textChanged.connect(self._update_share)
        self.share = QLabel(self)
        self.share.setObjectName("sharePreview")
        self.share.setMinimumWidth(200)
        self.add_button = QPushButton(self.tr("&Add piece"), self)
        self.add_button.setObjectName("addPiece")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("&Remove piece"), self)
        self.remove_button.setObjectName("removePiece")
        self.remove_button.clicked.connect(self.remove_line)

        self.table = make_table(
            self,
            [
                self.tr("Piece"), self.tr("Motif"), self.tr("Technique"), self.tr("Qty"),
                self.tr("Asking price"), self.tr("Commission"), self.tr("Artisan's share/pc"),
            ],
            "intakeLines",
            stretch=0,
        )  # fmt: skip
        self.total = QLabel(self)
        self.total.setObjectName("intakeTotal")
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter adds the piece being typed (fast entry); saving is a click or Alt+S.
        for b in self.buttons.buttons():
            b.setAutoDefault(False)
        self.add_button.setDefault(True)

        top = QFormLayout()
        top.addRow(self.tr("Artisan"), self.artisan)
        top.addRow(self.tr("Date"), self.day)
        top.addRow(self.tr("Commission"), self.commission)
        top.addRow(self.tr("Notes"), self.notes)
        entry = QGroupBox(self.tr("Piece"), self)
        grid = QFormLayout(entry)
        which = QHBoxLayout()
        which.addWidget(self.piece, 2)
        which.addWidget(self.name, 3)
        grid.addRow(self.tr("Piece"), which)
        looks = QHBoxLayout()
        looks.addWidget(self.motif, 2)
        looks.addWidget(self.technique, 1)
        grid.addRow(self.tr("Motif, technique"), looks)
        amounts = QHBoxLayout()
        amounts.addWidget(self.quantity)
        amounts.addWidget(self.price, 1)
        amounts.addWidget(self.share, 1)
        amounts.addWidget(self.add_button)
        grid.addRow(self.tr("Qty, asking price"), amounts)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(entry)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._artisan_changed()
        self._refresh_lines()

    # -- the entry row

    def _artisan_changed(self) -> None:
        """Their pieces already consigned can be brought again (more of the same)."""
        self.piece.blockSignals(True)
        self.piece.clear()
        self.piece.addItem(self.tr("New piece"), NEW_PIECE)
        self._known: dict[int, UnsoldPiece] = {}
        artisan_id = self.artisan.current_id()
        if artisan_id is not None:
            try:
                for p in consignment.consigned_items(self.ctx.db, self.ctx.actor, artisan_id):
                    self._known[p.item_id] = p
                    self.piece.addItem(f"{p.sku} {p.name}", p.item_id)
            except DomainError as exc:
                self.error.show_error(exc)
        self.piece.blockSignals(False)
        self.lines = [ln for ln in self.lines if ln.item_id is None]
        self._piece_changed()
        self._refresh_lines()

    def _piece_changed(self) -> None:
        existing = self.piece.currentData() not in (None, NEW_PIECE)
        for w in (self.name, self.motif, self.technique):
            w.setEnabled(not existing)
        if existing:
            known = self._known[int(self.piece.currentData())]
            self.name.setText(known.name)
            self.price.setText(format_number(known.asking_price))
        else:
            self.name.clear()

    def _commission(self) -> Decimal:
        return Decimal(str(round(self.commission.value(), 1)))

    def _update_share(self) -> None:
        try:
            price = _money(self.price, self.tr("Asking price"))
        except DomainError:
            self.share.setText("")
            return
        self.share.setText(
            self.tr("Artisan gets {share} per piece").format(
                share=format_rupiah(consignment_share(price, self._commission()))
            )
        )

    def add_line(self) -> None:
        self.error.hide()
        try:
            price = _money(self.price, self.tr("Asking price"))
        except DomainError as exc:
            self.error.show_error(exc)
            return
        item = self.piece.currentData()
        existing = item not in (None, NEW_PIECE)
        name = self.name.text().strip()
        if not existing and not name:
            self.error.show_error(self.tr("Give the new piece a name."))
            self.name.setFocus()
            return
        if price <= 0:
            self.error.show_error(self.tr("Enter the asking price."))
            self.price.setFocus()
            return
        self.lines.append(
            IntakeLineInput(
                quantity=Decimal(self.quantity.value()),
                asking_price=price,
                item_id=int(item) if existing else None,
                name=name,
                motif_id=None if existing else self.motif.currentData(),
                technique="" if existing else str(self.technique.currentData() or ""),
            )
        )
        self._refresh_lines()
        self.piece.setCurrentIndex(0)
        self.name.clear()
        self.price.clear()
        self.quantity.setValue(1)
        self.motif.setCurrentIndex(0)
        self.technique.setCurrentIndex(0)
        self.name.setFocus()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._refresh_lines()

    def _refresh_lines(self) -> None:
        commission = self._commission()
        self.table.setRowCount(len(self.lines))
        pieces, value = Decimal(0), Decimal(0)
        for r, ln in enumerate(self.lines):
            share = consignment_share(ln.asking_price, commission)
            motif = self.motif.itemText(max(self.motif.findData(ln.motif_id), 0))
            tech = self.technique.itemText(max(self.technique.findData(ln.technique), 0))
            known = self._known.get(ln.item_id or 0)
            cells = [
                table_cell(f"{known.sku} {known.name}" if known else ln.name),
                table_cell(motif if ln.motif_id else ""),
                table_cell(tech if ln.technique else ""),
                table_cell(format_number(ln.quantity), right=True),
                table_cell(format_rupiah(ln.asking_price), right=True),
                table_cell(format_rupiah(ln.asking_price - share), right=True),
                table_cell(format_rupiah(share), right=True),
            ]
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
            pieces += ln.quantity
            value += share * ln.quantity
        self.total.setText(
            self.tr("{pieces} pieces · artisan's share when all sell: {value}").format(
                pieces=format_number(pieces), value=format_rupiah(value)
            )
        )
        self.remove_button.setEnabled(bool(self.lines))
        self._update_share()

    # -- saving

    def intake_input(self) -> IntakeInput | None:
        artisan_id = self.artisan.current_id()
        if artisan_id is None:
            return None
        return IntakeInput(
            person_id=artisan_id,
            lines=tuple(self.lines),
            intake_date=from_qdate(self.day.date()),
            commission_percent=self._commission(),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        inp = self.intake_input()
        if inp is None:
            self.error.show_error(self.tr("Choose the artisan."))
            return
        if not self.lines and (self.name.text().strip() or self.piece.currentIndex() > 0):
            self.add_line()  # the piece typed but not yet added
            if not self.lines:
                return
            inp = self.intake_input()
        assert inp is not None
        self.error.hide()
        self.buttons.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            _show_failure(self, self.error, exc)

        self.job = run_in_background(
            self,
            lambda: consignment.receive_consignment(db, actor, inp),
            self._saved,
            on_error=failed,
        )

    def _saved(self, data: IntakeData) -> None:
        self.saved = data
        self.ctx.bus.changed.emit("consignment")
        self.ctx.bus.changed.emit("stock")
        pieces = sum((ln.quantity for ln in data.lines), Decimal(0))
        answer = QMessageBox.question(
            self,
            self.tr("Hang tags"),
            self.tr("Intake {number} is saved. Print hang tags for the {pieces} pieces?").format(
                number=data.number, pieces=format_number(pieces)
            ),
        )
        self.accept()
        if answer == QMessageBox.StandardButton.Yes:
            from rumahbatik.ui.labels_dialog import LabelsDialog

            entries = [(ln.item_id, int(ln.quantity)) for ln in data.lines]
            owner = self.parentWidget() or self
            self.labels = LabelsDialog(self.ctx, entries, owner)
            self.labels.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.labels.open()


# ---------------------------------------------------------------- settlement


def last_month(today: date | None = None) -> tuple[date, date]:
    """The whole previous calendar month (the usual settlement period)."""
    end = (today or date.today()).replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


class SettlementDialog(QDialog):
    """Settle an artisan: the period's sales and royalties, unsold pieces to give back, and
    the payout now; the slip opens when it is saved."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, artisan_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: SettlementPreview | None = None
        self.saved: SettlementData | None = None
        self.slip: QDialog | None = None
        self.job = None
        self._ask = 0  # only the latest preview is shown
        self.setWindowTitle(self.tr("Settle consignment"))
        self.resize(960, 680)
        self.artisan = ArtisanCombo(ctx, self)
        self.artisan.setObjectName("settleArtisan")
        if artisan_id is not None and self.artisan.findData(artisan_id) >= 0:
            self.artisan.setCurrentIndex(self.artisan.findData(artisan_id))
        start, end = last_month()
        self.start = date_edit(self, start)
        self.start.setObjectName("periodFrom")
        self.end = date_edit(self, end)
        self.end.setObjectName("periodTo")
        for w in (self.start, self.end):
            w.dateChanged.connect(self.refresh)
        self.artisan.currentIndexChanged.connect(self.refresh)

        self.accruals = make_table(
            self,
            [
                self.tr("Date"), self.tr("Invoice"), self.tr("Kind"), self.tr("Product"),
                self.tr("Qty"), self.tr("Asking price / sales"), self.tr("Commission"),
                self.tr("Owed"),
            ],
            "settleAccruals",
            stretch=3,
        )  # fmt: skip
        self.sums = QLabel(self)
        self.sums.setObjectName("settleSums")
        self.sums.setTextFormat(Qt.TextFormat.RichText)
        self.unsold = make_table(
            self,
            [
                self.tr("Give back"),
                self.tr("Piece"),
                self.tr("At the shop"),
                self.tr("Asking price"),
            ],
            "settleUnsold",
            stretch=1,
        )
        self.unsold.setMaximumHeight(150)

        self.pay_now = QCheckBox(self.tr("&Pay now"), self)
        self.pay_now.setObjectName("payNow")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("payoutAmount")
        self.amount.setPlaceholderText("Rp")
        self.method = _method_combo(self)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("payoutReference")
        self.reference.setMaxLength(60)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("settleNotes")
        self.pay_now.toggled.connect(self._pay_toggled)
        self._pay_toggled(False)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Settle and print slip")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addStretch(1)
        top = QFormLayout()
        top.addRow(self.tr("Artisan"), self.artisan)
        top.addRow(self.tr("Period"), period)
        pay = QGroupBox(self.tr("Payout"), self)
        pf = QHBoxLayout(pay)
        pf.addWidget(self.pay_now)
        pf.addWidget(QLabel(self.tr("Amount"), self))
        pf.addWidget(self.amount, 1)
        pf.addWidget(self.method)
        pf.addWidget(QLabel(self.tr("Reference"), self))
        pf.addWidget(self.reference, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                self.tr("Sold and royalties not yet settled (up to the end of the period)"), self
            )
        )
        layout.addWidget(self.accruals, 1)
        layout.addWidget(self.sums)
        layout.addWidget(QLabel(self.tr("Unsold pieces at the shop (tick those going back)"), self))
        layout.addWidget(self.unsold)
        layout.addWidget(pay)
        notes = QFormLayout()
        notes.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(notes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refresh()

    def _pay_toggled(self, on: bool) -> None:
        for w in (self.amount, self.method, self.reference):
            w.setEnabled(on)

    def _period(self) -> tuple[date, date] | None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if start is None or end is None:
            return None
        return start, end

    def refresh(self) -> None:
        artisan_id = self.artisan.current_id()
        period = self._period()
        self.error.hide()
        if artisan_id is None or period is None:
            return
        self._ask += 1
        ask = self._ask
        db, actor = self.ctx.db, self.ctx.actor

        def done(preview: SettlementPreview) -> None:
            if ask == self._ask:
                self._show(preview)

        def failed(exc: BaseException) -> None:
            if ask == self._ask:
                self.preview = None
                self._show(None)
                _show_failure(self, self.error, exc)

        self.job = run_in_background(
            self,
            lambda: consignment.preview_settlement(db, actor, artisan_id, *period),
            done,
            on_error=failed,
        )

    def _show(self, preview: SettlementPreview | None) -> None:
        self.preview = preview
        rows = preview.accruals if preview else ()
        self.accruals.setRowCount(len(rows))
        for r, a in enumerate(rows):
            cells = [
                table_cell(format_date(a.accrued_on)),
                table_cell(a.invoice_number),
                table_cell(t("Sales", ACCRUAL_KIND_LABELS[a.kind])),
                table_cell(f"{a.sku} {a.description}"),
                table_cell(format_number(a.quantity), right=True),
                table_cell(format_rupiah(a.gross), right=True),
                table_cell(format_rupiah(a.commission), right=True),
                table_cell(format_rupiah(a.amount), right=True),
            ]
            for c, item in enumerate(cells):
                self.accruals.setItem(r, c, item)
        pieces = preview.unsold if preview else ()
        self.unsold.setRowCount(len(pieces))
        for r, p in enumerate(pieces):
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, p.item_id)
            self.unsold.setItem(r, 0, check)
            self.unsold.setItem(r, 1, table_cell(f"{p.sku} {p.name}"))
            self.unsold.setItem(r, 2, table_cell(format_number(p.quantity), right=True))
            self.unsold.setItem(r, 3, table_cell(format_rupiah(p.asking_price), right=True))
        if preview is None:
            self.sums.setText("")
            return
        parts = [
            self.tr("Sold (asking prices): {v}").format(v=format_rupiah(preview.consignment_gross)),
            self.tr("Commission: {v}").format(v=format_rupiah(preview.commission)),
            self.tr("Net: {v}").format(v=format_rupiah(preview.consignment_net)),
        ]
        if preview.royalties:
            parts.append(self.tr("Royalties: {v}").format(v=format_rupiah(preview.royalties)))
        total = self.tr("Total owed: {v}").format(v=format_rupiah(preview.total_owed))
        self.sums.setText(" · ".join(parts) + f" · <b>{total}</b>")
        self.amount.setText(format_number(max(preview.total_owed, Decimal(0))))

    def returns(self) -> list[tuple[int, Decimal]]:
        """The ticked unsold pieces, all of each at the shop."""
        out: list[tuple[int, Decimal]] = []
        pieces = {p.item_id: p for p in (self.preview.unsold if self.preview else ())}
        for r in range(self.unsold.rowCount()):
            item = self.unsold.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                item_id = int(item.data(Qt.ItemDataRole.UserRole))
                out.append((item_id, pieces[item_id].quantity))
        return out

    def save(self) -> None:
        artisan_id = self.artisan.current_id()
        period = self._period()
        if artisan_id is None or period is None:
            self.error.show_error(self.tr("Choose the artisan and the period."))
            return
        self.error.hide()
        payout: PayoutInput | None = None
        if self.pay_now.isChecked():
            try:
                amount = _money(self.amount, self.tr("Amount"))
            except DomainError as exc:
                self.error.show_error(exc)
                return
            payout = PayoutInput(
                amount=amount,
                method=PayoutMethod(self.method.currentData()),
                reference=self.reference.text(),
            )
        returns = self.returns()
        notes = self.notes.text()
        db, actor = self.ctx.db, self.ctx.actor
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            _show_failure(self, self.error, exc)

        self.job = run_in_background(
            self,
            lambda: consignment.settle(
                db, actor, artisan_id, *period, return_unsold=returns, payout=payout, notes=notes
            ),
            self._saved,
            on_error=failed,
        )

    def _saved(self, data: SettlementData) -> None:
        self.saved = data
        self.ctx.bus.changed.emit("consignment")
        self.ctx.bus.changed.emit("stock")
        self.accept()
        self.slip = show_slip(self.ctx, data, self.parentWidget() or self)


# ---------------------------------------------------------------- payout


class PayoutDialog(QDialog):
    """Pay (part of) what a settlement still owes."""

    def __init__(
        self, ctx: UiContext, settlement: SettlementData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settlement = settlement
        self.saved: SettlementData | None = None
        self.job = None
        self.setWindowTitle(self.tr("Record payout"))
        facts = QLabel(
            self.tr("{number} · {name}: owed {owed}, paid {paid}, <b>balance {balance}</b>").format(
                number=settlement.number,
                name=settlement.person_name,
                owed=format_rupiah(settlement.total_owed),
                paid=format_rupiah(settlement.paid),
                balance=format_rupiah(settlement.balance),
            ),
            self,
        )
        facts.setTextFormat(Qt.TextFormat.RichText)
        self.paid_on = date_edit(self, date.today())
        self.amount = QLineEdit(format_number(max(settlement.balance, Decimal(0))), self)
        self.amount.setObjectName("payoutAmount")
        self.method = _method_combo(self)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("payoutReference")
        self.reference.setMaxLength(60)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.error.hide()
        try:
            amount = _money(self.amount, self.tr("Amount"))
        except DomainError as exc:
            self.error.show_error(exc)
            return
        inp = PayoutInput(
            amount=amount,
            method=PayoutMethod(self.method.currentData()),
            reference=self.reference.text(),
            paid_on=from_qdate(self.paid_on.date()),
        )
        db, actor, sid = self.ctx.db, self.ctx.actor, self.settlement.id
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            _show_failure(self, self.error, exc)

        def done(data: SettlementData) -> None:
            self.saved = data
            self.ctx.bus.changed.emit("consignment")
            self.accept()

        self.job = run_in_background(
            self, lambda: consignment.record_payout(db, actor, sid, inp), done, on_error=failed
        )
