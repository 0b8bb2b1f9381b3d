"""The accessible HTML sheet: valid HTML5, semantic structure, every fact of the view, nothing from outside.

Validation is html5lib's strict WHATWG parser (a parse error fails); the browser
check (headless Chromium, screenshots) is manual, see the module's commit.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.core.store import Store
from app.factsheet.batch import ExportError, ExportRequest, export
from app.factsheet.html import build_html_pack, build_html_sheet
from app.text.languages import CODES
from app.text.profile import profile_view
from tests.factsheet.conftest import GENERATED
from tests.ui.test_parity import missing_from

ROOT = Path(__file__).resolve().parents[2]
DB = ROOT / "resources" / "factsheets.sqlite"
COUNTRIES = ("KHM", "UKR", "USA", "TON", "MHL", "COL", "FIN", "MAR")


class Page(HTMLParser):
    """The document's text (style sheet left out), its tags with attributes, and its ids."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    @property
    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if attrs.get("id")}


@pytest.fixture(scope="module")
def real_store():
    with Store(DB) as store:
        yield store


@pytest.fixture(scope="module")
def real_world(real_store):
    return real_store.casualties(None)


def sheet(real_store, real_world, code: str, language: str = "en", **kwargs) -> str:
    profile = real_store.profile(code)
    return build_html_sheet(profile, language, world_casualties=real_world, generated=GENERATED, **kwargs).decode()


def strict_parse(html: str) -> None:
    import html5lib

    parser = html5lib.HTMLParser(strict=True)
    parser.parse(html)  # raises ParseError on the first error
    assert parser.errors == []


@pytest.mark.parametrize("language", CODES)
def test_every_fact_of_the_view_is_in_the_html(real_store, real_world, language):
    latest = next((y for y in reversed(real_world) if y.total is not None), None)
    for code in COUNTRIES:
        profile = real_store.profile(code)
        view = profile_view(profile, language, latest)
        text = "".join(Page(sheet(real_store, real_world, code, language)).text)
        assert missing_from(text, view) == [], (code, language)


@pytest.mark.parametrize("language", CODES)
def test_sheets_and_a_pack_are_valid_html5(real_store, real_world, language):
    for code in COUNTRIES:
        strict_parse(sheet(real_store, real_world, code, language))
    profiles = [real_store.profile(code) for code in COUNTRIES]
    strict_parse(build_html_pack(profiles, "Test", language, world_casualties=real_world,
                                 generated=GENERATED).decode())  # fmt: skip


def test_semantic_structure(real_store, real_world):
    html = sheet(real_store, real_world, "KHM", "ru")
    page = Page(html)
    assert html.startswith("<!DOCTYPE html>")
    (root,) = page.all("html")
    assert root["lang"] == "ru" and root["dir"] == "ltr"
    assert len(page.all("h1")) == 1 and "Камбоджа" in html
    assert len(page.all("h2")) >= 5  # key figures, treaties, chart, timeline, sources
    assert len(page.all("caption")) == len(page.all("table"))
    headers = page.all("th")
    assert headers and all(th.get("scope") in ("col", "row") for th in headers)
    images = [svg for svg in page.all("svg") if svg.get("role") == "img"]
    assert len(images) == 2 and all(svg.get("aria-label") for svg in images)  # chart and map
    assert len(page.all("title")) == 3  # the document's, the chart's, the map's


def test_footnote_marks_link_to_the_numbered_sources(real_store, real_world):
    latest = next((y for y in reversed(real_world) if y.total is not None), None)
    view = profile_view(real_store.profile("KHM"), "en", latest)
    page = Page(sheet(real_store, real_world, "KHM"))
    items = [li for li in page.all("li") if (li.get("id") or "").startswith("KHM-src")]
    assert [li["id"] for li in items] == [f"KHM-src{n}" for n in range(1, len(view.sources) + 1)]
    local = [a["href"] for a in page.all("a") if (a.get("href") or "").startswith("#")]
    assert local and {href[1:] for href in local} <= page.ids
    marked = {int(href.rsplit("src", 1)[1]) for href in local if "-src" in href}
    assert marked == set(range(1, len(view.sources) + 1))  # every source is cited, every mark resolves


def test_the_chart_has_its_numbers_as_a_table(real_store, real_world):
    from app.text.i18n import format_number, label

    profile = real_store.profile("KHM")
    html = sheet(real_store, real_world, "KHM", "fr")
    table = re.search(r'<div class="chart-numbers">(.*?)</div>', html, re.S).group(1)
    years = [c.year for c in profile.casualties]
    for year in range(min(years), max(years) + 1):
        assert f'<th scope="col">{year}</th>' in table
    for record in profile.casualties:
        if record.total is not None:
            assert f"<td>{format_number(record.total, 'fr')}</td>" in table
    assert label("chart_title", "fr") in table  # its caption


def test_nothing_is_loaded_from_outside(real_store, real_world):
    profiles = [real_store.profile(code) for code in COUNTRIES]
    html = build_html_pack(profiles, "Test", "es", world_casualties=real_world, generated=GENERATED).decode()
    page = Page(html)
    for tag in ("script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"):
        assert page.all(tag) == [], tag
    assert not any("src" in attrs for _, attrs in page.tags)
    assert "@import" not in html and "@font-face" not in html
    assert re.findall(r"url\((?!#)", html) == []  # only the map's own patterns and clips
    outside = [a["href"] for a in page.all("a") if not (a.get("href") or "").startswith("#")]
    # The only outward links are source URLs, each printed as its own text for the reader.
    assert outside and all(href.startswith(("http://", "https://")) for href in outside)
    assert all(f">{escape(href)}</a>" in html for href in outside)


def test_print_css_sets_the_paper(real_store, real_world):
    assert "@page { size: A4;" in sheet(real_store, real_world, "FIN")
    assert "@page { size: letter;" in sheet(real_store, real_world, "FIN", paper="letter")
    assert "@media print" in sheet(real_store, real_world, "FIN")


def test_island_state_gets_a_zoomed_map_and_the_map_notice(real_store, real_world):
    from app.factsheet.map_notice import disclaimer

    html = sheet(real_store, real_world, "TON", "fr")
    assert 'clipPath id="TON-overview"' in html  # the inset's overview
    assert disclaimer("fr") in html.replace("&#x27;", "'")


def test_disputed_areas_are_hatched_on_neighbours_maps(real_store, real_world):
    assert 'fill="url(#MAR-hatch)"' in sheet(real_store, real_world, "MAR")


def test_a_pack_has_contents_linking_to_every_sheet(real_store, real_world):
    profiles = [real_store.profile(code) for code in ("KHM", "TON")]
    page = Page(build_html_pack(profiles, "Two", "en", world_casualties=real_world, generated=GENERATED).decode())
    assert len(page.all("h1")) == 1  # the pack's title; each country is an h2, its sections h3
    assert {a["href"] for a in page.all("a") if a.get("href") in ("#KHM", "#TON")} == {"#KHM", "#TON"}
    assert {"KHM", "TON", "contents"} <= page.ids
    assert len(page.all("article")) == 2
    ids = [attrs["id"] for _, attrs in page.tags if attrs.get("id")]
    assert len(ids) == len(set(ids))  # every id once in the whole pack: links land on the right sheet


def test_the_html_sheet_needs_neither_reportlab_nor_qt(tmp_path):
    code = (
        "import sys; sys.modules['reportlab'] = None; sys.modules['PySide6'] = None\n"
        "from pathlib import Path\n"
        "from app.core.store import Store\n"
        "from app.factsheet.html import build_html_sheet\n"
        f"with Store(Path({str(DB)!r})) as store:\n"
        "    data = build_html_sheet(store.profile('KHM'), 'ru', world_casualties=store.casualties(None))\n"
        "assert b'lang=\"ru\"' in data\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# -- through the export path ------------------------------------------------------------


def request(fixture_db: Path, output: Path, codes=("FIN", "KHM", "TON"), **kwargs) -> ExportRequest:
    kwargs.setdefault("generated", GENERATED)
    return ExportRequest(iso3s=tuple(codes), output=output, db_path=fixture_db, format="html", **kwargs)


def test_export_writes_one_html_file_per_country(fixture_db, tmp_path):
    written = export(request(fixture_db, tmp_path / "out"))
    assert [p.name for p in written] == ["FIN-finland.html", "KHM-cambodia.html", "TON-tonga.html"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [p.name for p in written]  # no temp files
    strict_parse(written[1].read_text(encoding="utf-8"))
    with pytest.raises(ExportError, match="already exists"):
        export(request(fixture_db, tmp_path / "out", codes=("KHM",)))


def test_export_pack_is_one_html_file(fixture_db, tmp_path):
    (pack,) = export(request(fixture_db, tmp_path, pack=True, description="Three"))
    assert pack.name == "landmine-briefing-pack.html"
    assert Page(pack.read_text(encoding="utf-8")).all("article") and "Three" in pack.read_text(encoding="utf-8")
    (named,) = export(request(fixture_db, tmp_path / "brief.html"))  # several to one .html name: a pack
    assert named.name == "brief.html" and len(Page(named.read_text(encoding="utf-8")).all("article")) == 3


def test_cli_export_format_html(fixture_db, tmp_path, capsys):
    from app.cli import main

    assert main(["--db", str(fixture_db), "--lang", "ru", "export", "KHM", "--format", "html",
                 "-o", f"{tmp_path}/"]) == 0  # fmt: skip
    (written,) = tmp_path.iterdir()
    assert written.name == "KHM-cambodia.html" and str(written) in capsys.readouterr().out
    assert 'lang="ru"' in written.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(fixture_db), "export", "KHM", "--format", "docx", "-o", str(tmp_path)])
    assert stopped.value.code == 2
