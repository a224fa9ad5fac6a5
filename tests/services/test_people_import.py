"""Importing artisans and customers from CSV and Excel: mapping, preview, all-or-nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rumahbatik.domain.errors import PermissionDenied, ValidationError
from rumahbatik.services import people, people_import, people_list
from rumahbatik.services.people import PersonInput
from rumahbatik.services.people_list import PersonFilter
from tests.services.regions_seed import ensure_regions

CSV = (
    "Nama Lengkap;NIK;L/P;Tempat, Tanggal Lahir;No HP;Alamat;Kecamatan;Kelurahan;Teknik\n"
    "Siti Rahayu;3574015505900001;P;Probolinggo, 15/05/1990;0812-3456-7001;Jl. Seruni 3;"
    "Kanigaran;Tisnonegaran;tulis:3, cap\n"
    "Ahmad Fauzi;3574011203850002;Laki-laki;Probolinggo, 12 Mei 1985;081234567002;;"
    "Mayangan;Jati;Cap\n"
)


@pytest.fixture(autouse=True)
def _regions(db):
    ensure_regions(db)


def _write(tmp_path, text, name="peserta.csv", bom=True):
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_read_csv_with_bom_and_semicolons_and_propose_mapping(tmp_path):
    sheet = people_import.read_sheet(_write(tmp_path, CSV))
    assert sheet.headers[0] == "Nama Lengkap" and len(sheet.rows) == 2
    mapping = people_import.propose_mapping(sheet.headers, "artisan")
    assert mapping == {
        0: "full_name", 1: "nik", 2: "gender", 3: "birth_place_date", 4: "phone",
        5: "address", 6: "kecamatan", 7: "kelurahan", 8: "techniques",
    }  # fmt: skip
    comma = people_import.read_sheet(
        _write(tmp_path, "Name,Phone\nBudi,0812\n", "c.csv", bom=False)
    )
    assert comma.headers == ["Name", "Phone"] and comma.rows == [["Budi", "0812"]]


def test_preview_and_commit(db, staff, tmp_path):
    sheet = people_import.read_sheet(_write(tmp_path, CSV))
    mapping = people_import.propose_mapping(sheet.headers, "artisan")
    preview = people_import.preview_import(db, staff, sheet, mapping, "artisan")
    assert [r.errors for r in preview.rows] == [[], []]
    assert preview.rows[0].person.birth_date == date(1990, 5, 15)
    assert preview.rows[1].person.birth_date == date(1985, 5, 12)
    assert preview.rows[1].person.gender == "L"
    assert people_list.count_matching(db, staff) == 0  # a preview writes nothing
    result = people_import.commit_import(db, staff, sheet, mapping, "artisan")
    assert result.created == 2 and result.skipped == 0
    siti = people.get_person(db, staff, result.ids[0])
    assert siti.kelurahan == "Tisnonegaran" and siti.phone == "+6281234567001"
    assert [(s.technique.value, int(s.level)) for s in siti.artisan.skills] == [
        ("tulis", 3), ("cap", 1)]  # fmt: skip
    assert "Tempat lahir: Probolinggo." in siti.notes
    # The same file again: every NIK is now taken.
    again = people_import.preview_import(db, staff, sheet, mapping, "artisan")
    assert [e.code for r in again.rows for e in r.errors] == ["nik_taken", "nik_taken"]
    assert again.rows[0].errors[0].params["name"] == "Siti Rahayu"


BAD = (
    "Nama,NIK,Jenis Kelamin,Tanggal Lahir,Kecamatan,Kelurahan,Teknik\n"
    "Baik Sekali,3574010101900001,P,01/01/1990,Wonoasih,Pakistaji,tulis\n"
    "NIK Pendek,12345,L,02/02/1991,,,\n"
    "Tanggal Salah,,X,31/02/1990,Kanigaran,Jati,sablon\n"
    ",3574010101900009,,,,,\n"
    "Kembar,3574010101900001,P,,,,\n"
)


def test_bad_rows_are_listed_and_nothing_is_written(db, staff, tmp_path):
    sheet = people_import.read_sheet(_write(tmp_path, BAD))
    mapping = people_import.propose_mapping(sheet.headers, "artisan")
    preview = people_import.preview_import(db, staff, sheet, mapping, "artisan")
    codes = {r.line: sorted(e.code for e in r.errors) for r in preview.rows}
    assert codes == {
        2: [],
        3: ["value_invalid"],
        4: ["date_unreadable", "gender_unreadable", "kelurahan_mismatch", "technique_unknown"],
        5: ["required"],
        6: ["duplicate_in_file"],
    }
    assert preview.rows[1].errors[0].params["field"] == "NIK"
    assert preview.rows[4].errors[0].params == {"nik": "3574010101900001", "other_row": 2}
    with pytest.raises(ValidationError) as err:
        people_import.commit_import(db, staff, sheet, mapping, "artisan")
    assert err.value.code == "import_has_errors" and err.value.params["count"] == 4
    assert people_list.count_matching(db, staff) == 0
    result = people_import.commit_import(db, staff, sheet, mapping, "artisan", only_valid=True)
    assert (result.created, result.skipped) == (1, 4)
    assert [r.full_name for r in people_list.list_people(db, staff)] == ["Baik Sekali"]


def test_excel_with_date_cells_and_numeric_nik(db, staff, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nama", "NIK", "Tanggal Lahir", "Telepon", "Jenis Pelanggan", "Instansi"])
    ws.append(
        ["Hotel Bromo", 3574010101900003, datetime(1990, 1, 1), 81234567003, "instansi", "PT Bromo"]
    )
    path = tmp_path / "pelanggan.xlsx"
    wb.save(path)
    sheet = people_import.read_sheet(path)
    mapping = people_import.propose_mapping(sheet.headers, "customer")
    assert set(mapping.values()) == {
        "full_name", "nik", "birth_date", "phone", "customer_type", "organisation"}  # fmt: skip
    result = people_import.commit_import(db, staff, sheet, mapping, "customer")
    p = people.get_person(db, staff, result.ids[0])
    assert p.nik == "3574010101900003" and p.birth_date == date(1990, 1, 1)
    assert p.phone == "+6281234567003" and p.customer.customer_type.value == "institution"
    assert people_list.count_matching(db, staff, PersonFilter(role="customer")) == 1


def test_mapping_needs_a_name_and_permission(db, staff, instructor, tmp_path):
    sheet = people_import.read_sheet(_write(tmp_path, CSV))
    with pytest.raises(ValidationError) as err:
        people_import.preview_import(db, staff, sheet, {1: "nik"}, "artisan")
    assert err.value.code == "import_no_name_column"
    with pytest.raises(PermissionDenied):
        people_import.preview_import(db, instructor, sheet, {0: "full_name"}, "artisan")


def test_unreadable_and_empty_files(tmp_path):
    with pytest.raises(ValidationError) as err:
        people_import.read_sheet(_write(tmp_path, "", "empty.csv"))
    assert err.value.code == "import_empty"
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ValidationError) as err:
        people_import.read_sheet(bad)
    assert err.value.code == "import_unreadable"


def test_existing_person_is_not_changed_by_a_refused_import(db, staff, tmp_path):
    people.create_artisan(db, staff, PersonInput(full_name="Lama", nik="3574010101900001"))
    sheet = people_import.read_sheet(_write(tmp_path, BAD))
    mapping = people_import.propose_mapping(sheet.headers, "artisan")
    with pytest.raises(ValidationError):
        people_import.commit_import(db, staff, sheet, mapping, "artisan")
    assert people_list.count_matching(db, staff) == 1
