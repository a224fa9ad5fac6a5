"""The motif catalogue service, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from rumahbatik.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from rumahbatik.domain.motifs import ImageKind
from rumahbatik.domain.people import MotifStatus, Technique
from rumahbatik.models import MotifImage, Person
from rumahbatik.services import audit, media, motifs
from rumahbatik.services.motifs import Colour, ImageInput, MotifFilter, MotifInput


def png(colour: str = "#8b5a2b", size: int = 64) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(buf, format="PNG")
    return buf.getvalue()


def person(db, name: str, *, artisan: bool = True) -> int:
    with db.transaction() as session:
        p = Person(full_name=name, name_key=name.lower(), is_artisan=artisan)
        session.add(p)
        session.flush()
        return p.id


def inp(**kw) -> MotifInput:
    base = dict(name="Manggur", philosophy="Mangga dan anggur, buah khas Kota Probolinggo.")
    base.update(kw)
    return MotifInput(**base)


def keep(data, **changes) -> MotifInput:
    """The form as the dialog would send it back for ``data`` (with ``changes``)."""
    values = dict(
        name=data.name,
        code=data.code,
        description=data.description,
        philosophy=data.philosophy,
        origin=data.origin,
        designer_id=data.designer.id if data.designer else None,
        co_designer_ids=[p.id for p in data.co_designers],
        techniques=[t.value for t in data.techniques],
        colours=list(data.colours),
        images=[
            ImageInput(kind=i.kind.value, caption=i.caption, image_id=i.id) for i in data.images
        ],
        created_on=data.created_on,
        status=data.status.value,
        hki_number=data.hki_number,
        hki_date=data.hki_date,
        royalty_kind=data.royalty_kind,
        royalty_value=data.royalty_value,
    )
    values.update(changes)
    return MotifInput(**values)


# ---------------------------------------------------------------- create, validate


def test_create_motif_with_everything(db, admin):
    ani = person(db, "Ani Suryani")
    budi = person(db, "Budi Santoso")
    m = motifs.create_motif(
        db,
        admin,
        inp(
            origin="Kota Probolinggo",
            designer_id=ani,
            co_designer_ids=[budi, ani],
            techniques=["cap", "tulis", "tulis"],
            colours=[("soga", "#8B5A2B"), Colour("indigo", "1f3a5f"), ("", "")],
            images=[ImageInput(kind="design", caption="desain", data=png())],
            created_on=date(2022, 5, 23),
            status="approved",
            hki_number="EC00202212345",
            hki_date=date(2022, 8, 1),
            royalty_kind="percent",
            royalty_value="5",
        ),
    )
    assert m.code == "MTF-001"
    assert m.designer.name == "Ani Suryani"
    assert [p.name for p in m.co_designers] == ["Budi Santoso"]  # the designer is not repeated
    assert m.techniques == (Technique.TULIS, Technique.CAP)
    assert m.colours == (Colour("soga", "#8b5a2b"), Colour("indigo", "#1f3a5f"))
    assert m.status is MotifStatus.APPROVED
    assert m.royalty_kind == "percent" and m.royalty_value == Decimal("5.00")
    assert m.version == 1
    assert motifs.get_motif(db, admin, m.id) == m
    entry = audit.list_audit(db, admin, audit.AuditFilter(entity="motif"))[0]
    assert entry.action == "create" and entry.changes["name"] == [None, "Manggur"]


def test_codes_are_generated_and_unique(db, admin):
    a = motifs.create_motif(db, admin, inp())
    b = motifs.create_motif(db, admin, inp(name="Seruni", code="mtf-010"))
    c = motifs.create_motif(db, admin, inp(name="Gending"))
    assert (a.code, b.code, c.code) == ("MTF-001", "MTF-010", "MTF-011")
    with pytest.raises(Conflict) as err:
        motifs.create_motif(db, admin, inp(name="Lain", code="MTF-010"))
    assert err.value.code == "motif_code_taken" and err.value.params["name"] == "Seruni"
    with pytest.raises(Conflict):
        motifs.update_motif(db, admin, a.id, keep(a, code="mtf-011"))
    renamed = motifs.update_motif(db, admin, a.id, keep(a, code="PBL-MANGGUR"))
    assert renamed.code == "PBL-MANGGUR"
    with pytest.raises(ValidationError) as err:
        motifs.create_motif(db, admin, inp(code="MTF 001"))
    assert err.value.code == "motif_code_invalid"


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"name": "  "}, "required", "Name"),
        ({"name": "x" * 121}, "value_invalid", "Name"),
        ({"colours": [("soga", "#8b5a2")]}, "colour_invalid", None),
        ({"colours": [("", "#8b5a2b")]}, "required", "Colour name"),
        ({"techniques": ["batik-lukis"]}, "value_invalid", "Techniques"),
        ({"status": "published"}, "value_invalid", "Status"),
        ({"hki_number": "EC001"}, "hki_date_required", None),
        ({"hki_date": date(2022, 1, 1)}, "required", "HKI registration number"),
        ({"royalty_kind": "percent", "royalty_value": "120"}, "value_invalid", "Royalty (%)"),
        (
            {"royalty_kind": "fixed", "royalty_value": "-1"},
            "value_invalid",
            "Royalty per piece (Rp)",
        ),
        ({"images": [ImageInput(data=b"not an image")]}, "value_invalid", "Image"),
        ({"images": [ImageInput(kind="sketch", data=png())]}, "value_invalid", "Image kind"),
        ({"images": [ImageInput()]}, "required", "Image"),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(db, admin, data_dir, changes, code, field):
    with pytest.raises(ValidationError) as err:
        motifs.create_motif(db, admin, inp(**changes))
    assert err.value.code == code
    if field:
        assert err.value.params["field"] == field
    assert motifs.count_motifs(db, admin) == 0
    assert not list((data_dir / "media").rglob("*.png"))


def test_designers_must_be_artisans(db, admin):
    customer = person(db, "Pak Haji Customer", artisan=False)
    with pytest.raises(ValidationError) as err:
        motifs.create_motif(db, admin, inp(designer_id=customer))
    assert err.value.code == "designer_not_artisan"
    assert "Pak Haji Customer" in err.value.english()
    with pytest.raises(ValidationError):
        motifs.create_motif(db, admin, inp(co_designer_ids=[customer]))
    with pytest.raises(NotFound):
        motifs.create_motif(db, admin, inp(designer_id=99999))


def test_status_changes_follow_the_rules(db, admin):
    m = motifs.create_motif(db, admin, inp())
    m = motifs.update_motif(db, admin, m.id, keep(m, status="approved"))
    with pytest.raises(ValidationError) as err:
        motifs.update_motif(db, admin, m.id, keep(m, status="draft"))
    assert err.value.code == "motif_status_change"
    m = motifs.update_motif(db, admin, m.id, keep(m, status="retired"))
    m = motifs.update_motif(db, admin, m.id, keep(m, status="approved"))
    assert m.status is MotifStatus.APPROVED


# ---------------------------------------------------------------- images


def test_images_are_files_with_thumbnails_and_rows_hold_paths(db, admin, data_dir):
    big = png("#c0392b", 900)
    m = motifs.create_motif(
        db,
        admin,
        inp(
            images=[ImageInput("photo", "kain jadi", png("#123456")), ImageInput("design", "", big)]
        ),
    )
    assert [i.kind for i in m.images] == [ImageKind.PHOTO, ImageKind.DESIGN]
    assert m.main_image().kind is ImageKind.DESIGN
    for img in m.images:
        assert img.file.startswith("motifs/") and not img.file.startswith("/")
        assert (data_dir / "media" / img.file).is_file()
        assert (data_dir / "media" / img.thumbnail).is_file()
        assert img.path == str(data_dir / "media" / img.file)
    with Image.open(m.images[1].thumbnail_path) as thumb:
        assert max(thumb.size) <= media.THUMBNAIL_SIZE[0]
    with db.read() as session:
        for row in session.query(MotifImage):
            assert len(row.file) < 100 and len(row.thumbnail) < 100
    [row] = motifs.list_motifs(db, admin)
    assert row.thumbnail_path == m.images[1].thumbnail_path  # the design image first


def test_reorder_and_remove_images_keep_files_still_in_use(db, admin, data_dir):
    shared = png("#2e7d32")
    a = motifs.create_motif(
        db, admin, inp(images=[ImageInput(data=shared), ImageInput("photo", "", png("#ffb300"))])
    )
    b = motifs.create_motif(db, admin, inp(name="Seruni", images=[ImageInput(data=shared)]))
    assert a.images[0].file == b.images[0].file  # one file for the same picture
    photo = a.images[1]
    # reorder and re-caption; then remove both from a
    a2 = motifs.update_motif(
        db,
        admin,
        a.id,
        keep(
            a,
            images=[
                ImageInput("photo", "baru", image_id=photo.id),
                ImageInput("design", "", image_id=a.images[0].id),
            ],
        ),
    )
    assert [(i.id, i.caption, i.position) for i in a2.images] == [
        (photo.id, "baru", 0),
        (a.images[0].id, "", 1),
    ]
    motifs.update_motif(db, admin, a.id, keep(a2, images=[]))
    assert (data_dir / "media" / shared_file(b)).is_file()  # b still uses it
    assert not (data_dir / "media" / photo.file).exists()
    assert not (data_dir / "media" / photo.thumbnail).exists()
    with pytest.raises(NotFound):
        motifs.update_motif(db, admin, a.id, keep(a2, images=[ImageInput(image_id=b.images[0].id)]))


def shared_file(m):
    return m.images[0].file


# ---------------------------------------------------------------- versions


def test_new_version_keeps_the_old_one(db, admin, data_dir):
    ani = person(db, "Ani Suryani")
    m = motifs.create_motif(
        db,
        admin,
        inp(
            designer_id=ani,
            colours=[("soga", "#8b5a2b")],
            images=[ImageInput(data=png("#8b5a2b"))],
            techniques=["tulis"],
        ),
    )
    v2 = motifs.new_version(db, admin, m.id, "warna baru untuk pameran")
    assert v2.version == 2
    changed = motifs.update_motif(
        db,
        admin,
        m.id,
        keep(
            v2,
            name="Manggur Baru",
            colours=[("indigo", "#1f3a5f")],
            images=[ImageInput(data=png("#1f3a5f"))],
        ),
    )
    assert changed.version == 2 and changed.name == "Manggur Baru"
    [info] = motifs.motif_versions(db, admin, m.id)
    assert (info.version, info.note, info.created_by) == (1, "warna baru untuk pameran", "admin")
    old = motifs.motif_version(db, admin, m.id, 1)
    assert old.name == "Manggur" and old.colours == (Colour("soga", "#8b5a2b"),)
    assert old.designer.name == "Ani Suryani" and old.techniques == (Technique.TULIS,)
    assert old.version == 1
    # the old version's image file is kept although no current row uses it
    assert old.images[0].file == m.images[0].file
    assert (data_dir / "media" / old.images[0].file).is_file()
    with pytest.raises(NotFound):
        motifs.motif_version(db, admin, m.id, 2)
    motifs.new_version(db, admin, m.id)
    assert [v.version for v in motifs.motif_versions(db, admin, m.id)] == [2, 1]


# ---------------------------------------------------------------- list and search


def test_list_filters_in_sql_and_pages(db, admin):
    ani, budi = person(db, "Ani"), person(db, "Budi")
    motifs.create_motif(db, admin, inp(designer_id=ani, techniques=["tulis"], status="approved"))
    motifs.create_motif(
        db,
        admin,
        inp(
            name="Seruni",
            philosophy="Bunga seruni, bunga kota.",
            co_designer_ids=[ani],
            designer_id=budi,
            techniques=["cap"],
        ),
    )
    motifs.create_motif(db, admin, inp(name="Gending", philosophy="Angin gending yang kering."))

    def names(**kw):
        return [r.name for r in motifs.list_motifs(db, admin, MotifFilter(**kw))]

    assert names() == ["Manggur", "Seruni", "Gending"]
    assert names(text="bunga") == ["Seruni"]
    assert names(text="mtf-003") == ["Gending"]
    assert names(text="SERU") == ["Seruni"]
    assert names(text="%") == [] and names(text="_") == []
    assert names(technique="cap") == ["Seruni"]
    assert names(designer_id=ani) == ["Manggur", "Seruni"]
    assert names(status="approved") == ["Manggur"]
    assert names(status="draft", text="angin") == ["Gending"]
    assert motifs.count_motifs(db, admin, MotifFilter(status="draft")) == 2
    first = motifs.list_motifs(db, admin, limit=2)
    rest = motifs.list_motifs(db, admin, after=first[-1], limit=2)
    assert [r.code for r in first + rest] == ["MTF-001", "MTF-002", "MTF-003"]
    row = first[0]
    assert row.designer_name == "Ani" and row.techniques == (Technique.TULIS,)
    assert row.thumbnail_path == ""
    assert [p.name for p in motifs.used_designers(db, admin)] == ["Ani", "Budi"]
    assert [p.name for p in motifs.designer_choices(db, admin)] == ["Ani", "Budi"]


# ---------------------------------------------------------------- delete, permissions


def test_delete_rules(db, admin, manager, staff, data_dir):
    draft = motifs.create_motif(db, staff, inp(images=[ImageInput(data=png("#abcdef"))]))
    motifs.new_version(db, staff, draft.id)
    approved = motifs.create_motif(db, staff, inp(name="Seruni", status="approved"))
    with pytest.raises(PermissionDenied):
        motifs.delete_motif(db, staff, draft.id)
    with pytest.raises(Conflict) as err:
        motifs.delete_motif(db, manager, approved.id)
    assert err.value.code == "motif_delete_refused"
    assert "retired instead" in err.value.english()
    motifs.delete_motif(db, manager, draft.id)
    with pytest.raises(NotFound):
        motifs.get_motif(db, admin, draft.id)
    assert not (data_dir / "media" / draft.images[0].file).exists()
    assert [r.name for r in motifs.list_motifs(db, admin)] == ["Seruni"]
    entry = audit.list_audit(db, admin, audit.AuditFilter(entity="motif", action="delete"))[0]
    assert entry.changes["name"] == ["Manggur", None]


def test_instructors_may_look_but_not_change(db, admin, instructor):
    m = motifs.create_motif(db, admin, inp())
    assert motifs.get_motif(db, instructor, m.id).name == "Manggur"
    for call in (
        lambda: motifs.create_motif(db, instructor, inp(name="Seruni")),
        lambda: motifs.update_motif(db, instructor, m.id, keep(m, name="X")),
        lambda: motifs.new_version(db, instructor, m.id),
        lambda: motifs.delete_motif(db, instructor, m.id),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_update_is_audited_with_old_and_new_values(db, admin):
    m = motifs.create_motif(db, admin, inp(royalty_kind="fixed", royalty_value=Decimal(15000)))
    motifs.update_motif(db, admin, m.id, keep(m, name="Manggur Emas", royalty_value="20000"))
    entry = audit.list_audit(db, admin, audit.AuditFilter(entity="motif", action="update"))[0]
    assert entry.changes["name"] == ["Manggur", "Manggur Emas"]
    assert entry.changes["royalty_value"] == ["15000.00", "20000.00"]
    assert "code" not in entry.changes


def test_royalty_from_a_stored_motif(db, admin):
    from rumahbatik.domain.motifs import royalty_for

    m = motifs.create_motif(db, admin, inp(royalty_kind="percent", royalty_value="2.5"))
    assert royalty_for(motifs.get_motif(db, admin, m.id), Decimal(125000), 3) == Decimal(9375)


# ---------------------------------------------------------------- demo


def test_demo_catalogue(db, data_dir):
    from rumahbatik.services import demo, motif_demo
    from rumahbatik.services.context import system_actor

    with db.transaction() as session:  # a few artisans, as the people step makes
        for name in ("Ani Suryani", "Budi Santoso", "Citra Dewi"):
            session.add(Person(full_name=name, name_key=name.lower(), is_artisan=True))
    with db.transaction() as session:
        motif_demo.demo_motifs(session, system_actor())
    actor = system_actor()
    rows = motifs.list_motifs(db, actor)
    assert len(rows) == len(motif_demo.MOTIFS) >= 10
    assert {r.status for r in rows} == set(MotifStatus)
    assert sum(1 for r in rows if r.hki_number) >= 1
    assert all(r.thumbnail_path and r.designer_name for r in rows)
    manggur = motifs.get_motif(db, actor, rows[0].id)
    assert manggur.name == "Manggur" and manggur.version == 2
    assert [i.kind for i in manggur.images] == [ImageKind.DESIGN, ImageKind.PHOTO]
    old = motifs.motif_version(db, actor, manggur.id, 1)
    assert len(old.colours) < len(manggur.colours)
    with Image.open(manggur.images[0].path) as img:
        assert min(img.size) >= 800
    names = [step.__name__ for step in demo.DEMO_STEPS]
    assert names.index("_motifs") < names.index("_stock")  # products are made in the motifs


def test_demo_catalogue_without_artisans(db, data_dir):
    from rumahbatik.services import motif_demo
    from rumahbatik.services.context import system_actor

    with db.transaction() as session:
        motif_demo.demo_motifs(session, system_actor())
    assert all(r.designer_name == "" for r in motifs.list_motifs(db, system_actor()))
