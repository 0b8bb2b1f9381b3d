"""Starting the GUI from the command line: no display, smoke run."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _env_without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}


def test_gui_without_a_display_says_so_in_one_line():
    done = subprocess.run([sys.executable, "-m", "app"], cwd=REPO, env=_env_without_display(),
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr


def test_smoke_run_paints_offscreen_and_exits_0(fixture_db, tmp_path):
    env = _env_without_display() | {"XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(fixture_db), "gui", "--smoke"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "first paint with data" in done.stdout
