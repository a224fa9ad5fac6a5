"""Import artisans or customers from a CSV or Excel file (the city office's participant lists).

Three steps, so nothing is written unless the user has seen what will happen:

1. :func:`read_sheet` reads the file into headers and rows (CSV in UTF-8 with or without BOM,
   ``;`` or ``,`` sniffed; ``.xlsx`` first sheet);
2. :func:`propose_mapping` guesses which column holds which field from the header names
   (Indonesian and English); the caller may change it; :func:`preview_import` parses every
   row and lists its errors (codes and parameters, translated by the ui), flagging NIKs that
   appear twice in the file or already belong to someone in the database;
3. :func:`commit_import` writes all rows in ONE transaction. If any row has an error it refuses
   entirely, unless the caller explicitly asks for ``only_valid=True`` (the dialog offers this
   as a separate, unticked choice): a half-imported list is a surprise, a deliberate
   "import the 48 good rows, I'll fix the other 2 later" is not.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.db import Database
from rumahbatik.domain import people_fields as F
from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.formatting import format_date
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.people import Gender, Technique
from rumahbatik.domain.roles import Permission
from rumahbatik.models import Region
from rumahbatik.services import people
from rumahbatik.services.context import Actor
from rumahbatik.services.people import ArtisanInput, CustomerInput, PersonInput

log = logging.getLogger(__name__)

Kind = Literal["artisan", "customer"]
MAX_ROWS = 100_000


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # English source, context "People"
    aliases: tuple[str, ...]
    kinds: tuple[str, ...] = ("artisan", "customer")


FIELDS: tuple[ImportField, ...] = (
    ImportField("full_name", F.FULL_NAME, ("nama", "nama lengkap", "name", "full name", "nama peserta", "nama pengrajin", "nama pelanggan")),
    ImportField("nik", F.NIK, ("nik", "no ktp", "nomor ktp", "no. ktp", "nomor induk kependudukan", "ktp")),
    ImportField("gender", F.GENDER, ("jenis kelamin", "l/p", "jk", "gender", "sex", "kelamin")),
    ImportField("birth_date", F.BIRTH_DATE, ("tanggal lahir", "tgl lahir", "tgl. lahir", "birth date", "date of birth", "dob")),
    ImportField("birth_place_date", QT_TRANSLATE_NOOP("People", "Place, date of birth"), ("tempat, tanggal lahir", "tempat tanggal lahir", "ttl", "tempat/tgl lahir", "tempat, tgl lahir")),
    ImportField("phone", F.PHONE, ("no hp", "no. hp", "nomor hp", "hp", "telepon", "telp", "no telp", "no. telp", "phone", "whatsapp", "no wa", "wa")),
    ImportField("email", F.EMAIL, ("email", "e-mail", "surel")),
    ImportField("address", F.ADDRESS, ("alamat", "address", "alamat lengkap")),
    ImportField("kecamatan", F.KECAMATAN, ("kecamatan", "kec", "kec.", "district")),
    ImportField("kelurahan", F.KELURAHAN, ("kelurahan", "kel", "kel.", "desa", "desa/kelurahan", "kelurahan/desa", "sub-district", "subdistrict")),
    ImportField("techniques", QT_TRANSLATE_NOOP("People", "Techniques"), ("teknik", "techniques", "technique", "keahlian", "teknik batik"), ("artisan",)),
    ImportField("skill_level", F.SKILL_LEVEL, ("tingkat", "level", "skill level", "tingkat keahlian"), ("artisan",)),
    ImportField("business_name", F.BUSINESS_NAME, ("nama usaha", "usaha", "ikm", "business", "business name", "nama ikm"), ("artisan",)),
    ImportField("nib", F.NIB, ("nib", "nomor induk berusaha"), ("artisan",)),
    ImportField("joined_on", F.JOINED_ON, ("tanggal bergabung", "bergabung", "tgl bergabung", "joined", "joined on"), ("artisan",)),
    ImportField("customer_type", F.CUSTOMER_TYPE, ("jenis pelanggan", "tipe", "customer type", "type"), ("customer",)),
    ImportField("organisation", F.ORGANISATION, ("instansi", "organisasi", "perusahaan", "organisation", "organization", "company"), ("customer",)),
    ImportField("npwp", F.NPWP, ("npwp",), ("customer",)),
    ImportField("notes", F.NOTES, ("catatan", "keterangan", "notes", "ket")),
)  # fmt: skip
FIELDS_BY_KEY = {f.key: f for f in FIELDS}


def fields_for(kind: Kind) -> list[ImportField]:
    return [f for f in FIELDS if kind in f.kinds]


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: list[list[Any]]  # cells as read: str for CSV; str/int/float/date for Excel


def _unreadable(path: Path, reason: str) -> ValidationError:
    return ValidationError("import_unreadable", path=str(path), reason=reason)


def read_sheet(path: Path) -> Sheet:
    """Read a ``.csv`` or ``.xlsx`` file: the first non-empty row is the header."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            raw = _read_xlsx(path)
        elif suffix in (".csv", ".txt"):
            raw = _read_csv(path.read_bytes())
        else:
            raise ValidationError("file_type_unknown", path=str(path), allowed=".csv or .xlsx")
    except (
        OSError,
        UnicodeDecodeError,
        csv.Error,
        ValueError,
        KeyError,
        zipfile.BadZipFile,
    ) as exc:
        if isinstance(exc, DomainError):
            raise
        raise _unreadable(path, str(exc)) from exc
    rows = [r for r in raw if any(_text(c) for c in r)]
    if not rows:
        raise ValidationError("import_empty")
    headers = [_text(h) for h in rows[0]]
    body = [list(r) + [""] * (len(headers) - len(r)) for r in rows[1 : MAX_ROWS + 1]]
    return Sheet(headers, [r[: len(headers)] for r in body])


def _read_csv(data: bytes) -> list[list[Any]]:
    text = data.decode("utf-8-sig")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        if sample.count(";") > sample.count(","):
            dialect = type("semi", (csv.excel,), {"delimiter": ";"})
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook  # imported on first use: ~100 ms

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        return [["" if c is None else c for c in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _norm_header(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[_*:]", " ", text.strip().lower())).strip()


def propose_mapping(headers: Sequence[str], kind: Kind) -> dict[int, str]:
    """Column index → field key for the headers we recognise (each field used once)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    allowed = fields_for(kind)
    for i, header in enumerate(headers):
        h = _norm_header(header)
        for f in allowed:
            if f.key not in used and (h in f.aliases or h == f.key.replace("_", " ")):
                mapping[i] = f.key
                used.add(f.key)
                break
    return mapping


# ---------------------------------------------------------------- parsing cells


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # NIKs and phones typed as numbers in Excel
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    return str(value).strip()


MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("januari", "january", "jan"), ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"), ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"),
            ("juli", "july", "jul"), ("agustus", "august", "agu", "aug", "agt"),
            ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
            ("november", "nov", "nopember"), ("desember", "december", "des", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip


def parse_cell_date(value: Any, label: str) -> date | None:
    """Excel date cells, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ISO, or ``12 Mei 1985``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
        if m and m.group(2).lower() in MONTHS:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        pass
    raise ValidationError("date_unreadable", field=label, value=text)


GENDER_WORDS = {
    "l": Gender.MALE, "laki-laki": Gender.MALE, "laki laki": Gender.MALE, "lk": Gender.MALE,
    "pria": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
    "p": Gender.FEMALE, "perempuan": Gender.FEMALE, "pr": Gender.FEMALE, "wanita": Gender.FEMALE,
    "w": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE,
}  # fmt: skip


def parse_gender(value: Any) -> str:
    text = _text(value).lower()
    if not text:
        return ""
    if text in GENDER_WORDS:
        return GENDER_WORDS[text].value
    raise ValidationError("gender_unreadable", field=F.GENDER, value=_text(value))


def parse_techniques(value: Any, default_level: Any) -> tuple[tuple[str, int], ...]:
    """``"tulis, cap"``, ``"tulis:3; cap:2"`` or ``"Tulis (3)"``; the level column fills gaps."""
    out: list[tuple[str, int]] = []
    for part in re.split(r"[,;/]| dan ", _text(value)):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"([A-Za-z]+)\s*(?:[:=(]\s*(\d+)\s*\)?)?", part)
        name = (m.group(1) if m else part).lower()
        level: Any = m.group(2) if m and m.group(2) else (_text(default_level) or 1)
        if name in ("batik",):
            continue
        try:
            out.append((Technique(name).value, level))
        except ValueError:
            out.append((name, level))  # check_artisan reports the unknown technique
    return tuple(out)


# ---------------------------------------------------------------- preview


@dataclass
class ImportRow:
    line: int  # the row number in the file (the header is row 1)
    name: str
    nik: str
    person: PersonInput | None = None
    artisan: ArtisanInput | None = None
    customer: CustomerInput | None = None
    errors: list[DomainError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    kind: Kind
    rows: list[ImportRow]

    @property
    def valid(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def invalid(self) -> int:
        return len(self.rows) - self.valid


class _Regions:
    def __init__(self, session: Session) -> None:
        self.kecamatan: dict[str, Region] = {}
        self.kelurahan: dict[tuple[int, str], Region] = {}
        self.kelurahan_any: dict[str, list[Region]] = {}
        for r in session.scalars(select(Region)):
            key = self.key(r.name)
            if r.kind == "kecamatan":
                self.kecamatan[key] = r
            elif r.parent_id is not None:
                self.kelurahan[(r.parent_id, key)] = r
                self.kelurahan_any.setdefault(key, []).append(r)

    @staticmethod
    def key(text: str) -> str:
        text = re.sub(r"^(kec|kel|kecamatan|kelurahan|desa)\.?\s+", "", text.strip().lower())
        return " ".join(text.split())

    def resolve(self, kec: str, kel: str) -> tuple[int | None, int | None]:
        kec_id = None
        if kec:
            region = self.kecamatan.get(self.key(kec))
            if region is None:
                raise ValidationError("region_unknown", field=F.KECAMATAN, value=kec)
            kec_id = region.id
        if not kel:
            return kec_id, None
        if kec_id is not None:
            found = self.kelurahan.get((kec_id, self.key(kel)))
            if found is None:
                if self.kelurahan_any.get(self.key(kel)):
                    raise ValidationError("kelurahan_mismatch", kelurahan=kel, kecamatan=kec)
                raise ValidationError("region_unknown", field=F.KELURAHAN, value=kel)
            return kec_id, found.id
        matches = self.kelurahan_any.get(self.key(kel), [])
        if len(matches) != 1:
            raise ValidationError("region_unknown", field=F.KELURAHAN, value=kel)
        return matches[0].parent_id, matches[0].id


def _cell(row: list[Any], mapping: dict[int, str], key: str) -> Any:
    for i, k in mapping.items():
        if k == key and i < len(row):
            return row[i]
    return ""


def _parse_row(
    line: int, row: list[Any], mapping: dict[int, str], kind: Kind, regions_: _Regions
) -> ImportRow:
    def get(key: str) -> Any:
        return _cell(row, mapping, key)

    out = ImportRow(line=line, name=_text(get("full_name")), nik=_text(get("nik")))
    errors = out.errors

    def attempt(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except DomainError as exc:
            errors.append(exc)
            return None

    birth = attempt(parse_cell_date, get("birth_date"), F.BIRTH_DATE)
    notes = _text(get("notes"))
    place_date = _text(get("birth_place_date"))
    if place_date:
        place, _, when = place_date.rpartition(",")
        if not place:
            place, when = "", place_date
        birth = birth or attempt(parse_cell_date, when.strip(), F.BIRTH_DATE)
        if place.strip():
            notes = " ".join(x for x in (notes, f"Tempat lahir: {place.strip()}.") if x)
    regions_ids = attempt(regions_.resolve, _text(get("kecamatan")), _text(get("kelurahan")))
    kec_id, kel_id = regions_ids or (None, None)
    out.person = PersonInput(
        full_name=out.name,
        nik=out.nik,
        gender=attempt(parse_gender, get("gender")) or "",
        birth_date=birth,
        phone=_text(get("phone")),
        email=_text(get("email")),
        address=_text(get("address")),
        kecamatan_id=kec_id,
        kelurahan_id=kel_id,
        notes=notes,
    )
    if kind == "artisan":
        out.artisan = ArtisanInput(
            business_name=_text(get("business_name")),
            nib=_text(get("nib")),
            joined_on=attempt(parse_cell_date, get("joined_on"), F.JOINED_ON),
            skills=parse_techniques(get("techniques"), get("skill_level")),
        )
    else:
        ctype = _text(get("customer_type")).lower().replace("-", "_").replace(" ", "_")
        ctype = {"": "retail", "umum": "walk_in", "eceran": "retail", "grosir": "wholesale",
                 "reseller": "wholesale", "instansi": "institution"}.get(ctype, ctype)  # fmt: skip
        out.customer = CustomerInput(ctype, _text(get("organisation")), _text(get("npwp")))
    return out


def _check(session: Session, preview: ImportPreview) -> None:
    """Validate every row as the services would, and flag NIKs seen twice in the file."""
    seen: dict[str, int] = {}
    for row in preview.rows:
        assert row.person is not None
        values, errors = people.check_person(session, row.person)
        row.errors.extend(errors)
        if row.artisan is not None:
            row.errors.extend(people.check_artisan(row.artisan)[2])
        if row.customer is not None:
            row.errors.extend(people.check_customer(row.customer)[1])
        nik = values.get("nik")
        if nik:
            if nik in seen:
                row.errors.append(
                    ValidationError("duplicate_in_file", nik=nik, other_row=seen[nik])
                )
            else:
                seen[nik] = row.line


def _build(session: Session, sheet: Sheet, mapping: dict[int, str], kind: Kind) -> ImportPreview:
    if "full_name" not in mapping.values():
        raise ValidationError("import_no_name_column")
    regions_ = _Regions(session)
    rows = [
        _parse_row(n, r, mapping, kind, regions_)
        for n, r in enumerate(sheet.rows, start=2)
        if any(_text(c) for c in r)
    ]
    if not rows:
        raise ValidationError("import_empty")
    preview = ImportPreview(kind, rows)
    _check(session, preview)
    return preview


def preview_import(
    db: Database, actor: Actor, sheet: Sheet, mapping: dict[int, str], kind: Kind
) -> ImportPreview:
    """Every row parsed and checked; nothing is written."""
    actor.require(Permission.MANAGE_PEOPLE)
    with db.read() as session:
        return _build(session, sheet, mapping, kind)


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    ids: tuple[int, ...]


def commit_import(
    db: Database,
    actor: Actor,
    sheet: Sheet,
    mapping: dict[int, str],
    kind: Kind,
    *,
    only_valid: bool = False,
) -> ImportResult:
    """Write the rows in one transaction, checked again inside it.

    Refused with ``import_has_errors`` if any row has an error, unless ``only_valid``.
    """
    actor.require(Permission.MANAGE_PEOPLE)
    with db.transaction() as session:
        preview = _build(session, sheet, mapping, kind)
        if preview.invalid and not only_valid:
            raise ValidationError("import_has_errors", count=preview.invalid)
        ids: list[int] = []
        for row in preview.rows:
            if not row.ok:
                continue
            assert row.person is not None
            values, _ = people.check_person(session, row.person)
            artisan = None
            if row.artisan is not None:
                a_values, skills, _ = people.check_artisan(row.artisan)
                artisan = (a_values, skills)
            customer = people.check_customer(row.customer)[0] if row.customer else None
            ids.append(
                people.insert_checked(
                    session, actor, values, artisan=artisan, customer=customer, summary="import:"
                )
            )
        log.info("imported %d %s(s), skipped %d", len(ids), kind, preview.invalid)
        return ImportResult(len(ids), preview.invalid, tuple(ids))
