"""A backup carries the photos and motif images (files in the media folder) with the rows."""

from __future__ import annotations

import shutil
import sqlite3

from sqlalchemy import inspect

from rumahbatik.config import resources_dir
from rumahbatik.services import backup, media


def test_media_files_travel_inside_the_backup_and_come_back(db, admin, tmp_path):
    stored = media.store_image((resources_dir() / "images" / "icon.png").read_bytes(), "people")
    original = media.media_path(stored.file).read_bytes()
    target = tmp_path / "with-media.rbbackup"
    backup.backup_database(db, admin, target)
    with sqlite3.connect(target) as conn:
        paths = {row[0] for row in conn.execute("SELECT path FROM backup_media")}
    assert {stored.file, stored.thumbnail} <= paths

    shutil.rmtree(media.media_root())
    backup.restore_database(db, admin, target)
    assert media.media_path(stored.file).read_bytes() == original
    assert media.media_path(stored.thumbnail).is_file()
    with db.engine.connect() as conn:
        assert not inspect(conn).has_table(backup.MEDIA_TABLE)  # stays out of the live database
