"""HXL (Humanitarian Exchange Language): a hashtag row under the CSV header.

Humanitarian data officers filter and join tables by these tags (HDX, the HXL
Proxy, libhxl). Every hashtag below is a released HXL core hashtag and every
attribute a core attribute, except those in ``CUSTOM_ATTRIBUTES``: HXL lets a
dataset add its own lower-case attributes, and the core has none for a Monitor
edition, a treaty, a casualty total or a year. Checked against the HXL core
schema (hashtags and attributes, HXL 1.1).
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

# Released core hashtags and core attributes used here (HXL dictionary, 1.0/1.1).
CORE_HASHTAGS = frozenset({"#country", "#region", "#date", "#affected", "#indicator", "#meta", "#status",
                           "#description", "#org", "#event"})  # fmt: skip
CORE_ATTRIBUTES = frozenset({"code", "name", "killed", "injured", "children", "num", "source", "url", "id",
                             "type", "reported", "occurred", "text"})  # fmt: skip
# Ours, each because the core has no word for it.
CUSTOM_ATTRIBUTES = frozenset({
    "year",  # a date known to the year: the data year of a casualty count or figure
    "latest",  # the newest year with a figure, in the country list
    "sub",  # UN M49 sub-region under #region
    "apmbc", "ccm",  # the treaty a #status is under
    "total", "unknown", "civilian",  # casualty breakdown the core lacks (it has +killed, +injured)
    "edition",  # the Landmine Monitor edition that reported a figure
    "qualifier",  # "at_least": the figure is a floor
    "value",  # a figure's value: a number, or an ISO date for date indicators (so not +num)
    "note", "locator",  # our reader's note and curator's locator
    "title", "published", "seen", "quality",  # a citation's fields (db/README.md)
})  # fmt: skip

# Column -> hashtag, per exported or importable table (the db/sources layout).
TAGS: dict[str, dict[str, str]] = {
    "countries": {
        "iso3": "#country+code", "name": "#country+name", "region": "#region+name",
        "subregion": "#region+name+sub", "apmbc_status": "#status+apmbc", "ccm_status": "#status+ccm",
        "latest_casualty_year": "#date+year+latest", "latest_casualties": "#affected+total+latest",
    },
    "casualties": {
        "iso3": "#country+code", "year": "#date+year", "total": "#affected+total",
        "killed": "#affected+killed", "injured": "#affected+injured", "unknown": "#affected+unknown",
        "civilian": "#affected+civilian", "child": "#affected+children", "qualifier": "#meta+qualifier",
        "edition": "#meta+edition", "source_id": "#meta+source", "note": "#description+note",
        "locator": "#meta+locator",
    },
    "figures": {
        "iso3": "#country+code", "indicator": "#indicator+code", "year": "#date+year",
        "value": "#indicator+value", "qualifier": "#meta+qualifier", "edition": "#meta+edition",
        "source_id": "#meta+source", "note": "#description+note", "locator": "#meta+locator",
    },
    "sources": {
        "id": "#meta+source+id", "publisher": "#org+name", "title": "#meta+title", "edition": "#meta+edition",
        "url": "#meta+url", "published": "#date+published", "seen": "#date+seen", "quality": "#meta+quality",
    },
    "events": {
        "iso3": "#country+code", "date": "#date+occurred", "kind": "#event+type",
        "summary": "#description+text", "source_id": "#meta+source", "locator": "#meta+locator",
    },
}  # fmt: skip

TAG_PATTERN = re.compile(r"^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$")


def normalise(tag: str) -> str:
    """``#Affected +Killed`` -> ``#affected+killed``: HXL ignores case, spaces and attribute order."""
    parts = tag.strip().lower().replace(" ", "").split("+")
    return "+".join([parts[0], *sorted(p for p in parts[1:] if p)])


def is_hashtag_row(cells: Iterable[str]) -> bool:
    """HXL's rule: a row whose non-empty cells are all hashtags is the hashtag row."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(TAG_PATTERN.match(c.lower()) for c in filled)


def columns_from_tags(table: str, header: list[str], tags: list[str]) -> list[str]:
    """Map an HXL-tagged table's columns to ours by hashtag; untagged columns keep their header."""
    by_tag = {normalise(t): c for c, t in TAGS.get(table, {}).items()}
    names = []
    for name, tag in zip(header, tags + [""] * (len(header) - len(tags)), strict=False):
        names.append(by_tag.get(normalise(tag), name) if tag.strip() else name)
    return names


def untag(table: str, text: str) -> str:
    """A CSV text without its HXL row, its columns renamed to ours; unchanged if it has no HXL row."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if len(rows) < 2 or not is_hashtag_row(rows[1]):
        return text
    header = columns_from_tags(table, rows[0], rows[1])
    return _csv([header, *rows[2:]])


def _csv(rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


EXPORT_QUERIES = {
    "countries": (
        "SELECT c.iso3, c.name, c.region, c.subregion, a.status AS apmbc_status, m.status AS ccm_status,"
        " (SELECT max(year) FROM casualties k WHERE k.iso3 = c.iso3 AND k.preferred) AS latest_casualty_year,"
        " (SELECT total FROM casualties k WHERE k.iso3 = c.iso3 AND k.preferred ORDER BY year DESC LIMIT 1)"
        "   AS latest_casualties"
        " FROM countries c"
        " LEFT JOIN treaty_standing a ON a.iso3 = c.iso3 AND a.treaty = 'APMBC'"
        " LEFT JOIN treaty_standing m ON m.iso3 = c.iso3 AND m.treaty = 'CCM' ORDER BY c.iso3"
    ),
    # Every edition's row, in the source layout, so an export can be edited and fed to `pack build`.
    "casualties": "SELECT iso3, year, total, killed, injured, unknown, civilian, child, qualifier, edition,"
                  " source_id, note, locator FROM casualties ORDER BY iso3, year, edition, source_id",
    "figures": "SELECT iso3, indicator, year, value, qualifier, edition, source_id, note, locator"
               " FROM figures ORDER BY iso3, indicator, year, edition, source_id",
}  # fmt: skip


def export(database: Path, table: str) -> str:
    """One table of a database as CSV with the HXL hashtag row under the header."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        cursor = conn.execute(EXPORT_QUERIES[table])
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        conn.close()
    return _csv([columns, [TAGS[table][c] for c in columns], *rows])
