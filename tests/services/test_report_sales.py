"""The sales report: figures equal independent sums of the same sales, returns count on the
credit note's day, payments by method; the PDF and Excel read back."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.domain.reports import Label
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.services import credit_notes, sales
from rumahbatik.services.context import Actor
from rumahbatik.services.reports_catalog import build_report
from rumahbatik.services.sales_types import PaymentInput, ReturnLine, SaleInput, SaleLineInput
from tests.services.sales_helpers import product


def _sell(db: Database, actor: Actor, day: date, *lines: tuple[int, str], method=None):  # type: ignore[no-untyped-def]
    pays = [PaymentInput(method or PaymentMethod.CASH, reference="R1", pay_date=day)]
    return sales.sell(
        db,
        actor,
        SaleInput(tuple(SaleLineInput(i, D(q)) for i, q in lines), invoice_date=day),
        pays,
    )


def test_sales_report_matches_independent_sums(
    db: Database, staff: Actor, manager: Actor, tmp_path: Path
) -> None:
    kain = product(db, staff, "Kain tulis", "500000", cost="200000", on_shelf="20")
    kemeja = product(db, staff, "Kemeja cap", "150000", cost="90000", technique="cap")
    start = date.today() - timedelta(days=9)
    made = [
        _sell(db, staff, start, (kain, "2")),
        _sell(db, staff, start + timedelta(days=1), (kain, "1"), (kemeja, "3"),
              method=PaymentMethod.QRIS),
        _sell(db, staff, start + timedelta(days=3), (kemeja, "1")),
    ]  # fmt: skip
    credit_notes.return_goods(
        db, manager, made[1].id, [ReturnLine(made[1].lines[1].id, D(1))], "ukuran"
    )
    report = build_report(db, manager, "sales", start, date.today())

    invoices = [sales.get_invoice(db, manager, i.id) for i in made]
    sold = sum((ln.taxable for inv in invoices for ln in inv.lines), D(0))
    cost = sum((ln.cost for inv in invoices for ln in inv.lines), D(0))
    returned = invoices[1].credited  # no VAT: the credit is the taxable amount
    by_day = report.table("Sales by day")
    assert by_day.total is not None
    assert by_day.total[2] == sold - returned
    assert by_day.total[3] == cost - D(90_000)  # one kemeja back at its cost
    assert len(by_day.rows) == 10  # every day of the period, sales or not
    assert by_day.rows[0][2] == D(1_000_000)
    # the return counts on the day of the credit note (today), not the day sold
    assert by_day.rows[-1][2] == -returned

    by_product = {r[1]: r for r in report.table("Sales by product").rows}
    assert by_product["Kain tulis"][2] == D(3)
    assert by_product["Kain tulis"][3] == D(1_500_000)
    assert by_product["Kemeja cap"][2] == D(3)  # 4 sold, 1 back
    by_technique = {str(r[0]): r[2] for r in report.table("Sales by technique").rows}
    assert by_technique == {"tulis (hand-drawn)": D(1_500_000), "cap (stamped)": D(450_000)}
    methods = {r[0].text: r for r in report.table("Payments by method").rows}
    assert isinstance(next(iter(report.table("Payments by method").rows))[0], Label)
    assert methods["QRIS"][2] == invoices[1].total
    assert methods["QRIS"][3] == returned  # refunded to the method it was paid with

    from rumahbatik.reports.report_pdf import render_report
    from rumahbatik.reports.report_xlsx import write_report_xlsx

    pdf = render_report(report, centre_name="Rumah Batik Uji")
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Sales report" in text and "Rumah Batik Uji" in text
    assert "Rp1.000.000" in text and "Page 1 of" in text
    out = tmp_path / "sales.xlsx"
    write_report_xlsx(report, out, centre_name="Rumah Batik Uji")
    from openpyxl import load_workbook

    wb = load_workbook(out)
    ws = wb["Sales by day"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Date" and ws["A1"].font.bold
    last = ws.max_row
    assert ws.cell(last, 1).value == "Total"
    assert ws.cell(last, 3).value == pytest.approx(float(sold - returned))
    assert '"Rp"' in ws.cell(2, 3).number_format


def test_sales_report_needs_the_reports_permission(db: Database, staff: Actor) -> None:
    with pytest.raises(PermissionDenied):
        build_report(db, staff, "sales", date.today(), date.today())


def test_a_long_period_has_a_row_for_every_month_even_without_sales(
    db: Database, staff: Actor, manager: Actor
) -> None:
    kain = product(db, staff, "Kain tulis", "500000", cost="200000", on_shelf="20")
    today = date.today()
    first = (today.replace(day=1) - timedelta(days=70)).replace(day=1)  # three months back
    _sell(db, staff, first + timedelta(days=4), (kain, "1"))
    _sell(db, staff, today, (kain, "2"))
    report = build_report(db, manager, "sales", first, today)

    by_month = report.table("Sales by month")
    months = [str(r[0]) for r in by_month.rows]
    expected = []
    day = first
    while day <= today:
        expected.append(day.isoformat()[:7])
        day = (day + timedelta(days=32)).replace(day=1)
    assert months == expected and len(months) == 4
    assert [r[2] for r in by_month.rows] == [D(500_000), D(0), D(0), D(1_000_000)]
    assert by_month.total is not None and by_month.total[2] == D(1_500_000)
    chart = next(c for c in report.charts if c.title == "Sales by month")
    assert list(chart.values) == [D(500_000), D(0), D(0), D(1_000_000)]
