"""Label sheets and rolls: where each price label or hang tag sits on a page, and whether a
layout fits its page at all.

All sizes are millimetres measured from the top-left corner of the page, as label makers
print them on their boxes. Positions are numbered row by row, left to right, from 0 (the
screens and the command line count them from 1). The drawing itself is
``rumahbatik.reports.labels``.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, replace
from decimal import Decimal

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.formatting import format_number
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

A4_WIDTH, A4_HEIGHT = 210.0, 297.0

#: One print run may not hold more labels than this per item: a typo of 10000 for 10
#: would otherwise tie up the printer for an hour.
MAX_COPIES = 1000

#: Rounding slack when checking that labels fit (millimetres).
_FIT_SLACK = 0.05


class LabelKind(enum.StrEnum):
    TAG = "tag"  # hang tag: centre, name, motif, technique, artisans, price, barcode, QR
    PRICE = "price"  # small sticker: name, size/colour, price, barcode


LABEL_KIND_LABELS: dict[LabelKind, str] = {
    LabelKind.TAG: QT_TRANSLATE_NOOP("Labels", "Hang tag"),
    LabelKind.PRICE: QT_TRANSLATE_NOOP("Labels", "Price label"),
}

#: The smallest label (width, height in mm) each kind can be drawn on and still scan.
MIN_SIZE: dict[LabelKind, tuple[float, float]] = {
    LabelKind.TAG: (35.0, 45.0),
    LabelKind.PRICE: (30.0, 18.0),
}


@dataclass(frozen=True)
class LabelLayout:
    """A sheet (or a roll) of labels. ``name`` is an English source string, context "Labels"."""

    key: str
    name: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left_margin: float = 0.0
    top_margin: float = 0.0
    h_gap: float = 0.0  # between two columns
    v_gap: float = 0.0  # between two rows
    kind: LabelKind = LabelKind.PRICE

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_roll(self) -> bool:
        """One label per page: a label printer's roll, each page one label."""
        return self.per_page == 1

    def position(self, index: int) -> tuple[int, float, float]:
        """Where label number ``index`` (from 0) goes: (page from 0, left mm, top mm)."""
        page, slot = divmod(index, self.per_page)
        row, col = divmod(slot, self.columns)
        left = self.left_margin + col * (self.label_width + self.h_gap)
        top = self.top_margin + row * (self.label_height + self.v_gap)
        return page, left, top

    def pages_for(self, count: int, start_position: int = 0) -> int:
        """How many pages ``count`` labels take when the first ``start_position`` are used."""
        if count <= 0:
            return 0
        return math.ceil((start_position + count) / self.per_page)

    def custom(self, **changes: object) -> LabelLayout:
        """A copy with some measures changed, keyed ``custom`` (the dialog's own layout)."""
        values: dict[str, object] = {"key": "custom", "name": CUSTOM_NAME}
        values.update(changes)
        return replace(self, **values)  # type: ignore[arg-type]


CUSTOM_NAME = QT_TRANSLATE_NOOP("Labels", "Custom…")


def _mm(value: float) -> str:
    return format_number(Decimal(str(round(value, 2))))


def _centred(page: float, count: int, size: float, gap: float) -> float:
    return round((page - count * size - (count - 1) * gap) / 2, 2)


#: The layouts offered, sheets first. Sizes follow common label stock sold in Indonesia
#: (Tom & Jerry / Avery-style A4 sheets) and the usual 50 × 30 mm thermal roll.
PRESETS: tuple[LabelLayout, ...] = (
    LabelLayout(
        "a4-3x8",
        QT_TRANSLATE_NOOP("Labels", "A4 sheet, 3 × 8 price labels (70 × 37 mm)"),
        A4_WIDTH,
        A4_HEIGHT,
        3,
        8,
        70.0,
        37.0,
        left_margin=0.0,
        top_margin=_centred(A4_HEIGHT, 8, 37.0, 0.0),
        kind=LabelKind.PRICE,
    ),
    LabelLayout(
        "a4-4x10",
        QT_TRANSLATE_NOOP("Labels", "A4 sheet, 4 × 10 price labels (48.5 × 25.4 mm)"),
        A4_WIDTH,
        A4_HEIGHT,
        4,
        10,
        48.5,
        25.4,
        left_margin=_centred(A4_WIDTH, 4, 48.5, 0.0),
        top_margin=_centred(A4_HEIGHT, 10, 25.4, 0.0),
        kind=LabelKind.PRICE,
    ),
    LabelLayout(
        "a4-3x3-tag",
        QT_TRANSLATE_NOOP("Labels", "A4 sheet, 3 × 3 hang tags (55 × 90 mm)"),
        A4_WIDTH,
        A4_HEIGHT,
        3,
        3,
        55.0,
        90.0,
        left_margin=_centred(A4_WIDTH, 3, 55.0, 8.0),
        top_margin=_centred(A4_HEIGHT, 3, 90.0, 6.0),
        h_gap=8.0,
        v_gap=6.0,
        kind=LabelKind.TAG,
    ),
    LabelLayout(
        "a4-2x4-tag",
        QT_TRANSLATE_NOOP("Labels", "A4 sheet, 2 × 4 wide hang tags (90 × 65 mm)"),
        A4_WIDTH,
        A4_HEIGHT,
        2,
        4,
        90.0,
        65.0,
        left_margin=_centred(A4_WIDTH, 2, 90.0, 6.0),
        top_margin=_centred(A4_HEIGHT, 4, 65.0, 5.0),
        h_gap=6.0,
        v_gap=5.0,
        kind=LabelKind.TAG,
    ),
    LabelLayout(
        "roll-50x30",
        QT_TRANSLATE_NOOP("Labels", "Roll, price label 50 × 30 mm"),
        50.0,
        30.0,
        1,
        1,
        50.0,
        30.0,
        kind=LabelKind.PRICE,
    ),
    LabelLayout(
        "roll-tag-55x90",
        QT_TRANSLATE_NOOP("Labels", "Roll, hang tag 55 × 90 mm"),
        55.0,
        90.0,
        1,
        1,
        55.0,
        90.0,
        kind=LabelKind.TAG,
    ),
)

PRESETS_BY_KEY: dict[str, LabelLayout] = {p.key: p for p in PRESETS}

#: The layout used when none is chosen: hang tags on an A4 sheet.
DEFAULT_LAYOUT = "a4-3x3-tag"


def preset(key: str) -> LabelLayout:
    """The preset ``key`` (see :data:`PRESETS`); KeyError when there is none."""
    return PRESETS_BY_KEY[key]


def validate_layout(layout: LabelLayout) -> LabelLayout:
    """Refuse a layout whose labels do not fit the page, naming what to change.

    Returns the layout, so ``validate_layout(layout.custom(...))`` reads as one step.
    """
    if (
        layout.columns < 1
        or layout.rows < 1
        or layout.page_width <= 0
        or layout.page_height <= 0
        or layout.label_width <= 0
        or layout.label_height <= 0
        or min(layout.left_margin, layout.top_margin, layout.h_gap, layout.v_gap) < 0
    ):
        raise ValidationError("label_layout_invalid")
    min_w, min_h = MIN_SIZE[LabelKind(layout.kind)]
    if layout.label_width < min_w or layout.label_height < min_h:
        raise ValidationError(
            "label_too_small",
            width=_mm(layout.label_width),
            height=_mm(layout.label_height),
            min_width=_mm(min_w),
            min_height=_mm(min_h),
        )
    wide = layout.left_margin + layout.columns * layout.label_width
    wide += (layout.columns - 1) * layout.h_gap
    if wide > layout.page_width + _FIT_SLACK:
        raise ValidationError(
            "label_layout_too_wide",
            columns=layout.columns,
            width=_mm(layout.label_width),
            gap=_mm(layout.h_gap),
            margin=_mm(layout.left_margin),
            needed=_mm(wide),
            page=_mm(layout.page_width),
        )
    tall = layout.top_margin + layout.rows * layout.label_height
    tall += (layout.rows - 1) * layout.v_gap
    if tall > layout.page_height + _FIT_SLACK:
        raise ValidationError(
            "label_layout_too_tall",
            rows=layout.rows,
            height=_mm(layout.label_height),
            gap=_mm(layout.v_gap),
            margin=_mm(layout.top_margin),
            needed=_mm(tall),
            page=_mm(layout.page_height),
        )
    return layout


def check_start(layout: LabelLayout, start_position: int) -> None:
    """``start_position`` (from 0) must be a position on the first sheet."""
    if not 0 <= start_position < layout.per_page:
        raise ValidationError("label_start_invalid", last=layout.per_page)


def check_copies(name: str, copies: int) -> None:
    """Zero or more labels of one item, at most :data:`MAX_COPIES`."""
    if copies < 0 or copies > MAX_COPIES:
        raise ValidationError("label_copies_invalid", name=name, copies=copies, max=MAX_COPIES)


#: Hang tag technique words: the plain Indonesian trade terms, printed as they are in both
#: languages (buyers and Batikmark use them untranslated).
TECHNIQUE_WORDS: dict[str, str] = {
    "tulis": "Batik Tulis",
    "cap": "Batik Cap",
    "kombinasi": "Batik Kombinasi",
    "colet": "Batik Colet",
    "printing": "Printing",
}

#: The words printed on labels (English source, context "Labels").
MADE_BY = QT_TRANSLATE_NOOP("Labels", "Made by: {names}")
MOTIF = QT_TRANSLATE_NOOP("Labels", "Motif {name}")
SIZE = QT_TRANSLATE_NOOP("Labels", "Size {size}")
COLOUR = QT_TRANSLATE_NOOP("Labels", "Colour {colour}")
HANDMADE = QT_TRANSLATE_NOOP("Labels", "Handmade in Indonesia")

#: The same words in Indonesian, printed when the translation catalogue has no entry yet
#: (the labels must come out in Indonesian, the default, whatever state the catalogue is in).
INDONESIAN: dict[str, str] = {
    MADE_BY: "Dibuat oleh: {names}",
    MOTIF: "Motif {name}",
    SIZE: "Ukuran {size}",
    COLOUR: "Warna {colour}",
    HANDMADE: "Buatan tangan Indonesia",
}
