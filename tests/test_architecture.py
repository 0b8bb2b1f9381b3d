"""The layers stay apart: core, text, factsheet and the data commands never pay for Qt."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    return set(result.stdout.split())


def test_core_text_and_factsheet_never_import_qt():
    imports = "".join(
        f"import app.{package}.{path.stem}\n"
        for package in ("core", "text", "factsheet")
        for path in sorted((REPO / "app" / package).glob("*.py"))
    )
    loaded = _modules_after(imports)
    assert not {m for m in loaded if m.startswith("PySide6") or m.startswith("shiboken")}


@pytest.mark.parametrize("command", ["info", "list", "show KHM"])
def test_data_commands_import_neither_qt_nor_reportlab(command, fixture_db):
    code = (
        "import sys\nfrom app.cli import main\n"
        f"sys.argv = ['factsheets', '--db', {str(fixture_db)!r}, *{command.split()!r}]\n"
        "import io, contextlib\nwith contextlib.redirect_stdout(io.StringIO()): main(sys.argv[1:])"
    )
    loaded = _modules_after(code)
    assert not {m for m in loaded if m.split(".")[0] in {"PySide6", "reportlab", "shiboken6"}}


def test_no_module_outside_paths_looks_for_the_frozen_bundle():
    offenders = [
        p.relative_to(REPO)
        for p in (REPO / "app").rglob("*.py")
        if "_MEIPASS" in p.read_text(encoding="utf-8") and p.name != "paths.py"
    ]
    assert offenders == []
