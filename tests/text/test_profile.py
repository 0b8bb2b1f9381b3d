"""The profile view words each fact once; these pin the wording the renderers all print."""

from __future__ import annotations

import pytest

from app.core.vocab import EVENT_KINDS
from app.text import facts
from app.text.languages import CODES
from app.text.profile import profile_view


def lines_of(view):
    return {f.indicator: f for group in view.groups for f in group.lines}


def test_figures_carry_unit_floor_year_and_edition(store):
    view = profile_view(store.profile("KHM"), "en")
    lines = lines_of(view)
    assert (lines["retained_mines"].value, lines["retained_mines"].when) == ("594\u00a0mines", "2007, LM2008")
    assert lines["survivors_estimate"].value == "at least 40,000"
    assert lines["article5_obligation"].sentence.startswith("Clearance deadline (Article 5): December 31, 2030")
    assert lines["article4_obligation"].sentence == "Stockpile destruction completed (February 1999)"


def test_money_and_area_are_worded_per_language(store):
    usa = profile_view(store.profile("USA"), "fr")
    assert usa.donor_figures[0].value == "US$81,9 millions"
    khm = lines_of(profile_view(store.profile("KHM"), "ru"))
    assert khm["retained_mines"].value.startswith("594")


def test_a_disputed_date_is_marked_and_both_values_named(store):
    view = profile_view(store.profile("TON"), "en")
    apmbc = view.treaties[0]
    assert apmbc.deposit.disputed
    assert apmbc.disputes[0].text.startswith("Sources disagree on the deposit date: Jun 25, 2025 (shown), Jun 26, 2025")
    assert len(apmbc.disputes[0].refs) == 2


def test_the_donor_section_and_the_timeline_are_filled(store):
    view = profile_view(store.profile("USA"), "es")
    assert view.donor_figures and view.timeline
    assert all(e.kind for e in view.timeline)


@pytest.mark.parametrize("language", CODES)
def test_every_event_kind_has_a_word_in_every_language(language):
    for kind in EVENT_KINDS:
        word = facts.event_kind(kind, language)
        assert word and word != kind, (kind, language)


def test_footnotes_are_numbered_once_in_view_order(store):
    view = profile_view(store.profile("KHM"), "en")
    ids = [s.id for s in view.sources]
    assert len(ids) == len(set(ids))
    assert view.treaties[0].standing.refs == (1,)



def test_the_mines_unit_agrees_with_its_number_in_russian():
    from app.text import catalog

    assert [catalog.plural("count_mines", n, "ru", n=str(n)) for n in (1, 3, 5, 21)] == [
        "1\u00a0мина", "3\u00a0мины", "5\u00a0мин", "21\u00a0мина"]


def test_the_year_at_a_glance_is_the_year_the_standing_took_effect(store):
    # A pending withdrawal is dated by its notification, a withdrawal by its effect:
    # never the entry into force of a treaty the state is leaving.
    ukraine = profile_view(store.profile("UKR"), "en").glance[0]
    finland = profile_view(store.profile("FIN"), "en").glance[0]
    assert "(2025)" in ukraine and "2006" not in ukraine
    assert "(2026)" in finland and "2012" not in finland


def test_a_later_year_without_a_total_is_shown_as_given(store):
    from app.core.models import CasualtyYear

    profile = store.profile("KHM")
    last = profile.casualties[-1]
    partial = CasualtyYear(last.year + 1, None, 24, 72, None, last.edition + 1, last.source)
    view = profile_view(profile._replace(casualties=(*profile.casualties, partial)), "en")
    assert view.casualties.headline.text.endswith(str(last.year))  # the headline keeps its total
    assert view.casualties.newer.text == f"24 killed, 72 injured in {last.year + 1} (no total reported)"
