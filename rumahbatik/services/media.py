"""Image files (people's photos, motif images) kept in the media folder, with thumbnails.

Rows store only a path relative to the media folder, never the image itself. The folder is
``<data folder>/media`` unless the ``media_folder`` setting names another (a shared folder
when several PCs use one PostgreSQL database).
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from rumahbatik import config
from rumahbatik.domain import validation

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = (320, 320)
MAX_IMAGE_BYTES = 25 * 1024 * 1024
#: The longest side an original is kept at (phone photos are often 4000 px and more).
MAX_SIDE = 2400


@dataclass(frozen=True)
class StoredImage:
    file: str  # relative to the media folder
    thumbnail: str
    width: int
    height: int


def media_root(folder_setting: str = "") -> Path:
    root = Path(folder_setting).expanduser() if folder_setting else config.data_dir() / "media"
    root.mkdir(parents=True, exist_ok=True)
    return root


def media_path(relative: str, folder_setting: str = "") -> Path:
    """The absolute path of a stored file ("" stays "")."""
    return media_root(folder_setting) / relative if relative else Path()


def store_image(
    data: bytes, area: str, *, field: str = "Image", folder_setting: str = ""
) -> StoredImage:
    """Check ``data`` is a PNG or JPEG image, save it (downsized if huge) and a thumbnail.

    Files are named by content hash, so storing the same picture twice keeps one copy.
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise validation.invalid(field, "too_long", max=MAX_IMAGE_BYTES)
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format not in {"PNG", "JPEG"}:
                raise validation.invalid(field, "image")
            img = ImageOps.exif_transpose(img)
            img.load()
            fmt = img.format or ("PNG" if data.startswith(b"\x89PNG") else "JPEG")
            original = img.copy()
    except (UnidentifiedImageError, OSError) as exc:
        raise validation.invalid(field, "image") from exc
    digest = hashlib.sha256(data).hexdigest()[:24]
    suffix = ".png" if fmt == "PNG" else ".jpg"
    folder = media_root(folder_setting) / area
    folder.mkdir(parents=True, exist_ok=True)
    file_rel = f"{area}/{digest}{suffix}"
    thumb_rel = f"{area}/{digest}.thumb.png"
    target = folder / f"{digest}{suffix}"
    if not target.exists():
        if max(original.size) > MAX_SIDE:
            original.thumbnail((MAX_SIDE, MAX_SIDE))
        _save(original, target, fmt)
    thumb_target = folder / f"{digest}.thumb.png"
    if not thumb_target.exists():
        thumb = original.copy()
        thumb.thumbnail(THUMBNAIL_SIZE)
        _save(thumb, thumb_target, "PNG")
    return StoredImage(file_rel, thumb_rel, original.width, original.height)


def _save(img: Image.Image, target: Path, fmt: str) -> None:
    # Write then rename: a crash never leaves half an image behind a row.
    tmp = target.with_name(target.name + ".part")
    if fmt == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    img.save(tmp, format=fmt, optimize=True)
    tmp.replace(target)


def read_bytes(relative: str, folder_setting: str = "") -> bytes | None:
    """The stored file's bytes, or None if it is missing (logged, never raised)."""
    if not relative:
        return None
    path = media_path(relative, folder_setting)
    try:
        return path.read_bytes()
    except OSError:
        log.warning("media file missing: %s", path)
        return None
