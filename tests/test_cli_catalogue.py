"""``rumahbatik catalogue`` and the ``motifs`` export from the command line."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from rumahbatik import cli
from rumahbatik.db import Database, migrate
from rumahbatik.domain.people import MotifStatus
from rumahbatik.services import motifs, users
from rumahbatik.services.motifs import MotifInput


def _setup(tmp_path):
    url = f"sqlite:///{tmp_path / 'cat.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    admin = users.create_first_admin(db, "admin", "rahasia-123")
    from rumahbatik.services.context import Actor

    actor = Actor(admin.id, admin.username, admin.role)
    motifs.create_motif(
        db,
        actor,
        MotifInput(name="Manggur", status=MotifStatus.APPROVED, philosophy="Mangga dan anggur."),
    )
    motifs.create_motif(db, actor, MotifInput(name="Seruni"))
    db.dispose()
    return url


def test_catalogue_writes_a_pdf(tmp_path, capsys):
    url = _setup(tmp_path)
    out = tmp_path / "katalog.pdf"
    assert cli.main(["catalogue", "--out", str(out), "--db", url]) == 0
    assert "1 motifs" in capsys.readouterr().out
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert "Manggur" in pages[1].extract_text()
    everything = tmp_path / "semua.pdf"
    assert cli.main(["catalogue", "--out", str(everything), "--status", "all", "--db", url]) == 0
    assert len(PdfReader(everything).pages) == 3


def test_catalogue_wants_a_pdf_name(tmp_path, capsys):
    url = _setup(tmp_path)
    assert cli.main(["catalogue", "--out", str(tmp_path / "x.docx"), "--db", url]) == 2
    assert ".pdf" in capsys.readouterr().err


def test_motifs_export(tmp_path, capsys):
    url = _setup(tmp_path)
    out = tmp_path / "motif.csv"
    assert cli.main(["export", "motifs", "--out", str(out), "--db", url]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][:2] == ["Kode", "Nama"]  # headers in the database's language
    assert [r[1] for r in rows[1:]] == ["Manggur", "Seruni"]
    assert rows[1][5] == "approved"
