"""The map notice: what the boundaries do not mean, whose data they are, in four languages,
and that it reaches a PDF's text next to the locator map (issue 11).

The sheet's own wiring (where the notice sits on the PDF and HTML sheet) is tested with
the sheet; here: the text, its data credit against the map files, and that it survives
the sheet fonts into extractable PDF text beside every country's locator.
"""

from __future__ import annotations

import json
import subprocess
import sys
from io import BytesIO

import pytest

from app import paths
from app.factsheet import map_notice
from app.factsheet.map_notice import BOUNDARY_DATA, disclaimer, short_notice
from app.text.languages import CODES as LANGUAGES


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_says_no_endorsement_no_claims_and_names_the_data(language):
    text = disclaimer(language)
    assert "Natural Earth 1:10m Admin 0" in text and "5.1.1" in text
    words = {
        "en": ("do not imply official endorsement or acceptance", "no government's claims", "public domain"),
        "fr": ("n'impliquent pas reconnaissance ou acceptation officielle", "d'aucun gouvernement",
               "domaine public"),
        "es": ("no implican su apoyo o aceptación oficial", "de ningún gobierno", "dominio público"),
        "ru": ("не подразумевают их официального одобрения или признания", "какого-либо правительства",
               "общественное достояние"),
    }[language]  # fmt: skip
    for phrase in words:
        assert phrase in text
    assert "5.1.1" in short_notice(language) and "Natural Earth" in short_notice(language)


def test_the_four_texts_differ_and_unknown_languages_get_english():
    assert len({disclaimer(lang) for lang in LANGUAGES}) == len(LANGUAGES)
    assert disclaimer("fr_FR") == disclaimer("fr-CA") == disclaimer("FR") == disclaimer("fr")
    assert disclaimer("ar") == disclaimer("") == disclaimer("en")
    assert short_notice("xx") == short_notice("en")


def test_the_notice_names_the_data_the_map_files_were_built_from():
    for name in ("world.json", "locator.json", "insets.json"):
        source = json.loads(paths.resource("map", name).read_text(encoding="utf-8"))["source"]
        assert f"Natural Earth {map_notice.NATURAL_EARTH_SCALE} admin-0 countries" in source
        assert f"NE {map_notice.NATURAL_EARTH_VERSION}" in source
    licence = paths.resource("map", "LICENSE-naturalearth.txt").read_text(encoding="utf-8")
    assert f"version {map_notice.NATURAL_EARTH_VERSION}" in licence and "public domain" in licence
    assert BOUNDARY_DATA.startswith("Natural Earth 1:10m")


def test_map_notice_needs_neither_qt_nor_reportlab():
    code = ("import sys, importlib.util as u; s = u.spec_from_file_location('n', 'app/factsheet/map_notice.py'); "
            "m = u.module_from_spec(s); s.loader.exec_module(m); m.disclaimer('ru'); "
            "print(sorted(k for k in ('PySide6', 'reportlab') if k in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=paths.resource("map").parent.parent)  # fmt: skip
    assert out.stdout.strip() == "[]"


def sheet_pages(codes: list[str], language: str) -> bytes:
    """One page per country: its locator map and the notice under it, in the sheet fonts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from app.factsheet import fonts
    from app.factsheet.locator import LocatorMap, load_locator_world

    fonts.register()
    world = load_locator_world()
    style = ParagraphStyle("notice", fontName=fonts.REGULAR, fontSize=7.5, leading=9)
    story = []
    for iso3 in codes:
        story += [LocatorMap(iso3, 58 * mm, 36 * mm, world=world), Paragraph(disclaimer(language), style),
                  PageBreak()]  # fmt: skip
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


def page_texts(data: bytes) -> list[str]:
    """Each page's text, read back by PDFium (pypdf parses 200 pages of map paths slowly)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return [flat(document[i].get_textpage().get_text_range()) for i in range(len(document))]
    finally:
        document.close()


def test_every_countrys_map_page_carries_the_notice_as_text():
    from app.factsheet.locator import load_locator_world

    codes = sorted(load_locator_world().countries)
    assert len(codes) == 200
    texts = page_texts(sheet_pages(codes, "en"))
    assert len(texts) == len(codes)
    want = flat(disclaimer("en"))
    missing = [iso3 for iso3, text in zip(codes, texts, strict=True) if want not in text]
    assert missing == []


@pytest.mark.parametrize("language", ["fr", "es", "ru"])
def test_the_notice_survives_the_sheet_fonts_in_every_language(language):
    (text,) = page_texts(sheet_pages(["TON"], language))
    assert flat(disclaimer(language)) in text
