"""Rules of the motif catalogue: colours, status changes, royalties and the field labels."""

from __future__ import annotations

import enum
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import MotifStatus, RoyaltyKind
from rumahbatik.domain.validation import invalid

#: Field labels (context "Motifs"), used in error messages and on the screen.
FIELDS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("Motifs", "Code"),
    "name": QT_TRANSLATE_NOOP("Motifs", "Name"),
    "description": QT_TRANSLATE_NOOP("Motifs", "Description"),
    "philosophy": QT_TRANSLATE_NOOP("Motifs", "Philosophy (makna)"),
    "origin": QT_TRANSLATE_NOOP("Motifs", "Origin"),
    "designer": QT_TRANSLATE_NOOP("Motifs", "Designer"),
    "co_designers": QT_TRANSLATE_NOOP("Motifs", "Co-designers"),
    "techniques": QT_TRANSLATE_NOOP("Motifs", "Techniques"),
    "colours": QT_TRANSLATE_NOOP("Motifs", "Colours"),
    "colour_name": QT_TRANSLATE_NOOP("Motifs", "Colour name"),
    "images": QT_TRANSLATE_NOOP("Motifs", "Images"),
    "image": QT_TRANSLATE_NOOP("Motifs", "Image"),
    "image_kind": QT_TRANSLATE_NOOP("Motifs", "Image kind"),
    "caption": QT_TRANSLATE_NOOP("Motifs", "Caption"),
    "created_on": QT_TRANSLATE_NOOP("Motifs", "Created on"),
    "status": QT_TRANSLATE_NOOP("Motifs", "Status"),
    "hki_number": QT_TRANSLATE_NOOP("Motifs", "HKI registration number"),
    "hki_date": QT_TRANSLATE_NOOP("Motifs", "HKI registration date"),
    "royalty_kind": QT_TRANSLATE_NOOP("Motifs", "Royalty"),
    "royalty_percent": QT_TRANSLATE_NOOP("Motifs", "Royalty (%)"),
    "royalty_fixed": QT_TRANSLATE_NOOP("Motifs", "Royalty per piece (Rp)"),
    "version_note": QT_TRANSLATE_NOOP("Motifs", "Version note"),
}

MAX_LENGTHS: dict[str, int] = {
    "code": 20,
    "name": 120,
    "origin": 120,
    "hki_number": 60,
    "colour_name": 60,
    "caption": 200,
}


class ImageKind(enum.StrEnum):
    DESIGN = "design"  # the original drawing
    PHOTO = "photo"  # a photo of finished cloth


IMAGE_KIND_LABELS: dict[ImageKind, str] = {
    ImageKind.DESIGN: QT_TRANSLATE_NOOP("Motifs", "design"),
    ImageKind.PHOTO: QT_TRANSLATE_NOOP("Motifs", "photo of the cloth"),
}

ROYALTY_LABELS: dict[RoyaltyKind, str] = {
    RoyaltyKind.NONE: QT_TRANSLATE_NOOP("Motifs", "no royalty"),
    RoyaltyKind.PERCENT: QT_TRANSLATE_NOOP("Motifs", "percentage of the price"),
    RoyaltyKind.FIXED: QT_TRANSLATE_NOOP("Motifs", "fixed amount per piece"),
}

#: The status changes a motif may make (staying put is always allowed).
#: Approved never goes back to draft: products may already be made with it.
STATUS_TRANSITIONS: dict[MotifStatus, frozenset[MotifStatus]] = {
    MotifStatus.DRAFT: frozenset({MotifStatus.APPROVED, MotifStatus.RETIRED}),
    MotifStatus.APPROVED: frozenset({MotifStatus.RETIRED}),
    MotifStatus.RETIRED: frozenset({MotifStatus.APPROVED}),
}

CODE_PREFIX = "MTF-"
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")


def can_change_status(old: MotifStatus, new: MotifStatus) -> bool:
    return old == new or new in STATUS_TRANSITIONS[old]


def normalise_hex(text: str, colour_name: str = "") -> str:
    """``8B5A2B`` or ``#8b5a2b`` → ``#8b5a2b``; anything else is refused."""
    match = _HEX.match((text or "").strip())
    if not match:
        raise ValidationError("colour_invalid", name=colour_name or "?", hex=text or "")
    return "#" + match.group(1).lower()


def normalise_code(text: str) -> str:
    """A motif code: letters, digits and . _ / - (``MTF-001``), upper-cased."""
    code = (text or "").strip().upper()
    if code and not _CODE.match(code):
        raise ValidationError("motif_code_invalid", motif_code=text)
    return code


def next_code(existing_numbers: list[int]) -> str:
    """``MTF-001`` … the number after the highest ``MTF-nnn`` already used."""
    return f"{CODE_PREFIX}{max(existing_numbers, default=0) + 1:03d}"


def code_number(code: str) -> int | None:
    """The number of a generated code (``MTF-012`` → 12), else None."""
    if code.startswith(CODE_PREFIX) and code[len(CODE_PREFIX) :].isdigit():
        return int(code[len(CODE_PREFIX) :])
    return None


class HasRoyalty(Protocol):
    royalty_kind: str
    royalty_value: Decimal


_RUPIAH = Decimal(1)


def check_royalty(kind: str, value: Decimal | int | str | None) -> tuple[RoyaltyKind, Decimal]:
    """Validate a royalty rule: none, a percent 0–100, or a fixed Rupiah amount ≥ 0."""
    try:
        rk = RoyaltyKind(kind or RoyaltyKind.NONE)
    except ValueError as exc:
        raise invalid(
            FIELDS["royalty_kind"], "choice", choices=", ".join(k.value for k in RoyaltyKind)
        ) from exc
    if rk is RoyaltyKind.NONE:
        return rk, Decimal(0)
    field = FIELDS["royalty_percent" if rk is RoyaltyKind.PERCENT else "royalty_fixed"]
    try:
        amount = Decimal(str(value if value is not None else "").strip().replace(",", "."))
    except ArithmeticError as exc:
        raise ValidationError("required", field=field) from exc
    if not amount.is_finite():
        raise ValidationError("required", field=field)
    upper = Decimal(100) if rk is RoyaltyKind.PERCENT else Decimal("99999999999999")
    if amount < 0 or amount > upper:
        raise invalid(field, "range", min=0, max=100 if rk is RoyaltyKind.PERCENT else "∞")
    return rk, amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def royalty_for(motif: HasRoyalty, unit_price: Decimal, qty: Decimal | int) -> Decimal:
    """The designer's royalty for ``qty`` pieces sold at ``unit_price`` each.

    A percentage applies to the line total (price × quantity); a fixed amount is per piece.
    The result is whole Rupiah, rounded half up. No royalty, or a quantity of zero, gives 0.
    """
    kind = RoyaltyKind(motif.royalty_kind or RoyaltyKind.NONE)
    value = Decimal(motif.royalty_value or 0)
    quantity = Decimal(qty)
    if kind is RoyaltyKind.PERCENT:
        raw = Decimal(unit_price) * quantity * value / Decimal(100)
    elif kind is RoyaltyKind.FIXED:
        raw = value * quantity
    else:
        raw = Decimal(0)
    return raw.quantize(_RUPIAH, rounding=ROUND_HALF_UP)
