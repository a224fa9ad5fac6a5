"""The motif catalogue PDF, read back with pypdf."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from rumahbatik.reports.catalogue import LABELS, catalogue_pdf, long_date, write_catalogue
from rumahbatik.services.catalogue import CatalogueData, CatalogueEntry
from rumahbatik.services.motifs import Colour


def drawn(colour: str, size: tuple[int, int] = (400, 400)) -> bytes:
    img = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(img)
    for x in range(0, size[0], 40):
        draw.ellipse((x, x, x + 30, x + 30), fill="#f5deb3")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def logo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 120), "#6b4226").save(buf, format="PNG")
    return buf.getvalue()


ENTRIES = [
    CatalogueEntry(
        code="MTF-001",
        name="Manggur",
        philosophy="Mangga dan anggur, dua buah khas Kota Probolinggo, melambangkan kemakmuran.",
        description="Buah mangga dan untaian anggur di atas latar soga dengan isen-isen cecek.",
        origin="Kota Probolinggo",
        designer="Ani Suryani",
        co_designers=("Budi Santoso",),
        techniques=("tulis", "cap"),
        colours=(Colour("soga", "#8b5a2b"), Colour("hijau daun", "#3a7d44")),
        status="approved",
        hki_number="EC00202254321",
        hki_date=date(2022, 8, 1),
        image=drawn("#8b5a2b"),
        version=2,
    ),
    CatalogueEntry(
        code="MTF-002",
        name="Seruni",
        philosophy="Bunga seruni, bunga Kota Probolinggo, lambang ketulusan.",
        description="",
        origin="",
        designer="",
        co_designers=(),
        techniques=("cap",),
        colours=(),
        status="draft",
        image=drawn("#1f3a5f", (600, 300)),
    ),
    CatalogueEntry(
        code="MTF-003",
        name="Gending",
        philosophy="Angin gending yang kering dan kencang. " * 40,  # very long: shrinks to fit
        description="Garis-garis angin. " * 30,
        origin="Probolinggo",
        designer="Siti",
        co_designers=(),
        techniques=(),
        colours=tuple(Colour(f"warna {i}", "#c0392b") for i in range(6)),
        status="retired",
    ),
]


def data(entries=ENTRIES) -> CatalogueData:
    return CatalogueData(
        "Rumah Batik Kota Probolinggo", "Probolinggo", logo(), date(2026, 11, 23), list(entries)
    )


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def has_image(page) -> bool:
    xobjects = page["/Resources"].get("/XObject", {})
    return any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def test_cover_and_one_page_per_motif():
    pdf = catalogue_pdf(data())
    assert pdf.startswith(b"%PDF")
    texts = page_texts(pdf)
    assert len(texts) == 1 + len(ENTRIES)
    cover = texts[0]
    for words in (
        "Katalog Motif Batik",
        "Rumah Batik Kota Probolinggo",
        "Probolinggo",
        "23 November 2026",
        "Halaman 1 dari 4",
    ):
        assert words in cover
    for page, entry in enumerate(ENTRIES, start=2):
        text = texts[page - 1]
        assert entry.name in text and entry.code in text
        assert f"Halaman {page} dari 4" in text
    manggur = " ".join(texts[1].split())
    assert "Mangga dan anggur, dua buah khas Kota Probolinggo" in manggur
    assert "Ani Suryani" in manggur and "Budi Santoso" in manggur
    assert "batik tulis" in manggur and "batik cap" in manggur
    assert "soga" in manggur and "hijau daun" in manggur and "#8B5A2B" in manggur
    assert "EC00202254321" in manggur and "01/08/2022" in manggur
    assert "disetujui untuk produksi" in manggur and "Versi 2" in manggur
    assert "Belum ada gambar motif" in texts[3]
    assert "Angin gending" in texts[3]


def test_motif_pages_carry_their_image_and_the_cover_its_logo():
    reader = PdfReader(io.BytesIO(catalogue_pdf(data())))
    assert has_image(reader.pages[0])  # the logo
    assert has_image(reader.pages[1]) and has_image(reader.pages[2])
    assert not has_image(reader.pages[3])  # the placeholder box


def test_an_empty_catalogue_says_so():
    texts = page_texts(catalogue_pdf(data([])))
    assert len(texts) == 2
    assert "Belum ada motif" in texts[1] and "Halaman 2 dari 2" in texts[1]


def test_output_is_repeatable_and_labels_can_be_replaced(tmp_path):
    assert catalogue_pdf(data()) == catalogue_pdf(data())
    out = tmp_path / "catalogue.pdf"
    write_catalogue(
        data(), out, {"title": "Batik Motif Catalogue", "page": "Page {page} of {pages}"}
    )
    text = page_texts(out.read_bytes())[0]
    assert "Batik Motif Catalogue" in text and "Page 1 of 4" in text


@pytest.mark.parametrize(
    ("d", "text"), [(date(2022, 5, 23), "23 Mei 2022"), (date(2026, 1, 1), "1 Januari 2026")]
)
def test_long_date(d, text):
    assert long_date(d, LABELS) == text
