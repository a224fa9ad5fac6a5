"""The artisan income report: wages, consignment shares and royalties per artisan equal
hand sums of the data made here; a return lowers the credit note's day; paid and owed at the
period's end; the PDF and Excel read back; the permission and the empty period."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.invoicing import Discount
from rumahbatik.domain.reports import Label
from rumahbatik.domain.sales import PaymentMethod, PayoutMethod
from rumahbatik.reports.report_pdf import render_report
from rumahbatik.reports.report_xlsx import write_report_xlsx
from rumahbatik.services import consignment, credit_notes, motifs, production, sales
from rumahbatik.services.context import Actor
from rumahbatik.services.production_types import BatchInput
from rumahbatik.services.reports_catalog import build_report
from rumahbatik.services.sales_types import (
    IntakeInput,
    IntakeLineInput,
    PaymentInput,
    PayoutInput,
    ReturnLine,
    SaleInput,
    SaleLineInput,
)
from tests.services.sales_helpers import product
from tests.services.test_consignment import artisan
from tests.services.test_production import _stages, shop  # noqa: F401  (the fixture)

TODAY = date.today()
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _sell(db: Database, actor: Actor, item_id: int, qty: str, day: date, **kw: Any):  # type: ignore[no-untyped-def]
    return sales.sell(
        db,
        actor,
        SaleInput(lines=(SaleLineInput(item_id, D(qty), **kw),), invoice_date=day),
        [PaymentInput(PaymentMethod.CASH, pay_date=day)],
    )


def _rows(report: Any, title: str) -> dict[str, tuple[Any, ...]]:
    return {str(r[0]): r for r in report.table(title).rows}


@pytest.fixture
def made(db: Database, staff: Actor, manager: Actor, shop: dict[str, Any]) -> dict[str, Any]:  # noqa: F811
    """Wages in March 2026 (Ani 140.000, Budi 160.000; Ani paid 50.000 in February and
    100.000 in March); Sri's consignment: 2 pieces sold 5 days ago, 1 back today, 600.000
    paid out; Ratna's motif royalty of 7,5% on a sale today."""
    batch = production.create_batch(db, staff, BatchInput(shop["kain"].id, 4))
    production.issue_materials(db, staff, batch.id, shop["gudang"], doc_date=date(2026, 3, 2))
    production.finish_batch(db, staff, batch.id, 4, 0, date(2026, 3, 10), _stages(shop))
    production.record_wage_payment(db, staff, shop["ani"], date(2026, 2, 20), D(50000))
    production.record_wage_payment(db, staff, shop["ani"], date(2026, 3, 15), D(100000))

    sri = artisan(db, staff, "Sri Lestari")
    got = consignment.receive_consignment(
        db,
        staff,
        IntakeInput(
            person_id=sri,
            lines=(IntakeLineInput(quantity=D(3), asking_price=D(1250000), name="Kain Sekar"),),
            intake_date=TODAY - timedelta(days=10),
            commission_percent=D(20),
        ),
    )
    sold = _sell(db, staff, got.lines[0].item_id, "2", TODAY - timedelta(days=5))
    credit_notes.return_goods(db, manager, sold.id, [ReturnLine(sold.lines[0].id, D(1))], "cacat")
    settled = consignment.settle(
        db,
        staff,
        sri,
        TODAY - timedelta(days=30),
        TODAY,
        payout=PayoutInput(D(600000), PayoutMethod.TRANSFER, "TRF-9", paid_on=TODAY),
    )

    ratna = artisan(db, staff, "Ratna Dewi")
    motif = motifs.create_motif(
        db,
        staff,
        motifs.MotifInput(
            name="Sekar Kedaton", designer_id=ratna, royalty_kind="percent",
            royalty_value=D("7.5"),
        ),
    )  # fmt: skip
    kemeja = product(db, staff, "Kemeja Sekar Kedaton", "250000", motif_id=motif.id)
    royal = _sell(db, staff, kemeja, "2", TODAY, discount=Discount(value=D(50000)))
    return {"settled": settled, "royal": sales.get_invoice(db, manager, royal.id)}


def test_income_per_artisan_matches_hand_sums(
    db: Database, manager: Actor, made: dict[str, Any], tmp_path: Path
) -> None:
    settled, royal = made["settled"], made["royal"]
    taxable = sum((ln.taxable for ln in royal.lines), D(0))
    royalty = (taxable * D("0.075")).quantize(D(1))
    assert (taxable, royalty) == (D(450000), D(33750))
    assert settled.consignment_net == D(1000000)  # 2 sold × 1.000.000 − 1 returned

    report = build_report(db, manager, "artisans", MARCH[0], TODAY)
    income = report.table("Income per artisan")
    # Sorted by total income, highest first.
    assert [r[0] for r in income.rows] == [
        "Sri Lestari",
        "Budi Hartono",
        "Ani Suryani",
        "Ratna Dewi",
    ]
    rows = _rows(report, "Income per artisan")
    #                       wages     consignment           royalties  total   paid     owed at end
    assert rows["Ani Suryani"][1:] == (D(140000), D(0), D(0), D(140000), D(100000), D(-10000))
    assert rows["Budi Hartono"][1:] == (D(160000), D(0), D(0), D(160000), D(0), D(160000))
    assert rows["Sri Lestari"][1:] == (
        D(0), settled.consignment_net, D(0), settled.consignment_net,
        D(600000), settled.consignment_net - D(600000),
    )  # fmt: skip
    assert rows["Ratna Dewi"][1:] == (D(0), D(0), royalty, royalty, D(0), royalty)
    assert income.total is not None and isinstance(income.total[0], Label)
    assert income.total[1:] == (
        D(300000), D(1000000), royalty, D(1300000) + royalty, D(700000),
        D(300000 - 150000 + 1000000 - 600000) + royalty,
    )  # fmt: skip

    cons = report.table("Consignment sales")
    assert cons.rows == [("Sri Lestari", D(1), D(1250000), D(250000), D(1000000))]
    roy = report.table("Royalties by motif")
    assert roy.rows == [("Ratna Dewi", "Sekar Kedaton", D(2), taxable, royalty)]
    wages = [(r[0], str(r[1]), r[2], r[3]) for r in report.table("Wages by stage").rows]
    assert wages == [
        ("Ani Suryani", "Nglowong / nyanting", 2, D(100000)),
        ("Ani Suryani", "Pola (pattern)", 4, D(40000)),
        ("Budi Hartono", "Nglowong / nyanting", 2, D(100000)),
        ("Budi Hartono", "Pewarnaan (dyeing)", 4, D(60000)),
    ]
    assert report.table("Wages by stage").total == (Label("Reports", "Total"), "", 12, D(300000))
    chart = report.charts[0]
    assert chart.kind == "bar" and chart.values == [r[4] for r in income.rows]
    assert chart.labels[0] == "Sri Lestari"

    pdf = render_report(report, centre_name="Rumah Batik Uji")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Artisan income report" in text and "Rumah Batik Uji" in text
    assert "Income per artisan" in text and "Rp1.000.000" in text and "Rp33.750" in text
    assert "Page 1 of" in text
    out = tmp_path / "artisans.xlsx"
    write_report_xlsx(report, out, centre_name="Rumah Batik Uji")
    wb = load_workbook(out)
    assert wb.sheetnames[-4:] == [
        "Income per artisan", "Consignment sales", "Royalties by motif", "Wages by stage",
    ]  # fmt: skip
    ws = wb["Income per artisan"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Artisan" and ws["A1"].font.bold
    assert ws["A2"].value == "Sri Lestari" and ws["C2"].value == 1_000_000
    assert '"Rp"' in ws["C2"].number_format
    last = ws.max_row
    assert ws.cell(last, 1).value == "Total" and ws.cell(last, 1).font.bold
    assert ws.cell(last, 5).value == pytest.approx(float(D(1300000) + royalty))


def test_a_return_lowers_the_day_of_its_credit_note_and_periods_cut(
    db: Database, manager: Actor, made: dict[str, Any]
) -> None:
    today = build_report(db, manager, "artisans", TODAY, TODAY)
    rows = _rows(today, "Income per artisan")
    assert set(rows) == {"Sri Lestari", "Ratna Dewi"}  # nobody else earned or was paid today
    # the piece came back today: −1.000.000 today; the payout was today too
    assert rows["Sri Lestari"][1:] == (
        D(0), D(-1000000), D(0), D(-1000000), D(600000), D(400000),
    )  # fmt: skip
    assert today.table("Consignment sales").rows == [
        ("Sri Lestari", D(-1), D(-1250000), D(-250000), D(-1000000))
    ]

    march = build_report(db, manager, "artisans", *MARCH)
    rows = _rows(march, "Income per artisan")
    assert set(rows) == {"Ani Suryani", "Budi Hartono"}
    # Ani's February advance counts in what is owed, not in what was paid in March.
    assert rows["Ani Suryani"][5:] == (D(100000), D(-10000))
    assert march.table("Consignment sales").rows == []
    assert march.table("Royalties by motif").total is None


def test_empty_period_permission_and_range(db: Database, manager: Actor, staff: Actor) -> None:
    report = build_report(db, manager, "artisans", date(2020, 1, 1), date(2020, 1, 31))
    income = report.table("Income per artisan")
    assert income.rows == [] and income.total == (Label("Reports", "Total"), *(D(0),) * 6)
    assert report.charts[0].values == []
    text = PdfReader(io.BytesIO(render_report(report, centre_name="Uji"))).pages[0].extract_text()
    assert "Artisan income report" in text and "Nothing in this period" in text
    with pytest.raises(PermissionDenied):
        build_report(db, staff, "artisans", TODAY, TODAY)
    with pytest.raises(ValidationError) as err:
        build_report(db, manager, "artisans", TODAY, TODAY - timedelta(days=1))
    assert err.value.code == "date_invalid_range"
