"""Words and rules of stock: item kinds, units, locations, kinds of move, the Batikmark cue."""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP


class ItemKind(enum.StrEnum):
    MATERIAL = "material"
    PRODUCT = "product"


ITEM_KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.MATERIAL: QT_TRANSLATE_NOOP("Stock", "Material"),
    ItemKind.PRODUCT: QT_TRANSLATE_NOOP("Stock", "Product"),
}


class Unit(enum.StrEnum):
    METER = "m"
    SHEET = "sheet"  # lembar
    KG = "kg"
    GRAM = "g"
    LITER = "l"
    PIECE = "pcs"


UNIT_LABELS: dict[Unit, str] = {
    Unit.METER: QT_TRANSLATE_NOOP("Stock", "metre"),
    Unit.SHEET: QT_TRANSLATE_NOOP("Stock", "sheet"),
    Unit.KG: QT_TRANSLATE_NOOP("Stock", "kg"),
    Unit.GRAM: QT_TRANSLATE_NOOP("Stock", "gram"),
    Unit.LITER: QT_TRANSLATE_NOOP("Stock", "litre"),
    Unit.PIECE: QT_TRANSLATE_NOOP("Stock", "pcs"),
}

#: Units whose quantities are whole (a half canting is not stock).
WHOLE_UNITS = frozenset({Unit.SHEET, Unit.PIECE})


class LocationKind(enum.StrEnum):
    STORE = "store"  # gudang
    SHOP = "shop"  # toko / galeri
    ARTISAN = "artisan"  # cloth at an artisan's home


LOCATION_KIND_LABELS: dict[LocationKind, str] = {
    LocationKind.STORE: QT_TRANSLATE_NOOP("Stock", "Workshop store"),
    LocationKind.SHOP: QT_TRANSLATE_NOOP("Stock", "Shop / gallery"),
    LocationKind.ARTISAN: QT_TRANSLATE_NOOP("Stock", "With artisan"),
}

STORE_CODE = "GUDANG"
SHOP_CODE = "TOKO"


class MoveKind(enum.StrEnum):
    RECEIPT = "receipt"  # from a supplier, with cost
    ISSUE = "issue"  # to production
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    OUTPUT = "output"  # production output
    SALE = "sale"
    RETURN = "return"  # a customer brings goods back
    ADJUSTMENT = "adjustment"  # stock count difference
    CONSIGNMENT_IN = "consignment_in"  # an artisan's pieces to sell for them (titip jual)
    CONSIGNMENT_OUT = "consignment_out"  # unsold consigned pieces back to the artisan


MOVE_KIND_LABELS: dict[MoveKind, str] = {
    MoveKind.RECEIPT: QT_TRANSLATE_NOOP("Stock", "Receipt"),
    MoveKind.ISSUE: QT_TRANSLATE_NOOP("Stock", "Issue to production"),
    MoveKind.TRANSFER_OUT: QT_TRANSLATE_NOOP("Stock", "Transfer out"),
    MoveKind.TRANSFER_IN: QT_TRANSLATE_NOOP("Stock", "Transfer in"),
    MoveKind.OUTPUT: QT_TRANSLATE_NOOP("Stock", "Production output"),
    MoveKind.SALE: QT_TRANSLATE_NOOP("Stock", "Sale"),
    MoveKind.RETURN: QT_TRANSLATE_NOOP("Stock", "Return"),
    MoveKind.ADJUSTMENT: QT_TRANSLATE_NOOP("Stock", "Count adjustment"),
    MoveKind.CONSIGNMENT_IN: QT_TRANSLATE_NOOP("Stock", "Consignment in"),
    MoveKind.CONSIGNMENT_OUT: QT_TRANSLATE_NOOP("Stock", "Consignment returned"),
}

#: Kinds that bring stock in with a cost of their own (they move the average).
COSTED_IN_KINDS = frozenset(
    {MoveKind.RECEIPT, MoveKind.OUTPUT, MoveKind.RETURN, MoveKind.CONSIGNMENT_IN}
)


class DocumentKind(enum.StrEnum):
    RECEIPT = "receipt"
    TRANSFER = "transfer"
    HANDOUT = "handout"  # cloth to an artisan working at home
    HANDBACK = "handback"  # batik or cloth back from an artisan
    COUNT = "count"
    PRODUCTION_ISSUE = "production_issue"
    PRODUCTION_OUTPUT = "production_output"
    SALE = "sale"
    RETURN = "return"
    CONSIGNMENT_IN = "consignment_in"
    CONSIGNMENT_OUT = "consignment_out"


#: Number prefixes per document kind: Penerimaan Barang, Mutasi, Serah ke pengrajin, ...
DOCUMENT_PREFIX: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: "PB",
    DocumentKind.TRANSFER: "MT",
    DocumentKind.HANDOUT: "SP",
    DocumentKind.HANDBACK: "TP",
    DocumentKind.COUNT: "SO",
    DocumentKind.PRODUCTION_ISSUE: "PM",
    DocumentKind.PRODUCTION_OUTPUT: "HP",
    DocumentKind.SALE: "PJ",
    DocumentKind.RETURN: "RT",
    DocumentKind.CONSIGNMENT_IN: "TJ",  # titip jual
    DocumentKind.CONSIGNMENT_OUT: "KT",  # kembali titipan
}

DOCUMENT_KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP("Stock", "Goods receipt"),
    DocumentKind.TRANSFER: QT_TRANSLATE_NOOP("Stock", "Transfer"),
    DocumentKind.HANDOUT: QT_TRANSLATE_NOOP("Stock", "Hand-out to artisan"),
    DocumentKind.HANDBACK: QT_TRANSLATE_NOOP("Stock", "Back from artisan"),
    DocumentKind.COUNT: QT_TRANSLATE_NOOP("Stock", "Stock count"),
    DocumentKind.PRODUCTION_ISSUE: QT_TRANSLATE_NOOP("Stock", "Materials to production"),
    DocumentKind.PRODUCTION_OUTPUT: QT_TRANSLATE_NOOP("Stock", "Production output"),
    DocumentKind.SALE: QT_TRANSLATE_NOOP("Stock", "Sale"),
    DocumentKind.RETURN: QT_TRANSLATE_NOOP("Stock", "Return"),
    DocumentKind.CONSIGNMENT_IN: QT_TRANSLATE_NOOP("Stock", "Consignment intake"),
    DocumentKind.CONSIGNMENT_OUT: QT_TRANSLATE_NOOP("Stock", "Consignment returned"),
}


class CountStatus(enum.StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    CANCELLED = "cancelled"


COUNT_STATUS_LABELS: dict[CountStatus, str] = {
    CountStatus.DRAFT: QT_TRANSLATE_NOOP("Stock", "Counting"),
    CountStatus.POSTED: QT_TRANSLATE_NOOP("Stock", "Posted"),
    CountStatus.CANCELLED: QT_TRANSLATE_NOOP("Stock", "Cancelled"),
}

#: Batikmark "batik INDONESIA" label colours (Permenperin 74/2007): gold for tulis, white for
#: cap, silver for kombinasi (tulis and cap). Hang tags use them as a visual cue, with the
#: word printed too.
BATIKMARK_COLOURS: dict[str, str] = {
    "tulis": "#C9A227",
    "cap": "#FFFFFF",
    "kombinasi": "#A8A9AD",
}

QTY_PLACES = Decimal("0.001")
COST_PLACES = Decimal("0.0001")
MONEY_PLACES = Decimal("0.01")


def round_qty(value: Decimal) -> Decimal:
    return value.quantize(QTY_PLACES, rounding=ROUND_HALF_UP)


def round_cost(value: Decimal) -> Decimal:
    return value.quantize(COST_PLACES, rounding=ROUND_HALF_UP)


def round_money(value: Decimal) -> Decimal:
    return value.quantize(MONEY_PLACES, rounding=ROUND_HALF_UP)


def moving_average(
    on_hand: Decimal, avg_cost: Decimal, quantity_in: Decimal, unit_cost: Decimal
) -> Decimal:
    """The new average cost after ``quantity_in`` arrives at ``unit_cost``.

    Stock that had gone below zero (when the setting allows it) carries no value, so the
    average restarts at the incoming cost rather than being dragged by a negative balance.
    """
    base = on_hand if on_hand > 0 else Decimal(0)
    total = base + quantity_in
    if total <= 0:
        return round_cost(unit_cost)
    return round_cost((base * avg_cost + quantity_in * unit_cost) / total)
