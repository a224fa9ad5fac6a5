"""Logging to a rotating file in the data folder (and warnings to the console)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from rumahbatik import config

_configured = False


def log_file() -> Path:
    return config.log_dir() / "rumahbatik.log"


def setup_logging(level: int = logging.INFO) -> Path:
    global _configured
    path = log_file()
    if _configured:
        return path
    root = logging.getLogger()
    root.setLevel(level)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    _configured = True
    return path
