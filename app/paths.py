"""The one place that finds bundled files and user folders.

Bundled files live in ``resources/`` beside the ``app`` package in a source
checkout, in the installed wheel's data, or under ``sys._MEIPASS`` in a frozen
PyInstaller bundle. Nothing else in the code base looks at ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "landmine-factsheets"
DB_ENV_VAR = "FACTSHEETS_DB"


def resources_dir() -> Path:
    """Folder holding the bundled database, map geometry, fonts and icons."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"  # a wheel force-includes it here
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled file, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


def bundled_database() -> Path:
    return resource("factsheets.sqlite")


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: ``--db``, then ``$FACTSHEETS_DB``, then the data
    imported from packs (the user data folder's active state), then the bundled one."""
    if override:
        return Path(override)
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env)
    return active_user_database() or bundled_database()


def active_user_database() -> Path | None:
    """The database the last pack import or restore switched to, if any.

    ``active`` names one folder of ``states/``; app/packs/states.py replaces it
    atomically, so this reads either the old or the new name, never half.
    """
    root = user_data_dir()
    try:
        name = (root / "active").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name.isalnum():  # never follow a hand-edited path out of the folder
        return None
    path = root / "states" / name / "factsheets.sqlite"
    return path if database_schema(path) == expected_schema() else None


def expected_schema() -> int:
    from app.core.store import SCHEMA_VERSION

    return SCHEMA_VERSION


def database_schema(path: Path) -> int | None:
    """SQLite's user_version, read from the file header (bytes 60-63) without opening a connection.

    A database imported before an app update that changed the schema is not
    used (the bundled one is, and ``factsheets pack list`` and the window say why).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(64)
    except OSError:
        return None
    if len(header) < 64 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[60:64], "big")


def bundled_sources_dir() -> Path:
    """The source CSVs the bundled database was built from (packs are merged onto them)."""
    bundled = resource("sources")  # a binary that ships them carries them as resources
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent / "db" / "sources"


def user_data_dir() -> Path:
    """Imported data packs, trusted keys and database states (platformdirs' data folder)."""
    if sys.platform.startswith("linux"):  # same reasoning as user_config_dir: no import at start-up
        return xdg_base("XDG_DATA_HOME", "~/.local/share") / APP_NAME
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def xdg_base(variable: str, default: str) -> Path:
    """An XDG base folder; a relative value is invalid by the XDG spec and ignored
    (it would put settings wherever the app happened to be started)."""
    value = os.environ.get(variable, "").strip()
    if value and os.path.isabs(value):
        return Path(value)
    return Path(os.path.expanduser(default))


def user_config_dir() -> Path:
    """Where settings go: never inside the bundle (it may be read-only).

    On Linux this is platformdirs' XDG rule written out, because the window
    needs it before its first paint and importing platformdirs costs ~10 ms
    (measured); elsewhere platformdirs knows the conventions.
    """
    if sys.platform.startswith("linux"):
        return xdg_base("XDG_CONFIG_HOME", "~/.config") / APP_NAME
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def user_documents_dir() -> Path:
    """Default folder offered for exported fact sheets."""
    from platformdirs import user_documents_path

    return user_documents_path()
