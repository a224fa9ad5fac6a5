"""The production report: batches at work, output and rejects, material use against the plan
and wages per artisan equal independent sums of what the production services returned; the
PDF and Excel read back; staff are refused; an empty period is all zeros."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.domain.production import Stage
from rumahbatik.domain.reports import Label
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items, people, production, production_wages, stock
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, PersonInput
from rumahbatik.services.production_types import BatchInput, StageInput
from rumahbatik.services.reports_catalog import build_report
from rumahbatik.services.stock_types import ItemInput, ReceiptInput, ReceiptLine

START, END = date(2026, 4, 1), date(2026, 4, 30)


def _world(db: Database, staff: Actor) -> dict:  # type: ignore[type-arg]
    """Two materials, a product with a recipe, two artisans; four batches:
    one finished before the period (D), one finished in it (A, with extra cloth issued),
    one in progress (B) and one only planned (C)."""
    gudang = next(loc.id for loc in stock.list_locations(db, staff) if loc.code == "GUDANG")
    mori = items.create_item(db, staff, ItemInput(ItemKind.MATERIAL, "Kain mori", "m"))
    malam = items.create_item(db, staff, ItemInput(ItemKind.MATERIAL, "Malam tawon", "kg"))
    kain = items.create_item(
        db, staff, ItemInput(ItemKind.PRODUCT, "Kain batik tulis", "pcs", technique="tulis")
    )
    stock.receive_stock(
        db,
        staff,
        ReceiptInput(
            gudang,
            date(2026, 3, 1),
            [ReceiptLine(mori.id, D(100), D(20000)), ReceiptLine(malam.id, D(10), D(50000))],
        ),
    )
    production.set_recipe(
        db,
        staff,
        kain.id,
        materials=[(mori.id, D("2.15")), (malam.id, D("0.25"))],
        stages=[(Stage.POLA, D(10000)), (Stage.NGLOWONG, D(50000))],
    )
    ani = people.create_artisan(db, staff, PersonInput(full_name="Ani Suryani"), ArtisanInput())
    budi = people.create_artisan(db, staff, PersonInput(full_name="Budi Hartono"), ArtisanInput())

    # D: one piece, all Ani's, finished in March (before the period)
    d = production.create_batch(db, staff, BatchInput(kain.id, 1))
    production.issue_materials(db, staff, d.id, gudang, doc_date=date(2026, 3, 10))
    d = production.finish_batch(
        db, staff, d.id, 1, 0, date(2026, 3, 20),
        [StageInput(Stage.POLA, ((ani.id, 1),)), StageInput(Stage.NGLOWONG, ((ani.id, 1),))],
    )  # fmt: skip
    # A: four planned; the plan issued, then 1 m more cloth; 3 good, 1 rejected in April
    a = production.create_batch(db, staff, BatchInput(kain.id, 4))
    production.issue_materials(db, staff, a.id, gudang, doc_date=date(2026, 3, 28))
    production.issue_materials(
        db, staff, a.id, gudang, [(mori.id, D(1))], doc_date=date(2026, 4, 2)
    )
    a = production.finish_batch(
        db, staff, a.id, 3, 1, date(2026, 4, 10),
        [
            StageInput(Stage.POLA, ((ani.id, 4),)),
            StageInput(Stage.NGLOWONG, ((ani.id, 2), (budi.id, 2))),
        ],
    )  # fmt: skip
    # B: in progress, 2 m of cloth issued in April
    b = production.create_batch(db, staff, BatchInput(kain.id, 2))
    b = production.issue_materials(
        db, staff, b.id, gudang, [(mori.id, D(2))], doc_date=date(2026, 4, 15)
    )
    # C: only planned
    production.create_batch(db, staff, BatchInput(kain.id, 5, planned_start=date(2026, 4, 20)))

    production_wages.record_wage_payment(db, staff, budi.id, date(2026, 3, 25), D(10000))
    production_wages.record_wage_payment(db, staff, ani.id, date(2026, 4, 20), D(50000))
    return {"a": a, "b": b, "d": d, "mori": mori, "malam": malam, "ani": ani, "budi": budi}


def test_production_report_matches_independent_sums(
    db: Database, staff: Actor, manager: Actor, tmp_path: Path
) -> None:
    w = _world(db, staff)
    a, b = w["a"], w["b"]
    report = build_report(db, manager, "production", START, END)
    assert report.title == "Production report" and report.printed_by

    # batches at work: A (finished in April) and B (in progress); not D (March), not C (planned)
    batches = report.table("Batches")
    assert [r[0] for r in batches.rows] == [a.number, b.number]
    assert batches.rows[0][3:] == (a.started_on, date(2026, 4, 10), 4)
    assert batches.total is not None and batches.total[-1] == 6
    costs = report.table("Batch output and cost")
    row_a, row_b = costs.rows
    assert isinstance(row_a[1], Label) and row_a[1].text == "Finished"
    assert row_b[1].text == "In progress"
    assert row_a[2:5] == (3, 1, D("25.0"))
    assert row_a[5] == a.material_cost == sum((m.issued_value for m in a.materials), D(0))
    assert row_a[6] == a.wage_cost and row_a[7] == a.unit_cost
    # an unfinished batch shows what was issued to it so far
    assert row_b[5] == sum((m.issued_value for m in b.materials), D(0)) == D(40000)
    assert row_b[6] == 0 and row_b[7] is None
    assert costs.total is not None
    assert costs.total[5] == a.material_cost + D(40000)
    assert costs.total[6] == a.wage_cost

    # output: only A was finished in the period
    output = report.table("Output by product")
    assert output.rows == [
        (
            "Kain batik tulis", 1, 3, 1, D("25.0"),
            a.material_cost + a.wage_cost, ((a.material_cost + a.wage_cost) / 3).quantize(D("0.01")),
        )
    ]  # fmt: skip

    # material use of A: 4 × 2.15 m planned, 1 m more issued; 4 × 0.25 kg as planned
    materials = {r[0]: r for r in report.table("Material use against plan").rows}
    mori = materials["Kain mori (m)"]
    assert mori[1:5] == (D("8.6"), D("9.6"), D("1.0"), D("11.6"))
    assert mori[5] == D("9.6") * 20000
    assert materials["Malam tawon (kg)"][1:5] == (D(1), D(1), D(0), D("0.0"))
    total_value = report.table("Material use against plan").total
    assert total_value is not None and total_value[-1] == a.material_cost

    # wages: earned from A's stages; owed adds D's wages and takes off payments up to the end
    wages = {r[0]: r for r in report.table("Wages per artisan").rows}
    stage_wages = {
        (art.name, s.stage): s.piece_rate * art.pieces for s in a.stages for art in s.artisans
    }
    ani_earned = sum((v for (n, _), v in stage_wages.items() if n == "Ani Suryani"), D(0))
    budi_earned = sum((v for (n, _), v in stage_wages.items() if n == "Budi Hartono"), D(0))
    assert (ani_earned, budi_earned) == (D(140000), D(100000))
    assert wages["Ani Suryani"][1:] == (1, 6, ani_earned, D(50000), d_wages(w) + ani_earned - 50000)
    assert wages["Budi Hartono"][1:] == (1, 2, budi_earned, D(0), budi_earned - 10000)
    wage_total = report.table("Wages per artisan").total
    assert wage_total is not None and wage_total[3] == a.wage_cost
    stages = {str(r[0]): r for r in report.table("Wages by stage").rows}
    assert stages["Pola (pattern)"][1:] == (1, 4, D(40000))
    assert stages["Nglowong / nyanting"][1:] == (2, 4, D(200000))
    assert not [c for c in report.charts if c.kind == "bar"]  # one month of output: no bars
    two_months = build_report(db, manager, "production", date(2026, 3, 1), END)
    bars = next(c for c in two_months.charts if c.kind == "bar")
    assert bars.labels == ["2026-03", "2026-04"]
    assert bars.values == [w["d"].material_cost + w["d"].wage_cost, a.material_cost + a.wage_cost]
    pie = next(c for c in report.charts if c.kind == "pie")
    assert pie.labels == ["Ani Suryani", "Budi Hartono"]
    assert pie.values == [ani_earned, budi_earned]

    # the PDF and the workbook read back
    from pypdf import PdfReader

    from rumahbatik.reports.report_pdf import render_report
    from rumahbatik.reports.report_xlsx import write_report_xlsx

    pdf = render_report(report, centre_name="Rumah Batik Uji")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Production report" in text and "Rumah Batik Uji" in text
    assert a.number in text and "Rp140.000" in text and "Page 1 of" in text
    out = tmp_path / "production.xlsx"
    write_report_xlsx(report, out, centre_name="Rumah Batik Uji")
    from openpyxl import load_workbook

    wb = load_workbook(out)
    for title in (
        "Batches", "Batch output and cost", "Output by product", "Material use against plan",
        "Wages per artisan", "Wages by stage",
    ):  # fmt: skip
        assert title in wb.sheetnames
    ws = wb["Wages per artisan"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Artisan" and ws["A1"].font.bold
    assert ws["D2"].value == pytest.approx(140000) and '"Rp"' in ws["D2"].number_format
    last = ws.max_row
    assert ws.cell(last, 1).value == "Total" and ws.cell(last, 1).font.bold
    assert ws.cell(last, 4).value == pytest.approx(float(a.wage_cost))
    ws = wb["Batch output and cost"]
    assert isinstance(ws["C2"].value, int) and ws["C2"].value == 3


def d_wages(w: dict) -> D:  # type: ignore[type-arg]
    """What batch D (finished before the period) paid in wages."""
    return w["d"].wage_cost


def test_production_report_of_an_empty_period(db: Database, staff: Actor, manager: Actor) -> None:
    _world(db, staff)
    report = build_report(db, manager, "production", date(2025, 1, 1), date(2025, 1, 31))
    for table in report.tables:
        assert table.rows == [], table.title
    assert report.table("Batch output and cost").total[5] == 0  # type: ignore[index]
    assert report.table("Wages per artisan").total[3] == 0  # type: ignore[index]
    assert report.charts[-1].values == []
    from rumahbatik.reports.report_pdf import render_report

    assert render_report(report, centre_name="X").startswith(b"%PDF")


def test_production_report_refuses_staff_and_a_reversed_period(
    db: Database, staff: Actor, manager: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        build_report(db, staff, "production", START, END)
    with pytest.raises(ValidationError) as err:
        build_report(db, manager, "production", END, START)
    assert err.value.code == "date_invalid_range"


def test_the_output_chart_has_every_month_of_the_period(
    db: Database, staff: Actor, manager: Actor
) -> None:
    w = _world(db, staff)  # D finished in March, A in April, nothing in February
    report = build_report(db, manager, "production", date(2026, 2, 1), END)
    chart = next(c for c in report.charts if c.title == "Cost of finished output by month")
    assert chart.labels == ["2026-02", "2026-03", "2026-04"]
    d, a = w["d"], w["a"]
    assert chart.values == [D(0), d.material_cost + d.wage_cost, a.material_cost + a.wage_cost]
