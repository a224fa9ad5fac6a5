"""The demo's motif catalogue: motifs of Kota Probolinggo with drawn pictures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from rumahbatik.models import MotifColour, Person
from rumahbatik.services import motif_art, motifs
from rumahbatik.services.context import Actor
from rumahbatik.services.motifs import Colour, ImageInput, MotifInput

SOGA = ("soga", "#7b4a26")
SOGA_TUA = ("soga tua", "#4a2c17")
INDIGO = ("indigo", "#1f3a5f")
MENGKUDU = ("merah mengkudu", "#9e2b25")
HIJAU = ("hijau daun", "#3f7d3a")
KUNING = ("kuning mangga", "#f2b233")
UNGU = ("ungu anggur", "#5b2a6e")
KREM = ("krem mori", "#f4e9d4")
BIRU_LAUT = ("biru laut", "#2c6e91")
PUTIH = ("putih gading", "#fbf5e6")


@dataclass(frozen=True)
class DemoMotif:
    name: str
    style: str  # a drawing in motif_art
    art: tuple[str, ...]  # the drawing's palette: ground first
    colours: tuple[tuple[str, str], ...]  # the named palette shown in the catalogue
    philosophy: str
    description: str
    techniques: tuple[str, ...]
    status: str
    created_on: date
    hki: tuple[str, date] | None = None
    royalty: tuple[str, Decimal] = ("none", Decimal(0))
    co_designers: int = 0
    photo: bool = False


MOTIFS: list[DemoMotif] = [
    DemoMotif(
        "Manggur",
        "manggur",
        ("#7b4a26", "#f2b233", "#5b2a6e", "#3f7d3a", "#f4e9d4"),
        (SOGA, KUNING, UNGU, HIJAU, KREM),
        "Manggur berasal dari kata mangga dan anggur, dua buah yang menjadi ikon Kota "
        "Probolinggo. Mangga melambangkan kesuburan tanah dan kerja keras petani, anggur "
        "melambangkan kebersamaan karena buahnya tumbuh bergerombol. Bersama-sama keduanya "
        "menggambarkan warga kota yang makmur karena saling menopang.",
        "Buah mangga dan untaian anggur di atas latar soga, diisi isen-isen cecek dan "
        "dibingkai pinggiran tumpal. Motif unggulan Rumah Batik.",
        ("tulis", "cap", "kombinasi"),
        "approved",
        date(2019, 3, 12),
        hki=("EC00201934517", date(2019, 9, 2)),
        royalty=("percent", Decimal(5)),
        co_designers=1,
        photo=True,
    ),
    DemoMotif(
        "Seruni",
        "seruni",
        ("#f4e9d4", "#c9a227", "#7b4a26", "#3f7d3a", "#fbf5e6"),
        (KREM, ("kuning emas", "#c9a227"), SOGA, HIJAU),
        "Bunga seruni adalah bunga khas Kota Probolinggo. Kelopaknya yang berlapis-lapis "
        "melambangkan kesabaran dan ketulusan; bunga yang tetap mekar di musim kemarau "
        "mengingatkan agar kita tetap berbuat baik dalam keadaan sulit.",
        "Rosetan bunga seruni bersusun diagonal dengan daun kecil, latar krem mori.",
        ("tulis",),
        "approved",
        date(2020, 7, 1),
        royalty=("fixed", Decimal(10000)),
    ),
    DemoMotif(
        "Bayuangga",
        "bayuangga",
        ("#1f3a5f", "#2c6e91", "#f2b233", "#5b2a6e", "#fbf5e6"),
        (INDIGO, BIRU_LAUT, KUNING, UNGU, PUTIH),
        "Bayuangga adalah semboyan Kota Probolinggo: Bayu berarti angin, yaitu angin gending, "
        "dan Angga dari anggur dan mangga. Angin yang membawa buah ke seluruh negeri "
        "melambangkan harapan agar karya warga kota dikenal luas dan membawa berkah.",
        "Garis angin berombak warna biru dengan mangga dan anggur di antaranya.",
        ("cap", "kombinasi"),
        "approved",
        date(2021, 1, 20),
        hki=("EC00202178210", date(2021, 6, 14)),
        co_designers=2,
    ),
    DemoMotif(
        "Gending",
        "gending",
        ("#e9d9b8", "#9e2b25", "#7b4a26", "#1f3a5f", "#fbf5e6"),
        (("pasir", "#e9d9b8"), MENGKUDU, SOGA, INDIGO),
        "Angin gending adalah angin kering dan kencang yang bertiup di Probolinggo pada musim "
        "kemarau. Garis yang meliuk tanpa putus melambangkan keteguhan: seperti angin gending, "
        "warga Probolinggo terus bergerak dan tidak mudah menyerah.",
        "Pita-pita angin berlapis tiga warna dengan ukel (lengkung kecil) angin.",
        ("tulis", "colet"),
        "approved",
        date(2021, 8, 17),
    ),
    DemoMotif(
        "Mangrove Pantai Mayangan",
        "mangrove",
        ("#dfeee0", "#4a2c17", "#3f7d3a", "#2c6e91", "#fbf5e6"),
        (("hijau muda", "#dfeee0"), SOGA_TUA, HIJAU, BIRU_LAUT),
        "Hutan mangrove di Pantai Mayangan menahan abrasi dan menjadi rumah bagi ikan dan "
        "burung. Akar yang saling mencengkeram melambangkan gotong royong menjaga alam pesisir "
        "untuk anak cucu.",
        "Pohon bakau dengan akar tunjang di atas air berombak, langit berisi cecek.",
        ("cap",),
        "draft",
        date(2024, 2, 5),
    ),
    DemoMotif(
        "Kapal Mayangan",
        "kapal",
        ("#f4e9d4", "#1f3a5f", "#9e2b25", "#2c6e91", "#fbf5e6"),
        (KREM, INDIGO, MENGKUDU, BIRU_LAUT),
        "Pelabuhan Mayangan adalah pintu laut Kota Probolinggo. Perahu nelayan yang berangkat "
        "bersama melambangkan semangat kerja, keberanian dan rezeki yang dibawa pulang untuk "
        "keluarga.",
        "Perahu layar berjajar di atas ombak bersisik, warna indigo dan merah mengkudu.",
        ("cap", "printing"),
        "approved",
        date(2022, 5, 23),
    ),
    DemoMotif(
        "Anggur Kenari",
        "anggur_kenari",
        ("#efe0c0", "#5b2a6e", "#3f7d3a", "#f2c14e", "#fbf5e6"),
        (("gading", "#efe0c0"), UNGU, HIJAU, ("kuning kenari", "#f2c14e")),
        "Burung kenari yang hinggap di sulur anggur melambangkan kegembiraan dan suara yang "
        "merdu. Motif ini mengajak kita bersyukur atas hasil kebun dan menjaga keharmonisan "
        "keluarga.",
        "Sulur anggur menjalar dengan buah bergerombol dan burung kenari.",
        ("tulis",),
        "draft",
        date(2024, 9, 10),
        co_designers=1,
    ),
    DemoMotif(
        "Pesisir Kanigaran",
        "pesisir_kanigaran",
        ("#fbf5e6", "#9e2b25", "#f2b233", "#3f7d3a", "#fbf5e6"),
        (PUTIH, MENGKUDU, KUNING, HIJAU),
        "Kanigaran adalah kecamatan tempat Rumah Batik berdiri. Garis miring (lereng) yang "
        "berulang melambangkan langkah yang terus maju, dan bunga-bunga kecil khas batik "
        "pesisir melambangkan keterbukaan warga pantai utara terhadap tamu.",
        "Lereng merah mengkudu berisi bunga kecil dengan daun hijau, gaya batik pesisir.",
        ("cap", "colet"),
        "retired",
        date(2020, 11, 3),
    ),
    DemoMotif(
        "Kawung Probolinggo",
        "kawung",
        ("#f4e9d4", "#7b4a26", "#4a2c17", "#f2b233", "#fbf5e6"),
        (KREM, SOGA, SOGA_TUA, KUNING),
        "Kawung adalah motif tua berbentuk empat buah aren yang tersusun rapi. Versi "
        "Probolinggo memberi bunga mangga di tengahnya. Maknanya: hidup yang tertata, jujur "
        "dan bermanfaat bagi sesama, seperti pohon aren yang seluruh bagiannya berguna.",
        "Kisi kawung klasik dalam warna soga dengan bunga kecil kuning di pusatnya.",
        ("tulis", "cap"),
        "approved",
        date(2022, 10, 2),
    ),
    DemoMotif(
        "Sekar Jagad Probolinggo",
        "sekar_jagad",
        ("#4a2c17", "#9e2b25", "#1f3a5f", "#3f7d3a", "#f4e9d4"),
        (SOGA_TUA, MENGKUDU, INDIGO, HIJAU, KREM),
        "Sekar jagad berarti bunga dunia: pulau-pulau kecil dengan isian berbeda yang bersatu "
        "dalam satu kain. Motif ini melambangkan keberagaman warga Kota Probolinggo, Jawa dan "
        "Madura, yang hidup rukun berdampingan.",
        "Pulau-pulau berisi cecek, garis, bunga dan sisik dalam tiga warna.",
        ("kombinasi",),
        "draft",
        date(2025, 4, 21),
    ),
]

#: Manggur's first version had a lighter ground; the second added the grape purple.
MANGGUR_V1_COLOURS = (SOGA, KUNING, HIJAU)


def _artisans(session: Session) -> list[int]:
    return list(
        session.scalars(select(Person.id).where(Person.is_artisan.is_(True)).order_by(Person.id))
    )


def demo_motifs(session: Session, actor: Actor) -> None:
    """Demo step: the motif catalogue (designers are picked from the demo's artisans)."""
    artisans = _artisans(session)
    folder = motifs.media_folder_of(session)
    for i, m in enumerate(MOTIFS):
        designer = artisans[(i * 3) % len(artisans)] if artisans else None
        co = (
            [artisans[(i * 3 + k + 1) % len(artisans)] for k in range(m.co_designers)]
            if artisans
            else []
        )
        images = [
            ImageInput("design", f"Desain motif {m.name}", motif_art.design_image(m.style, m.art))
        ]
        if m.photo:
            images.append(
                ImageInput(
                    "photo",
                    f"Kain batik {m.name} yang sudah jadi",
                    motif_art.cloth_photo(m.style, m.art),
                )
            )
        first_colours = MANGGUR_V1_COLOURS if m.name == "Manggur" else m.colours
        row = motifs.create_in_session(
            session,
            actor,
            MotifInput(
                name=m.name,
                description=m.description,
                philosophy=m.philosophy,
                origin="Kota Probolinggo",
                designer_id=designer,
                co_designer_ids=co,
                techniques=m.techniques,
                colours=[Colour(n, h) for n, h in first_colours],
                images=images,
                created_on=m.created_on,
                status=m.status,
                hki_number=m.hki[0] if m.hki else "",
                hki_date=m.hki[1] if m.hki else None,
                royalty_kind=m.royalty[0],
                royalty_value=m.royalty[1],
            ),
            folder=folder,
        )
        if m.name == "Manggur":
            motifs.new_version_in_session(
                session, actor, row, "Palet diperbarui: ungu anggur dan krem mori ditambahkan"
            )
            row.colours = [
                MotifColour(position=k, name=n, hex=h) for k, (n, h) in enumerate(m.colours)
            ]
            session.flush()
