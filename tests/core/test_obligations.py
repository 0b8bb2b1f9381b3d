"""Article 5 and Article 4 as of the dataset date: the newest source decides, a passed deadline says so."""

from __future__ import annotations

import pytest

from app.core.models import CountryProfile, DatasetInfo, Event, Figure, Indicator, Source
from app.core.obligations import article4, article5, is_stale
from tests.core.factories import country

DEADLINE = Indicator("article5_deadline", "Article 5 clearance deadline", None, "date", "apmbc_parties", "clearance")
DONE = Indicator("article5_completed", "Article 5 completion declared", None, "date", "apmbc_parties", "clearance")
A4 = Indicator("article4_deadline", "Article 4 deadline", None, "date", "apmbc_parties", "stockpiles")
A4_DONE = Indicator("stockpile_destruction_completed", "Stockpile destruction completed", None, "date",
                    "apmbc_parties", "stockpiles")  # fmt: skip


def source(published: str) -> Source:
    return Source(f"s{published}", "Monitor", "page", None, "https://example.org/", published, "2026-12-01", "primary")


def fig(indicator: Indicator, value: str, published: str) -> Figure:
    return Figure(indicator, int(value[:4]), value, None, source(published))


def profile(*figures: Figure, events: tuple[Event, ...] = ()) -> CountryProfile:
    return CountryProfile(country(), DatasetInfo("t", "2026-11-30", 2), (), (), tuple(figures), events)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        # The newest source decides, even when an older one names a later date.
        ((fig(DEADLINE, "2030-12-31", "2025-12-05"), fig(DEADLINE, "2025-12-31", "2019-11-29")),
         ("deadline", "2030-12-31")),
        ((fig(DEADLINE, "2031-01-01", "2010"), fig(DEADLINE, "2028-02-01", "2024")), ("deadline", "2028-02-01")),
        # A deadline before the dataset date is passed, never current.
        ((fig(DEADLINE, "2016-06-01", "2017"),), ("passed", "2016-06-01")),
        ((fig(DEADLINE, "2026", "2020"),), ("deadline", "2026")),  # a year-only deadline runs to its end
        # A completion ends the obligation, whatever deadlines came before it.
        ((fig(DEADLINE, "2014-03-01", "2013"), fig(DONE, "2015-09-17", "2015-09-17")),
         ("completed", "2015-09-17")),
        # ... unless a newer source binds the state again with a later deadline.
        ((fig(DONE, "2011-06", "2011"), fig(DEADLINE, "2026-12-31", "2021")), ("deadline", "2026-12-31")),
    ],
)  # fmt: skip
def test_article5_state(figures, expected):
    ob = article5(profile(*figures))
    assert (ob.state, ob.date) == expected


def test_no_obligation_facts_means_none():
    assert article5(profile()) is None and article4(profile()) is None


def test_extensions_are_dated_events_of_the_obligation():
    grant = Event("2025-12", "article5_extension", "Extended to 31 December 2030.", source("2025-12-05"))
    ob = article5(profile(fig(DEADLINE, "2030-12-31", "2025-12-05"), events=(grant,)))
    assert ob.extensions == (grant,)


def test_stockpile_completion_from_the_same_source_as_its_deadline_is_final():
    """Cambodia: LM2007 gives the 2004 deadline and the 1999 completion on one page."""
    same = "2007"
    ob = article4(profile(fig(A4, "2004-01-01", same), fig(A4_DONE, "1999-02", same)))
    assert (ob.state, ob.date) == ("completed", "1999-02")


@pytest.mark.parametrize(("year", "stale"), [(2024, False), (2021, False), (2020, True), (2010, True), (None, False)])
def test_a_headline_older_than_five_years_is_stale(year, stale):
    assert is_stale(year, "2026-11-30") is stale
