"""Screenshots of the main window at the field-laptop sizes, in light and dark palettes.

    .venv/bin/python -m tests.ui.screenshots [-o OUT] [--sizes 1024x700,1366x768,1600x1000]
        [--palettes light,dark] [--select KHM] [--lang fr] [--docs]

Offscreen (QWidget.grab), on the bundled database unless --db is given, with the
user's settings kept out of the way (a temporary XDG_CONFIG_HOME). --docs writes
docs/screenshot-main-window.png (1366x768, light) as well. Set QT_SCALE_FACTOR=2
in the environment for the 200 % check.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", default="out/screenshots")
    parser.add_argument("--sizes", default="1024x700,1366x768,1600x1000")
    parser.add_argument("--palettes", default="light,dark")
    parser.add_argument("--select", default="KHM")
    parser.add_argument("--mode", default="apmbc", help="map colouring: apmbc, ccm or casualties")
    parser.add_argument("--lang", default=None)
    parser.add_argument("--db", default=None)
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshot-main-window.png")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="factsheets-shots-")
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication

    from app.core.store import Store
    from app.ui.app import _install_translations
    from app.ui.main_window import MainWindow
    from tests.ui.palettes import dark_palette

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look on every machine, and what a dark theme builds on
    _install_translations(app, args.lang)
    light = app.palette()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = Store.open(args.db)
    written = []
    for palette_name in args.palettes.split(","):
        app.setPalette(dark_palette() if palette_name == "dark" else light)
        for size in args.sizes.split(","):
            width, height = (int(n) for n in size.split("x"))
            window = MainWindow(store, restore=False)
            window.resize(width, height)
            window.map_panel.set_mode(args.mode)
            window.show()
            for _ in range(5):
                app.processEvents()
            if args.select:
                window.state.select(args.select)
            for _ in range(10):
                app.processEvents()
            window.profile.complete()
            app.processEvents()
            suffix = f"-{args.lang}" if args.lang else ""
            path = out / f"window-{width}x{height}-{palette_name}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
            if args.docs and (width, height) == (1366, 768) and palette_name == "light":
                window.grab().save(str(REPO / "docs" / "screenshot-main-window.png"))
            window.close()
            window.deleteLater()
            app.processEvents()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
