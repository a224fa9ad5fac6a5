"""Named exports and the demo data."""

from __future__ import annotations

import pytest

from rumahbatik.domain.errors import Conflict, PermissionDenied, ValidationError
from rumahbatik.domain.roles import Role
from rumahbatik.domain.tables import Table
from rumahbatik.services import audit, demo, exports, settings, users
from rumahbatik.services.context import Actor, system_actor
from tests.conftest import PASSWORD


def test_export_names():
    assert {"users", "audit"} <= set(exports.export_names())
    assert exports.export_names() == sorted(exports.export_names())


def test_users_export(db, admin, staff, instructor):
    users.login(db, "dewi", PASSWORD)
    table = exports.build_export(db, admin, "users")
    assert isinstance(table, Table)
    assert [c.key for c in table.columns] == [
        "username",
        "full_name",
        "role",
        "active",
        "last_login_at",
        "created_at",
    ]
    assert [c.kind for c in table.columns][3:] == ["bool", "datetime", "datetime"]
    by_name = {row[0]: row for row in table.rows}
    assert set(by_name) == {"admin", "dewi", "ratna"}
    assert by_name["dewi"][1:4] == ("Dewi Lestari", "Staff", True)
    assert by_name["dewi"][4] is not None and by_name["ratna"][4] is None
    assert all(len(row) == len(table.columns) for row in table.rows)


def test_audit_export_pages_through_everything(db, admin, monkeypatch):
    for i in range(7):
        users.add_user(db, admin, f"user{i}", PASSWORD, "staff")
    settings.update_settings(db, admin, {"centre_city": "Probolinggo"})
    real = audit.list_audit
    calls = []

    def small_pages(db, actor, flt=None, *, before_id=None, limit=200):
        calls.append(before_id)
        return real(db, actor, flt or audit.AuditFilter(), before_id=before_id, limit=3)

    monkeypatch.setattr(audit, "list_audit", small_pages)
    table = exports.build_export(db, admin, "audit")
    assert len(calls) == 4  # 9 rows in pages of 3, then an empty page
    assert len(table.rows) == 9
    assert table.rows[0][5] == "centre_city"
    assert table.rows[0][6] == "centre_city:  → Probolinggo"
    assert table.rows[-1][2:4] == ("create", "user")


def test_unknown_export(db, admin):
    with pytest.raises(ValidationError) as err:
        exports.build_export(db, admin, "invoices-2099")
    assert err.value.code == "export_unknown"
    assert err.value.params["name"] == "invoices-2099"
    assert "users" in err.value.params["known"]


@pytest.mark.parametrize(
    ("who", "name"),
    [("staff", "users"), ("staff", "audit"), ("instructor", "users"), ("instructor", "audit")],
)
def test_export_needs_permission(db, request, who, name):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as err:
        exports.build_export(db, actor, name)
    assert err.value.code == "permission_denied"


# ---------------------------------------------------------------- demo


def test_demo_fills_an_empty_database(db):
    assert demo.is_empty(db)
    demo.fill_demo(db, system_actor())
    assert not demo.is_empty(db)
    admin = users.login(db, *demo.DEMO_ADMIN)
    assert admin.role is Role.ADMIN
    listed = {u.username: u.role for u in users.list_users(db, admin)}
    assert listed == {name: role for name, _, role in demo.USERS}
    assert users.login(db, "dewi", demo.DEMO_PASSWORD).role is Role.STAFF
    s = settings.get_settings(db)
    assert s.centre_name == "Rumah Batik Kota Probolinggo"
    assert s.centre_city == "Probolinggo"
    actions = {(r.action, r.entity) for r in audit.list_audit(db, admin, limit=100_000)}
    assert {("create", "settings"), ("create", "user")} <= actions


def test_demo_values_pass_the_settings_validation(db):
    """The demo writes settings directly; they must be what the settings page would accept."""
    from rumahbatik import config

    for key, value in demo.PROFILE.items():
        assert settings.clean_value(config.SETTINGS_BY_KEY[key], value) == value, key


def test_demo_refuses_a_database_with_data(db, admin):
    with pytest.raises(Conflict) as err:
        demo.fill_demo(db, system_actor())
    assert err.value.code == "database_not_empty"
    assert [u.username for u in users.list_users(db, admin)] == ["admin"]
    assert settings.get_settings(db).centre_name == "Rumah Batik"


def test_demo_force_replaces_everything(db, admin):
    users.add_user(db, admin, "bukan-demo", PASSWORD, "staff")
    settings.update_settings(db, admin, {"centre_city": "Surabaya", "backup_keep": 30})
    demo.fill_demo(db, system_actor(), force=True)
    demo_admin = users.login(db, *demo.DEMO_ADMIN)
    names = {u.username for u in users.list_users(db, demo_admin)}
    assert names == {name for name, _, _ in demo.USERS}
    s = settings.get_settings(db)
    assert s.centre_city == "Probolinggo"
    assert s.backup_keep == 7  # not part of the demo: back to its default
    # the old audit log went with the old data
    assert not any("bukan-demo" in r.summary for r in audit.list_audit(db, demo_admin))
    # and the database still works: new users get fresh ids
    new = users.add_user(db, demo_admin, "baru", PASSWORD, "staff")
    assert new.id not in {u.id for u in users.list_users(db, demo_admin) if u.username != "baru"}


def test_demo_rolls_back_completely_when_a_step_fails(db, monkeypatch):
    def broken(session, actor):
        raise RuntimeError("step failed")

    monkeypatch.setattr(demo, "DEMO_STEPS", [*demo.DEMO_STEPS, broken])
    with pytest.raises(RuntimeError):
        demo.fill_demo(db, Actor(None, "cli:test", Role.ADMIN))
    assert demo.is_empty(db)
    assert settings.get_settings(db).centre_name == "Rumah Batik"
