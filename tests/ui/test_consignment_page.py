"""The Consignment page driven through real widgets: an intake typed by keyboard (with the
share shown live and hang tags offered), a settlement giving one unsold piece back and paying
out, its slip, and a later payout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.services import consignment, people, sales
from rumahbatik.services.context import system_actor
from rumahbatik.services.people import ArtisanInput, PersonInput
from rumahbatik.services.sales_types import (
    IntakeInput,
    IntakeLineInput,
    PaymentInput,
    SaleInput,
    SaleLineInput,
)
from rumahbatik.services.settings import get_settings
from rumahbatik.ui.consignment_dialogs import IntakeDialog, PayoutDialog, SettlementDialog
from rumahbatik.ui.consignment_page import ConsignmentPage
from rumahbatik.ui.context import ChangeBus, UiContext
from rumahbatik.ui.labels_dialog import LabelsDialog
from rumahbatik.ui.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import login_as


@pytest.fixture
def sri(demo_db) -> int:
    return people.create_artisan(
        demo_db,
        system_actor(),
        PersonInput(full_name="Ujicoba Sri"),
        ArtisanInput(bank_name="BRI", bank_account_number="0123"),
    ).id


@pytest.fixture
def page(qtbot, demo_db, sri):
    actor = login_as(demo_db, "dewi")  # staff: runs the counter and pays artisans
    ctx = UiContext(db=demo_db, actor=actor, settings=get_settings(demo_db), bus=ChangeBus())
    widget = ConsignmentPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.loaded > 0)
    return widget


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _save(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_an_intake_by_keyboard_with_live_share_and_hang_tags(qtbot, page, demo_db, sri, boxes):
    page.intake_button.click()
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    dialog.artisan.setCurrentIndex(dialog.artisan.findData(sri))
    _type(qtbot, dialog.commission, "20")
    qtbot.keyClick(dialog.commission, Qt.Key.Key_Tab)
    # first piece: name, quantity, asking price; Enter in the price adds the line
    _type(qtbot, dialog.name, "Ujicoba kain tulis")
    _type(qtbot, dialog.quantity, "2")
    _type(qtbot, dialog.price, "1.250.000")
    assert "Rp1.000.000" in dialog.share.text()
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    _type(qtbot, dialog.name, "Ujicoba selendang")
    _type(qtbot, dialog.price, "455000")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 6).text() == "Rp364.000"
    assert "Rp2.364.000" in dialog.total.text()
    boxes.answer = QMessageBox.StandardButton.Yes  # hang tags, please
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    saved = dialog.saved
    assert saved.number.startswith("TJ/")
    assert [(ln.name, ln.quantity, ln.artisan_share) for ln in saved.lines] == [
        ("Ujicoba kain tulis", D(2), D(1000000)),
        ("Ujicoba selendang", D(1), D(364000)),
    ]
    assert any("hang tags" in text for text in boxes.texts("question"))
    assert isinstance(dialog.labels, LabelsDialog)
    assert dialog.labels.entries == [(saved.lines[0].item_id, 2), (saved.lines[1].item_id, 1)]
    dialog.labels.close()
    qtbot.waitUntil(lambda: page.intake_table.rowCount() >= 1 and page.loaded > 1)
    numbers = [page.intake_table.item(r, 0).text() for r in range(page.intake_table.rowCount())]
    assert saved.number in numbers
    row = next(r for r in page.consignors if r.person_id == sri)
    assert row.pieces_at_shop == D(3)


def test_a_settlement_returns_one_piece_pays_and_shows_the_slip(qtbot, page, demo_db, sri):
    actor = system_actor()
    got = consignment.receive_consignment(
        demo_db,
        actor,
        IntakeInput(
            person_id=sri,
            lines=(
                IntakeLineInput(D(2), D(1000000), name="Ujicoba kain"),
                IntakeLineInput(D(1), D(500000), name="Ujicoba taplak"),
            ),
            commission_percent=D(25),
        ),
    )
    kain, taplak = (ln.item_id for ln in got.lines)
    sales.sell(
        demo_db,
        actor,
        SaleInput(lines=(SaleLineInput(kain, D(1)),)),
        [PaymentInput(PaymentMethod.CASH)],
    )
    page.ctx.bus.changed.emit("sales")
    qtbot.waitUntil(lambda: any(r.person_id == sri for r in page.consignors))
    page.people.setCurrentCell(
        next(i for i, r in enumerate(page.consignors) if r.person_id == sri), 0
    )
    page.settle_button.click()
    dialog = page.dialog
    assert isinstance(dialog, SettlementDialog)
    assert dialog.artisan.current_id() == sri
    first = dialog.start.date()
    assert first.day() == 1 and first < QDate.currentDate()  # last month by default
    dialog.end.setDate(QDate.currentDate())  # the sale was today
    qtbot.waitUntil(lambda: dialog.preview is not None and len(dialog.preview.accruals) == 1)
    assert dialog.accruals.item(0, 7).text() == "Rp750.000"
    assert "Rp750.000" in dialog.sums.text()
    assert dialog.unsold.rowCount() == 2
    row = next(
        r
        for r in range(dialog.unsold.rowCount())
        if dialog.unsold.item(r, 0).data(Qt.ItemDataRole.UserRole) == taplak
    )
    dialog.unsold.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.pay_now.setFocus()
    qtbot.keyClick(dialog.pay_now, Qt.Key.Key_Space)
    assert dialog.pay_now.isChecked()
    _type(qtbot, dialog.amount, "500.000")
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    s = dialog.saved
    assert (s.total_owed, s.paid, s.balance) == (D(750000), D(500000), D(250000))
    assert [(p.item_id, p.quantity) for p in s.returned] == [(taplak, D(1))]
    assert isinstance(dialog.slip, PdfPreviewDialog)
    assert dialog.slip.page_count() == 1
    dialog.slip.close()
    assert (
        consignment.preview_settlement(demo_db, actor, sri, date.today(), date.today())
        .unsold[0]
        .item_id
        == kain
    )

    # the rest is paid later from the settlements list
    qtbot.waitUntil(
        lambda: (
            any(x.number == s.number for x in page.settlements) and page.tabs.currentIndex() == 0
        )
    )
    page.settlement_table.setCurrentCell(
        next(i for i, x in enumerate(page.settlements) if x.number == s.number), 0
    )
    assert page.payout_button.isEnabled()
    page.payout_button.click()
    payout = page.dialog
    assert isinstance(payout, PayoutDialog)
    assert payout.amount.text() == "250.000"
    _save(payout)
    qtbot.waitUntil(lambda: payout.saved is not None)
    assert payout.saved.balance == D(0)
    page.slip_button.click()
    assert isinstance(page.dialog, PdfPreviewDialog)
    page.dialog.close()
