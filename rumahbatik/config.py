"""Where things live, and every business setting declared once with its type and default.

Settings are stored in the database (so several PCs on one PostgreSQL share them); only
per-PC window state lives in a local ini file beside the data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import platformdirs

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

APP_NAME = "RumahBatik"
ENV_DB_URL = "RUMAHBATIK_DB_URL"
ENV_DATA_DIR = "RUMAHBATIK_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (per OS), or ``$RUMAHBATIK_DATA_DIR``; created on first use."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "rumahbatik.sqlite3"


def resolve_db_url(cli_url: str | None = None) -> str:
    """``--db URL`` first, then ``$RUMAHBATIK_DB_URL``, then the SQLite file in the data folder."""
    if cli_url:
        return cli_url
    env = os.environ.get(ENV_DB_URL)
    if env:
        return env
    return f"sqlite:///{default_db_path()}"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The ``resources/`` folder of the source tree (the program runs from an editable install)."""
    return Path(__file__).resolve().parent.parent / "resources"


Kind = Literal["text", "multiline", "bool", "int", "decimal", "image", "choice", "fraction"]


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: Kind
    default: Any
    label: str
    section: str
    choices: tuple[tuple[str, str], ...] = ()
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    max_length: int = 500
    validator: str | None = None  # name of a normaliser in domain.validation
    help: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


SECTIONS: dict[str, str] = {
    "profile": QT_TRANSLATE_NOOP("Settings", "Centre profile"),
    "signatories": QT_TRANSLATE_NOOP("Settings", "Signatories"),
    "documents": QT_TRANSLATE_NOOP("Settings", "Numbering and tax"),
    "general": QT_TRANSLATE_NOOP("Settings", "Language and stock"),
    "backup": QT_TRANSLATE_NOOP("Settings", "Backup"),
}

SETTINGS: tuple[SettingSpec, ...] = (
    # centre profile
    SettingSpec(
        "centre_name",
        "text",
        "Rumah Batik",
        QT_TRANSLATE_NOOP("Settings", "Centre name"),
        "profile",
        max_length=120,
    ),
    SettingSpec(
        "centre_address", "multiline", "", QT_TRANSLATE_NOOP("Settings", "Address"), "profile"
    ),
    SettingSpec(
        "centre_city", "text", "", QT_TRANSLATE_NOOP("Settings", "City"), "profile", max_length=80
    ),
    SettingSpec(
        "centre_phone",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Phone"),
        "profile",
        validator="normalise_phone",
    ),
    SettingSpec(
        "centre_email",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "E-mail"),
        "profile",
        validator="normalise_email",
    ),
    SettingSpec("centre_logo", "image", None, QT_TRANSLATE_NOOP("Settings", "Logo"), "profile"),
    SettingSpec(
        "centre_npwp",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "NPWP"),
        "profile",
        validator="normalise_npwp",
    ),
    SettingSpec(
        "centre_nib",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "NIB"),
        "profile",
        validator="normalise_nib",
    ),
    SettingSpec(
        "bank_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Bank"), "profile", max_length=80
    ),
    SettingSpec(
        "bank_account_number",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Bank account number"),
        "profile",
        max_length=40,
    ),
    SettingSpec(
        "bank_account_holder",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Bank account holder"),
        "profile",
        max_length=120,
    ),
    SettingSpec(
        "qris_image", "image", None, QT_TRANSLATE_NOOP("Settings", "Static QRIS image"), "profile"
    ),
    SettingSpec(
        "invoice_footer",
        "multiline",
        "",
        QT_TRANSLATE_NOOP("Settings", "Invoice footer text"),
        "profile",
    ),
    # signatories
    SettingSpec(
        "certificate_signatory1_name",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate signatory 1: name"),
        "signatories",
        max_length=120,
    ),
    SettingSpec(
        "certificate_signatory1_title",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate signatory 1: title"),
        "signatories",
        max_length=120,
    ),
    SettingSpec(
        "certificate_signatory2_name",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate signatory 2: name"),
        "signatories",
        max_length=120,
    ),
    SettingSpec(
        "certificate_signatory2_title",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate signatory 2: title"),
        "signatories",
        max_length=120,
    ),
    SettingSpec(
        "invoice_signatory_name",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Invoice signatory: name"),
        "signatories",
        max_length=120,
    ),
    SettingSpec(
        "invoice_signatory_title",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Invoice signatory: title"),
        "signatories",
        max_length=120,
    ),
    # numbering and tax
    SettingSpec(
        "invoice_prefix",
        "text",
        "INV",
        QT_TRANSLATE_NOOP("Settings", "Invoice number prefix"),
        "documents",
        max_length=10,
    ),
    SettingSpec(
        "credit_note_prefix",
        "text",
        "CN",
        QT_TRANSLATE_NOOP("Settings", "Credit note number prefix"),
        "documents",
        max_length=10,
    ),
    SettingSpec(
        "quotation_prefix",
        "text",
        "PNW",
        QT_TRANSLATE_NOOP("Settings", "Quotation number prefix"),
        "documents",
        max_length=10,
    ),
    SettingSpec(
        "certificate_prefix",
        "text",
        "RB",
        QT_TRANSLATE_NOOP("Settings", "Certificate number prefix"),
        "documents",
        max_length=10,
    ),
    SettingSpec(
        "certificate_verify_url",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate verification address (before the code)"),
        "documents",
        max_length=120,
        help=QT_TRANSLATE_NOOP(
            "Settings",
            "Optional, e.g. https://rumahbatik.example.id/verify/ ; the QR code then carries "
            "this address followed by the code.",
        ),
    ),
    SettingSpec(
        "vat_enabled",
        "bool",
        False,
        QT_TRANSLATE_NOOP("Settings", "Charge VAT (PPN)"),
        "documents",
        help=QT_TRANSLATE_NOOP("Settings", "Only for a centre registered as PKP."),
    ),
    SettingSpec(
        "vat_rate",
        "decimal",
        Decimal("12"),
        QT_TRANSLATE_NOOP("Settings", "VAT rate (%)"),
        "documents",
        minimum=Decimal(0),
        maximum=Decimal(100),
    ),
    SettingSpec(
        "vat_base_fraction",
        "fraction",
        "11/12",
        QT_TRANSLATE_NOOP("Settings", "VAT base (DPP) as a fraction of the price"),
        "documents",
    ),
    SettingSpec(
        "consignment_commission",
        "decimal",
        Decimal("20"),
        QT_TRANSLATE_NOOP("Settings", "Consignment commission (%)"),
        "documents",
        minimum=Decimal(0),
        maximum=Decimal(100),
    ),
    SettingSpec(
        "receipt_width",
        "choice",
        "80",
        QT_TRANSLATE_NOOP("Settings", "Receipt paper width"),
        "documents",
        choices=(("80", "80 mm"), ("58", "58 mm")),
        help=QT_TRANSLATE_NOOP("Settings", "The roll width of the counter's thermal printer."),
    ),
    SettingSpec(
        "payment_terms_days",
        "int",
        30,
        QT_TRANSLATE_NOOP("Settings", "Days to pay an invoice on credit"),
        "documents",
        minimum=0,
        maximum=365,
        help=QT_TRANSLATE_NOOP(
            "Settings", "The due date of an order not paid at once; receivables age from it."
        ),
    ),
    # language and stock
    SettingSpec(
        "language",
        "choice",
        "id",
        QT_TRANSLATE_NOOP("Settings", "Language"),
        "general",
        choices=(("id", "Bahasa Indonesia"), ("en", "English")),
        help=QT_TRANSLATE_NOOP("Settings", "Takes effect the next time the program starts."),
    ),
    SettingSpec(
        "low_stock_default",
        "decimal",
        Decimal("5"),
        QT_TRANSLATE_NOOP("Settings", "Default low-stock level"),
        "general",
        minimum=Decimal(0),
        maximum=Decimal(1_000_000),
    ),
    SettingSpec(
        "allow_negative_stock",
        "bool",
        False,
        QT_TRANSLATE_NOOP("Settings", "Allow stock to go below zero"),
        "general",
    ),
    # backup
    SettingSpec(
        "auto_backup",
        "bool",
        True,
        QT_TRANSLATE_NOOP("Settings", "Back up automatically every day"),
        "backup",
    ),
    SettingSpec(
        "backup_keep",
        "int",
        7,
        QT_TRANSLATE_NOOP("Settings", "Automatic backups to keep"),
        "backup",
        minimum=1,
        maximum=365,
    ),
    SettingSpec(
        "backup_folder",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Backup folder (empty: the data folder)"),
        "backup",
    ),
    SettingSpec(
        "media_folder",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Photo and image folder (empty: the data folder)"),
        "backup",
        help=QT_TRANSLATE_NOOP(
            "Settings", "When several PCs share one database, use a shared folder here."
        ),
    ),
    # not on the settings page: set by `rumahbatik demo` so the login can say admin/admin
    SettingSpec("is_demo", "bool", False, QT_TRANSLATE_NOOP("Settings", "Demo database"), "hidden"),
    # not on the settings page, never read by get_settings nor set by update_settings nor
    # exported: the key of the certificates' verification codes (services.certificates),
    # created on first use. Backups carry it, so codes still verify after a restore.
    SettingSpec(
        "certificate_secret",
        "text",
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate verification key"),
        "hidden",
        extra={"secret": True},
    ),
)

SETTINGS_BY_KEY: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}
