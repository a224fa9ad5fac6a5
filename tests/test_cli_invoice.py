"""``rumahbatik invoice NUMBER --out FILE.pdf [--receipt] [--width 58|80]`` and
``rumahbatik credit-note NUMBER --out FILE.pdf`` from the command line."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from rumahbatik import cli
from rumahbatik.db import Database, migrate
from rumahbatik.domain.sales import PaymentMethod
from rumahbatik.services import credit_notes, sales, settings, users
from rumahbatik.services.context import Actor
from rumahbatik.services.sales_types import PaymentInput, SaleInput, SaleLineInput
from tests.services.sales_helpers import product

MM = 72 / 25.4


def _setup(tmp_path, language: str = "id") -> tuple[str, dict[str, str]]:
    url = f"sqlite:///{tmp_path / 'invoice.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    admin = users.create_first_admin(db, "admin", "rahasia-123")
    actor = Actor(admin.id, admin.username, admin.role)
    settings.update_settings(
        db,
        actor,
        {"centre_name": "Rumah Batik Kota Probolinggo", "language": language,
         "receipt_width": "58"},
    )  # fmt: skip
    kain = product(db, actor, "Kain batik tulis Manggur", "1250000")
    inv = sales.sell(
        db,
        actor,
        SaleInput(lines=(SaleLineInput(kain, D(1)),)),
        [PaymentInput(PaymentMethod.CASH, cash_given=D(1_300_000))],
    )
    draft = sales.create_draft(db, actor, SaleInput(lines=(SaleLineInput(kain, D(2)),)))
    gone = sales.sell(db, actor, SaleInput(lines=(SaleLineInput(kain, D(1)),)))
    note = credit_notes.cancel_invoice(db, actor, gone.id, "Salah input")
    db.dispose()
    numbers = {
        "invoice": inv.number or "",
        "quotation": draft.quotation_number or "",
        "credit": note.number,
    }
    return url, numbers


def _text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_invoice_quotation_and_credit_note(tmp_path, capsys) -> None:
    url, numbers = _setup(tmp_path)
    out = tmp_path / "faktur.pdf"
    assert cli.main(["invoice", numbers["invoice"], "--out", str(out), "--db", url]) == 0
    assert f"Invoice {numbers['invoice']} written" in capsys.readouterr().out
    text = _text(out)
    assert "FAKTUR PENJUALAN" in text and numbers["invoice"] in text
    assert "Rp1.250.000" in text and "Satu juta dua ratus lima puluh ribu rupiah" in text
    assert "Rumah Batik Kota Probolinggo" in text

    quote = tmp_path / "penawaran.pdf"
    assert cli.main(["invoice", numbers["quotation"], "--out", str(quote), "--db", url]) == 0
    assert "Quotation" in capsys.readouterr().out
    assert "PENAWARAN HARGA" in _text(quote) and "Rp2.500.000" in _text(quote)

    cn = tmp_path / "nota.pdf"
    assert cli.main(["credit-note", numbers["credit"], "--out", str(cn), "--db", url]) == 0
    assert numbers["credit"] in capsys.readouterr().out
    assert "NOTA KREDIT" in _text(cn) and "Salah input" in _text(cn)


def test_receipt_width_from_the_setting_or_the_option(tmp_path, capsys) -> None:
    url, numbers = _setup(tmp_path)
    out = tmp_path / "struk.pdf"
    args = ["invoice", numbers["invoice"], "--receipt", "--out", str(out), "--db", url]
    assert cli.main(args) == 0
    assert "Receipt (58 mm)" in capsys.readouterr().out
    [page] = PdfReader(out).pages
    assert float(page.mediabox.width) == pytest.approx(58 * MM, abs=0.01)
    assert "Kembali" in page.extract_text() and "Rp50.000" in page.extract_text()
    assert cli.main([*args, "--width", "80"]) == 0
    [page] = PdfReader(out).pages
    assert float(page.mediabox.width) == pytest.approx(80 * MM, abs=0.01)
    with pytest.raises(SystemExit):
        cli.main([*args, "--width", "76"])


def test_english_database_prints_in_english(tmp_path) -> None:
    url, numbers = _setup(tmp_path, language="en")
    out = tmp_path / "invoice.pdf"
    assert cli.main(["invoice", numbers["invoice"], "--out", str(out), "--db", url]) == 0
    text = _text(out)
    assert "INVOICE" in text and "PAID" in text
    assert "Satu juta dua ratus lima puluh ribu rupiah" in text  # the words stay Indonesian


def test_unknown_numbers_and_wrong_files_are_clear_errors(tmp_path, capsys) -> None:
    url, numbers = _setup(tmp_path)
    out = tmp_path / "x.pdf"
    assert cli.main(["invoice", "INV/2026/999999", "--out", str(out), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "INV/2026/999999" in err
    assert "no invoice or quotation has this number" in err or "faktur" in err.lower()
    assert cli.main(["credit-note", "CN/2026/9999", "--out", str(out), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "CN/2026/9999" in err
    assert "no credit note has this number" in err or "nota kredit" in err.lower()
    assert not out.exists()
    png = tmp_path / "x.png"
    assert cli.main(["invoice", numbers["invoice"], "--out", str(png), "--db", url]) == 2
    assert ".pdf" in capsys.readouterr().err
