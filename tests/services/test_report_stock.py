"""The stock report: on hand and value per location at the period's end, movements of the
period, low stock at the end and slow movers equal hand arithmetic on a small dated ledger;
the PDF and Excel read back."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from decimal import Decimal as D
from pathlib import Path

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.reports import Label
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.domain.stock import ItemKind, MoveKind
from rumahbatik.services import items, sales, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.reports_catalog import build_report
from rumahbatik.services.sales_types import PaymentInput, SaleInput, SaleLineInput
from rumahbatik.services.stock_ledger import MoveRequest, post_moves
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine

GUDANG, TOKO = 1, 2
START, END = date(2026, 3, 1), date(2026, 3, 31)


def _noon(day: date) -> datetime:
    """Midday local time: inside that local day whatever the machine's time zone."""
    return datetime.combine(day, time(12)).astimezone()


def _item(db: Database, actor: Actor, name: str, kind: ItemKind, unit: str, reorder: str) -> int:
    return items.create_item(
        db,
        actor,
        ItemInput(kind=kind, name=name, unit=unit, sale_price=D(300_000), reorder_level=D(reorder)),
    ).id


def _receive(db: Database, actor: Actor, day: date, loc: int, item: int, qty: str, cost: str):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        stock.receive_in_session(
            session,
            actor,
            ReceiptInput(loc, day, [ReceiptLine(item, D(qty), D(cost))]),
            moved_at=_noon(day),
        )


def _sell(db: Database, actor: Actor, day: date, item: int, qty: str) -> None:
    with db.transaction() as session:
        sales.sell_in_session(
            session,
            actor,
            SaleInput((SaleLineInput(item, D(qty)),), invoice_date=day),
            [PaymentInput(PaymentMethod.CASH, pay_date=day)],
            at=_noon(day),
        )


def _post(db: Database, actor: Actor, day: date, *moves: MoveRequest) -> None:
    with db.transaction() as session:
        post_moves(session, actor, list(moves), moved_at=_noon(day))


@pytest.fixture
def ledger(db: Database, staff: Actor) -> dict[str, int]:
    """February before the period, March inside it, April after it."""
    kain = _item(db, staff, "Kain mori uji", ItemKind.MATERIAL, "m", "150")
    a = _item(db, staff, "Kain batik A", ItemKind.PRODUCT, "pcs", "0")
    b = _item(db, staff, "Kain batik B", ItemKind.PRODUCT, "pcs", "5")
    c = _item(db, staff, "Kain batik C", ItemKind.PRODUCT, "pcs", "0")
    feb = date(2026, 2, 10)
    _receive(db, staff, feb, GUDANG, kain, "100", "10000")
    _receive(db, staff, feb, TOKO, a, "10", "200000")
    _receive(db, staff, feb, TOKO, b, "5", "100000")
    _receive(db, staff, feb, TOKO, c, "2", "50000")
    _sell(db, staff, date(2026, 2, 20), b, "1")
    # March: 50 m at 16,000 (average 12,000), 3 A sold, 20 m to the shop, 5 m short at a count
    _receive(db, staff, date(2026, 3, 5), GUDANG, kain, "50", "16000")
    _sell(db, staff, date(2026, 3, 10), a, "3")
    _post(
        db, staff, date(2026, 3, 12),
        MoveRequest(kain, GUDANG, D(-20), MoveKind.TRANSFER_OUT),
        MoveRequest(kain, TOKO, D(20), MoveKind.TRANSFER_IN),
    )  # fmt: skip
    _post(db, staff, date(2026, 3, 15), MoveRequest(kain, GUDANG, D(-5), MoveKind.ADJUSTMENT))
    # April, after the period: must change nothing in March's report
    _receive(db, staff, date(2026, 4, 5), GUDANG, kain, "10", "20000")
    _sell(db, staff, date(2026, 4, 6), a, "1")
    return {"kain": kain, "a": a, "b": b, "c": c}


def test_stock_report_matches_hand_arithmetic(
    db: Database, manager: Actor, ledger: dict[str, int], tmp_path: Path
) -> None:
    report = build_report(db, manager, "stock", START, END)

    # on hand at 31 March: kain 125 m in the gudang + 20 m in the shop at 12,000;
    # A 7 at 200,000, B 4 at 100,000, C 2 at 50,000, all in the shop
    gudang = D(125) * 12_000
    toko = D(20) * 12_000 + 7 * D(200_000) + 4 * D(100_000) + 2 * D(50_000)
    by_location = report.table("Stock value by location")
    assert [(r[0], r[1], r[2]) for r in by_location.rows] == [
        ("Gudang", 1, gudang),
        ("Toko / Galeri", 4, toko),
    ]
    assert by_location.total is not None
    assert by_location.total[1] == 4  # kain is in two places but is one item
    assert by_location.total[2] == gudang + toko == D(3_640_000)
    assert by_location.rows[0][3] == D("41.2")  # 1,500,000 of 3,640,000

    on_hand = report.table("Stock on hand")
    assert [(r[1], r[2], r[3], r[5], r[6]) for r in on_hand.rows] == [
        ("Kain mori uji", "Gudang", D(125), D(12_000), gudang),
        ("Kain mori uji", "Toko / Galeri", D(20), D(12_000), D(240_000)),
        ("Kain batik A", "Toko / Galeri", D(7), D(200_000), D(1_400_000)),
        ("Kain batik B", "Toko / Galeri", D(4), D(100_000), D(400_000)),
        ("Kain batik C", "Toko / Galeri", D(2), D(50_000), D(100_000)),
    ]  # by location, then SKU (materials' BHN- before products' PRD-)
    assert on_hand.total is not None and on_hand.total[-1] == D(3_640_000)
    assert report.charts[0].kind == "pie"
    assert sum(report.charts[0].values, D(0)) == D(3_640_000)

    by_kind = {r[0].text: r[1:] for r in report.table("Movements by kind").rows}
    assert isinstance(report.table("Movements by kind").rows[0][0], Label)
    assert by_kind == {
        "Receipt": (1, D(800_000), D(0), D(800_000)),
        "Transfer out": (1, D(0), D(240_000), D(-240_000)),
        "Transfer in": (1, D(240_000), D(0), D(240_000)),
        "Sale": (1, D(0), D(600_000), D(-600_000)),
        "Count adjustment": (1, D(0), D(60_000), D(-60_000)),
    }
    kind_total = report.table("Movements by kind").total
    assert kind_total is not None and kind_total[1:] == (
        5, D(1_040_000), D(900_000), D(140_000),
    )  # fmt: skip

    # per item, the transfer is neither in nor out; B and C did not move in March
    by_item = {r[1]: r[3:] for r in report.table("Movements by item").rows}
    assert by_item == {
        "Kain mori uji": (D(100), D(50), D(5), D(145)),
        "Kain batik A": (D(10), D(0), D(3), D(7)),
    }

    # low at the end of March (kain 145 ≤ 150, B 4 ≤ 5), although kain is 155 now
    low = {r[1]: r[3:] for r in report.table("Low stock").rows}
    assert low == {
        "Kain mori uji": (D(145), D(150), D(5)),
        "Kain batik B": (D(4), D(5), D(1)),
    }

    # B last sold on 20 February, C never; A sold in March; biggest value first
    slow = report.table("Slow movers").rows
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in slow] == [
        ("Kain batik B", D(4), D(400_000), date(2026, 2, 20), 39),
        ("Kain batik C", D(2), D(100_000), None, None),
    ]
    slow_total = report.table("Slow movers").total
    assert slow_total is not None and slow_total[3] == D(500_000)

    from pypdf import PdfReader

    from rumahbatik.reports.report_pdf import render_report
    from rumahbatik.reports.report_xlsx import write_report_xlsx

    pdf = render_report(report, centre_name="Rumah Batik Uji")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Stock report" in text and "Rumah Batik Uji" in text
    assert "Rp3.640.000" in text and "Page 1 of" in text
    assert "Slow movers" in text and "Count adjustment" in text

    out = tmp_path / "stock.xlsx"
    write_report_xlsx(report, out, centre_name="Rumah Batik Uji")
    from openpyxl import load_workbook

    wb = load_workbook(out)
    assert {"Stock value by location", "Stock on hand", "Movements by kind",
            "Movements by item", "Low stock", "Slow movers"} <= set(wb.sheetnames)  # fmt: skip
    ws = wb["Stock on hand"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "SKU" and ws["A1"].font.bold
    assert ws["D2"].value == pytest.approx(125)  # a number, not text
    assert '"Rp"' in ws["G2"].number_format
    last = ws.max_row
    assert ws.cell(last, 1).value == "Total"
    assert ws.cell(last, 7).value == pytest.approx(3_640_000)


def test_stock_report_of_an_empty_period(db: Database, manager: Actor) -> None:
    report = build_report(db, manager, "stock", date(2020, 1, 1), date(2020, 1, 31))
    assert report.table("Stock value by location").rows == []
    total = report.table("Stock value by location").total
    assert total is not None and total[1:3] == (0, D(0))
    for title in ("Stock on hand", "Movements by kind", "Movements by item", "Slow movers"):
        assert report.table(title).rows == []
    kinds = report.table("Movements by kind").total
    assert kinds is not None and kinds[1:] == (0, D(0), D(0), D(0))

    from pypdf import PdfReader

    from rumahbatik.reports.report_pdf import render_report

    text = (
        PdfReader(io.BytesIO(render_report(report, centre_name="Rumah Batik Uji")))
        .pages[0]
        .extract_text()
    )
    assert "Stock report" in text and "Nothing in this period." in text


def test_stock_report_needs_the_reports_permission_and_a_valid_range(
    db: Database, staff: Actor, manager: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        build_report(db, staff, "stock", START, END)
    with pytest.raises(ValidationError):
        build_report(db, manager, "stock", END, START)
