"""The centre as its papers show it: name, address, tax numbers, logo, bank, QRIS, footer."""

from __future__ import annotations

from dataclasses import dataclass

from rumahbatik.db import Database
from rumahbatik.services.settings import get_settings


@dataclass(frozen=True)
class CentreProfile:
    """What invoices, receipts, credit notes and settlement slips print at the top and foot."""

    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    npwp: str = ""
    nib: str = ""
    logo: bytes | None = None
    bank_name: str = ""
    bank_account_number: str = ""
    bank_account_holder: str = ""
    qris_image: bytes | None = None
    invoice_footer: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    vat_enabled: bool = False
    language: str = "id"

    @property
    def address_line(self) -> str:
        """The street address and the city on one line, as the letterheads print them."""
        return ", ".join(x for x in (self.address, self.city) if x)


def centre_profile(db: Database) -> CentreProfile:
    """The centre's profile from the settings (every logged-in role may read it)."""
    s = get_settings(db)

    def text(key: str) -> str:
        return str(s.get(key) or "")

    return CentreProfile(
        name=text("centre_name"),
        address=text("centre_address"),
        city=text("centre_city"),
        phone=text("centre_phone"),
        email=text("centre_email"),
        npwp=text("centre_npwp"),
        nib=text("centre_nib"),
        logo=s.get("centre_logo") or None,
        bank_name=text("bank_name"),
        bank_account_number=text("bank_account_number"),
        bank_account_holder=text("bank_account_holder"),
        qris_image=s.get("qris_image") or None,
        invoice_footer=text("invoice_footer"),
        signatory_name=text("invoice_signatory_name"),
        signatory_title=text("invoice_signatory_title"),
        vat_enabled=bool(s.get("vat_enabled")),
        language=text("language") or "id",
    )
