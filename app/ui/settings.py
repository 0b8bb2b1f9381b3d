"""Where the GUI keeps its settings: one INI file in the user's config folder.

The path is explicit (never Qt's default location, never inside the app folder,
which may be read-only in a packaged build) so support staff can find it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.paths import user_config_dir


def settings_path() -> Path:
    return user_config_dir() / "settings.ini"


def open_settings() -> QSettings:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
