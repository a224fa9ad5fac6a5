"""Who is calling: every service that changes or reveals something takes an :class:`Actor`."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from rumahbatik.domain.errors import PermissionDenied
from rumahbatik.domain.roles import PERMISSION_LABELS, Permission, Role, role_allows


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Refuse the call with :class:`PermissionDenied` unless the role allows it."""
        if not self.can(permission):
            raise PermissionDenied(
                "permission_denied",
                role=self.role.value,
                action=PERMISSION_LABELS[permission],
                permission=permission.value,
            )


def require_stock_read(actor: Actor) -> None:
    """Reading items and stock: the counter (SELL) looks items up, the stock area manages
    them; either is enough."""
    if not actor.can(Permission.SELL):
        actor.require(Permission.MANAGE_STOCK)


def system_actor() -> Actor:
    """The command line acts with full rights: whoever runs it already holds the database."""
    try:
        who = getpass.getuser()
    except (OSError, KeyError):  # no login name in some service environments
        who = "?"
    return Actor(user_id=None, username=f"cli:{who}"[:32], role=Role.ADMIN, full_name="")
