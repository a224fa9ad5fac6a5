"""``rumahbatik certificates`` and ``rumahbatik verify``."""

from __future__ import annotations

from pypdf import PdfReader

from rumahbatik import cli
from rumahbatik.db import Database, migrate
from rumahbatik.services import certificates, users
from rumahbatik.services.context import Actor
from rumahbatik.textcatalog import translator
from tests.services.training_helpers import closed_cohort


def _setup(tmp_path):
    url = f"sqlite:///{tmp_path / 'cert.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    admin = users.create_first_admin(db, "admin", "rahasia-123")
    actor = Actor(admin.id, admin.username, admin.role)
    _, cohort, _ = closed_cohort(db, actor, n=3)
    db.dispose()
    return url, actor, cohort


def test_certificates_and_verify(tmp_path, capsys):
    url, actor, cohort = _setup(tmp_path)
    out = tmp_path / "sertifikat.pdf"
    each = tmp_path / "each"
    args = ["certificates", "pbd-2022-01", "--out", str(out), "--each-to", str(each), "--db", url]
    assert cli.main(args) == 0
    assert "3 certificate(s)" in capsys.readouterr().out
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "RB/PBD/2022/0001" in text and "Peserta 00" in text
    assert len(list(each.glob("*.pdf"))) == 3
    db = Database(url)
    rows = certificates.list_certificates(db, actor, cohort.id)
    db.dispose()
    assert cli.main(["verify", rows[0].verification_code.lower(), "--db", url]) == 0
    printed = capsys.readouterr().out
    # in the database's language (Indonesian by default)
    tr = translator("id")
    assert printed.splitlines()[0] == tr("Cli", "GENUINE")
    assert rows[0].number in printed and "Peserta 00" in printed
    assert cli.main(["verify", "AAAA-AAAA-AAAA-AAAA", "--db", url]) == 1
    assert capsys.readouterr().out.strip() == tr("Cli", "UNKNOWN CODE")


def test_unknown_cohort_and_wrong_suffix(tmp_path, capsys):
    url, _, _ = _setup(tmp_path)
    assert (
        cli.main(["certificates", "PBD-1999-01", "--out", str(tmp_path / "x.pdf"), "--db", url])
        == 2
    )
    assert "PBD-1999-01" in capsys.readouterr().err
    assert (
        cli.main(["certificates", "PBD-2022-01", "--out", str(tmp_path / "x.txt"), "--db", url])
        == 2
    )
