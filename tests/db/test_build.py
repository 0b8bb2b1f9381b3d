"""The dataset build: validation with file:line:column, Article 17, byte-stable output."""

import csv
import hashlib
import shutil
from pathlib import Path

import pytest

from db.build import BuildError, load, main, write

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "sources"


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(FIXTURE, folder)
    return folder


def append(folder: Path, name: str, row: dict) -> int:
    """Add one row; return its line number."""
    path = folder / name
    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
        lines = 1 + sum(1 for _ in handle)
    with path.open("a", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerow([row.get(c, "") for c in header])
    return lines + 1


def problems(folder: Path) -> list[str]:
    with pytest.raises(BuildError) as info:
        load(folder)
    return [str(p) for p in info.value.problems]


def status_row(**values) -> dict:
    return {"iso3": "USA", "treaty": "CCM", "status": "party", "source_id": "untc-apmbc", **values}


@pytest.mark.parametrize(
    ("name", "row", "expected"),
    [
        ("treaty_status.csv", status_row(deposited="2010-02-31"), "deposited: '2010-02-31' is not a real date"),
        ("treaty_status.csv", status_row(iso3="XYZ", deposited="2010"), "iso3: unknown country code 'XYZ'"),
        ("treaty_status.csv", status_row(deposited="2010", source_id="nowhere"), "source_id: unknown source"),
        ("treaty_status.csv", status_row(signed="2009-01-01", deposited="2008-12-01"),
         "deposited: 2008-12-01 is before signed"),
        ("treaty_status.csv", status_row(), "deposited: a state with status 'party' needs a deposit date"),
        ("treaty_status.csv", status_row(status="member", deposited="2010"), "status: 'member' is not one of"),
        ("treaty_status.csv", status_row(treaty="APMBC", iso3="KHM", deposited="1999",
                                         source_id="agg-treaties"), "duplicate of line"),
        ("casualties.csv", {"iso3": "KHM", "year": "2011", "total": "10", "killed": "8", "injured": "5",
                            "edition": "2012", "source_id": "lm2011"}, "exceed the total"),
        ("casualties.csv", {"iso3": "KHM", "year": "2011", "total": "1,200", "edition": "2012",
                            "source_id": "lm2011"}, "total: '1,200' is not a whole number"),
        ("casualties.csv", {"iso3": "KHM", "year": "2013", "total": "5", "edition": "2012",
                            "source_id": "lm2011"}, "after the 2012 edition"),
        ("events.csv", {"iso3": "USA", "date": "2020-01-31", "kind": "rumour", "summary": "x",
                        "source_id": "idn-2022"}, "kind: 'rumour' is not one of"),
    ],
)  # fmt: skip
def test_validation_names_file_line_column(sources, name, row, expected):
    line = append(sources, name, row)
    found = problems(sources)
    assert any(p.startswith(f"{name}:{line}: ") and expected in p for p in found), found


def test_entry_into_force_that_contradicts_article_17_fails(sources):
    line = append(sources, "treaty_status.csv", status_row(
        treaty="APMBC", iso3="KHM", deposited="2001-10-09", entry_into_force="2002-03-01", source_id="untc-apmbc"
    ))  # fmt: skip
    assert any(
        p.startswith(f"treaty_status.csv:{line}: entry_into_force: 2002-03-01 contradicts Article 17 (2002-04-01")
        for p in problems(sources)
    )


@pytest.mark.parametrize(
    ("deposited", "expected"),
    [
        ("1998-07-31", "1999-03-01"),  # before the 40th instrument: the treaty's own entry into force
        ("1998-09-30", "1999-03-01"),
        ("2001-10-09", "2002-04-01"),  # first day of the sixth month after deposit
    ],
)
def test_entry_into_force_computed_when_no_source_states_it(sources, deposited, expected):
    append(sources, "treaty_status.csv", status_row(treaty="APMBC", iso3="KHM", deposited=deposited,
                                                    source_id="untc-apmbc"))  # fmt: skip
    rows = [r for r in load(sources)["treaty_status"] if r["iso3"] == "KHM" and r["source_id"] == "untc-apmbc"]
    assert (rows[0]["entry_into_force"], rows[0]["eif_basis"]) == (expected, "computed")


def test_disagreeing_sources_are_both_kept_and_primary_preferred(sources):
    append(sources, "treaty_status.csv", status_row(treaty="APMBC", iso3="KHM", deposited="1999-07-28",
                                                    source_id="untc-apmbc"))  # fmt: skip
    rows = {r["source_id"]: r for r in load(sources)["treaty_status"] if r["iso3"] == "KHM" and r["treaty"] == "APMBC"}
    assert rows["untc-apmbc"]["preferred"] == 1 and rows["agg-treaties"]["preferred"] == 0


def test_newer_edition_wins_for_a_revised_year(sources):
    append(sources, "casualties.csv", {"iso3": "KHM", "year": "2010", "total": "290", "edition": "2012",
                                       "source_id": "lm2011"})  # fmt: skip
    rows = {r["edition"]: r for r in load(sources)["casualties"] if r["iso3"] == "KHM"}
    assert rows[2012]["preferred"] == 1 and rows[2011]["preferred"] == 0


def test_nothing_is_written_when_validation_fails(sources, tmp_path, capsys):
    append(sources, "casualties.csv", {"iso3": "KHM", "year": "nineteen", "edition": "2012", "source_id": "lm2011"})
    out = tmp_path / "out.sqlite"
    assert main(["--sources", str(sources), "--out", str(out)]) == 1
    assert not out.exists() and list(tmp_path.glob("*.sqlite")) == []
    assert "casualties.csv:5: year:" in capsys.readouterr().err


def test_same_sources_give_identical_bytes(tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    write(load(FIXTURE), first)
    write(load(FIXTURE), second)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()


def test_committed_database_is_not_stale(tmp_path):
    """resources/factsheets.sqlite must be rebuilt whenever db/sources changes."""
    committed = REPO / "resources" / "factsheets.sqlite"
    fresh = tmp_path / "fresh.sqlite"
    write(load(REPO / "db" / "sources"), fresh)
    assert committed.read_bytes() == fresh.read_bytes(), "run: python -m db.build"


def test_furthest_standing_wins_over_an_older_primary_source(sources):
    """An old primary table listing Finland as a party must not hide its withdrawal."""
    append(sources, "treaty_status.csv", {"iso3": "FIN", "treaty": "APMBC", "status": "party",
                                          "deposited": "2012-01-09", "source_id": "unoda-apmbc"})  # fmt: skip
    rows = [r for r in load(sources)["treaty_status"] if r["iso3"] == "FIN"]
    assert [r["status"] for r in rows if r["preferred"]] == ["withdrawn"]


def test_a_succession_is_bound_from_independence_not_by_article_17(sources):
    """South Sudan: notification 11 Nov 2011, bound from independence on 9 Jul 2011."""
    append(sources, "treaty_status.csv", status_row(treaty="APMBC", iso3="USA", deposited="2011-11-11",
                                                    deposit_type="succession", entry_into_force="2011-07-09",
                                                    source_id="unoda-apmbc"))  # fmt: skip
    standing = next(r for r in load(sources)["treaty_standing"] if r["iso3"] == "USA" and r["treaty"] == "APMBC")
    assert (standing["entry_into_force"], standing["eif_basis"]) == ("2011-07-09", "source")


def test_a_searched_year_that_has_a_figure_is_not_a_gap(sources):
    line = append(sources, "searches.csv", {"iso3": "KHM", "topic": "casualties", "year": "2010",
                                            "finding": "not_found", "editions_searched": "2011"})  # fmt: skip
    expected = f"searches.csv:{line}: year: KHM has a casualty figure for 2010"
    assert any(p.startswith(expected) for p in problems(sources))


def test_a_search_names_the_editions_searched(sources):
    line = append(sources, "searches.csv", {"iso3": "KHM", "topic": "casualties", "year": "2012",
                                            "finding": "not_found", "editions_searched": ""})  # fmt: skip
    assert any(p.startswith(f"searches.csv:{line}: editions_searched:") for p in problems(sources))


def test_an_at_least_figure_is_stored_as_a_floor_and_an_exact_count_wins(sources):
    append(sources, "casualties.csv", {"iso3": "KHM", "year": "2010", "total": "300", "qualifier": "at_least",
                                       "edition": "2011", "source_id": "untc-apmbc"})  # fmt: skip
    rows = [r for r in load(sources)["casualties"] if r["iso3"] == "KHM" and r["year"] == 2010]
    assert {(r["total"], r["qualifier"], r["preferred"]) for r in rows} == {(286, None, 1), (300, "at_least", 0)}


def test_a_standing_resting_on_a_blog_fails_the_build(sources):
    append(sources, "sources.csv", {"id": "blog", "publisher": "A blog", "title": "x",
                                    "url": "https://someone.blogspot.com/2025/x", "seen": "2026-12-01",
                                    "quality": "press_report_of_primary"})  # fmt: skip
    append(sources, "treaty_status.csv", status_row(treaty="CCM", iso3="TON", deposited="2025", source_id="blog"))
    assert any("TON CCM: the standing rests on https://someone.blogspot.com" in p for p in problems(sources))


def test_reader_text_without_its_translations_fails_the_build(sources):
    """A summary shipped in English only would print English on a French sheet: the build names each cell."""
    line = append(sources, "events.csv", {"iso3": "USA", "date": "2023", "kind": "policy",
                                          "summary": "An untranslated summary.", "source_id": "idn-2022"})  # fmt: skip
    found = problems(sources)
    for language in ("fr", "es", "ru"):
        assert f"events.csv:{line}: summary_{language}: the summary needs its {language} translation" in found
