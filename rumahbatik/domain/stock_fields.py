"""Field labels of items and stock documents (English source, context "Stock").

Error messages name the field with these labels and the dialogs use the same words.
"""

from __future__ import annotations

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

KIND = QT_TRANSLATE_NOOP("Stock", "Kind")
SKU = QT_TRANSLATE_NOOP("Stock", "SKU")
NAME = QT_TRANSLATE_NOOP("Stock", "Name")
CATEGORY = QT_TRANSLATE_NOOP("Stock", "Category")
UNIT = QT_TRANSLATE_NOOP("Stock", "Unit")
PURCHASE_UNIT = QT_TRANSLATE_NOOP("Stock", "Purchase unit")
PURCHASE_FACTOR = QT_TRANSLATE_NOOP("Stock", "Stock units per purchase unit")
MOTIF = QT_TRANSLATE_NOOP("Stock", "Motif")
TECHNIQUE = QT_TRANSLATE_NOOP("Stock", "Technique")
VARIANT_OF = QT_TRANSLATE_NOOP("Stock", "Variant of")
SIZE = QT_TRANSLATE_NOOP("Stock", "Size")
COLOUR = QT_TRANSLATE_NOOP("Stock", "Colour")
SALE_PRICE = QT_TRANSLATE_NOOP("Stock", "Sale price")
REORDER_LEVEL = QT_TRANSLATE_NOOP("Stock", "Reorder level")
BARCODE = QT_TRANSLATE_NOOP("Stock", "Barcode")
PHOTO = QT_TRANSLATE_NOOP("Stock", "Photo")
NOTES = QT_TRANSLATE_NOOP("Stock", "Notes")
QUANTITY = QT_TRANSLATE_NOOP("Stock", "Quantity")
UNIT_COST = QT_TRANSLATE_NOOP("Stock", "Unit cost")
LOCATION = QT_TRANSLATE_NOOP("Stock", "Location")
SUPPLIER = QT_TRANSLATE_NOOP("Stock", "Supplier")
REFERENCE = QT_TRANSLATE_NOOP("Stock", "Supplier's note number")
DATE = QT_TRANSLATE_NOOP("Stock", "Date")
COUNTED = QT_TRANSLATE_NOOP("Stock", "Counted")
