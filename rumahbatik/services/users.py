"""Users, login and roles."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain.clock import utcnow
from rumahbatik.domain.errors import (
    AuthenticationError,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from rumahbatik.domain.roles import PERMISSION_LABELS, Permission, Role
from rumahbatik.models import User
from rumahbatik.services import audit, passwords
from rumahbatik.services.context import Actor

log = logging.getLogger(__name__)

USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{3,32}$")
#: Wrong passwords allowed before each further try has to wait.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30


@dataclass(frozen=True)
class UserData:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    last_login_at: datetime | None
    created_at: datetime


def _data(u: User) -> UserData:
    return UserData(
        id=u.id,
        username=u.username,
        full_name=u.full_name,
        role=Role(u.role),
        active=u.active,
        last_login_at=u.last_login_at,
        created_at=u.created_at,
    )


def _audit_view(u: User) -> dict[str, object]:
    # Never the password hash.
    return {"username": u.username, "full_name": u.full_name, "role": u.role, "active": u.active}


def _check_username(username: str) -> str:
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise ValidationError("username_invalid")
    return username


def _check_password(password: str) -> None:
    if len(password or "") < passwords.MIN_PASSWORD_LENGTH:
        raise ValidationError("password_too_short", min=passwords.MIN_PASSWORD_LENGTH)


def _check_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError as exc:
        raise ValidationError("role_invalid", role=role) from exc


def needs_first_admin(db: Database) -> bool:
    """True while the database has no user at all (first start)."""
    with db.read() as session:
        return session.scalar(select(func.count(User.id))) == 0


def create_first_admin(
    db: Database, username: str, password: str, full_name: str = "", *, check_password: bool = True
) -> UserData:
    """Create the first admin of an empty database. Refused once any user exists."""
    username = _check_username(username)
    if check_password:
        _check_password(password)
    with db.transaction() as session:
        if session.scalar(select(func.count(User.id))):
            raise Conflict("first_admin_exists")
        user = User(
            username=username,
            full_name=full_name.strip(),
            role=Role.ADMIN.value,
            password_hash=passwords.hash_password(password),
        )
        session.add(user)
        session.flush()
        actor = Actor(user.id, user.username, Role.ADMIN, user.full_name)
        audit.record(
            session,
            actor,
            "create",
            "user",
            user.id,
            new=_audit_view(user),
            summary=f"first admin {username}",
        )
        return _data(user)


def throttle_delay(failed_logins: int) -> int:
    """Seconds to wait after this many consecutive failures: 0, then 1, 2, 4 … up to 30."""
    if failed_logins < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failed_logins - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


def login(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a user name and password; return who is now working.

    Repeated failures make each further attempt wait a little longer (see
    :func:`throttle_delay`); the wait is refused with ``login_throttled``.
    """
    now = now or utcnow()
    username = (username or "").strip()
    failure: Exception | None = None
    with db.transaction() as session:
        # Names are unique regardless of case (add_user), so the lookup ignores case too.
        user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
        if user is None:
            passwords.burn_time(password or "")
            raise AuthenticationError("login_failed")
        delay = throttle_delay(user.failed_logins)
        if delay and user.last_failed_login_at is not None:
            wait_until = user.last_failed_login_at + timedelta(seconds=delay)
            if now < wait_until:
                seconds = int((wait_until - now).total_seconds()) + 1
                raise AuthenticationError("login_throttled", username=username, seconds=seconds)
        if not passwords.verify_password(user.password_hash, password or ""):
            user.failed_logins += 1
            user.last_failed_login_at = now
            audit.record(
                session,
                None,
                "login_failed",
                "user",
                user.id,
                summary=f"wrong password for {username}",
            )
            log.info("failed login for %s (%d in a row)", username, user.failed_logins)
            failure = AuthenticationError("login_failed")
        elif not user.active:
            failure = AuthenticationError("user_inactive", username=username)
        else:
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(password)
            user.failed_logins = 0
            user.last_failed_login_at = None
            user.last_login_at = now
            actor = Actor(user.id, user.username, Role(user.role), user.full_name)
            audit.record(session, actor, "login", "user", user.id, summary=f"{username} logged in")
    # Raised after the commit, so the failure count is kept.
    if failure is not None:
        raise failure
    return actor


def list_users(db: Database, actor: Actor) -> list[UserData]:
    actor.require(Permission.MANAGE_USERS)
    with db.read() as session:
        return [_data(u) for u in session.scalars(select(User).order_by(User.username))]


def _only_admin_may_touch_admins(actor: Actor, *roles: Role) -> None:
    if Role.ADMIN in roles and actor.role is not Role.ADMIN:
        raise PermissionDenied(
            "permission_denied",
            role=actor.role.value,
            action=PERMISSION_LABELS[Permission.MANAGE_USERS] + " (admin)",
            permission=Permission.MANAGE_USERS.value,
        )


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    password: str,
    role: str | Role,
    full_name: str = "",
) -> UserData:
    """Create a user. Only an admin may create another admin."""
    actor.require(Permission.MANAGE_USERS)
    username = _check_username(username)
    new_role = _check_role(role)
    _only_admin_may_touch_admins(actor, new_role)
    _check_password(password)
    with db.transaction() as session:
        if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
            raise Conflict("username_taken", username=username)
        user = User(
            username=username,
            full_name=full_name.strip(),
            role=new_role.value,
            password_hash=passwords.hash_password(password),
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            "user",
            user.id,
            new=_audit_view(user),
            summary=f"user {username} ({new_role.value})",
        )
        return _data(user)


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("not_found", what=f"user #{user_id}")
    return user


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        or 0
    )


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    full_name: str | None = None,
    role: str | Role | None = None,
    active: bool | None = None,
) -> UserData:
    """Change a user's name, role or whether the account may log in.

    The last active admin can be neither demoted nor switched off.
    """
    actor.require(Permission.MANAGE_USERS)
    new_role = _check_role(role) if role is not None else None
    with db.transaction() as session:
        user = _get(session, user_id)
        old = _audit_view(user)
        _only_admin_may_touch_admins(actor, Role(user.role), *([new_role] if new_role else []))
        if full_name is not None:
            user.full_name = full_name.strip()
        if new_role is not None:
            user.role = new_role.value
        if active is not None:
            user.active = active
        session.flush()
        if old["role"] == Role.ADMIN.value and old["active"] and _active_admins(session) == 0:
            raise Conflict("last_admin")
        audit.record(
            session,
            actor,
            "update",
            "user",
            user.id,
            old=old,
            new=_audit_view(user),
            summary=f"user {user.username}",
        )
        return _data(user)


def set_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """Set a user's password (managers for others, anyone for themselves)."""
    if actor.user_id != user_id:
        actor.require(Permission.MANAGE_USERS)
    _check_password(new_password)
    with db.transaction() as session:
        user = _get(session, user_id)
        if actor.user_id != user_id:
            _only_admin_may_touch_admins(actor, Role(user.role))
        user.password_hash = passwords.hash_password(new_password)
        user.failed_logins = 0
        user.last_failed_login_at = None
        # The audit row says that it changed, never what to.
        audit.record(
            session,
            actor,
            "update",
            "user",
            user.id,
            summary=f"password of {user.username} changed",
        )


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password after proving the old one."""
    if actor.user_id is None:
        raise AuthenticationError("not_logged_in")
    with db.read() as session:
        user = _get(session, actor.user_id)
        ok = passwords.verify_password(user.password_hash, old_password)
    if not ok:
        raise AuthenticationError("login_failed")
    set_password(db, actor, actor.user_id, new_password)
