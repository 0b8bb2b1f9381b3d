"""Registers the bundled DejaVu Sans Condensed TTFs with reportlab.

Sheets use only these embedded fonts, never the PDF base-14 fonts: base-14
Helvetica has no Cyrillic or most of Latin Extended, and a viewer substitutes
whatever it has, so a printed name could silently lose its letters.
"""

from __future__ import annotations

import functools
from itertools import islice

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from app import paths

REGULAR = "FactSans"
BOLD = "FactSans-Bold"
ITALIC = "FactSans-Italic"

FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}


class SheetFont(TTFont):
    """A TTFont whose text encoding skips reportlab's per-character loop when it can.

    ``splitString`` turns every string drawn into (subset, bytes) chunks, one Python
    step per character, assigning subset codes to characters seen for the first
    time. Once a character has its code in subset 0 the mapping is fixed for the
    document, so text made only of such characters is encoded with one
    ``str.translate``; anything else (a new character, a second subset, a
    character the font lacks) takes reportlab's own path. Same bytes either way.
    """

    def splitString(self, text, doc, encoding="utf-8"):
        state = self.state.get(doc)
        if state is None or not isinstance(text, str) or not text:
            return super().splitString(text, doc, encoding)
        fast = state.__dict__.get("sheet_fast")
        if fast is None:
            fast = state.sheet_fast = [set(), {}, 0]  # known chars, translate table, synced
        known, table, synced = fast
        assignments = state.assignments
        if synced != len(assignments):
            # Assignments only grow (insertion-ordered): pick up the new ones.
            for code, n in islice(assignments.items(), synced, None):
                if n < 256:
                    known.add(chr(code))
                    table[code] = n
                    if code == 32:  # reportlab draws a no-break space as a space
                        known.add("\u00a0")
                        table[0xA0] = n
            fast[2] = len(assignments)
        if known.issuperset(text):
            return [(0, text.translate(table).encode("latin-1"))]
        return super().splitString(text, doc, encoding)


def _same_frag(f, g, _keys=("fontName", "fontSize", "textColor", "rise", "us_lines", "link",
                            "backColor", "nobr")):  # fmt: skip
    """reportlab's own pure-Python ``sameFrag`` (its fallback for the C accelerator).

    The rl_accel version probes missing attributes with ``hasattr`` from C, raising
    and discarding an AttributeError each time: ~4x slower, and the line breaker
    calls it once per word of every paragraph with markup.
    """
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return 0
    return [fd.get(k) for k in _keys] == [gd.get(k) for k in _keys]


@functools.cache
def register() -> str:
    """Register the family once per process; returns the regular font's name."""
    for name, filename in FILES.items():
        path = paths.resource("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font is missing: {path}")
        pdfmetrics.registerFont(SheetFont(name, str(path)))
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
    paragraph.sameFrag = _same_frag
    return REGULAR
