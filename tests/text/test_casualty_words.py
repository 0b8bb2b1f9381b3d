"""The casualty cell and tooltip words the table and the map share (app.text.facts)."""

from __future__ import annotations

from app.core.models import ShownCasualties
from app.text.facts import casualty_cell, casualty_note


def test_a_floor_stays_a_floor_in_the_cell_and_the_tooltip():
    floor = ShownCasualties(42, 2017, "at_least")
    assert casualty_cell(floor, "en") == "at least 42 (2017)"
    assert casualty_note("Türkiye", floor, None, "en") == "at least 42 casualties in 2017"
    assert casualty_cell(ShownCasualties(1286, 2010), "en") == "1,286 (2010)"


def test_an_older_figure_says_it_is_the_latest_up_to_the_year_shown():
    note = casualty_note("Cambodia", ShownCasualties(286, 2010), 2024, "en")
    assert note == "286 casualties in 2010: the latest figure in this dataset up to 2024, which has none for 2024"


def test_no_figure_is_the_dataset_lacking_one_never_a_source_reporting_none():
    assert casualty_cell(None, "en") == "no data"
    assert casualty_note("Chile", None, None, "en") == "No casualty figure for Chile in this dataset"
    assert "not reported" not in casualty_note("Chile", None, 2024, "en")


def test_every_shipped_language_words_them():
    for language in ("fr", "es", "ru"):
        note = casualty_note("X", ShownCasualties(3, 2010, "at_least"), 2024, language)
        assert "2010" in note and "2024" in note and "at least" not in note


def test_a_national_figure_is_never_labelled_landmine_monitor():
    from app.core.models import Source
    from app.text.facts import reported_in

    monitor = Source("a", "Landmine & Cluster Munition Monitor", "Cambodia: Impact", "Landmine Monitor 2017",
                     "https://example.org", None, "2026-12-02", "primary")
    national = Source("b", "The Star (Xinhua)", "Cambodia records 22% drop", "CMAA report 2023",
                      "https://example.org", None, "2026-12-02", "press_report_of_primary")
    assert reported_in(monitor, 2017, "en") == "Landmine Monitor 2017"
    assert reported_in(national, 2024, "en") == "Reported in CMAA report 2023"
    assert "Monitor" not in reported_in(national, 2024, "fr")


def test_a_figure_names_the_monitor_edition_only_when_the_monitor_gave_it():
    from app.core.models import Figure, Indicator, Source
    from app.text.profile import _when

    indicator = Indicator("survivors_estimate", "Mine/ERW survivors", "people", "count", "all", "survivors")
    isu = Source("i", "Anti-Personnel Mine Ban Convention Implementation Support Unit", "Victim assistance",
                 None, "https://example.org", None, "2026-12-02", "primary")
    monitor = isu._replace(publisher="Landmine & Cluster Munition Monitor", edition="Landmine Monitor 2012")
    assert _when(Figure(indicator, 2011, 900, "2012", isu)) == "2011, 2012"
    assert _when(Figure(indicator, 2011, 900, "2012", monitor)) == "2011, LM2012"
