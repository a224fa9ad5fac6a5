"""Settings: declared defaults, validated all-or-nothing updates, audit rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rumahbatik import config
from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.services import audit, settings

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def test_defaults_on_an_empty_database(db):
    s = settings.get_settings(db)
    assert set(s) == {spec.key for spec in config.SETTINGS}
    for spec in config.SETTINGS:
        assert s[spec.key] == spec.default, spec.key
    assert s.centre_name == "Rumah Batik"
    assert s.vat_rate == Decimal("12") and isinstance(s.vat_rate, Decimal)
    assert s.vat_base_fraction == "11/12"
    assert s.backup_keep == 7
    assert s.centre_logo is None
    with pytest.raises(AttributeError):
        _ = s.no_such_setting
    with pytest.raises(TypeError):
        s["centre_name"] = "x"  # read-only


def test_update_stores_normalised_typed_values(db, admin):
    s = settings.update_settings(
        db,
        admin,
        {
            "centre_name": "  Rumah Batik Kota Probolinggo ",
            "centre_phone": "0335-421234",
            "centre_email": "RumahBatik@Probolinggokota.go.id",
            "centre_npwp": "01.234.567.8-901.000",
            "centre_nib": "9120301234567",
            "vat_enabled": "ya",
            "vat_rate": "11,5",
            "vat_base_fraction": " 11 / 12 ",
            "backup_keep": "14",
            "language": "en",
            "centre_logo": PNG,
            "qris_image": JPEG,
        },
    )
    assert s.centre_name == "Rumah Batik Kota Probolinggo"
    assert s.centre_phone == "+62335421234"
    assert s.centre_email == "rumahbatik@probolinggokota.go.id"
    assert s.centre_npwp == "012345678901000"
    assert s.vat_enabled is True
    assert s.vat_rate == Decimal("11.5")
    assert s.vat_base_fraction == "11/12"
    assert s.backup_keep == 14
    assert s.language == "en"
    assert s.centre_logo == PNG and s.qris_image == JPEG
    # read back fresh, not just the returned object
    again = settings.get_settings(db)
    assert dict(again) == dict(s)


def test_clearing_an_image_and_a_text(db, admin):
    settings.update_settings(db, admin, {"centre_logo": PNG, "centre_phone": "081234567890"})
    s = settings.update_settings(db, admin, {"centre_logo": None, "centre_phone": ""})
    assert s.centre_logo is None
    assert s.centre_phone == ""


_BAD_VALUES = [
    ("centre_npwp", "12345", "npwp"),
    ("centre_nib", "12", "nib"),
    ("centre_phone", "telepon kantor", "phone"),
    ("centre_email", "bukan-email", "email"),
    ("vat_rate", "150", "range"),
    ("vat_rate", "-1", "range"),
    ("vat_rate", "dua belas", "number"),
    ("vat_rate", "NaN", "number"),
    ("backup_keep", "0", "range"),
    ("backup_keep", "7.5", "integer"),
    ("vat_base_fraction", "12/11", "fraction"),
    ("vat_base_fraction", "11/0", "fraction"),
    ("vat_base_fraction", "sebelas", "fraction"),
    ("centre_logo", b"GIF89a" + b"\x00" * 10, "image"),
    ("centre_logo", "logo.png", "image"),
    ("qris_image", PNG + b"\x00" * settings.MAX_IMAGE_BYTES, "too_long"),
    ("language", "fr", "choice"),
    ("vat_enabled", "mungkin", "choice"),
    ("centre_city", "x" * 81, "too_long"),
]


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    _BAD_VALUES,
    ids=[f"{key}-{reason}-{i}" for i, (key, _, reason) in enumerate(_BAD_VALUES)],
)
def test_update_refuses_bad_values(db, admin, key, value, reason):
    with pytest.raises(ValidationError) as err:
        settings.update_settings(db, admin, {key: value})
    assert err.value.code == "value_invalid"
    assert err.value.params["reason_key"] == reason
    assert err.value.params["field"] == config.SETTINGS_BY_KEY[key].label
    assert "{" not in err.value.english()
    assert settings.get_settings(db)[key] == config.SETTINGS_BY_KEY[key].default


def test_range_error_names_the_limits(db, admin):
    with pytest.raises(ValidationError) as err:
        settings.update_settings(db, admin, {"vat_rate": "150"})
    assert err.value.english() == "VAT rate (%): must be between 0 and 100"


def test_unknown_setting(db, admin):
    with pytest.raises(ValidationError) as err:
        settings.update_settings(db, admin, {"no_such_key": 1})
    assert err.value.code == "setting_unknown"
    assert err.value.params == {"key": "no_such_key"}


def test_update_is_all_or_nothing(db, admin):
    before_audit = len(audit.list_audit(db, admin))
    with pytest.raises(ValidationError):
        settings.update_settings(
            db,
            admin,
            {
                "centre_name": "Nama Baru",
                "centre_city": "Probolinggo",
                "centre_email": "salah",
                "vat_enabled": True,
            },
        )
    s = settings.get_settings(db)
    assert s.centre_name == "Rumah Batik"
    assert s.centre_city == ""
    assert s.vat_enabled is False
    assert len(audit.list_audit(db, admin)) == before_audit


def test_update_writes_one_audit_row_with_old_and_new(db, admin):
    settings.update_settings(db, admin, {"centre_city": "Probolinggo", "vat_rate": "11"})
    settings.update_settings(
        db, admin, {"centre_city": "Kota Probolinggo", "vat_rate": "11", "centre_logo": PNG}
    )
    rows = audit.list_audit(db, admin, audit.AuditFilter(entity="settings"))
    assert len(rows) == 2
    latest, first = rows
    assert first.changes == {"centre_city": ["", "Probolinggo"], "vat_rate": ["12", "11"]}
    assert first.username == "admin" and first.action == "update"
    # unchanged values are left out; images appear as a size, never as bytes
    assert latest.changes == {
        "centre_city": ["Probolinggo", "Kota Probolinggo"],
        "centre_logo": [None, f"<{len(PNG)} bytes>"],
    }
    assert latest.summary == "centre_city, centre_logo"


def test_update_without_a_change_writes_no_audit_row(db, admin):
    settings.update_settings(db, admin, {"centre_name": "Rumah Batik"})
    assert audit.list_audit(db, admin, audit.AuditFilter(entity="settings")) == []


@pytest.mark.parametrize("who", ["staff", "instructor"])
def test_only_managers_change_settings(db, request, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as err:
        settings.update_settings(db, actor, {"centre_name": "X"})
    assert err.value.code == "permission_denied"
    assert settings.get_settings(db).centre_name == "Rumah Batik"


def test_manager_changes_settings(db, manager):
    assert settings.update_settings(db, manager, {"centre_city": "Probolinggo"}).centre_city == (
        "Probolinggo"
    )
