"""Turn a domain error into a message in the user's language.

The translation function is passed in: the GUI passes Qt's ``QCoreApplication.translate``,
the command line a reader of the same ``.ts`` catalogue (``rumahbatik.textcatalog``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rumahbatik.domain.errors import MESSAGES, DomainError, format_message
from rumahbatik.domain.roles import ROLE_LABELS, Role
from rumahbatik.domain.sales import PAYMENT_METHOD_LABELS, PaymentMethod
from rumahbatik.domain.stock import COUNT_STATUS_LABELS, UNIT_LABELS, CountStatus, Unit
from rumahbatik.domain.validation import REASONS

Translate = Callable[[str, str], str]

#: Contexts where a field label may have been marked for translation, in search order.
FIELD_CONTEXTS = ("Settings", "Fields", "People", "Motifs", "Stock", "Production", "Exports")


def _identity(_context: str, text: str) -> str:
    return text


def _field(text: str, translate: Translate) -> str:
    for context in FIELD_CONTEXTS:
        translated = translate(context, text)
        if translated != text:
            return translated
    return text


def render(exc: DomainError, translate: Translate = _identity) -> str:
    """The message of ``exc`` with its template and its parameters translated."""
    params: dict[str, Any] = dict(exc.params)
    if "field" in params:
        params["field"] = _field(str(params["field"]), translate)
    if "action" in params:
        params["action"] = translate("Permissions", str(params["action"]))
    if "role" in params:
        try:
            params["role"] = translate("Roles", ROLE_LABELS[Role(params["role"])])
        except ValueError:
            pass
    if "unit" in params:
        try:
            params["unit"] = translate("Stock", UNIT_LABELS[Unit(params["unit"])])
        except ValueError:
            pass
    if "method" in params:
        try:
            params["method"] = translate(
                "Sales", PAYMENT_METHOD_LABELS[PaymentMethod(params["method"])]
            )
        except ValueError:
            pass
    if exc.code == "count_not_draft" and params.get("status") in set(CountStatus):
        params["status"] = translate("Stock", COUNT_STATUS_LABELS[CountStatus(params["status"])])
    if params.get("reason_key") in REASONS:
        params["reason"] = format_message(
            translate("Errors", REASONS[params["reason_key"]]), params
        )
    elif isinstance(params.get("reason"), str):
        # A reason marked with QT_TRANSLATE_NOOP("Errors", ...) where it was raised.
        params["reason"] = format_message(translate("Errors", params["reason"]), params)
    template = MESSAGES.get(exc.code)
    if template is None:
        return exc.english()
    return format_message(translate("Errors", template), params)
