"""The benchmark dataset's sales step writes what the services would: totals that are the
sums of the lines, payments that add up, numbers gapless per year, credit notes that cancel."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from bench import dataset

TINY = replace(
    dataset.SIZES["small"],
    name="tiny",
    users=20,
    audit_rows=200,
    people=200,
    items=150,
    stock_moves=1_500,
    invoice_lines=3_000,
)


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path: Path = tmp_path_factory.mktemp("bench") / "tiny.sqlite3"
    rows = dataset.build_dataset(path, TINY)
    assert rows["invoice_lines"] == TINY.invoice_lines
    return sqlite3.connect(path)


def one(conn: sqlite3.Connection, sql: str) -> object:
    return conn.execute(sql).fetchone()[0]


def test_invoice_totals_are_the_sums_of_their_lines(conn: sqlite3.Connection) -> None:
    invoices = one(conn, "SELECT count(*) FROM invoices")
    assert 3_000 / 7 < invoices < 3_000  # ~4 lines an invoice
    mismatched = one(
        conn,
        """SELECT count(*) FROM invoices i JOIN (
               SELECT invoice_id, sum(net) AS net, sum(taxable) AS taxable, count(*) AS n,
                      min(sold_on) AS first_day, max(sold_on) AS last_day
               FROM invoice_lines GROUP BY invoice_id) l ON l.invoice_id = i.id
           WHERE i.subtotal <> l.net OR i.total_before_vat <> l.taxable
              OR i.total <> i.total_before_vat + i.vat
              OR i.subtotal - i.invoice_discount <> i.total_before_vat
              OR l.first_day <> i.invoice_date OR l.last_day <> i.invoice_date""",
    )
    assert mismatched == 0
    # Every line: gross = quantity × price (sen and thousandths), net = gross − discount.
    assert one(
        conn,
        "SELECT count(*) FROM invoice_lines WHERE gross * 1000 <> quantity * unit_price "
        "OR net <> gross - discount OR taxable <> net - invoice_discount",
    ) == 0  # fmt: skip
    assert one(conn, "SELECT count(*) FROM invoices WHERE customer_name = ''") == 0


def test_payments_add_up_to_paid_and_the_status(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        """SELECT i.status, i.payment_status, i.total - i.credited, i.paid,
                  coalesce((SELECT sum(amount) FROM payments p WHERE p.invoice_id = i.id), 0)
           FROM invoices i"""
    ).fetchall()
    seen = defaultdict(int)
    for status, pay_status, net, paid, payments in rows:
        assert paid == payments
        expected = "paid" if paid >= net else "partial" if paid > 0 else "unpaid"
        assert pay_status == expected
        seen[status, pay_status] += 1
    # Mostly paid, some owing, some cancelled.
    assert seen["issued", "paid"] > len(rows) / 2
    assert seen["issued", "unpaid"] + seen["issued", "partial"] > 0
    assert seen["cancelled", "paid"] > 0


def test_numbers_are_gapless_per_year_and_the_series_continue(
    conn: sqlite3.Connection,
) -> None:
    by_year: dict[str, list[int]] = defaultdict(list)
    # The demo's own sales (the recent months, drafts without a number) come first; the
    # generated history continues their series.
    for number, day in conn.execute(
        "SELECT number, invoice_date FROM invoices WHERE number IS NOT NULL ORDER BY id"
    ):
        prefix, year, n = number.split("/")
        assert prefix == "INV" and len(n) == 6 and year == day[:4]
        by_year[year].append(int(n))
    series = dict(conn.execute("SELECT key, value FROM number_series"))
    for year, numbers in by_year.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
        assert series[f"INV/{year}"] == len(numbers)


def test_cancelled_invoices_have_a_credit_note_that_reverses_them(
    conn: sqlite3.Connection,
) -> None:
    rows = conn.execute(
        """SELECT i.total, i.credited, i.paid, c.total, c.kind, c.number, c.refunded,
                  (SELECT sum(amount) FROM credit_note_lines WHERE credit_note_id = c.id),
                  (SELECT count(*) FROM credit_note_lines WHERE credit_note_id = c.id),
                  (SELECT count(*) FROM invoice_lines WHERE invoice_id = i.id
                     AND returned_quantity = quantity)
           FROM invoices i JOIN credit_notes c ON c.invoice_id = i.id
           WHERE i.status = 'cancelled'"""
    ).fetchall()
    assert rows
    assert len(rows) == one(conn, "SELECT count(*) FROM invoices WHERE status = 'cancelled'")
    for total, credited, paid, cn_total, kind, number, refunded, amount, n, returned in rows:
        assert (credited, paid, cn_total, kind) == (total, 0, total, "cancellation")
        assert amount == total and n == returned
        assert number.startswith("CN/")
        assert refunded >= 0
    # The refunds are negative payments pointing at their credit note.
    assert one(
        conn,
        "SELECT count(*) FROM payments WHERE (amount < 0) <> (credit_note_id IS NOT NULL)",
    ) == 0  # fmt: skip


def test_the_app_reads_the_generated_invoices_back(conn: sqlite3.Connection) -> None:
    """Written through the driver: the column types must read back what was meant."""
    from decimal import Decimal

    from rumahbatik.db import Database
    from rumahbatik.services.sales import invoice_data

    path = conn.execute("PRAGMA database_list").fetchone()[2]
    inv_id, number, total, paid = conn.execute(
        "SELECT id, number, total, paid FROM invoices WHERE status = 'issued' "
        "AND payment_status = 'paid' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as session:
            data = invoice_data(session, inv_id)
    finally:
        db.dispose()
    assert data.number == number
    assert data.total == Decimal(total) / 100 == data.paid == Decimal(paid) / 100
    assert data.total == sum((ln.taxable for ln in data.lines), Decimal(0)) + data.vat
    assert data.issued_at is not None and data.issued_at.tzinfo is not None
    assert data.lines[0].quantity >= 1 and data.lines[0].cost >= 0
    assert sum((p.amount for p in data.payments), Decimal(0)) == data.paid
