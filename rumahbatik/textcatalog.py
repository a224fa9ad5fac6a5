"""Translations for the command line, read from the same ``.ts`` files the GUI compiles.

The command line has no Qt (see the layers), so it reads the Qt Linguist XML directly, and
only when it has something to say: an error message in the user's language.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import lru_cache

from rumahbatik import config

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    path = config.resources_dir() / "i18n" / f"rumahbatik_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        log.warning("no translation catalogue at %s", path)
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                continue
            out[(name, message.findtext("source") or "")] = translation.text or ""
    return out


def translator(language: str):  # type: ignore[no-untyped-def]
    """A ``translate(context, text)`` function for ``language`` ("id" or "en")."""
    catalogue = _catalogue(language)

    def translate(context: str, text: str) -> str:
        return catalogue.get((context, text)) or text

    return translate
