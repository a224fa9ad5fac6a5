"""The database handle: one transaction per unit of work, on both databases."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from rumahbatik.db import Database
from rumahbatik.db.engine import redact_url
from rumahbatik.models import User


def _count(db):
    with db.read() as session:
        return session.scalar(select(func.count(User.id)))


def _user(name):
    return User(username=name, role="staff", password_hash="x")


def test_transaction_commits(db):
    with db.transaction() as session:
        session.add(_user("satu"))
    assert _count(db) == 1


def test_transaction_rolls_back_everything_on_error(db):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(_user("satu"))
        session.flush()
        session.add(_user("dua"))
        session.flush()
        raise RuntimeError("boom")
    assert _count(db) == 0


def test_constraint_violation_rolls_back(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(_user("satu"))
        session.flush()
        session.add(_user("satu"))
        session.flush()
    assert _count(db) == 0


def test_read_session_writes_nothing(db):
    with db.read() as session:
        session.add(_user("satu"))
        session.flush()
    assert _count(db) == 0


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    from rumahbatik.models import AuditEntry

    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(AuditEntry(user_id=12345, username="x", action="a", entity="e", changes={}))
    with db.transaction() as session:
        user = _user("satu")
        session.add(user)
        session.flush()
        session.add(
            AuditEntry(user_id=user.id, username="satu", action="a", entity="e", changes={})
        )
    with db.transaction() as session:
        session.delete(session.scalar(select(User)))
    with db.read() as session:
        assert session.scalar(select(AuditEntry.user_id)) is None  # ON DELETE SET NULL


def test_concurrent_writers_both_commit(db):
    """Two threads writing at once: both succeed (SQLite takes the write lock up front)."""
    errors = []
    barrier = threading.Barrier(2)

    def write(name):
        try:
            barrier.wait(5)
            for i in range(10):
                with db.transaction() as session:
                    n = session.scalar(select(func.count(User.id)))
                    session.add(_user(f"{name}{i}-{n}"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert _count(db) == 20


def test_display_name_hides_passwords(tmp_path):
    url = "postgresql+psycopg://rb:rahasia@db.local:5432/rumahbatik"
    assert "rahasia" not in redact_url(url)
    assert "***" in redact_url(url)
    db = Database(url)
    try:
        assert "rahasia" not in db.display_name
        assert db.sqlite_path is None
    finally:
        db.dispose()
    lite = Database(f"sqlite:///{tmp_path / 'a' / 'b.sqlite3'}")
    try:
        assert lite.sqlite_path == tmp_path / "a" / "b.sqlite3"
        assert lite.display_name == str(tmp_path / "a" / "b.sqlite3")
        assert (tmp_path / "a").is_dir()  # the folder is made for a new file
    finally:
        lite.dispose()
