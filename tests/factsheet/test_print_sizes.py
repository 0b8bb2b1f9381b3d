"""Type on the sheet is large enough to read in print: body 9 pt, nothing under 7.5 pt."""

from __future__ import annotations

import ctypes

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from app.factsheet.build import build_sheet
from app.factsheet.styles import styles


def font_sizes(pdf_bytes: bytes) -> list[float]:
    """The effective size (font size x text matrix scale) of every text object on every page."""
    sizes = []
    for page in pypdfium2.PdfDocument(pdf_bytes):
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), max_depth=5):
            size = ctypes.c_float()
            pdfium_c.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size))
            matrix = obj.get_matrix()
            sizes.append(round(size.value * abs(matrix.d or matrix.a or 1), 2))
    return sizes


@pytest.mark.parametrize(("iso3", "language"), [("KHM", "en"), ("UKR", "ru"), ("USA", "fr"), ("TON", "es")])
def test_no_text_on_a_sheet_is_smaller_than_7_5_pt(store, world, iso3, language):
    sizes = font_sizes(build_sheet(store.profile(iso3), language, world_casualties=world))
    assert sizes and min(sizes) >= 7.5, sorted(set(sizes))[:5]


def test_body_and_table_text_are_at_least_9_pt():
    s = styles()
    assert min(st.fontSize for st in (s.body, s.cell, s.cell_bold, s.cell_right, s.headline)) >= 9
    assert min(st.fontSize for st in (s.small, s.tiny, s.source)) >= 7.5


def test_a_french_number_never_breaks_across_lines():
    from app.factsheet.markup import _p

    paragraph = _p("aaaa bbbb 6\u202f600\u202f000 ccc", styles().cell)
    paragraph.wrap(60, 100)
    lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
    assert any("6\u00a0600\u00a0000" in line for line in lines), lines


def test_a_few_spilled_lines_are_pulled_back_rather_than_printing_a_near_empty_page(store, world):
    """The fixture's Cambodia spills two source lines at normal spacing; the compact pass keeps it on one page."""
    from io import BytesIO

    from app.factsheet import build
    from app.factsheet.sections import EndMark

    profile = store.profile("KHM")
    end = EndMark()
    footer = build._page_end_factory(profile.dataset, "en", build.date.today(), build.palette(False), "a4")
    doc = build._document(BytesIO(), "a4", "t", "s", "en", "k", footer)
    doc.build(build.sheet_story(profile, "en", "a4", False, world, end=end),
              canvasmaker=build._canvas_maker("en", build.palette(False)))  # fmt: skip
    assert end.page == 2 and end.used < build.NEAR_EMPTY  # the first pass would waste a page
    assert len(pypdfium2.PdfDocument(build_sheet(profile, "en", world_casualties=world))) == 1
