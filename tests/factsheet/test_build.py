"""The single sheet: content read back from the PDF, fonts, metadata, stability."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.factsheet.build import build_pack, build_sheet
from tests.factsheet.conftest import GENERATED, pdf_text

BASE14 = {
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier",
    "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats",
}  # fmt: skip


def sheet(store, world, iso3: str, **kwargs) -> bytes:
    kwargs.setdefault("generated", GENERATED)
    return build_sheet(store.profile(iso3), world_casualties=world, **kwargs)


def fonts_of(data: bytes) -> dict[str, object]:
    """Every font dictionary used by any page (including inside form XObjects)."""
    found: dict[str, object] = {}

    def walk(resources) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in PdfReader(BytesIO(data)).pages:
        walk(page.get("/Resources"))
    return found


def test_cambodia_sheet_has_name_dates_and_sources(store, world):
    text = pdf_text(sheet(store, world, "KHM"))
    assert "Cambodia" in text
    assert "1999 (ratification)" in text  # a year-only date prints as the year only
    assert "Jan 1, 1999" not in text
    assert "286 casualties in 2010" in text
    assert "Landmine Monitor 2011" in text
    assert "no figure for 2009 in this dataset" in text
    for source in store.profile("KHM").sources():
        assert source.url in text.replace(" ", "")


def test_day_dates_and_withdrawal(store, world):
    tonga = pdf_text(sheet(store, world, "TON"))
    assert "Jun 25, 2025 (accession)" in tonga and "Dec 1, 2025" in tonga
    finland = pdf_text(sheet(store, world, "FIN"))
    assert "Withdrawn" in finland
    assert "notified Jul 10, 2025" in finland and "effective Jan 10, 2026" in finland
    ukraine = pdf_text(sheet(store, world, "UKR"))
    assert "Feb 24, 1999" in ukraine and "Dec 27, 2005" in ukraine and "Jun 1, 2006" in ukraine
    assert "Article 20(3)" in ukraine


def test_missing_figures_say_what_the_dataset_lacks_never_zero(store, world):
    text = pdf_text(sheet(store, world, "USA"))
    # One line names what this dataset lacks, instead of a row of gaps per group;
    # "not reported" would claim the source said nothing, which nobody checked.
    assert "Not in this dataset: casualty figures, survivors, victim assistance, clearance, stockpiles." in text
    assert "not reported" not in text
    # No casualty rows of its own: the world editions in the database were searched.
    assert "No casualty figure in this dataset (searched: Landmine Monitor 2011, 2025)." in text
    assert "0 casualties" not in text
    # Treaties with no row at all.
    assert text.count("no data") >= 4
    # The policy timeline with its dates.
    assert "Jun 21, 2022" in text and "1991" in text


def test_computed_entry_into_force_is_marked(store, world):
    profile = store.profile("TON")
    computed = tuple(t._replace(eif_basis="computed") for t in profile.treaties)
    data = build_sheet(profile._replace(treaties=computed), world_casualties=world,
                       generated=GENERATED)  # fmt: skip
    text = pdf_text(data)
    assert "Dec 1, 2025 †" in text or "Dec 1, 2025†" in text
    assert "entry-into-force rule" in text


def test_every_font_is_embedded_and_none_is_base14(store, world):
    for iso3 in ("KHM", "UKR"):
        found = fonts_of(sheet(store, world, iso3, low_ink=True))
        assert found, "no fonts found"
        for name, font in found.items():
            assert name.split("+")[-1].lstrip("/") not in BASE14, name
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_metadata_language_and_outline(store, world):
    data = sheet(store, world, "UKR", language="fr")
    reader = PdfReader(BytesIO(data))
    meta = reader.metadata
    assert meta.title.startswith("Ukraine")
    assert meta.subject and meta.creator.startswith("Landmine Fact Sheets")
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    outline = reader.outline
    assert outline[0].title == "Ukraine"
    assert any(getattr(child, "title", "") == "Chiffres clés" for child in outline[1])


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Key figures"), ("fr", "Chiffres clés"), ("es", "Cifras clave")],
)
def test_labels_and_dates_follow_the_language(store, world, language, expected):
    text = pdf_text(sheet(store, world, "TON", language=language))
    assert expected in text
    if language == "fr":
        assert "25 juin 2025" in text
        assert "Polynésie · Océanie" in text  # UN M49 names from CLDR
    if language == "es":
        assert "25 jun 2025" in text
        assert "Polinesia · Oceanía" in text


def test_page_x_of_y_and_paper(store, world):
    data = sheet(store, world, "USA", paper="letter")
    reader = PdfReader(BytesIO(data))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    count = len(reader.pages)
    assert 1 <= count <= 2
    assert f"Page 1 of {count}" in pdf_text(data)
    assert "Generated Dec 1, 2026" in pdf_text(data)


def test_output_is_byte_stable(store, world):
    assert sheet(store, world, "UKR") == sheet(store, world, "UKR")
    profiles = [store.profile(c) for c in ("KHM", "TON")]
    first = build_pack(profiles, "two", world_casualties=world, generated=GENERATED)
    assert first == build_pack(profiles, "two", world_casualties=world, generated=GENERATED)


def test_pack_has_cover_contents_and_one_bookmark_per_country(store, world):
    codes = ("FIN", "KHM", "TON", "UKR", "USA")
    profiles = [store.profile(c) for c in codes]
    data = build_pack(profiles, "All countries, 5 countries", world_casualties=world,
                      generated=GENERATED)  # fmt: skip
    reader = PdfReader(BytesIO(data))
    top = [item for item in reader.outline if not isinstance(item, list)]
    names = [p.country.name for p in profiles]
    assert [i.title for i in top if i.title in names] == names
    pages = {i.title: reader.get_destination_page_number(i) for i in top}
    text = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    assert "Landmine fact sheets" in text[0] and "All countries, 5 countries" in text[0]
    assert "Contents" in text[1]
    for name in names:
        # The contents gives the page (1-based) the bookmark points at.
        assert f"{name}" in text[1]
        assert name in text[pages[name]]
        assert f"{pages[name] + 1}" in text[1]
    assert f"Page 2 of {len(reader.pages)}" in text[1]


def test_factsheet_never_imports_qt():
    code = (
        "import sys, app.factsheet.build, app.factsheet.batch, app.factsheet.charts, "
        "app.text.i18n; assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_sheet_paragraph_draws_the_same_bytes_as_a_paragraph():
    # The fast path (no parser for plain text, one wrap per width) must not change the PDF.
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.factsheet.markup import SheetParagraph
    from app.factsheet.styles import styles

    s = styles(False)
    texts = [("Plain words, one line", s.cell), ("A longer plain text " * 12, s.body),
             ("<a name='x'/>Markup <b>bold</b> and a note<super><a href='#x'>1</a></super>", s.cell),
             ("Ampersand &amp; entity", s.small), ("–", s.cell),
             # The markup the sheets write, which takes the tuple-tree parse.
             ('<a name="y"/>1.\u00a0<b>A &amp; B</b>: <i>t &lt;x&gt;</i>. <a href="https://a.org/'
              '?q=1&amp;r=2" color="#23395b">https://a.org/?q=1&amp;r=2</a> (seen)', s.source),
             ('<font size="14"><b>1,234</b></font> casualties<super><a href="#y">1</a>, '
              '<a href="#x">2</a></super>', s.headline),
             ("Notified 1 May<br/>effective 2 Nov", s.cell)]  # fmt: skip

    def pdf(kind) -> bytes:
        out = BytesIO()
        paras = [kind(text, style) for text, style in texts]
        table = Table([[kind(text, style) for text, style in texts[:2]]], colWidths=[60, 200])
        SimpleDocTemplate(out, invariant=1).build([*paras, table])
        return out.getvalue()

    assert pdf(SheetParagraph) == pdf(Paragraph)


def test_markup_tree_takes_only_the_markup_it_knows():
    from app.factsheet.markup import _markup_tree

    assert _markup_tree('a <b>b</b><br/>&amp;') == (
        "para", {}, ["a ", ("b", {}, ["b"]), ("br", {}, []), "&"])  # fmt: skip
    for text in ("x &nbsp; y", "&#38;", "<b>open", "</b>", "<b>x</i>", "<a href='x'>y</a>",
                 "a < b"):  # fmt: skip
        assert _markup_tree(text) is None, text


def test_sheet_font_encodes_text_like_reportlab():
    # The translate fast path must give reportlab's (subset, bytes) chunks, whatever the order
    # in which characters first appear (new ones, a no-break space, ones the font lacks).
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import TTFont

    from app.factsheet import fonts

    font = getFont(fonts.register())
    assert isinstance(font, fonts.SheetFont)
    texts = ["Plain", "Plain again", "n\u00a0b\u00a0sp", "Ünïcödé Київ", "Plain Київ", "",
             "\ue000 missing glyph", "Plain", *(chr(c) * 2 for c in range(0x100, 0x220)),
             "Plain ā", "Київ"]  # fmt: skip
    fast_doc, slow_doc = PDFDocument(), PDFDocument()
    for text in texts:
        assert font.splitString(text, fast_doc) == TTFont.splitString(font, text, slow_doc), text
