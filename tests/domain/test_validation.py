import pytest

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.validation import (
    REASONS,
    format_phone,
    invalid,
    normalise_email,
    normalise_nib,
    normalise_nik,
    normalise_npwp,
    normalise_phone,
)


def _reason_key(excinfo: pytest.ExceptionInfo[ValidationError]) -> str:
    assert excinfo.value.code == "value_invalid"
    return excinfo.value.params["reason_key"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3513012345670001", "3513012345670001"),
        ("3513 0123 4567 0001", "3513012345670001"),
        ("3513.0123.4567.0001", "3513012345670001"),
        ("3513-0123-4567-0001", "3513012345670001"),
    ],
)
def test_nik(text, expected):
    assert normalise_nik(text) == expected


@pytest.mark.parametrize("text", ["", "351301234567000", "35130123456700011", "351301234567000A"])
def test_nik_refused(text):
    with pytest.raises(ValidationError) as err:
        normalise_nik(text, "NIK ibu")
    assert _reason_key(err) == "digits16"
    assert err.value.params["field"] == "NIK ibu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.234.567.8-901.000", "012345678901000"),  # old 15-digit form
        ("0123456789012345", "0123456789012345"),  # 16 digits since 2024
        ("0123 4567 8901 2345", "0123456789012345"),
    ],
)
def test_npwp(text, expected):
    assert normalise_npwp(text) == expected


@pytest.mark.parametrize(
    "text", ["", "12345678901234", "01234567890123456", "01.234.567.8-901.00X"]
)
def test_npwp_refused(text):
    with pytest.raises(ValidationError) as err:
        normalise_npwp(text)
    assert _reason_key(err) == "npwp"


def test_nib():
    assert normalise_nib("9120 3012 34567") == "9120301234567"
    with pytest.raises(ValidationError) as err:
        normalise_nib("912030123456")
    assert _reason_key(err) == "nib"


@pytest.mark.parametrize(
    "text",
    ["0812-3456-7890", "+62 812 3456 7890", "081234567890", "62 812 3456 7890", "(0812) 3456 7890"],
)
def test_phone_normalised_to_e164(text):
    assert normalise_phone(text) == "+6281234567890"


def test_landline_phone():
    assert normalise_phone("(0335) 421234") == "+62335421234"


@pytest.mark.parametrize(
    "text", ["", "12", "telepon", "+1 650 253 0000", "0812345678901234567", "0813-12", "+62 812 34"]
)
def test_phone_refused(text):
    with pytest.raises(ValidationError) as err:
        normalise_phone(text, "HP")
    assert _reason_key(err) == "phone"
    assert err.value.params["field"] == "HP"


def test_format_phone_national():
    assert format_phone("+6281234567890") == "0812-3456-7890"
    assert format_phone("not a number") == "not a number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nama@Contoh.ID", "nama@contoh.id"),
        ("  dewi.lestari+batik@mail.co.id ", "dewi.lestari+batik@mail.co.id"),
    ],
)
def test_email(text, expected):
    assert normalise_email(text) == expected


@pytest.mark.parametrize(
    "text", ["", "nama", "nama@", "nama@contoh", "a b@contoh.id", "a@@contoh.id"]
)
def test_email_refused(text):
    with pytest.raises(ValidationError) as err:
        normalise_email(text)
    assert _reason_key(err) == "email"


def test_invalid_fills_the_reason_into_the_english_message():
    err = invalid("VAT rate (%)", "range", min=0, max=100)
    assert err.params["reason"] == REASONS["range"]
    assert err.english() == "VAT rate (%): must be between 0 and 100"
    assert str(err) == err.english()


def test_invalid_unknown_reason_key_is_a_programming_error():
    with pytest.raises(KeyError):
        invalid("x", "no_such_reason")
