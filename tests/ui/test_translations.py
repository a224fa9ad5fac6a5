"""Every visible string is translated, and the compiled files match the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from rumahbatik.config import resources_dir

ROOT = Path(__file__).resolve().parents[2]
I18N = resources_dir() / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.find("translation")))
    return out


def text_of(translation: ET.Element | None) -> str:
    """The translation; for a plural (%n) message its one Indonesian form."""
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    if forms:
        return (forms[0].text or "") if all((f.text or "").strip() for f in forms) else ""
    return translation.text or ""


def is_plural(source: str) -> bool:
    return "%n" in source


@pytest.mark.parametrize("name", ["rumahbatik_id", "qt_extra_id"])
def test_every_string_has_a_finished_translation(name):
    ts = I18N / f"{name}.ts"
    missing = [
        f"{ctx}: {src}"
        for ctx, src, tr in messages(ts)
        if tr is None
        or tr.get("type") in {"unfinished", "vanished", "obsolete"}
        or not text_of(tr).strip()
    ]
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_placeholders_survive_translation():
    wrong = [
        f"{ctx}: {src!r} -> {tr.text!r}"
        for ctx, src, tr in messages(I18N / "rumahbatik_id.ts")
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text_of(tr)))
        or src.count("%n") != text_of(tr).count("%n")
    ]
    assert not wrong, "\n".join(wrong)


def test_the_ts_file_holds_every_string_of_the_code(tmp_path):
    """Run lupdate into a scratch copy: nothing may come out new (refresh with
    ``python scripts/update_translations.py``)."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    scratch = tmp_path / "check.ts"
    shutil.copyfile(I18N / "rumahbatik_id.ts", scratch)
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "rumahbatik").rglob("*.py")
        if "migrations" not in p.parts
    )
    subprocess.run(
        [lupdate, "-no-obsolete", *sources, "-ts", str(scratch)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    before = {(c, s) for c, s, _ in messages(I18N / "rumahbatik_id.ts")}
    after = {(c, s) for c, s, _ in messages(scratch)}
    assert after - before == set(), "strings missing from the .ts file"
    assert before - after == set(), "strings in the .ts file that the code no longer has"


@pytest.mark.parametrize("name", ["rumahbatik_id", "qt_extra_id"])
def test_compiled_file_is_current(qapp, name):
    ts = I18N / f"{name}.ts"
    translator = QTranslator()
    assert translator.load(str(I18N / f"{name}.qm")), f"{name}.qm missing: run the script"
    stale = [
        f"{ctx}: {src}"
        for ctx, src, tr in messages(ts)
        if translator.translate(ctx, src, None, 2 if is_plural(src) else -1) != text_of(tr)
    ]
    assert not stale, "the .qm is older than the .ts:\n" + "\n".join(stale[:10])


def test_indonesian_is_the_default_and_switches_the_sidebar(qapp):
    from rumahbatik.ui.i18n import install_translators

    assert install_translators("xx") == "id"  # unknown falls back to Indonesian
    try:
        assert QCoreApplication.translate("Navigation", "Artisans") == "Pengrajin"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    finally:
        install_translators("en")
    assert QCoreApplication.translate("Navigation", "Artisans") == "Artisans"


def test_no_tr_call_hides_inside_an_f_string():
    """lupdate does not read inside f-strings: a ``tr()`` there is never translated."""
    package = Path(__file__).resolve().parents[2] / "rumahbatik"
    hidden = re.compile(r"""\bf(["'])[^"'\n]*\{[^}\n]*\btr\(""")
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in package.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert found == []
