"""The annual turnover report (PP 55/2022): each month's gross turnover before VAT with
returns on the credit note's day, the 0.5% final tax rounded down per month, the individual's
Rp500 million threshold per tax year (restarting each 1 January, counting the year before the
period), the Rp4.8 billion ceiling, consigned goods; the PDF and Excel read back."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.reports import Report
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.services import consignment, credit_notes, sales
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, PersonInput, create_artisan
from rumahbatik.services.report_turnover import tax_of
from rumahbatik.services.reports_catalog import build_report
from rumahbatik.services.sales_types import (
    IntakeInput,
    IntakeLineInput,
    InvoiceData,
    PaymentInput,
    ReturnLine,
    SaleInput,
    SaleLineInput,
)
from tests.services.sales_helpers import product

# A whole past year, so every sale is dated before today; PRIOR is the year before it.
Y = date.today().year - 1
PRIOR = Y - 1
BIG = D(200_000_000)  # a price that reaches the thresholds in a few sales
SMALL = D(150_001)  # 0.5% of it ends in half a Rupiah: rounded down


def _sell(db: Database, actor: Actor, day: date, item: int, qty: str) -> InvoiceData:
    return sales.sell(
        db,
        actor,
        SaleInput((SaleLineInput(item, D(qty)),), invoice_date=day),
        [PaymentInput(PaymentMethod.TRANSFER, reference="TRF", pay_date=day)],
    )


def _year_of_sales(
    db: Database, staff: Actor, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> list[InvoiceData]:
    """Dec PRIOR 600 M; in Y: Jan 400.150.001, Mar 200 M, May one Jan piece back (−200 M),
    Jul 400 M, plus a consigned piece in Feb."""
    kain = product(db, staff, "Kain tulis istimewa", str(BIG), cost="1000000", on_shelf="12")
    selendang = product(db, staff, "Selendang", str(SMALL), cost="50000", on_shelf="2")
    made = [
        _sell(db, staff, date(PRIOR, 12, 10), kain, "3"),
        _sell(db, staff, date(Y, 1, 15), kain, "2"),
        _sell(db, staff, date(Y, 1, 20), selendang, "1"),
        _sell(db, staff, date(Y, 3, 5), kain, "1"),
        _sell(db, staff, date(Y, 7, 1), kain, "2"),
    ]
    sri = create_artisan(
        db, staff, PersonInput(full_name="Bu Sri Lestari"), ArtisanInput(bank_name="BRI")
    ).id
    piece = consignment.receive_consignment(
        db,
        staff,
        IntakeInput(
            sri,
            (IntakeLineInput(quantity=D(1), asking_price=D(1_250_000), name="Kain Sekar Jagad"),),
        ),
    ).lines[0]
    made.append(_sell(db, staff, date(Y, 2, 14), piece.item_id, "1"))
    # one January piece comes back in May: the credit note is dated in May
    monkeypatch.setattr(credit_notes, "today", lambda: date(Y, 5, 10))
    credit_notes.return_goods(
        db, manager, made[1].id, [ReturnLine(made[1].lines[0].id, D(1))], "rusak"
    )
    return [sales.get_invoice(db, manager, i.id) for i in made]


def _months(report: Report) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {r[0]: r for r in report.table("Turnover per month").rows}


def _summary(report: Report) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {str(r[0]): r[1:] for r in report.table("Summary").rows}


def test_turnover_per_month_with_the_tax_and_the_threshold(
    db: Database, staff: Actor, manager: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    invoices = _year_of_sales(db, staff, manager, monkeypatch)
    report = build_report(db, manager, "turnover", date(Y, 1, 1), date(Y, 12, 31))

    # independent sums: what the sales services returned when the sales were made
    in_year = invoices[1:]
    sold = sum((ln.taxable for inv in in_year for ln in inv.lines), D(0))
    returned = invoices[1].credited  # no VAT: the credit is the taxable amount
    assert returned == BIG
    months = _months(report)
    assert list(months) == [f"{Y}-{m:02d}" for m in range(1, 13)]  # zero months included
    table = report.table("Turnover per month")
    assert table.total is not None
    assert table.total[1] == sold - returned == D(801_400_001)

    jan, feb, mar, may, jul = (months[f"{Y}-{m:02d}"] for m in (1, 2, 3, 5, 7))
    assert jan[1] == 2 * BIG + SMALL
    assert jan[3] == D(400_150_001)  # cumulative
    assert jan[4] == D(2_000_750)  # 2.000.750,005 rounded down
    assert jan[5] == jan[6] == 0  # an individual pays nothing below Rp500 million
    assert feb[1] == feb[2] == D(1_250_000)  # the consigned piece, at its full price
    assert months[f"{Y}-04"][1:3] == (0, 0)
    # March passes the threshold: only the part above Rp500 million is the individual's
    assert mar[3] == D(601_400_001)
    assert mar[5] == D(101_400_001)
    assert mar[6] == D(507_000)  # 507.000,005 rounded down
    # May: the return lowers May (not January), no tax on a negative month
    assert may[1] == -BIG and may[3] == D(401_400_001)
    assert may[4] == may[6] == 0
    # July: the turnover returned in May was taxed already in March; only what is above the
    # year's highest cumulative so far is taxed again
    assert jul[3] == D(801_400_001)
    assert jul[5] == jul[3] - mar[3] == D(200_000_000)
    assert jul[6] == D(1_000_000)
    assert table.total[4] == sum((tax_of(r[1]) for r in table.rows), D(0)) == D(5_007_000)
    # the months' taxed parts add up to the year's turnover above the threshold
    assert table.total[5] == sold - returned - D(500_000_000)
    assert table.total[6] == D(1_507_000)

    summary = _summary(report)
    assert "Turnover earlier in the year, before the period" not in summary
    assert summary["Gross turnover of the period"][0] == sold - returned
    assert summary["of which consigned artisans' goods"][0] == D(1_250_000)
    assert summary["PPh final 0.5% (entity, no threshold)"][0] == D(5_007_000)
    assert summary["Individual's untaxed turnover per tax year"][0] == D(500_000_000)
    assert summary["Turnover above the threshold"][0] == D(301_400_001)
    assert summary["PPh final 0.5% for an individual"][0] == D(1_507_000)
    assert str(summary["Ceiling of the final-tax scheme per tax year"][1]) == "not passed"
    assert report.charts[0].kind == "bar" and len(report.charts[0].values) == 12
    assert any("not a tax return" in n for n in report.notes)
    assert any("15th of the next month" in n for n in report.notes)

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from rumahbatik.reports.report_pdf import render_report
    from rumahbatik.reports.report_xlsx import write_report_xlsx

    pdf = render_report(report, centre_name="Rumah Batik Uji")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Annual turnover (PP 55/2022)" in text and "Rumah Batik Uji" in text
    assert "Rp801.400.001" in text and "Rp1.507.000" in text and "Page 1 of" in text
    assert "not a tax return" in text
    out = tmp_path / "turnover.xlsx"
    write_report_xlsx(report, out, centre_name="Rumah Batik Uji")
    wb = load_workbook(out)
    assert {"Summary", "Turnover per month"} <= set(wb.sheetnames)
    ws = wb["Turnover per month"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Month" and ws["A1"].font.bold
    assert ws["A2"].value == f"{Y}-01" and ws["B2"].value == pytest.approx(400_150_001)
    assert '"Rp"' in ws["E2"].number_format
    last = ws.max_row
    assert last == 14  # header, 12 months, total
    assert ws.cell(last, 1).value == "Total" and ws.cell(last, 2).font.bold
    assert ws.cell(last, 7).value == pytest.approx(1_507_000)


def test_the_threshold_counts_the_year_before_the_period_and_restarts_each_january(
    db: Database, staff: Actor, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _year_of_sales(db, staff, manager, monkeypatch)

    # from March: January and February's 401.400.001 still count towards the threshold
    spring = build_report(db, manager, "turnover", date(Y, 3, 1), date(Y, 6, 30))
    months = _months(spring)
    assert list(months) == [f"{Y}-03", f"{Y}-04", f"{Y}-05", f"{Y}-06"]
    assert months[f"{Y}-03"][3] == D(601_400_001)
    assert months[f"{Y}-03"][5] == D(101_400_001)
    summary = _summary(spring)
    assert summary["Turnover earlier in the year, before the period"][0] == D(401_400_001)
    assert summary["Gross turnover of the period"][0] == D(0)  # +200 M in March, −200 M in May

    # December of the year before, then January: the cumulative starts again at zero
    winter = build_report(db, manager, "turnover", date(PRIOR, 12, 1), date(Y, 1, 31))
    dec, jan = (_months(winter)[k] for k in (f"{PRIOR}-12", f"{Y}-01"))
    assert (dec[1], dec[3], dec[5], dec[6]) == (3 * BIG, 3 * BIG, D(100_000_000), D(500_000))
    assert (jan[3], jan[5], jan[6]) == (D(400_150_001), 0, 0)


def test_the_ceiling_of_rp4_8_billion_is_reported_when_passed(
    db: Database, staff: Actor, manager: Actor
) -> None:
    pusaka = product(db, staff, "Kain pusaka", "2500000000", cost="1000000", on_shelf="2")
    _sell(db, staff, date(Y, 4, 2), pusaka, "1")
    _sell(db, staff, date(Y, 9, 9), pusaka, "1")
    report = build_report(db, manager, "turnover", date(Y, 1, 1), date(Y, 12, 31))
    summary = _summary(report)
    assert str(summary["Ceiling of the final-tax scheme per tax year"][1]) == "passed"
    assert summary["Ceiling passed in"][1] == f"{Y}-09"
    assert summary["PPh final 0.5% for an individual"][0] == tax_of(D(4_500_000_000))


def test_an_empty_period_and_the_rules(db: Database, staff: Actor, manager: Actor) -> None:
    report = build_report(db, manager, "turnover", date(Y, 1, 1), date(Y, 12, 31))
    table = report.table("Turnover per month")
    assert len(table.rows) == 12 and table.total is not None
    assert table.total[1:3] == (0, 0) and table.total[4:] == (0, 0, 0)
    assert _summary(report)["Gross turnover of the period"][0] == 0
    from rumahbatik.reports.report_pdf import render_report

    assert render_report(report, centre_name="Rumah Batik Uji").startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        build_report(db, staff, "turnover", date(Y, 1, 1), date(Y, 12, 31))
    with pytest.raises(ValidationError):
        build_report(db, manager, "turnover", date(Y, 12, 31), date(Y, 1, 1))


def test_tax_is_whole_rupiah_rounded_down() -> None:
    assert tax_of(D(150_001)) == D(750)
    assert tax_of(D(199)) == D(0)
    assert tax_of(D(-1_000_000)) == D(0)
    assert tax_of(D(1_000_000)) == D(5_000)
