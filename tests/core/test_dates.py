from datetime import date

import pytest

from app.core.dates import first_of_month_after, parse_partial_date


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("1998", (1998, None, None)), ("1998-09", (1998, 9, None)), ("1998-09-16", (1998, 9, 16))],
)
def test_partial_dates_keep_their_precision(text, parsed):
    assert parse_partial_date(text) == parsed


@pytest.mark.parametrize("text", ["", "98", "1998-9-16", "1998-02-30", "16/09/1998", "1998-13", "about 1998"])
def test_bad_dates_are_rejected(text):
    with pytest.raises(ValueError):
        parse_partial_date(text)


@pytest.mark.parametrize(
    ("deposit", "expected"),
    [
        (date(2001, 10, 9), date(2002, 4, 1)),  # Algeria, APMBC
        (date(1999, 5, 3), date(1999, 11, 1)),  # Antigua and Barbuda
        (date(2025, 6, 25), date(2025, 12, 1)),  # Tonga: wraps into the same year
        (date(2025, 7, 31), date(2026, 1, 1)),  # wraps into the next year
    ],
)
def test_first_of_month_after(deposit, expected):
    assert first_of_month_after(deposit, 6) == expected
