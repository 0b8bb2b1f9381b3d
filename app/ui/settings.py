"""Where the GUI keeps its settings: one INI file in the user's config folder.

The path is explicit (never Qt's default location, never inside the app folder,
which may be read-only in a packaged build) so support staff can find it.
A folder that cannot be created (``XDG_CONFIG_HOME`` naming a file, an
unwritable or missing home) must not stop the window: settings then live for
this session only, and ``settings_problem()`` says why, for the status bar.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from app.paths import user_config_dir

_problem: list[str] = []  # the first reason settings cannot be saved, once per session


def settings_path() -> Path:
    return user_config_dir() / "settings.ini"


def settings_problem() -> str | None:
    return _problem[0] if _problem else None


def open_settings() -> QSettings:
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if not _problem:
            _problem.append(f"Settings cannot be saved in {path.parent} ({exc.strerror or exc}); "
                            "the window starts with its defaults.")  # fmt: skip
            print(f"factsheets: {_problem[0]}", file=sys.stderr)
    # QSettings never raises: on a folder it cannot write it keeps the values in memory.
    return QSettings(str(path), QSettings.Format.IniFormat)
