"""The error family: stable codes, English templates, and no code without a message."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import rumahbatik
from rumahbatik.domain import errors
from rumahbatik.domain.errors import (
    MESSAGES,
    AuthenticationError,
    BackupError,
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
    format_message,
)
from rumahbatik.domain.validation import REASONS

PACKAGE = Path(rumahbatik.__file__).resolve().parent
ERROR_CLASSES = {
    cls.__name__: cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, DomainError)
}


def test_format_message_fills_known_and_keeps_unknown_placeholders():
    assert format_message("{a} and {b}", {"a": 1}) == "1 and {b}"
    assert format_message("no placeholders", {"a": 1}) == "no placeholders"
    assert format_message("{a}{a}", {"a": "x"}) == "xx"


def test_format_message_does_not_expand_placeholders_inside_values():
    assert format_message("{a}", {"a": "{b}", "b": "no"}) == "{b}"


def test_error_carries_code_params_and_english_text():
    err = ValidationError("password_too_short", min=8)
    assert err.code == "password_too_short"
    assert err.params == {"min": 8}
    assert str(err) == "The password needs at least 8 characters."
    assert isinstance(err, DomainError)


def test_unknown_code_falls_back_to_the_code():
    err = DomainError("something_new", x=1)
    assert err.english() == "something_new"


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (ValidationError, "value_invalid"),
        (PermissionDenied, "permission_denied"),
        (AuthenticationError, "login_failed"),
        (NotFound, "not_found"),
        (Conflict, "conflict"),
        (BackupError, "backup_invalid"),
        (DomainError, "error"),
    ],
)
def test_default_codes_have_messages(cls, code):
    assert cls().code == code
    assert code in MESSAGES


def test_message_placeholders_are_plain_names():
    for code, template in MESSAGES.items():
        for _, name, spec, conv in string.Formatter().parse(template):
            if name is not None:
                assert re.fullmatch(r"[a-z_]+", name), (code, name)
                assert not spec and not conv, code


# ---------------------------------------------------------------- every code in the code base


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _sources() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10
    return files


def _raised_codes() -> list[tuple[str, str, set[str] | None, str]]:
    """(class or 'invalid', code, keyword names or None when **kwargs is used, where)."""
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = _name(node.func)
            keywords = {k.arg for k in node.keywords}
            names = None if None in keywords else keywords
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            if func in ERROR_CLASSES and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((func, first.value, names, where))
            elif func == "invalid" and len(node.args) >= 2:
                key = node.args[1]
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    found.append(("invalid", key.value, names, where))
    return found


def test_the_scan_finds_the_codes_we_know_about():
    codes = {code for _, code, _, _ in _raised_codes()}
    # If this fails the scan is broken, not the code base.
    assert {"login_throttled", "username_taken", "backup_newer", "permission_denied"} <= codes
    assert {"range", "phone", "image"} <= codes


def test_every_error_code_raised_has_a_message():
    missing = [
        (where, code)
        for cls, code, _, where in _raised_codes()
        if cls != "invalid" and code not in MESSAGES
    ]
    assert missing == []


def test_every_reason_key_used_has_a_reason():
    missing = [
        (where, code)
        for cls, code, _, where in _raised_codes()
        if cls == "invalid" and code not in REASONS
    ]
    assert missing == []


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_raise_passes_the_parameters_its_message_needs():
    problems = []
    for cls, code, names, where in _raised_codes():
        if names is None:
            continue
        if cls == "invalid":
            needed = _placeholders(REASONS.get(code, ""))
        else:
            needed = _placeholders(MESSAGES.get(code, ""))
        if needed - names:
            problems.append((where, code, sorted(needed - names)))
    assert problems == []
