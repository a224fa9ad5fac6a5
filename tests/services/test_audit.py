"""The audit log: filters and keyset paging."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.models import AuditEntry
from rumahbatik.services import audit
from rumahbatik.services.audit import AuditFilter


@pytest.fixture(params=["UTC", "Asia/Jakarta", "America/Sao_Paulo"])
def local_tz(request, monkeypatch):
    """Run under another local time zone (the office PC's), restoring it afterwards."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def _local(*args):
    """A wall-clock time on this computer, as an aware datetime."""
    return datetime(*args).astimezone()


@pytest.fixture
def entries(db, admin):
    """Twelve hand-made rows on known local days, after the admin's own 'create' row."""
    made = []
    with db.transaction() as session:
        for i in range(12):
            entry = AuditEntry(
                at=_local(2026, 3, 1 + i // 4, 8 + i, 30),
                user_id=None,
                username="dewi" if i % 2 else "agus",
                action="update" if i % 3 else "create",
                entity="item" if i < 6 else "invoice",
                entity_id=f"INV/2026/{i:06d}" if i >= 6 else str(i),
                summary=f"row {i} kain mori" if i == 5 else f"row {i}",
                changes={"qty": [i, i + 1]},
            )
            session.add(entry)
            made.append(entry)
        session.flush()
        ids = [e.id for e in made]
    return ids


def _ids(rows):
    return [r.id for r in rows]


def test_newest_first_with_plain_data(db, admin, entries):
    rows = audit.list_audit(db, admin)
    assert len(rows) == 13
    assert _ids(rows) == sorted(_ids(rows), reverse=True)
    assert rows[0].id == entries[-1]
    assert rows[0].changes == {"qty": [11, 12]}
    assert isinstance(rows[0], audit.AuditRow)
    assert rows[0].at.tzinfo is not None
    assert rows[0].at == _local(2026, 3, 3, 19, 30)


def test_keyset_paging_walks_every_row_once(db, admin, entries):
    seen = []
    before = None
    pages = 0
    while True:
        page = audit.list_audit(db, admin, before_id=before, limit=5)
        if not page:
            break
        assert len(page) <= 5
        seen.extend(_ids(page))
        before = page[-1].id
        pages += 1
    assert pages == 3
    assert seen == sorted(entries + [seen[-1]], reverse=True)
    assert len(set(seen)) == 13


def test_filter_by_username_entity_action(db, admin, entries):
    assert {r.username for r in audit.list_audit(db, admin, AuditFilter(username="dewi"))} == {
        "dewi"
    }
    assert len(audit.list_audit(db, admin, AuditFilter(username="dewi"))) == 6
    assert len(audit.list_audit(db, admin, AuditFilter(entity="invoice"))) == 6
    creates = audit.list_audit(db, admin, AuditFilter(action="create"))
    # rows 0, 3, 6, 9 and the first admin
    assert len(creates) == 5
    combined = audit.list_audit(
        db, admin, AuditFilter(username="agus", entity="item", action="create")
    )
    assert _ids(combined) == [entries[0]]


def test_filter_by_text_searches_summary_record_and_user(db, admin, entries):
    assert _ids(audit.list_audit(db, admin, AuditFilter(text="KAIN MORI"))) == [entries[5]]
    assert _ids(audit.list_audit(db, admin, AuditFilter(text="2026/000007"))) == [entries[7]]
    assert len(audit.list_audit(db, admin, AuditFilter(text=" dew "))) == 6
    assert audit.list_audit(db, admin, AuditFilter(text="tidak ada")) == []


def test_filter_by_local_dates(local_tz, db, admin, entries):
    day2 = audit.list_audit(
        db, admin, AuditFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2))
    )
    assert sorted(_ids(day2)) == entries[4:8]
    from_day3 = audit.list_audit(db, admin, AuditFilter(date_from=date(2026, 3, 3)))
    # rows 8..11 (and the admin's own row, made today, is not one of ours)
    assert sorted(set(_ids(from_day3)) & set(entries)) == entries[8:12]
    until_day1 = audit.list_audit(db, admin, AuditFilter(date_to=date(2026, 3, 1)))
    assert sorted(_ids(until_day1)) == entries[0:4]


def test_local_day_boundaries(local_tz, db, admin):
    """Just after local midnight belongs to the new day, whatever UTC says."""
    with db.transaction() as session:
        late = AuditEntry(
            at=_local(2026, 3, 1, 23, 59, 59), username="x", action="a", entity="e", changes={}
        )
        early = AuditEntry(
            at=_local(2026, 3, 2, 0, 0, 1), username="x", action="a", entity="e", changes={}
        )
        session.add_all([late, early])
        session.flush()
        ids = late.id, early.id
    day = audit.list_audit(
        db, admin, AuditFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2))
    )
    assert _ids(day) == [ids[1]]
    stored = audit.list_audit(db, admin, AuditFilter(username="x"))
    assert stored[0].at == _local(2026, 3, 2, 0, 0, 1)
    assert stored[0].at.tzinfo == UTC


def test_paging_with_a_filter(db, admin, entries):
    flt = AuditFilter(username="dewi")
    first = audit.list_audit(db, admin, flt, limit=4)
    rest = audit.list_audit(db, admin, flt, before_id=first[-1].id, limit=4)
    assert len(first) == 4 and len(rest) == 2
    assert set(_ids(first)).isdisjoint(_ids(rest))


def test_facets(db, admin, entries):
    facets = audit.audit_facets(db, admin)
    assert facets.usernames == ["admin", "agus", "dewi"]
    assert facets.entities == ["invoice", "item", "user"]
    assert facets.actions == ["create", "update"]


@pytest.mark.parametrize("who", ["staff", "instructor"])
def test_only_managers_read_the_audit_log(db, request, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as err:
        audit.list_audit(db, actor)
    assert err.value.code == "permission_denied"
    with pytest.raises(PermissionDenied):
        audit.audit_facets(db, actor)


def test_manager_reads_the_audit_log(db, manager):
    assert {r.action for r in audit.list_audit(db, manager)} == {"create"}


def test_diff_keeps_only_changes_and_makes_values_json():
    from decimal import Decimal

    from rumahbatik.domain.roles import Role

    out = audit.diff(
        {"a": 1, "b": Decimal("1.50"), "c": "same", "d": date(2026, 1, 2)},
        {"a": 2, "b": Decimal("2"), "c": "same", "e": Role.STAFF, "f": b"\x00\x01"},
    )
    assert out == {
        "a": [1, 2],
        "b": ["1.50", "2"],
        "d": ["2026-01-02", None],
        "e": [None, "staff"],
        "f": [None, "<2 bytes>"],
    }
