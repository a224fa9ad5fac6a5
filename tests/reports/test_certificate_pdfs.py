"""Certificates and participation letters, read back with pypdf; the QR code decoded from a
rendered page (QtPdf renders the page, zxing-cpp reads the code)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from rumahbatik.domain.training import CertificateKind
from rumahbatik.reports.certificates import (
    certificates_pdf,
    date_range,
    file_name,
    qr_modules,
    render_certificates,
    render_one_per_file,
    score_text,
    shown_code,
)
from rumahbatik.services.training_types import CertificateData

LOGO = Path(__file__).resolve().parents[2] / "resources" / "images" / "logo.png"

UNITS = [
    ("Menggambar pola", Decimal("85")),
    ("Mencanting / nglowong", Decimal("78.5")),
    ("Nembok", Decimal("80")),
    ("Pewarnaan", Decimal("88")),
    ("Pelorodan", Decimal("90")),
    ("Finishing", Decimal("82")),
]


def cert(**changes) -> CertificateData:
    values = dict(
        kind=CertificateKind.CERTIFICATE,
        number="RB/PBD/2022/0007",
        verification_code="K7QXM2PD9WZA",
        holder_name="Siti Nurhaliza Rahmawati",
        holder_birth="Probolinggo, 12/03/1990",
        course_name="Pelatihan Batik Dasar",
        cohort_code="PBD-2022-01",
        start_date=date(2022, 5, 23),
        end_date=date(2022, 5, 27),
        venue="Rumah Batik Kota Probolinggo",
        competencies=list(UNITS),
        final_score=Decimal("83.75"),
        place="Probolinggo",
        issue_date=date(2022, 5, 27),
        centre_name="Rumah Batik Kota Probolinggo",
        centre_address="Jl. Soekarno-Hatta No. 1, Kota Probolinggo",
        city_header="Pemerintah Kota Probolinggo",
        logo=LOGO.read_bytes(),
        signatories=[
            (
                "Drs. H. Bambang Sutrisno, M.Si.",
                "Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan",
            ),
            ("Ani Suryani", "Instruktur"),
        ],
    )
    values.update(changes)
    return CertificateData(**values)


def letter(**changes) -> CertificateData:
    values = dict(
        kind=CertificateKind.PARTICIPATION,
        number="RB/PBD/2022/0031",
        verification_code="ZZ9PARTICIPAT",
        holder_name="Budi Santoso",
        competencies=[],
        final_score=None,
        signatories=[("Ani Suryani", "Kepala Rumah Batik")],
    )
    values.update(changes)
    return cert(**values)


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_certificate_has_a_front_and_a_back_with_the_scores():
    pages = texts(certificates_pdf([cert()]))
    assert len(pages) == 2
    front, back = pages
    for words in (
        "PEMERINTAH KOTA PROBOLINGGO",
        "Rumah Batik Kota Probolinggo",
        "Nomor: RB/PBD/2022/0007",
        "diberikan kepada",
        "Siti Nurhaliza Rahmawati",
        "telah mengikuti dan lulus Pelatihan Batik Dasar",
        "23–27 Mei 2022",
        "Probolinggo, 27 Mei 2022",
        "Drs. H. Bambang Sutrisno, M.Si.",
        "Ani Suryani",
        "Instruktur",
        "K7QXM2PD9WZA",
    ):
        assert words in front, words
    assert "S E R T I F I K A T" in front
    for words in ("DAFTAR UNIT KOMPETENSI", "RB/PBD/2022/0007", "Siti Nurhaliza Rahmawati"):
        assert words in back
    for name, score in UNITS:
        assert name in back
        assert score_text(score) in back
    assert "Mencanting / nglowong 78,5" in back
    assert "Nilai Akhir 83,75" in back


def test_a_participation_letter_is_one_page_without_scores():
    pages = texts(certificates_pdf([letter()]))
    assert len(pages) == 1
    page = pages[0]
    assert "SURAT KETERANGAN" in page and "Budi Santoso" in page
    assert "telah mengikuti Pelatihan Batik Dasar" in page
    assert "lulus" not in page and "Nilai" not in page and "SERTIFIKAT" not in page


def test_a_cohort_in_one_pdf_and_one_file_per_graduate(tmp_path):
    docs = [cert(number=f"RB/PBD/2022/{i:04d}", holder_name=f"Peserta {i}") for i in (1, 2, 3)]
    docs.append(letter())
    out = tmp_path / "angkatan.pdf"
    render_certificates(docs, out)
    pages = texts(out.read_bytes())
    assert len(pages) == 3 * 2 + 1
    assert "Peserta 2" in pages[2] and "RB/PBD/2022/0002" in pages[3]
    paths = render_one_per_file(docs, tmp_path / "satu-per-file")
    assert [p.name for p in paths] == [
        "RB-PBD-2022-0001.pdf",
        "RB-PBD-2022-0002.pdf",
        "RB-PBD-2022-0003.pdf",
        "RB-PBD-2022-0031.pdf",
    ]
    assert "Peserta 3" in texts(paths[2].read_bytes())[0]


def test_output_is_repeatable_and_the_border_is_drawn_once():
    docs = [cert(), letter()]
    assert certificates_pdf(docs) == certificates_pdf(docs)
    reader = PdfReader(io.BytesIO(certificates_pdf(docs)))
    forms = [set(p["/Resources"]["/XObject"].keys()) for p in reader.pages]
    assert all("/FormXob.rb_border" in f for f in forms)


def test_a_revoked_certificate_is_stamped_and_odd_inputs_do_not_break_it():
    front = texts(certificates_pdf([cert(revoked=True)]))[0]
    assert "DICABUT" in front
    odd = cert(
        holder_name="Raden Ajeng Kartika Dewi Sekar Ayu Wulandari Purnamasari Ningsih " * 2,
        logo=b"not an image",
        signatories=[],
        holder_birth="",
        venue="",
        competencies=[(f"Unit {i}", Decimal(70 + i)) for i in range(14)],
    )
    pages = texts(certificates_pdf([odd]))
    assert "Raden Ajeng" in pages[0] and "Unit 13 83" in pages[1]
    assert len(texts(certificates_pdf([]))) == 1


def test_labels_can_be_replaced():
    pdf = certificates_pdf([cert()], {"title": "CERTIFICATE", "given_to": "awarded to"})
    assert "awarded to" in texts(pdf)[0]


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2022, 5, 23), date(2022, 5, 27), "23–27 Mei 2022"),
        (date(2022, 5, 30), date(2022, 6, 3), "30 Mei – 3 Juni 2022"),
        (date(2022, 12, 29), date(2023, 1, 2), "29 Desember 2022 – 2 Januari 2023"),
        (date(2022, 5, 23), date(2022, 5, 23), "23 Mei 2022"),
    ],
)
def test_date_range(start, end, text):
    assert date_range(start, end) == text


def test_small_helpers():
    assert file_name("RB/PBD/2022/0007") == "RB-PBD-2022-0007.pdf"
    assert file_name("../..//x y") == "x-y.pdf"
    assert shown_code("https://rumahbatik.example/v/K7QX") == "K7QX"
    assert shown_code("K7QX") == "K7QX"
    assert score_text(Decimal("90.00")) == "90" and score_text(None) == "–"
    assert qr_modules("abc") is qr_modules("abc")  # cached


def rendered_page(qapp, pdf: bytes, page: int = 0) -> Image.Image:
    """The page as an image, rendered by QtPdf (no poppler needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    source = QBuffer(data)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(source)
    assert document.pageCount() > page
    image = document.render(page, QSize(1684, 1190))  # 144 dpi
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(png, "PNG")
    document.close()
    return Image.open(io.BytesIO(bytes(png.data())))


@pytest.mark.parametrize(
    "payload", ["K7QXM2PD9WZA", "https://rumahbatik.probolinggokota.go.id/verifikasi/K7QXM2PD9WZA"]
)
def test_the_qr_code_on_the_page_carries_the_verification_code(qapp, payload):
    zxingcpp = pytest.importorskip("zxingcpp")
    image = rendered_page(qapp, certificates_pdf([cert(verification_code=payload)]))
    found = [(b.format, b.text) for b in zxingcpp.read_barcodes(image)]
    assert found == [(zxingcpp.BarcodeFormat.QRCode, payload)]
    letter_image = rendered_page(qapp, certificates_pdf([letter()]))
    assert [b.text for b in zxingcpp.read_barcodes(letter_image)] == ["ZZ9PARTICIPAT"]
