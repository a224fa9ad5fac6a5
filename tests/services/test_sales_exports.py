"""The ``invoices`` and ``invoice-lines`` exports: streamed, drafts left out, cancellations
and returns shown, the cost column only with prices, the date filter."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from rumahbatik import cli
from rumahbatik.db import Database
from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.domain.invoicing import Discount, DiscountKind
from rumahbatik.domain.roles import Permission
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.reports.tabular import write_table
from rumahbatik.services import credit_notes, exports, sales, sales_exports
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, ReturnLine, SaleInput, SaleLineInput
from tests.services.sales_helpers import customer, product


@dataclass(frozen=True)
class NoPrices(Actor):
    """Someone who sells but may not see costs (no such role today)."""

    def can(self, permission: Permission) -> bool:
        return permission != Permission.VIEW_PRICES and super().can(permission)


@pytest.fixture
def book(db: Database, staff: Actor, manager: Actor) -> dict:
    """Three invoices (one paid, one on credit partly returned, one cancelled) and a draft."""
    kain = product(db, staff, "Kain batik tulis Parang", "1000000", motif_id=None)
    kemeja = product(db, staff, "Kemeja batik cap", "150000", technique="cap")
    buyer = customer(db, staff, "Dinas Koperasi", "institution")
    yesterday = date.today() - timedelta(days=1)
    paid = sales.sell(
        db, staff,
        SaleInput(lines=(SaleLineInput(kain, D(1)),), invoice_date=yesterday),
        [PaymentInput(PaymentMethod.CASH, cash_given=D(1_000_000), pay_date=yesterday)],
    )  # fmt: skip
    credit = sales.sell(
        db, staff,
        SaleInput(
            lines=(SaleLineInput(kemeja, D(3), discount=Discount(DiscountKind.PERCENT, D(10))),),
            customer_id=buyer,
        ),
    )  # fmt: skip
    credit_notes.return_goods(db, manager, credit.id, [ReturnLine(credit.lines[0].id, D(1))], "x")
    gone = sales.sell(db, staff, SaleInput(lines=(SaleLineInput(kemeja, D(1)),)))
    credit_notes.cancel_invoice(db, manager, gone.id, "salah")
    sales.create_draft(db, staff, SaleInput(lines=(SaleLineInput(kain, D(1)),)))
    return {"paid": paid, "credit": credit, "gone": gone, "yesterday": yesterday}


def test_the_sales_exports_are_registered() -> None:
    assert {"invoices", "invoice-lines"} <= set(exports.export_names())
    assert exports.EXPORTS["invoices"].permission is Permission.VIEW_SALES


def test_invoices_export(db: Database, staff: Actor, book: dict, monkeypatch) -> None:
    monkeypatch.setattr(sales_exports, "EXPORT_PAGE", 2)  # several pages for 3 invoices
    table = exports.build_export(db, staff, "invoices")
    rows = table.rows
    assert not isinstance(rows, list) and len(rows) == 3  # streamed, the draft left out
    keys = [c.key for c in table.columns]
    assert keys == ["number", "invoice_date", "customer", "customer_type", "status", "total",
                    "credited", "paid", "due", "payment_status"]  # fmt: skip
    got = {r[0]: dict(zip(keys, r, strict=True)) for r in rows}
    paid = got[book["paid"].number]
    assert paid["invoice_date"] == book["yesterday"] and paid["customer"] == "Pelanggan umum"
    assert paid["customer_type"] == "walk-in"
    assert (paid["status"], paid["payment_status"]) == ("Issued", "Paid")
    assert (paid["total"], paid["paid"], paid["due"]) == (D(1_000_000), D(1_000_000), 0)
    credit = got[book["credit"].number]
    assert credit["customer"] == "Dinas Koperasi" and credit["customer_type"] == "institution"
    assert (credit["total"], credit["credited"], credit["due"]) == (D(405_000), D(135_000),
                                                                    D(270_000))  # fmt: skip
    assert credit["payment_status"] == "Unpaid"
    gone = got[book["gone"].number]
    assert gone["status"] == "Cancelled" and gone["credited"] == gone["total"] == D(150_000)
    assert [r[0] for r in rows] == sorted(got)  # in number order
    assert rows[-1] == table.rows[2]
    with pytest.raises(IndexError):
        rows[3]


def test_invoice_lines_export(db: Database, staff: Actor, book: dict) -> None:
    table = exports.build_export(db, staff, "invoice-lines")
    keys = [c.key for c in table.columns]
    assert "cost" in keys and "returned" in keys
    got = [dict(zip(keys, r, strict=True)) for r in table.rows]
    assert len(got) == 3
    shirts = next(r for r in got if r["number"] == book["credit"].number)
    assert shirts["sku"] and shirts["product"] == "Kemeja batik cap"
    assert shirts["technique"] == "cap"
    assert (shirts["quantity"], shirts["unit_price"], shirts["discount"]) == (3, 150_000, 45_000)
    assert (shirts["net"], shirts["taxable"]) == (405_000, 405_000)
    assert shirts["cost"] == 300_000 and shirts["returned"] == 1
    # who may not see prices gets no cost column
    blind = NoPrices(staff.user_id, staff.username, staff.role)
    keys = [c.key for c in sales_exports.invoice_lines_table(db, blind).columns]
    assert "cost" not in keys and "taxable" in keys


def test_date_filter(db: Database, staff: Actor, book: dict) -> None:
    today = date.today()
    table = sales_exports.invoices_table(db, staff, date_from=today)
    assert len(table.rows) == 2 and book["paid"].number not in [r[0] for r in table.rows]
    lines = sales_exports.invoice_lines_table(db, staff, date_to=book["yesterday"])
    assert [r[0] for r in lines.rows] == [book["paid"].number]


def test_sales_exports_need_the_sales_area(db: Database, instructor: Actor) -> None:
    for name in ("invoices", "invoice-lines"):
        with pytest.raises(PermissionDenied):
            exports.build_export(db, instructor, name)


def test_written_as_csv_and_from_the_command_line(sqlite_db: Database, tmp_path, capsys) -> None:
    from rumahbatik.services.context import system_actor

    actor = system_actor()
    kain = product(sqlite_db, actor, "Kain", "1250000")
    inv = sales.sell(sqlite_db, actor, SaleInput(lines=(SaleLineInput(kain, D(2)),)))
    path = tmp_path / "invoices.csv"
    write_table(exports.build_export(sqlite_db, actor, "invoices"), path)
    with open(path, encoding="utf-8") as fh:
        header, row = list(csv.reader(fh))
    assert header[:3] == ["Invoice", "Date", "Customer"] and row[0] == inv.number
    url = str(sqlite_db.engine.url)
    out = tmp_path / "lines.xlsx"
    assert cli.main(["export", "invoice-lines", "--db", url, "--out", str(out)]) == 0
    assert "1 rows written" in capsys.readouterr().out
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert ws.cell(2, 1).value == inv.number and ws.cell(2, 7).value == 2
