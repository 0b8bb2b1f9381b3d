"""HXL export and input, and `data diff` between databases and packs."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from app.packs import hxl
from tests.conftest import FIXTURE_SOURCES
from tests.packs.conftest import run


@pytest.mark.parametrize("table", sorted(hxl.TAGS))
def test_every_tag_is_core_hxl_or_a_declared_custom_attribute(table: str):
    for column, tag in hxl.TAGS[table].items():
        assert hxl.TAG_PATTERN.match(tag), tag
        hashtag, *attributes = tag.split("+")
        assert hashtag in hxl.CORE_HASHTAGS, (column, tag)
        for attribute in attributes:
            assert attribute in hxl.CORE_ATTRIBUTES | hxl.CUSTOM_ATTRIBUTES, (column, tag)
    assert len(set(map(hxl.normalise, hxl.TAGS[table].values()))) == len(hxl.TAGS[table])  # tags are unambiguous


def test_every_custom_attribute_is_used():
    used = {a for tags in hxl.TAGS.values() for tag in tags.values() for a in tag.split("+")[1:]}
    assert used >= hxl.CUSTOM_ATTRIBUTES
    assert not hxl.CUSTOM_ATTRIBUTES & hxl.CORE_ATTRIBUTES


@pytest.mark.parametrize("table", ["countries", "casualties", "figures"])
def test_export_has_the_hashtag_row(capsys, table: str, fixture_db: Path):
    code, out, _ = run(capsys, "data", "hxl", table)
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and hxl.is_hashtag_row(rows[1]) and len(rows[0]) == len(rows[1])
    assert rows[1][0] == "#country+code"
    if table == "casualties":
        assert {"#affected+killed", "#affected+injured", "#date+year"} <= set(rows[1])
        assert any(r[:3] == ["KHM", "2010", "286"] for r in rows[2:])


def test_hxl_export_edited_and_fed_back_to_pack_build(capsys, tmp_path: Path, key):
    """A data officer's round trip: export casualties with HXL, keep one edited row, build a pack, import it."""
    code, out, _ = run(capsys, "data", "hxl", "casualties")
    rows = list(csv.reader(io.StringIO(out)))
    header, tags = rows[0], rows[1]
    # Columns reordered and renamed as a spreadsheet might leave them: only the tags say what they are.
    order = list(reversed(range(len(header))))
    edits = {"iso3": "TON", "year": "2025", "total": "3", "killed": "1", "injured": "2", "edition": "2026",
             "source_id": "org-x"}  # fmt: skip
    row = dict(zip(header, rows[2], strict=True)) | edits
    folder = tmp_path / "hxl-pack"
    folder.mkdir()
    with (folder / "casualties.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([f"Column {i}" for i in order])
        writer.writerow([tags[i] for i in order])
        writer.writerow([row[header[i]] for i in order])
    (folder / "sources.csv").write_text(
        "Source,Who,Title,Edition,Link,Published,Seen,Quality\n"
        "#meta+source+id,#org+name,#meta+title,#meta+edition,#meta+url,#date+published,#date+seen,#meta+quality\n"
        "org-x,Example NGO,Field count,,https://example.org,2026,2026-11-30,primary\n",
        encoding="utf-8",
    )
    secret = tmp_path / "k.key"
    secret.write_text(key.to_file(), encoding="utf-8")
    code, _, err = run(capsys, "pack", "build", str(folder), "-o", str(tmp_path / "h.lfpack"), "--sign", str(secret))
    assert code == 0, err
    code, out, err = run(capsys, "pack", "import", str(tmp_path / "h.lfpack"), "--yes")
    assert code == 0, err
    assert "TON casualties: added 2025 2026 org-x" in out


def test_diff_of_two_databases_and_of_a_pack(capsys, tmp_path: Path, fixture_db: Path, org_pack: Path):
    from db.build import load, write

    changed = tmp_path / "changed"
    shutil.copytree(FIXTURE_SOURCES, changed)
    status = changed / "treaty_status.csv"
    text = status.read_text(encoding="utf-8")
    status.write_text(text.replace("TON,APMBC,party,,2025-06-25", "TON,APMBC,party,,2025-06-26"), encoding="utf-8")
    new_db = tmp_path / "new.sqlite"
    write(load(changed), new_db)
    code, out, _ = run(capsys, "data", "diff", str(fixture_db), str(new_db))
    assert code == 0 and "TON treaty_standing: changed APMBC: deposited 2025-06-25 -> 2025-06-26" in out
    code, out, _ = run(capsys, "data", "diff", str(fixture_db), str(new_db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"country": "TON", "table": "treaty_standing", "change": "changed", "row": "APMBC", "field": "deposited",
            "old": "2025-06-25", "new": "2025-06-26", "source_id": "untc-apmbc"} in rows  # fmt: skip
    code, out, _ = run(capsys, "data", "diff", str(fixture_db), str(org_pack))
    assert code == 0 and "KHM casualties: added 2025 2026 org-registry-2025" in out
    code, _, err = run(capsys, "data", "diff", str(fixture_db), str(tmp_path / "missing.sqlite"))
    assert code == 1 and "cannot read" in err


def test_what_changed_as_pdf(capsys, tmp_path: Path, fixture_db: Path, org_pack: Path):
    from tests.factsheet.conftest import pdf_text

    out_file = tmp_path / "changes.pdf"
    code, out, err = run(capsys, "data", "diff", str(fixture_db), str(org_pack), "--format", "pdf", "-o", str(out_file))
    assert code == 0, err
    text = pdf_text(out_file.read_bytes())
    assert "What changed" in text and "test-1 + org-registry 1.0" in text
    assert "KHM" in text and "org-registry-2025" in text
    code, _, err = run(capsys, "data", "diff", str(fixture_db), str(org_pack), "--format", "pdf")
    assert code == 1 and "-o FILE.pdf" in err


def test_hashtags_match_as_hxl_does_ignoring_case_spaces_and_attribute_order():
    assert hxl.normalise("#Affected +Killed") == hxl.normalise("#affected+killed")
    assert hxl.normalise("#region+sub+name") == hxl.normalise("#region +name +sub")
    assert hxl.is_hashtag_row(["#country+code", "", "#date +year"])
    assert not hxl.is_hashtag_row(["KHM", "#date+year"]) and not hxl.is_hashtag_row(["", ""])
    text = "Pays,Tués,Année\n#Country +Code,#affected +KILLED,#date+year\nKHM,3,2025\n"
    assert hxl.untag("casualties", text) == "iso3,killed,year\nKHM,3,2025\n"
    assert hxl.untag("casualties", "iso3,year\nKHM,2025\n") == "iso3,year\nKHM,2025\n"  # no HXL row: as is
