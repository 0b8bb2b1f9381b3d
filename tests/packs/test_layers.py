"""The pack code is Qt-free, and the viewing commands do not pay for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                            capture_output=True, text=True, cwd=REPO, check=True)  # fmt: skip
    return set(result.stdout.split())


def test_packs_never_import_qt():
    imports = "".join(f"import app.packs.{path.stem}\n" for path in sorted((REPO / "app" / "packs").glob("*.py")))
    loaded = _modules_after(imports)
    assert not {m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6"}}


def test_viewing_commands_do_not_load_crypto_or_the_build():
    loaded = _modules_after("import app.cli")
    assert not {m for m in loaded if m.split(".")[0] in {"cryptography", "db", "sqlite_utils", "zipfile"}}
