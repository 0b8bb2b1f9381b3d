"""Registers the bundled DejaVu Sans Condensed TTFs with reportlab.

Sheets use only these embedded fonts, never the PDF base-14 fonts: base-14
Helvetica has no Cyrillic or most of Latin Extended, and a viewer substitutes
whatever it has, so a printed name could silently lose its letters.
"""

from __future__ import annotations

import functools

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths

REGULAR = "FactSans"
BOLD = "FactSans-Bold"
ITALIC = "FactSans-Italic"

FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}


@functools.cache
def register() -> str:
    """Register the family once per process; returns the regular font's name."""
    for name, filename in FILES.items():
        path = paths.resource("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font is missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b>, <i> and <b><i> in paragraphs; there is no bold-oblique file, bold stands in.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    # reportlab.graphics starts every Drawing by selecting its default font (Helvetica),
    # which puts a base-14 font in the page resources even if no string uses it.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    # Streams are Flate-compressed binary; the extra ASCII85 layer (reportlab's default)
    # only makes files 25% bigger and costs a pure-Python pass over every byte.
    rl_config.useA85 = 0
    return REGULAR
