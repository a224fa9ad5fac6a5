"""The "Consignment" (titip jual) page: the artisans the centre sells for (pieces at the shop,
sold, owed), their intakes and settlements; new intake, settle, record a payout, print a slip.

The three lists are small (one row per artisan, intake or settlement) and are read together
in the background after every change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahbatik.domain.formatting import format_date, format_number, format_rupiah
from rumahbatik.domain.roles import Permission
from rumahbatik.services import consignment
from rumahbatik.services.consignment import ConsignorRow
from rumahbatik.services.sales_types import IntakeData, SettlementData
from rumahbatik.ui.consignment_dialogs import (
    IntakeDialog,
    PayoutDialog,
    SettlementDialog,
    make_table,
    show_slip,
    table_cell,
)
from rumahbatik.ui.context import UiContext
from rumahbatik.ui.operations import run_in_background

#: Areas whose changes can change what this page shows.
WATCHED = {"consignment", "sales", "stock", "people"}


@dataclass(frozen=True)
class _Lists:
    consignors: list[ConsignorRow]
    intakes: list[IntakeData]
    settlements: list[SettlementData]


class ConsignmentPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_sell = ctx.actor.can(Permission.SELL)
        self.consignors: list[ConsignorRow] = []
        self.intakes: list[IntakeData] = []
        self.settlements: list[SettlementData] = []
        self.dialog: QDialog | None = None
        self.job = None
        self.loaded = 0  # how many loads have finished (tests wait on it)
        layout = QVBoxLayout(self)

        buttons = QHBoxLayout()

        def button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            return b

        self.intake_button = button(self.tr("&New intake…"), "newIntake", self.new_intake)
        self.settle_button = button(self.tr("&Settle…"), "settle", self.settle)
        self.payout_button = button(self.tr("Record &payout…"), "recordPayout", self.payout)
        self.slip_button = button(self.tr("Print sl&ip…"), "printSlip", self.print_slip)
        buttons.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("consignmentSummary")
        buttons.addWidget(self.summary)
        button(self.tr("Re&fresh"), "refreshConsignment", self.reload)
        for b in (self.intake_button, self.settle_button, self.payout_button):
            b.setVisible(self.can_sell)
        layout.addLayout(buttons)

        self.people = make_table(
            self,
            [
                self.tr("Artisan"), self.tr("Pieces at the shop"), self.tr("Pieces sold"),
                self.tr("Not yet settled"), self.tr("Owed now"),
            ],
            "consignorTable",
            stretch=0,
        )  # fmt: skip
        self.people.itemSelectionChanged.connect(self._person_selected)
        self.people.doubleClicked.connect(lambda _i: self.settle())
        self.intake_table = make_table(
            self,
            [
                self.tr("Number"), self.tr("Date"), self.tr("Artisan"), self.tr("Pieces"),
                self.tr("Commission"), self.tr("Share when all sell"), self.tr("Notes"),
            ],
            "intakeTable",
            stretch=2,
        )  # fmt: skip
        self.settlement_table = make_table(
            self,
            [
                self.tr("Number"), self.tr("Date"), self.tr("Artisan"), self.tr("Period"),
                self.tr("Sold (asking)"), self.tr("Commission"), self.tr("Royalties"),
                self.tr("Total owed"), self.tr("Paid"), self.tr("Balance"),
            ],
            "settlementTable",
            stretch=2,
        )  # fmt: skip
        self.settlement_table.itemSelectionChanged.connect(self._update_buttons)
        self.settlement_table.doubleClicked.connect(lambda _i: self.print_slip())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("consignmentTabs")
        self.tabs.addTab(self.settlement_table, self.tr("Settlements"))
        self.tabs.addTab(self.intake_table, self.tr("Intakes"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.people)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        ctx.bus.changed.connect(self._changed)
        self._update_buttons()
        self.reload()

    # -- loading

    def _changed(self, area: str) -> None:
        if area in WATCHED:
            self.reload()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work() -> _Lists:
            return _Lists(
                consignment.list_consignors(db, actor),
                consignment.list_intakes(db, actor),
                consignment.list_settlements(db, actor),
            )

        self.job = run_in_background(self, work, self._show)

    def _show(self, lists: _Lists) -> None:
        self.consignors, self.intakes, self.settlements = (
            lists.consignors,
            lists.intakes,
            lists.settlements,
        )
        self._fill_people()
        self._fill_intakes()
        self._fill_settlements()
        owed = sum((r.owed for r in self.consignors), Decimal(0))
        self.summary.setText(
            self.tr("{count} artisans · owed in all: {owed}").format(
                count=len(self.consignors), owed=format_rupiah(owed)
            )
        )
        self.loaded += 1
        self._update_buttons()

    def _fill(self, table: QTableWidget, rows: list[list[tuple[str, bool]]]) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, right) in enumerate(row):
                table.setItem(r, c, table_cell(text, right=right))

    def _fill_people(self) -> None:
        self._fill(
            self.people,
            [
                [
                    (p.name, False),
                    (format_number(p.pieces_at_shop), True),
                    (format_number(p.pieces_sold), True),
                    (format_rupiah(p.unsettled), True),
                    (format_rupiah(p.owed), True),
                ]
                for p in self.consignors
            ],
        )

    def _fill_intakes(self) -> None:
        self._fill(
            self.intake_table,
            [
                [
                    (i.number, False),
                    (format_date(i.intake_date), False),
                    (i.person_name, False),
                    (format_number(sum((ln.quantity for ln in i.lines), Decimal(0))), True),
                    (f"{format_number(i.commission_percent)} %", True),
                    (
                        format_rupiah(
                            sum((ln.artisan_share * ln.quantity for ln in i.lines), Decimal(0))
                        ),
                        True,
                    ),
                    (i.notes, False),
                ]
                for i in self.intakes
            ],
        )

    def _fill_settlements(self) -> None:
        self._fill(
            self.settlement_table,
            [
                [
                    (s.number, False),
                    (format_date(s.created_at.date()), False),
                    (s.person_name, False),
                    (f"{format_date(s.period_from)} – {format_date(s.period_to)}", False),
                    (format_rupiah(s.consignment_gross), True),
                    (format_rupiah(s.commission), True),
                    (format_rupiah(s.royalties), True),
                    (format_rupiah(s.total_owed), True),
                    (format_rupiah(s.paid), True),
                    (format_rupiah(s.balance), True),
                ]
                for s in self.settlements
            ],
        )

    # -- selection

    def selected_person(self) -> int | None:
        row = self.people.currentRow()
        return self.consignors[row].person_id if 0 <= row < len(self.consignors) else None

    def selected_settlement(self) -> SettlementData | None:
        row = self.settlement_table.currentRow()
        if self.tabs.currentWidget() is not self.settlement_table:
            return None
        return self.settlements[row] if 0 <= row < len(self.settlements) else None

    def _person_selected(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        s = self.selected_settlement()
        self.payout_button.setEnabled(s is not None and s.balance > 0)
        self.slip_button.setEnabled(s is not None)

    # -- actions

    def new_intake(self) -> None:
        dialog = IntakeDialog(self.ctx, self, self.selected_person())
        self._open(dialog)

    def settle(self) -> None:
        dialog = SettlementDialog(self.ctx, self, self.selected_person())
        self._open(dialog)

    def payout(self) -> None:
        s = self.selected_settlement()
        if s is None:
            return
        self._open(PayoutDialog(self.ctx, s, self))

    def print_slip(self) -> None:
        s = self.selected_settlement()
        if s is None:
            return
        self.dialog = show_slip(self.ctx, s, self)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
