"""Field labels of people, suppliers and regions (English source, context "People").

Error messages name the field with these labels; the ui translates them (see
``domain.messages.FIELD_CONTEXTS``), and the dialogs use the same words.
"""

from __future__ import annotations

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

FULL_NAME = QT_TRANSLATE_NOOP("People", "Full name")
NIK = QT_TRANSLATE_NOOP("People", "NIK")
GENDER = QT_TRANSLATE_NOOP("People", "Gender")
BIRTH_DATE = QT_TRANSLATE_NOOP("People", "Birth date")
PHONE = QT_TRANSLATE_NOOP("People", "Phone")
EMAIL = QT_TRANSLATE_NOOP("People", "E-mail")
ADDRESS = QT_TRANSLATE_NOOP("People", "Address")
KECAMATAN = QT_TRANSLATE_NOOP("People", "Kecamatan")
KELURAHAN = QT_TRANSLATE_NOOP("People", "Kelurahan")
NOTES = QT_TRANSLATE_NOOP("People", "Notes")
BUSINESS_NAME = QT_TRANSLATE_NOOP("People", "Business name (IKM)")
NIB = QT_TRANSLATE_NOOP("People", "NIB")
BANK_NAME = QT_TRANSLATE_NOOP("People", "Bank")
BANK_ACCOUNT = QT_TRANSLATE_NOOP("People", "Account number")
BANK_HOLDER = QT_TRANSLATE_NOOP("People", "Account holder")
JOINED_ON = QT_TRANSLATE_NOOP("People", "Joined on")
TECHNIQUE = QT_TRANSLATE_NOOP("People", "Technique")
SKILL_LEVEL = QT_TRANSLATE_NOOP("People", "Skill level")
CUSTOMER_TYPE = QT_TRANSLATE_NOOP("People", "Customer type")
ORGANISATION = QT_TRANSLATE_NOOP("People", "Organisation")
NPWP = QT_TRANSLATE_NOOP("People", "NPWP")
SUPPLIER_NAME = QT_TRANSLATE_NOOP("People", "Supplier name")
CONTACT_PERSON = QT_TRANSLATE_NOOP("People", "Contact person")
SUPPLIES = QT_TRANSLATE_NOOP("People", "Supplies")
REGION_NAME = QT_TRANSLATE_NOOP("People", "Region name")
