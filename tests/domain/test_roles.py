import pytest

from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.domain.roles import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    role_allows,
)
from rumahbatik.services.context import Actor

P = Permission


def test_every_role_and_permission_has_a_label():
    assert set(ROLE_LABELS) == set(Role)
    assert set(PERMISSION_LABELS) == set(Permission)
    assert set(ROLE_PERMISSIONS) == set(Role)


@pytest.mark.parametrize(
    "permission",
    [
        P.VIEW_SALES,
        P.VIEW_PRICES,
        P.SELL,
        P.MANAGE_STOCK,
        P.MANAGE_USERS,
        P.MANAGE_SETTINGS,
        P.VIEW_AUDIT,
    ],
)
def test_instructor_cannot(permission):
    assert not role_allows(Role.INSTRUCTOR, permission)


@pytest.mark.parametrize("permission", [P.VIEW_TRAINING, P.MANAGE_TRAINING, P.VIEW_DASHBOARD])
def test_instructor_can(permission):
    assert role_allows(Role.INSTRUCTOR, permission)


@pytest.mark.parametrize(
    "permission",
    [
        P.MANAGE_SETTINGS,
        P.MANAGE_USERS,
        P.VIEW_AUDIT,
        P.MANAGE_BACKUPS,
        P.CANCEL_INVOICES,
        P.DELETE_RECORDS,
        P.MANAGE_TRAINING,
        P.OVERRIDE_RESULTS,
    ],
)
def test_staff_cannot(permission):
    assert not role_allows(Role.STAFF, permission)


@pytest.mark.parametrize(
    "permission", [P.SELL, P.VIEW_SALES, P.VIEW_PRICES, P.MANAGE_STOCK, P.MANAGE_PEOPLE]
)
def test_staff_can(permission):
    assert role_allows(Role.STAFF, permission)


@pytest.mark.parametrize("permission", [P.CANCEL_INVOICES, P.DELETE_RECORDS])
def test_only_manager_and_admin_cancel_and_delete(permission):
    allowed = {role for role in Role if role_allows(role, permission)}
    assert allowed == {Role.MANAGER, Role.ADMIN}


def test_manager_and_admin_can_do_everything():
    # Admin-only rules (touching admins) live in services.users, not in this table.
    for role in (Role.MANAGER, Role.ADMIN):
        assert ROLE_PERMISSIONS[role] == frozenset(Permission)


def test_actor_require_raises_permission_denied_with_params():
    actor = Actor(7, "dewi", Role.STAFF)
    actor.require(P.SELL)  # allowed: no error
    with pytest.raises(PermissionDenied) as err:
        actor.require(P.MANAGE_SETTINGS)
    assert err.value.code == "permission_denied"
    assert err.value.params == {
        "role": "staff",
        "action": PERMISSION_LABELS[P.MANAGE_SETTINGS],
        "permission": "manage_settings",
    }
    assert "staff" in str(err.value) and "change settings" in str(err.value)
