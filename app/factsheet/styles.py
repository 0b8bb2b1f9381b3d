"""Page geometry, colours and paragraph styles, declared once for every sheet.

Colours are chosen to stay distinct in grayscale (dark ink, mid gray, light
tint), and every colour-coded fact also carries a word or a number. The low-ink
palette drops all area fills: rules and text only.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.factsheet import fonts

PAPER_SIZES = {"a4": A4, "letter": LETTER}

# Office printers cannot print the outer 4-6 mm; 18 mm leaves room for duplex shift too.
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm  # the footer sits inside this, still >= 10 mm above the edge
FOOTER_Y = 11 * mm


@dataclass(frozen=True)
class Palette:
    ink: colors.Color
    muted: colors.Color
    rule: colors.Color
    accent: colors.Color  # title band, highlighted country, latest bar
    accent_text: colors.Color  # text drawn on the accent
    tint: colors.Color  # table header and zebra fill
    bar: colors.Color
    bar_latest: colors.Color
    band_fill: bool


STANDARD = Palette(
    ink=colors.HexColor("#1a1a1a"),
    muted=colors.HexColor("#555555"),
    rule=colors.HexColor("#9a9a9a"),
    accent=colors.HexColor("#23395b"),  # dark navy: prints as near-black gray
    accent_text=colors.white,
    tint=colors.HexColor("#e9edf2"),
    bar=colors.HexColor("#8a9bb0"),
    bar_latest=colors.HexColor("#23395b"),
    band_fill=True,
)

LOW_INK = Palette(
    ink=colors.black,
    muted=colors.HexColor("#444444"),
    rule=colors.HexColor("#777777"),
    accent=colors.black,
    accent_text=colors.black,
    tint=colors.white,
    bar=colors.white,  # outlined bars with a hatch instead of a fill
    bar_latest=colors.HexColor("#bbbbbb"),
    band_fill=False,
)


def palette(low_ink: bool) -> Palette:
    return LOW_INK if low_ink else STANDARD


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        raise ValueError(f"unsupported paper {paper!r}; use a4 or letter") from None


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    headline: ParagraphStyle
    heading: ParagraphStyle
    figure_big: ParagraphStyle
    source: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    toc_entry: ParagraphStyle


@functools.cache
def styles(low_ink: bool = False, compact: bool = False) -> Styles:
    """The sheet's paragraph styles; ``compact`` tightens the spacing (never the type size)
    for a second layout pass when a sheet would leave a few lines alone on a page."""
    font = fonts.register()
    p = palette(low_ink)

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", font)
        kw.setdefault("textColor", p.ink)
        kw.setdefault("alignment", TA_LEFT)
        return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

    return Styles(
        body=style("body", 9.4, 12),
        small=style("small", 8, 9.2 if compact else 9.8, textColor=p.muted),
        tiny=style("tiny", 7.5, 9, textColor=p.muted),
        cell=style("cell", 9, 10.4 if compact else 10.8),
        cell_bold=style("cell_bold", 9, 10.8, fontName=fonts.BOLD),
        cell_head=style("cell_head", 8.5, 10.2, fontName=fonts.BOLD, textColor=p.muted),
        cell_right=style("cell_right", 9, 10.8, alignment=TA_RIGHT),
        headline=style("headline", 9, 10.8, autoLeading="max", spaceAfter=1),
        heading=style(
            "heading", 10.5, 13, fontName=fonts.BOLD, textColor=p.accent if not low_ink else p.ink,
            spaceBefore=3 if compact else 7, spaceAfter=1.5 if compact else 3, keepWithNext=1,
        ),
        figure_big=style("figure_big", 15, 17, fontName=fonts.BOLD),
        source=style("source", 7.5, 8.1 if compact else 9, leftIndent=11, firstLineIndent=-11),
        cover_title=style("cover_title", 26, 31, fontName=fonts.BOLD),
        cover_sub=style("cover_sub", 13, 17, textColor=p.muted),
        toc_entry=style("toc_entry", 9, 12),
    )
