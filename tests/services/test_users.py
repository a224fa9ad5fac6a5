"""Users, login, throttling and roles, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import (
    AuthenticationError,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from rumahbatik.domain.roles import Role
from rumahbatik.models import AuditEntry, User
from rumahbatik.services import audit, passwords, users
from tests.conftest import PASSWORD


def _detached(db, stmt):
    """Rows loaded and detached before the read session rolls back (which would expire them)."""
    with db.read() as session:
        rows = list(session.scalars(stmt))
        session.expunge_all()
    return rows


def _user_row(db, username):
    [row] = _detached(db, select(User).where(User.username == username))
    return row


def _audit_rows(db):
    return _detached(db, select(AuditEntry).order_by(AuditEntry.id))


# ---------------------------------------------------------------- first admin


def test_first_admin_on_empty_database(db):
    assert users.needs_first_admin(db)
    user = users.create_first_admin(db, " ketua ", PASSWORD, " Ketua Rumah Batik ")
    assert (user.username, user.full_name, user.role, user.active) == (
        "ketua",
        "Ketua Rumah Batik",
        Role.ADMIN,
        True,
    )
    assert not users.needs_first_admin(db)
    row = _user_row(db, "ketua")
    assert row.password_hash != PASSWORD
    assert passwords.verify_password(row.password_hash, PASSWORD)
    assert row.created_at.tzinfo is not None
    [entry] = _audit_rows(db)
    assert (entry.action, entry.entity, entry.entity_id, entry.user_id) == (
        "create",
        "user",
        str(user.id),
        user.id,
    )


def test_first_admin_refused_once_a_user_exists(db, admin):
    with pytest.raises(Conflict) as err:
        users.create_first_admin(db, "kedua", PASSWORD)
    assert err.value.code == "first_admin_exists"
    assert [u.username for u in users.list_users(db, admin)] == ["admin"]


def test_first_admin_checks_name_and_password(db):
    with pytest.raises(ValidationError) as err:
        users.create_first_admin(db, "a", PASSWORD)
    assert err.value.code == "username_invalid"
    with pytest.raises(ValidationError) as err:
        users.create_first_admin(db, "admin", "short")
    assert err.value.code == "password_too_short"
    assert users.needs_first_admin(db)


# ---------------------------------------------------------------- login


def test_login_ok(db, admin):
    before = utcnow()
    actor = users.login(db, "admin", PASSWORD)
    assert (actor.user_id, actor.username, actor.role) == (admin.user_id, "admin", Role.ADMIN)
    row = _user_row(db, "admin")
    assert row.last_login_at is not None and row.last_login_at >= before - timedelta(seconds=1)
    assert _audit_rows(db)[-1].action == "login"


def test_login_wrong_password_counts_the_failure(db, admin):
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "admin", "wrong-password")
    assert err.value.code == "login_failed"
    row = _user_row(db, "admin")
    assert row.failed_logins == 1
    assert row.last_failed_login_at is not None
    last = _audit_rows(db)[-1]
    assert (last.action, last.entity_id, last.user_id) == ("login_failed", str(admin.user_id), None)


def test_login_unknown_user_looks_like_a_wrong_password(db, admin):
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "nobody", PASSWORD)
    assert err.value.code == "login_failed"


def test_login_inactive_user(db, admin, staff):
    users.update_user(db, admin, staff.user_id, active=False)
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "dewi", PASSWORD)
    assert err.value.code == "user_inactive"
    assert err.value.params["username"] == "dewi"
    # a wrong password does not reveal that the account exists but is off
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "dewi", "wrong-password")
    assert err.value.code == "login_failed"


def test_login_rehashes_an_old_hash(db, admin):
    import argon2

    stronger = argon2.PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    with db.transaction() as session:
        session.scalar(select(User).where(User.username == "admin")).password_hash = stronger.hash(
            PASSWORD
        )
    users.login(db, "admin", PASSWORD)
    new_hash = _user_row(db, "admin").password_hash
    assert not passwords.needs_rehash(new_hash)
    assert passwords.verify_password(new_hash, PASSWORD)


def test_throttle_delay_schedule():
    assert [users.throttle_delay(n) for n in range(0, 10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_login_throttling(db, admin):
    t0 = utcnow()
    for i in range(3):
        with pytest.raises(AuthenticationError) as err:
            users.login(db, "admin", "wrong", now=t0 + timedelta(milliseconds=10 * i))
        assert err.value.code == "login_failed"
    last_failure = t0 + timedelta(milliseconds=20)

    # the 4th attempt within 1 s is refused before the password is even looked at
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "admin", PASSWORD, now=last_failure + timedelta(milliseconds=500))
    assert err.value.code == "login_throttled"
    assert err.value.params == {"username": "admin", "seconds": 1}
    assert _user_row(db, "admin").failed_logins == 3  # a refused try is not counted

    # after the wait it is checked again: wrong once more, and the wait doubles
    later = last_failure + timedelta(seconds=1, milliseconds=1)
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "admin", "wrong", now=later)
    assert err.value.code == "login_failed"
    assert _user_row(db, "admin").failed_logins == 4
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "admin", PASSWORD, now=later + timedelta(seconds=1.5))
    assert err.value.code == "login_throttled"
    assert err.value.params["seconds"] == 1

    # the right password after the wait succeeds and resets the count
    actor = users.login(db, "admin", PASSWORD, now=later + timedelta(seconds=2))
    assert actor.username == "admin"
    row = _user_row(db, "admin")
    assert row.failed_logins == 0 and row.last_failed_login_at is None
    with pytest.raises(AuthenticationError) as err:
        users.login(db, "admin", "wrong", now=later + timedelta(seconds=2, milliseconds=1))
    assert err.value.code == "login_failed"  # not throttled: the count starts again


def test_throttling_is_per_user(db, admin, staff):
    t0 = utcnow()
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            users.login(db, "admin", "wrong", now=t0)
    assert users.login(db, "dewi", PASSWORD, now=t0).username == "dewi"


# ---------------------------------------------------------------- adding users


@pytest.mark.parametrize("name", ["ab", "x" * 33, "nama spasi", "dewi!", "", "déwi"])
def test_add_user_refuses_bad_usernames(db, admin, name):
    with pytest.raises(ValidationError) as err:
        users.add_user(db, admin, name, PASSWORD, "staff")
    assert err.value.code == "username_invalid"


@pytest.mark.parametrize("name", ["abc", "x" * 32, "dewi.lestari", "agus_p", "a-1"])
def test_add_user_accepts_good_usernames(db, admin, name):
    assert users.add_user(db, admin, name, PASSWORD, "staff").username == name


def test_add_user_short_password(db, admin):
    with pytest.raises(ValidationError) as err:
        users.add_user(db, admin, "dewi", "1234567", "staff")
    assert err.value.code == "password_too_short"
    assert err.value.params == {"min": 8}
    assert users.add_user(db, admin, "dewi", "12345678", "staff").username == "dewi"


def test_add_user_duplicate_is_case_insensitive(db, admin, staff):
    for name in ("dewi", "Dewi", "DEWI"):
        with pytest.raises(Conflict) as err:
            users.add_user(db, admin, name, PASSWORD, "staff")
        assert err.value.code == "username_taken"
        assert err.value.params == {"username": name}
    assert len(users.list_users(db, admin)) == 2


def test_add_user_unknown_role(db, admin):
    with pytest.raises(ValidationError) as err:
        users.add_user(db, admin, "dewi", PASSWORD, "boss")
    assert err.value.code == "role_invalid"
    assert err.value.params == {"role": "boss"}


def test_add_user_returns_plain_data(db, admin):
    user = users.add_user(db, admin, "agus", PASSWORD, Role.STAFF, "Agus Prasetyo")
    assert isinstance(user, users.UserData)
    assert (user.username, user.role, user.active, user.last_login_at) == (
        "agus",
        Role.STAFF,
        True,
        None,
    )
    assert users.login(db, "agus", PASSWORD).role is Role.STAFF


def test_list_users_sorted(db, admin, staff, manager, instructor):
    assert [u.username for u in users.list_users(db, manager)] == ["admin", "dewi", "ratna", "siti"]


# ---------------------------------------------------------------- managers and admins


def test_manager_adds_staff_but_not_admins(db, manager):
    assert users.add_user(db, manager, "agus", PASSWORD, "staff").role is Role.STAFF
    with pytest.raises(PermissionDenied) as err:
        users.add_user(db, manager, "boss", PASSWORD, "admin")
    assert err.value.code == "permission_denied"
    assert err.value.params["role"] == "manager"


def test_manager_cannot_modify_an_admin(db, admin, manager):
    for change in ({"full_name": "Renamed"}, {"role": "staff"}, {"active": False}):
        with pytest.raises(PermissionDenied) as err:
            users.update_user(db, manager, admin.user_id, **change)
        assert err.value.code == "permission_denied"
    with pytest.raises(PermissionDenied):
        users.set_password(db, manager, admin.user_id, "new-password-1")
    row = _user_row(db, "admin")
    assert (row.full_name, row.role, row.active) == ("Administrator", "admin", True)
    assert passwords.verify_password(row.password_hash, PASSWORD)


def test_manager_cannot_promote_to_admin(db, manager, staff):
    with pytest.raises(PermissionDenied):
        users.update_user(db, manager, staff.user_id, role=Role.ADMIN)
    assert _user_row(db, "dewi").role == "staff"


def test_manager_modifies_staff(db, manager, staff):
    user = users.update_user(db, manager, staff.user_id, full_name="Dewi L.", role="instructor")
    assert (user.full_name, user.role) == ("Dewi L.", Role.INSTRUCTOR)


def test_admin_makes_another_admin(db, admin, staff):
    assert users.update_user(db, admin, staff.user_id, role="admin").role is Role.ADMIN


def test_update_unknown_user(db, admin):
    with pytest.raises(NotFound) as err:
        users.update_user(db, admin, 9999, full_name="x")
    assert err.value.code == "not_found"


def test_last_active_admin_cannot_be_demoted_or_switched_off(db, admin):
    with pytest.raises(Conflict) as err:
        users.update_user(db, admin, admin.user_id, role="manager")
    assert err.value.code == "last_admin"
    with pytest.raises(Conflict) as err:
        users.update_user(db, admin, admin.user_id, active=False)
    assert err.value.code == "last_admin"
    row = _user_row(db, "admin")
    assert (row.role, row.active) == ("admin", True)


def test_an_admin_can_step_down_when_another_remains(db, admin, staff):
    users.update_user(db, admin, staff.user_id, role="admin")
    assert users.update_user(db, admin, admin.user_id, role="manager").role is Role.MANAGER
    # the other one is now the last
    with pytest.raises(Conflict):
        users.update_user(db, admin, staff.user_id, active=False)


def test_an_inactive_admin_does_not_count(db, admin, staff):
    users.update_user(db, admin, staff.user_id, role="admin")
    users.update_user(db, admin, staff.user_id, active=False)
    with pytest.raises(Conflict):
        users.update_user(db, admin, admin.user_id, active=False)


# ---------------------------------------------------------------- permissions


def test_staff_cannot_list_users(db, staff):
    with pytest.raises(PermissionDenied) as err:
        users.list_users(db, staff)
    assert err.value.code == "permission_denied"
    assert err.value.params["permission"] == "manage_users"


@pytest.mark.parametrize("who", ["staff", "instructor"])
def test_only_managers_add_users(db, request, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as err:
        users.add_user(db, actor, "agus", PASSWORD, "staff")
    assert err.value.code == "permission_denied"
    with pytest.raises(PermissionDenied):
        users.set_password(db, actor, 1, "new-password-1")


# ---------------------------------------------------------------- passwords and audit


def test_set_password_and_change_own_password(db, admin, staff):
    users.set_password(db, admin, staff.user_id, "password-baru")
    assert users.login(db, "dewi", "password-baru").username == "dewi"
    with pytest.raises(AuthenticationError) as err:
        users.change_own_password(db, staff, "not-the-old-one", "another-pass")
    assert err.value.code == "login_failed"
    users.change_own_password(db, staff, "password-baru", "another-pass")
    assert users.login(db, "dewi", "another-pass").username == "dewi"
    with pytest.raises(ValidationError):
        users.change_own_password(db, staff, "another-pass", "short")


def test_set_password_resets_the_failure_count(db, admin, staff):
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            users.login(db, "dewi", "wrong")
    users.set_password(db, admin, staff.user_id, "password-baru")
    assert users.login(db, "dewi", "password-baru").username == "dewi"


def test_audit_rows_for_user_changes_never_hold_a_password_hash(db, admin, manager):
    staff = users.add_user(db, manager, "agus", PASSWORD, "staff", "Agus")
    users.update_user(db, manager, staff.id, full_name="Agus Prasetyo", role="instructor")
    users.set_password(db, manager, staff.id, "password-baru")
    agus = users.login(db, "agus", "password-baru")
    users.change_own_password(db, agus, "password-baru", "password-lagi")

    rows = audit.list_audit(db, admin)
    about_agus = [r for r in rows if r.entity == "user" and r.entity_id == str(staff.id)]
    by_action = [(r.action, r.username) for r in reversed(about_agus)]
    assert by_action == [
        ("create", "siti"),
        ("update", "siti"),
        ("update", "siti"),
        ("login", "agus"),
        ("update", "agus"),
    ]
    created = about_agus[-1]
    assert created.changes["role"] == [None, "staff"]
    assert created.changes["username"] == [None, "agus"]
    updated = about_agus[-2]
    assert updated.changes == {
        "full_name": ["Agus", "Agus Prasetyo"],
        "role": ["staff", "instructor"],
    }
    assert "password" in about_agus[-3].summary

    hashes = {row.password_hash for row in _all_users(db)}
    for row in _audit_rows(db):
        text = json.dumps(row.changes) + row.summary
        assert "argon2" not in text
        for h in hashes:
            assert h not in text
        for pw in ("password-baru", "password-lagi", PASSWORD):
            assert pw not in text


def _all_users(db):
    return _detached(db, select(User))


def test_login_ignores_the_case_of_the_user_name(db, admin, staff):
    """User names are unique regardless of case, so 'Dewi' can only mean dewi."""
    assert users.login(db, "Dewi", PASSWORD).username == "dewi"
    assert users.login(db, " ADMIN ", PASSWORD).user_id == admin.user_id
    with pytest.raises(AuthenticationError):
        users.login(db, "DEWI", "wrong-password")
    assert _user_row(db, "dewi").failed_logins == 1
