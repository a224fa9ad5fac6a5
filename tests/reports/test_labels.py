"""Price labels and hang tags: the layout arithmetic, the PDF read back with pypdf, and the
Code 128 barcode decoded from a rendered page (QtPdf renders, zxing-cpp reads)."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader

from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.labels import (
    MAX_COPIES,
    PRESETS,
    PRESETS_BY_KEY,
    LabelKind,
    LabelLayout,
    preset,
    validate_layout,
)
from rumahbatik.domain.messages import render
from rumahbatik.domain.stock import ItemKind
from rumahbatik.reports.labels import label_translator, render_labels, technique_word
from rumahbatik.services.stock_types import ItemData

MM = 72 / 25.4
CENTRE = "Rumah Batik Kota Probolinggo"


def item(**changes) -> ItemData:
    values = dict(
        kind=ItemKind.PRODUCT,
        name="Kain Batik Tulis Manggur",
        unit="pcs",
        sku="PRD-00017",
        motif_name="Manggur",
        technique="tulis",
        artisans=("Siti Aminah", "Dewi Lestari"),
        sale_price=Decimal("1250000"),
        id=17,
    )
    values.update(changes)
    return ItemData(**values)


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def rendered_page(pdf: bytes, page: int = 0, dpi: int = 300) -> Image.Image:
    """The page as an image, rendered by QtPdf (no poppler needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    source = QBuffer(data)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(source)
    assert document.pageCount() > page
    size = document.pagePointSize(page)
    image = document.render(
        page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    )
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(png, "PNG")
    document.close()
    # The page is transparent where nothing is drawn: put it on white paper.
    picture = Image.open(io.BytesIO(bytes(png.data()))).convert("RGBA")
    paper = Image.new("RGBA", picture.size, "white")
    return Image.alpha_composite(paper, picture).convert("RGB")


# ------------------------------------------------------------------ layout arithmetic
def test_presets_fit_their_pages_and_have_unique_keys():
    assert len(PRESETS_BY_KEY) == len(PRESETS) >= 6
    for layout in PRESETS:
        assert validate_layout(layout) is layout
    assert {p.kind for p in PRESETS} == {LabelKind.TAG, LabelKind.PRICE}
    assert any(p.is_roll for p in PRESETS if p.kind == LabelKind.TAG)
    assert any(p.is_roll for p in PRESETS if p.kind == LabelKind.PRICE)


def test_positions_fill_the_sheet_row_by_row_then_start_a_new_page():
    layout = preset("a4-3x8")
    assert layout.per_page == 24
    seen = [layout.position(i) for i in range(24)]
    assert seen[0] == (0, 0.0, layout.top_margin)
    assert seen[1] == (0, 70.0, layout.top_margin)
    assert seen[2] == (0, 140.0, layout.top_margin)
    assert seen[3] == (0, 0.0, pytest.approx(layout.top_margin + 37.0))
    # every position is on the page, none twice
    assert len(set(seen)) == 24
    for _page, left, top in seen:
        assert 0 <= left and left + 70 <= 210 + 1e-6
        assert 0 <= top and top + 37 <= 297 + 1e-6
    assert layout.position(24) == (1, 0.0, layout.top_margin)
    assert layout.position(47)[0] == 1 and layout.position(48)[0] == 2
    assert layout.pages_for(24) == 1 and layout.pages_for(25) == 2
    assert layout.pages_for(24, start_position=1) == 2
    assert layout.pages_for(0) == 0


def test_gaps_and_margins_move_the_labels():
    layout = preset("a4-3x3-tag")
    _, left0, top0 = layout.position(0)
    _, left1, _ = layout.position(1)
    _, _, top3 = layout.position(3)
    assert left0 == layout.left_margin
    assert left1 - left0 == pytest.approx(55 + layout.h_gap)
    assert top3 - top0 == pytest.approx(90 + layout.v_gap)


def english(exc: ValidationError) -> str:
    return render(exc)


def test_a_custom_layout_that_does_not_fit_says_what_to_change():
    base = preset("a4-3x8")
    with pytest.raises(ValidationError) as err:
        validate_layout(base.custom(columns=4))
    assert err.value.code == "label_layout_too_wide"
    text = english(err.value)
    assert "4 columns of 70 mm" in text and "280 mm" in text and "210 mm wide" in text
    assert "fewer columns" in text
    with pytest.raises(ValidationError) as err:
        validate_layout(base.custom(top_margin=10.0))
    assert err.value.code == "label_layout_too_tall"
    assert "306 mm" in english(err.value) and "top margin" in english(err.value)
    with pytest.raises(ValidationError) as err:
        validate_layout(base.custom(label_width=20.0, label_height=10.0))
    assert err.value.code == "label_too_small"
    with pytest.raises(ValidationError) as err:
        validate_layout(base.custom(rows=0))
    assert err.value.code == "label_layout_invalid"
    fits = validate_layout(base.custom(columns=2, label_width=100.0, h_gap=5.0, left_margin=2.5))
    assert fits.key == "custom" and fits.per_page == 16


# ------------------------------------------------------------------ what the labels say
def test_hang_tags_carry_name_motif_technique_artisans_price_and_sku():
    pdf = render_labels([(item(), 2)], preset("a4-3x3-tag"), centre_name=CENTRE, language="id")
    [text] = pages_text(pdf)
    assert text.count("Kain Batik Tulis Manggur") == 2
    assert text.count("PRD-00017") == 2
    assert "Rp1.250.000" in text
    assert "Motif Manggur" in text
    assert "Batik Tulis" in text
    assert "Dibuat oleh: Siti Aminah, Dewi Lestari" in text
    assert CENTRE in text


def test_english_words_when_the_database_speaks_english():
    pdf = render_labels([(item(), 1)], preset("roll-tag-55x90"), centre_name=CENTRE, language="en")
    [text] = pages_text(pdf)
    assert "Made by: Siti Aminah, Dewi Lestari" in text
    assert "Batik Tulis" in text  # the trade word stays as it is
    assert label_translator("id")("Size {size}") == "Ukuran {size}"
    assert technique_word("kombinasi") == "Batik Kombinasi"


def test_price_labels_carry_name_size_colour_price_and_code_not_the_tag_words():
    shirt = item(
        name="Kemeja Batik Cap",
        sku="PRD-00020",
        technique="cap",
        size="XL",
        colour="Biru",
        sale_price=Decimal("275000"),
        barcode="8991234567890",
    )
    pdf = render_labels([(shirt, 3)], preset("a4-4x10"), centre_name=CENTRE, language="id")
    [text] = pages_text(pdf)
    assert text.count("Kemeja Batik Cap") == 3
    assert text.count("Rp275.000") == 3
    assert "Ukuran XL · Warna Biru" in text
    assert text.count("8991234567890") == 3  # the barcode value, when the item has one
    assert "Dibuat oleh" not in text and CENTRE not in text


def test_copies_start_position_and_page_breaks():
    layout = preset("a4-3x3-tag")  # nine per sheet
    a, b = item(name="Selendang A", sku="PRD-00001"), item(name="Selendang B", sku="PRD-00002")
    pdf = render_labels(
        [(a, 5), (b, 5)], layout, centre_name=CENTRE, language="id", start_position=4
    )
    texts = pages_text(pdf)
    # 4 used + 10 new = 14 positions: two sheets, five then five... 4 + 5 on the first
    assert len(texts) == 2
    assert texts[0].count("PRD-00001") == 5 and "PRD-00002" not in texts[0]
    assert texts[1].count("PRD-00002") == 5
    # a roll: one label per page
    roll = render_labels([(a, 2), (b, 1)], preset("roll-50x30"), centre_name=CENTRE, language="id")
    assert ["PRD-00001" in t for t in pages_text(roll)] == [True, True, False]
    # zero copies of one item are left out
    only_b = render_labels([(a, 0), (b, 1)], layout, centre_name=CENTRE, language="id")
    assert "PRD-00001" not in pages_text(only_b)[0]


def test_the_labels_go_where_the_layout_puts_them():
    layout = preset("a4-3x8")
    pdf = render_labels(
        [(item(), 1)], layout, centre_name=CENTRE, language="id", start_position=4
    )  # second row, middle
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found: list[tuple[float, float]] = []

    def visit(text, cm, tm, font, size):
        if "PRD-00017" in text:
            found.append((tm[4], tm[5]))

    page.extract_text(visitor_text=visit)
    [(x, y)] = found
    _, left, top = layout.position(4)
    assert left * MM < x < (left + 70) * MM
    page_h = 297 * MM
    assert page_h - (top + 37) * MM < y < page_h - top * MM


def test_bad_requests_are_refused():
    layout = preset("a4-3x8")
    with pytest.raises(ValidationError) as err:
        render_labels([(item(), 1)], layout, centre_name=CENTRE, language="id", start_position=24)
    assert err.value.code == "label_start_invalid" and "24" in render(err.value)
    with pytest.raises(ValidationError) as err:
        render_labels([(item(), 0)], layout, centre_name=CENTRE, language="id")
    assert err.value.code == "labels_none"
    with pytest.raises(ValidationError) as err:
        render_labels([(item(), MAX_COPIES + 1)], layout, centre_name=CENTRE, language="id")
    assert err.value.code == "label_copies_invalid"
    with pytest.raises(ValidationError):
        render_labels([(item(), 1)], layout.custom(rows=9), centre_name=CENTRE, language="id")


def test_long_names_are_shrunk_or_cut_never_past_the_label():
    long_name = "Kain Batik Tulis Motif Manggur Probolinggo Warna Alam Soga Indigo " * 3
    many = tuple(f"Pengrajin Nomor {i}" for i in range(12))
    layout = preset("a4-4x10")
    tag_layout = preset("a4-3x3-tag")
    for lay in (layout, tag_layout):
        pdf = render_labels(
            [(item(name=long_name, artisans=many), 1)],
            lay,
            centre_name=CENTRE * 2,
            language="id",
        )
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        _, left, top = lay.position(0)
        spans: list[tuple[float, str]] = []

        def visit(text, cm, tm, font, size, spans=spans):
            if text.strip() and font is not None:
                spans.append((tm[4], text))

        page.extract_text(visitor_text=visit)
        assert spans
        for x, _text in spans:
            assert left * MM - 0.5 <= x <= (left + lay.label_width) * MM
        assert "…" in page.extract_text()


def test_the_same_input_gives_the_same_bytes():
    args = dict(centre_name=CENTRE, language="id")
    one = render_labels([(item(), 2)], preset("a4-2x4-tag"), **args)
    assert one == render_labels([(item(), 2)], preset("a4-2x4-tag"), **args)
    assert one.startswith(b"%PDF")


# ------------------------------------------------------------------ the codes scan
@pytest.mark.parametrize("key", ["roll-50x30", "a4-4x10", "roll-tag-55x90", "a4-2x4-tag"])
def test_the_barcode_decodes_to_the_sku(qapp, key):
    zxingcpp = pytest.importorskip("zxingcpp")
    pdf = render_labels(
        [(item(sku="PRD-00042"), 1)], preset(key), centre_name=CENTRE, language="id"
    )
    image = rendered_page(pdf)
    found = {(b.format, b.text) for b in zxingcpp.read_barcodes(image)}
    assert (zxingcpp.BarcodeFormat.Code128, "PRD-00042") in found
    if PRESETS_BY_KEY[key].kind == LabelKind.TAG:  # the QR says the same
        assert (zxingcpp.BarcodeFormat.QRCode, "PRD-00042") in found


def test_the_batikmark_swatch_has_the_technique_colour(qapp):
    from rumahbatik.domain.stock import BATIKMARK_COLOURS

    def pixels_of(technique: str, colour: str) -> int:
        pdf = render_labels(
            [(item(technique=technique), 1)],
            preset("roll-tag-55x90"),
            centre_name=CENTRE,
            language="id",
        )
        image = rendered_page(pdf, dpi=150)
        h = colour.lstrip("#")
        target = tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))
        return sum(
            n
            for n, rgb in image.getcolors(1 << 20)
            if sum(abs(a - b) for a, b in zip(rgb, target, strict=True)) < 12
        )

    gold, silver = BATIKMARK_COLOURS["tulis"], BATIKMARK_COLOURS["kombinasi"]
    if silver.upper() == "#FFFFFF":
        silver = BATIKMARK_COLOURS["cap"]
    assert pixels_of("tulis", gold) > 100
    silver_kind = next(k for k, v in BATIKMARK_COLOURS.items() if v == silver)
    assert pixels_of(silver_kind, silver) > 100
    assert pixels_of(silver_kind, gold) == 0


def test_a_layout_is_a_value():
    layout = LabelLayout("x", "X", 100.0, 50.0, 1, 1, 100.0, 50.0, kind=LabelKind.PRICE)
    assert layout.is_roll and layout.per_page == 1
    assert replace(layout, columns=2).per_page == 2
