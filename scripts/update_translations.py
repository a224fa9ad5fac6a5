"""Refresh the translation sources and compile them.

    python scripts/update_translations.py

1. ``pyside6-lupdate`` collects every marked string of rumahbatik/ into
   ``resources/i18n/rumahbatik_id.ts`` (existing translations are kept; strings no longer
   in the code are dropped).
2. Translate the new entries (``type="unfinished"``) with Qt Linguist (``pyside6-linguist``)
   or any text editor.
3. ``pyside6-lrelease`` compiles every ``.ts`` in resources/i18n to the ``.qm`` the program
   loads (``qt_extra_id.ts`` holds Qt's own button texts, which Qt does not ship in Indonesian).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = sorted(
    str(p.relative_to(ROOT))
    for p in (ROOT / "rumahbatik").rglob("*.py")
    if "migrations" not in p.parts
)


def lupdate() -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            "-no-obsolete",
            "-locations",
            "relative",
            *SOURCES,
            "-ts",
            str(I18N / "rumahbatik_id.ts"),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="only run lrelease")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if not args.compile_only:
        lupdate()
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
