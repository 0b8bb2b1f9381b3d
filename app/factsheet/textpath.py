"""The one place the sheet turns logical text into the order glyphs are drawn in.

reportlab lays text out left to right with one glyph per character. Arabic
(and Hebrew) text needs its letters joined (shaping) and its runs reordered
(bidi) first, or it prints scrambled. Until the app speaks Arabic, right-to-left
runs inside left-to-right sheets (an Arabic source title) are shaped, reordered
and kept on one line, as the source gives them. A right-to-left sheet would do
the same here, per line, with the paragraph direction from app.text.languages.
"""

from __future__ import annotations

import re

RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def visual(text: str) -> str:
    """``text`` in drawing order; unchanged when it holds no right-to-left script."""
    if not RTL.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    shaped = get_display(arabic_reshaper.reshape(text))
    # One line: a reordered string must not be broken by the line wrapper.
    return shaped.replace(" ", "\u00a0")
