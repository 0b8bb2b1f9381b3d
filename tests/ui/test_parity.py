"""One profile, four renderers: what the view says is what `show`, the sheet, the pane and the
comparison print, for every country of the bundled database and every shipped language.

The facts checked are the view's own strings (standings, dates, headline, details, every
key-figure line, gaps, timeline); whitespace is ignored because each renderer wraps lines
its own way.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.store import Store
from app.text.languages import CODES
from app.text.plain import profile_text
from app.text.profile import ProfileView, profile_view

DB = Path(__file__).resolve().parents[2] / "resources" / "factsheets.sqlite"
SPACE = re.compile(r"[\s\u00a0\u202f\u00ad]+")


def squeeze(text: str) -> str:
    return SPACE.sub("", text)


def facts_of(view: ProfileView) -> list[str]:
    found = [view.title]
    for row in view.treaties:
        found += [c.text for c in (row.standing, row.signed, row.deposit, row.in_force) if c.text]
        found += list(row.withdrawal)
    c = view.casualties
    if c.headline is not None:
        found += [c.headline.text, *c.detail]
    if c.newer is not None:
        found.append(c.newer.text)
    for group in view.groups:
        for f in group.lines:
            found += [f.sentence] if f.sentence else [f.label, f.value]
    found += [text for text in (view.lacking, c.searched.text if c.searched else None) if text]
    found += [e.summary for e in view.timeline]
    found += [*view.glance, *view.world] + ([view.chart_numbers] if view.chart_numbers else [])
    return found


def missing_from(text: str, view: ProfileView) -> list[str]:
    haystack = squeeze(text)
    return [fact for fact in facts_of(view) if squeeze(fact) not in haystack]


@pytest.fixture(scope="module")
def real_store():
    with Store(DB) as store:
        yield store


@pytest.fixture(scope="module")
def world(real_store):
    return real_store.casualties(None)


def _views(real_store, world, language):
    latest = next((y for y in reversed(world) if y.total is not None), None)
    for summary in real_store.summaries():
        profile = real_store.profile(summary.iso3)
        yield profile, profile_view(profile, language, latest), latest


@pytest.mark.parametrize("language", CODES)
def test_show_prints_every_fact_of_the_view(real_store, world, language):
    for profile, view, latest in _views(real_store, world, language):
        assert missing_from(profile_text(profile, language, latest), view) == [], (view.iso3, language)


@pytest.mark.slow
@pytest.mark.parametrize("language", CODES)
def test_the_sheet_prints_every_fact_of_the_view(real_store, world, language):
    import pypdfium2

    from app.factsheet.build import build_sheet

    for profile, view, _ in _views(real_store, world, language):
        pdf = pypdfium2.PdfDocument(build_sheet(profile, language, world_casualties=world))
        text = "".join(page.get_textpage().get_text_range() for page in pdf)
        assert missing_from(text, view) == [], (view.iso3, language)


@pytest.mark.parametrize("language", CODES)
def test_the_pane_shows_every_fact_of_the_view(qtbot, use_language, real_store, world, language):
    from tests.ui.conftest import build_window

    use_language(language)
    window = build_window(qtbot, real_store)
    pane = window.profile
    pane.complete()
    for _, view, _ in _views(real_store, world, language):
        window.state.select(view.iso3)
        text = pane.title.text() + pane.subtitle.text() + pane.top_text.toPlainText() + pane.bottom_text.toPlainText()
        assert missing_from(text, view) == [], (view.iso3, language)


@pytest.mark.parametrize("language", CODES)
def test_the_comparison_uses_the_views_words(real_store, language):
    from app.text.compare import comparison_rows

    profiles = [real_store.profile(code) for code in ("KHM", "UKR", "USA", "TON", "COL")]
    views = [profile_view(p, language) for p in profiles]
    rows = dict(comparison_rows(views, language))
    for view in views:
        apmbc = view.treaties[0]
        assert apmbc.standing.text in rows[apmbc.short_name]
        if view.casualties.latest:
            assert view.casualties.latest in next(cells for label, cells in rows.items() if label.endswith(")"))


def test_comparing_a_sixth_country_drops_the_oldest(qtbot, real_store):
    from app.ui.state import AppState

    state = AppState(real_store)
    for code in ("KHM", "UKR", "USA", "TON", "FIN", "COL"):
        state.toggle_compared(code)
    assert state.compared == ("UKR", "USA", "TON", "FIN", "COL")


def test_preview_speaks_the_window_language(qtbot, use_language, fixture_db):
    from app.core.store import Store
    from app.ui.preview import PreviewDialog

    use_language("fr")
    with Store(fixture_db) as store:
        dialog = PreviewDialog(store, "KHM")
        qtbot.addWidget(dialog)
        assert dialog.language == "fr"
