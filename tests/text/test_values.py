"""English dates and numbers are CLDR's, without loading CLDR (start-up speed); other languages use babel."""

from __future__ import annotations

from datetime import date

import pytest
from babel.dates import format_date as cldr_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from app.text.i18n import format_date, format_number


@pytest.mark.parametrize("style", ["medium", "long"])
def test_english_dates_match_cldr(style):
    for year in (1997, 2026):
        for month in range(1, 13):
            for day in (1, 9, 30 if month != 2 else 28):
                assert format_date(f"{year}-{month:02d}-{day:02d}", "en", style) == cldr_date(
                    date(year, month, day), style, locale="en")
            skeleton = "yMMMM" if style == "long" else "yMMM"
            assert format_date(f"{year}-{month:02d}", "en", style) == format_skeleton(
                skeleton, date(year, month, 1), locale="en")


@pytest.mark.parametrize("value", [0, 7, 1234, 6_600_000, 1.5, 2.0, 1234.5678, 0.25, 19.48])
def test_english_numbers_match_cldr(value):
    assert format_number(value, "en") == format_decimal(value, locale="en")


def test_a_year_stays_a_year_in_every_language():
    assert {format_date("1999", lang) for lang in ("en", "fr", "es", "ru")} == {"1999"}


@pytest.mark.parametrize(("new", "old"), [(3019, 40), (3291, 600), (1850, 1851), (293, 580), (49, 32), (0, 7), (2, 1)])
def test_english_percent_change_is_babels_without_loading_it(new, old):
    from babel.numbers import format_percent

    from app.text.i18n import format_percent_change

    expected = " (" + format_percent((new - old) / old, locale="en").replace("-", "\u2212") + ")"
    assert format_percent_change(new, old, "en") == expected


@pytest.mark.parametrize("value", [1_000_000, 1_049_999, 81_900_000, 134_400_000.5, 999_950_000, 2_000_000_000, 3.2e12])
def test_english_money_magnitudes_are_babels_without_loading_it(value):
    from babel.numbers import format_compact_decimal

    from app.text.i18n import format_usd

    expected = format_compact_decimal(value, format_type="long", fraction_digits=1, locale="en")
    assert format_usd(value, "en") == f"US${expected}"
