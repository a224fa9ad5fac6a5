"""``rumahbatik labels SKU... --out FILE.pdf`` from the command line."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader

from rumahbatik import cli
from rumahbatik.db import Database, migrate
from rumahbatik.domain.labels import PRESETS
from rumahbatik.domain.people import MotifStatus
from rumahbatik.domain.stock import ItemKind
from rumahbatik.services import items, motifs, settings, users
from rumahbatik.services.context import Actor
from rumahbatik.services.motifs import MotifInput
from rumahbatik.services.stock_types import ItemInput


def _setup(tmp_path, language: str = "id") -> str:
    url = f"sqlite:///{tmp_path / 'labels.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    admin = users.create_first_admin(db, "admin", "rahasia-123")
    actor = Actor(admin.id, admin.username, admin.role)
    motif = motifs.create_motif(db, actor, MotifInput(name="Manggur", status=MotifStatus.APPROVED))
    items.create_item(
        db,
        actor,
        ItemInput(
            kind=ItemKind.PRODUCT,
            name="Kain Batik Tulis Manggur",
            unit="pcs",
            sku="PRD-00101",
            motif_id=motif.id,
            technique="tulis",
            sale_price=Decimal("1250000"),
        ),
    )
    items.create_item(
        db,
        actor,
        ItemInput(
            kind=ItemKind.PRODUCT,
            name="Kemeja Batik Cap",
            unit="pcs",
            sku="PRD-00102",
            barcode="8991234500102",
            technique="cap",
            size="L",
            sale_price=Decimal("275000"),
        ),
    )
    settings.update_settings(
        db, actor, {"centre_name": "Rumah Batik Kota Probolinggo", "language": language}
    )
    db.dispose()
    return url


def test_labels_writes_hang_tags_in_the_order_given(tmp_path, capsys):
    url = _setup(tmp_path)
    out = tmp_path / "label.pdf"
    code = cli.main(
        ["labels", "prd-00102", "PRD-00101", "--copies", "2", "--out", str(out), "--db", url]
    )
    assert code == 0, capsys.readouterr().err
    assert "4 label(s) of 2 item(s)" in capsys.readouterr().out
    [page] = PdfReader(out).pages
    text = page.extract_text()
    assert text.count("Kain Batik Tulis Manggur") == 2
    assert text.count("8991234500102") == 2  # the barcode value, not the SKU, when set
    assert "Motif Manggur" in text and "Rp1.250.000" in text and "Rp275.000" in text
    assert "Rumah Batik Kota Probolinggo" in text
    assert text.index("Kemeja Batik Cap") < text.index("Kain Batik Tulis Manggur")


def test_labels_roll_layout_and_start_position(tmp_path, capsys):
    url = _setup(tmp_path)
    roll = tmp_path / "roll.pdf"
    args = ["labels", "PRD-00101", "--layout", "roll-50x30", "--copies", "3"]
    assert cli.main([*args, "--out", str(roll), "--db", url]) == 0
    pages = PdfReader(roll).pages
    assert len(pages) == 3
    assert float(pages[0].mediabox.width) == pytest.approx(50 * 72 / 25.4, abs=0.01)
    sheet = tmp_path / "sheet.pdf"
    args = ["labels", "PRD-00101", "--layout", "a4-3x3-tag", "--copies", "2", "--start", "9"]
    assert cli.main([*args, "--out", str(sheet), "--db", url]) == 0
    assert len(PdfReader(sheet).pages) == 2  # the last position of sheet one, then sheet two


def test_an_unknown_sku_is_a_translated_error(tmp_path, capsys):
    url = _setup(tmp_path)
    out = tmp_path / "x.pdf"
    assert cli.main(["labels", "PRD-00101", "NOPE-1", "--out", str(out), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "NOPE-1" in err
    # Indonesian when the catalogue has the message, else the English source
    assert "Tidak ada barang" in err or "No item has the barcode or SKU NOPE-1" in err
    assert not out.exists()


def test_a_start_off_the_sheet_is_refused(tmp_path, capsys):
    url = _setup(tmp_path, language="en")
    out = tmp_path / "x.pdf"
    args = ["labels", "PRD-00101", "--layout", "a4-3x8", "--start", "25"]
    assert cli.main([*args, "--out", str(out), "--db", url]) == 2
    assert "between 1 and 24" in capsys.readouterr().err


def test_labels_wants_a_pdf_and_a_known_layout(tmp_path, capsys):
    url = _setup(tmp_path)
    assert cli.main(["labels", "PRD-00101", "--out", str(tmp_path / "x.png"), "--db", url]) == 2
    assert ".pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["labels", "PRD-00101", "--layout", "a5", "--out", "x.pdf", "--db", url])
    assert "a4-3x8" in capsys.readouterr().err


def test_every_preset_is_a_choice():
    parser = cli.build_parser()
    args = parser.parse_args(["labels", "A", "--out", "x.pdf"])
    assert args.layout == "a4-3x3-tag" and args.copies == 1 and args.start == 1
    for layout in PRESETS:
        assert parser.parse_args(["labels", "A", "--out", "x.pdf", "--layout", layout.key])
