"""Find out, before QApplication exists, whether Qt could open a display at all.

Qt does not fail gracefully here: an unknown ``QT_QPA_PLATFORM`` or a
``DISPLAY`` with no X server behind it makes it call abort() (exit -6) after
five lines of plugin diagnostics. The checks below are the ones Qt would make
first, done without Qt: the platform plugin file exists, and the local X or
Wayland socket exists and accepts a connection. A remote display (``host:10``
over ssh) is left to Qt: probing it would mean a network connection.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path

HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def platform_plugins() -> set[str]:
    """Names of the installed platform plugins ("xcb", "wayland", "offscreen"...)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = set()
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            stem = entry.name.split(".")[0]
            if stem.startswith("libq"):
                names.add(stem[4:])
            elif stem.startswith("q"):  # Windows and macOS plugin names
                names.add(stem[1:])
    return names


def display_problem() -> str | None:
    """One sentence when no requested display can work; None when Qt should manage."""
    if not sys.platform.startswith("linux"):
        return None
    requested = [p.split(":")[0].strip() for p in os.environ.get("QT_QPA_PLATFORM", "").split(";")]
    requested = [p for p in requested if p]
    if requested:
        plugins = platform_plugins()
        usable = [p for p in requested if p in plugins or p.startswith("wayland") and "wayland" in plugins]
        if not usable:
            return (f"the display platform {requested[0]!r} (QT_QPA_PLATFORM) is not available; "
                    f"available: {', '.join(sorted(plugins)) or 'none'}")  # fmt: skip
        if any(p in HEADLESS for p in usable):
            return None
        wants_x = any(p == "xcb" for p in usable)
        wants_wayland = any(p.startswith("wayland") for p in usable)
    else:
        wants_x = wants_wayland = True
    if wants_wayland and _wayland_reachable():
        return None
    if wants_x:
        return _x_problem()
    return "cannot connect to the Wayland display (WAYLAND_DISPLAY); run it in a desktop session"


def _x_problem() -> str | None:
    display = os.environ.get("DISPLAY", "")
    if not display:
        return ("no display (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session, "
                "or use `factsheets export`")  # fmt: skip
    reachable = _x_reachable(display)
    if reachable is False:
        return (f"cannot connect to the X display {display!r} (no X server answers there); "
                "run it in a desktop session, or use `factsheets export`")  # fmt: skip
    return None


def _x_reachable(display: str) -> bool | None:
    """True/False for a local display (":0", "unix:0"); None when it cannot be told without the network."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return None
    path = f"/tmp/.X11-unix/X{number}"
    for address in (path, "\0" + path):  # the file, then Linux's abstract socket of the same name
        with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            sock.connect(address)
            return True
    return False


def _wayland_reachable() -> bool:
    name = os.environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = name if os.path.isabs(name) else os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""), name)
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        sock.connect(path)
        return True
    return False
