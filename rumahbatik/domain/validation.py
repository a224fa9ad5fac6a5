"""Checks and normalisers for Indonesian identifiers and contact data."""

from __future__ import annotations

import re

import phonenumbers

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

REASONS = {
    "digits16": QT_TRANSLATE_NOOP("Errors", "must be 16 digits"),
    "npwp": QT_TRANSLATE_NOOP("Errors", "must be 15 or 16 digits (dots and dashes are fine)"),
    "nib": QT_TRANSLATE_NOOP("Errors", "must be 13 digits"),
    "phone": QT_TRANSLATE_NOOP("Errors", "is not an Indonesian phone number (e.g. 0812 3456 7890)"),
    "email": QT_TRANSLATE_NOOP("Errors", "is not an e-mail address (e.g. nama@contoh.id)"),
    "integer": QT_TRANSLATE_NOOP("Errors", "must be a whole number"),
    "number": QT_TRANSLATE_NOOP("Errors", "must be a number"),
    "range": QT_TRANSLATE_NOOP("Errors", "must be between {min} and {max}"),
    "choice": QT_TRANSLATE_NOOP("Errors", "must be one of: {choices}"),
    "image": QT_TRANSLATE_NOOP("Errors", "is not a PNG or JPEG image"),
    "too_long": QT_TRANSLATE_NOOP("Errors", "is longer than {max} characters"),
    "fraction": QT_TRANSLATE_NOOP("Errors", "must be a fraction such as 11/12"),
}


def invalid(field: str, reason_key: str, **params: object) -> ValidationError:
    """A ValidationError whose reason is a translatable template from :data:`REASONS`."""
    return ValidationError(
        "value_invalid", field=field, reason=REASONS[reason_key], reason_key=reason_key, **params
    )


def _digits(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text or "")


def normalise_nik(text: str, field: str = "NIK") -> str:
    d = _digits(text)
    if not re.fullmatch(r"\d{16}", d):
        raise invalid(field, "digits16")
    return d


def normalise_npwp(text: str, field: str = "NPWP") -> str:
    """NPWP: the 16-digit form since 2024, the old 15-digit form still accepted."""
    d = _digits(text)
    if not re.fullmatch(r"\d{15,16}", d):
        raise invalid(field, "npwp")
    return d


def normalise_nib(text: str, field: str = "NIB") -> str:
    d = _digits(text)
    if not re.fullmatch(r"\d{13}", d):
        raise invalid(field, "nib")
    return d


def normalise_phone(text: str, field: str = "Phone") -> str:
    """``0812-3456-7890`` or ``+62 812 3456 7890`` → ``+6281234567890`` (E.164)."""
    try:
        number = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException as exc:
        raise invalid(field, "phone") from exc
    if not phonenumbers.is_possible_number(number) or number.country_code != 62:
        raise invalid(field, "phone")
    # A mobile number (08…, +628…) has 10-13 digits written nationally; phonenumbers accepts
    # any length a fixed line could have, so "0813-12" would pass without this.
    national = str(number.national_number)
    if national.startswith("8") and not 9 <= len(national) <= 12:
        raise invalid(field, "phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """``+6281234567890`` → ``0812-3456-7890``-like national form for display."""
    try:
        number = phonenumbers.parse(e164, "ID")
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_email(text: str, field: str = "E-mail") -> str:
    text = (text or "").strip()
    if not _EMAIL.match(text):
        raise invalid(field, "email")
    return text.lower()
