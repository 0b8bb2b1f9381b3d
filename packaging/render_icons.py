"""Render packaging/icons/landmine-factsheets.svg to the PNG, ICO and ICNS files beside it.

Run after editing the SVG (the renders are committed, so a build needs no SVG tools):

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

Uses QtSvg from PySide6-Essentials; ICO and ICNS are written by Qt's image plugins.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
NAME = "landmine-factsheets"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # hicolor theme sizes


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (image plugins need an app)
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"render_icons: cannot read {NAME}.svg", file=sys.stderr)
        return 1

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    for size in PNG_SIZES:
        out = ICONS / f"{NAME}-{size}.png"
        render(size).save(str(out), "PNG")
        print(out.relative_to(ICONS.parent.parent))
    # Windows .ico (the largest size only: Windows scales it) and macOS .icns.
    for fmt, size in (("ico", 256), ("icns", 512)):
        out = ICONS / f"{NAME}.{fmt}"
        writer = QImageWriter(str(out), fmt.encode())
        if not writer.write(render(size)):
            print(f"render_icons: {fmt}: {writer.errorString()}", file=sys.stderr)
            return 1
        print(out.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
