"""The whole path a data officer takes: build, sign, verify, preview, import, see, restore, remove."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import paths
from app.packs import minisign
from tests.packs.conftest import members_for, run, snapshot, write_pack


def casualty_total(db: Path, iso3: str, year: int) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT total, source_id FROM casualties WHERE iso3 = ? AND year = ? AND preferred", (iso3, year)
        ).fetchall()
    finally:
        conn.close()


def test_keygen_build_verify_import_list_restore(capsys, tmp_path: Path, fixture_db: Path):
    code, out, _ = run(capsys, "pack", "keygen", "-o", str(tmp_path / "org"))
    assert code == 0 and (tmp_path / "org.key").exists() and (tmp_path / "org.pub").exists()
    assert run(capsys, "pack", "trust", str(tmp_path / "org.pub"))[0] == 0
    folder = tmp_path / "org-figures"
    folder.mkdir()
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    (folder / "sources.csv").write_text(ORG_SOURCES, encoding="utf-8")
    (folder / "casualties.csv").write_text(ORG_CASUALTIES, encoding="utf-8")
    pack = tmp_path / "org.lfpack"
    code, out, err = run(capsys, "pack", "build", str(folder), "-o", str(pack), "--sign", str(tmp_path / "org.key"),
                         "--publisher", "Example NGO")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "pack", "verify", str(pack))
    assert code == 0 and "signed by a trusted key" in out and err == ""

    before = snapshot(paths.user_data_dir(), fixture_db)
    code, out, _ = run(capsys, "pack", "import", str(pack), "--dry-run")
    assert code == 0 and "KHM casualties: added 2025" in out and "Dry run: nothing changed." in out
    assert snapshot(paths.user_data_dir(), fixture_db) == before

    code, out, _ = run(capsys, "pack", "import", str(pack), "--yes")
    assert code == 0 and "Now using dataset test-1 + org-figures 1" in out
    active = paths.database_path()
    assert active != fixture_db and active.is_relative_to(paths.user_data_dir())
    assert casualty_total(active, "KHM", 2025) == [(50, "org-registry-2025")]
    assert run(capsys, "--db", str(fixture_db), "info")[1].count("test-1 +") == 0  # --db still wins
    code, out, _ = run(capsys, "info")
    assert "Dataset version: test-1 + org-figures 1" in out
    code, out, _ = run(capsys, "pack", "list")
    assert "org-figures 1: additions, 2 rows, signed by a trusted key (Example NGO)" in out

    code, out, _ = run(capsys, "data", "restore", "--yes")
    assert code == 0 and paths.database_path() == fixture_db
    assert snapshot(fixture_db) == {k: v for k, v in before.items() if k == str(fixture_db)}


def test_unsigned_pack_needs_an_explicit_choice_and_is_marked(capsys, tmp_path: Path):
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    pack = write_pack(tmp_path / "u.lfpack", members_for({"sources.csv": ORG_SOURCES,
                                                         "casualties.csv": ORG_CASUALTIES}, None))  # fmt: skip
    code, _, err = run(capsys, "pack", "import", str(pack), "--yes")
    assert code == 1 and "not signed" in err and "--allow-unsigned" in err
    code, out, err = run(capsys, "pack", "import", str(pack), "--dry-run")  # a preview is not an import
    assert code == 0 and "KHM casualties: added 2025" in out and "will be marked unsigned" in err
    assert paths.active_user_database() is None
    code, out, err = run(capsys, "pack", "import", str(pack), "--yes", "--allow-unsigned")
    assert code == 0 and "marked unsigned" in err
    db = paths.database_path()
    conn = sqlite3.connect(db)
    edition = conn.execute("SELECT edition FROM sources WHERE id = 'org-registry-2025'").fetchone()[0]
    version = conn.execute("SELECT value FROM dataset_info WHERE key = 'version'").fetchone()[0]
    conn.close()
    assert edition == "data pack org-registry 1.0, unsigned"
    assert version == "test-1 + org-registry 1.0 (unsigned)"


def test_full_release_with_one_changed_figure(capsys, tmp_path: Path, release_sources: Path, key, fixture_db):
    """The issue's 'done when': preview names the change, the sheet shows it with the pack, restore undoes it."""
    secret = tmp_path / "publisher.key"
    secret.write_text(key.to_file(), encoding="utf-8")
    pack = tmp_path / "release.lfpack"
    code, _, err = run(capsys, "pack", "build", str(release_sources), "-o", str(pack), "--sign", str(secret),
                       "--updates", "test-1", "--name", "monitor-release")  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "pack", "import", str(pack), "--dry-run")
    assert "KHM casualties: changed 2010 2011 lm2011: total 286 -> 300" in out
    assert "KHM    casualties       +0 ~1 -0" in out
    assert run(capsys, "pack", "import", str(pack), "--yes")[0] == 0
    assert casualty_total(paths.database_path(), "KHM", 2010) == [(300, "lm2011")]

    from app.core.store import Store
    from app.factsheet.build import build_sheet
    from tests.factsheet.conftest import pdf_text

    with Store.open() as store:
        assert store.dataset_info().version == "test-2 (monitor-release pack)"
        text = pdf_text(build_sheet(store.profile("KHM"), world_casualties=store.casualties(None)))
    assert "300" in text and "test-2 (monitor-release pack)" in text

    assert run(capsys, "data", "restore", "--yes")[0] == 0
    assert casualty_total(paths.database_path(), "KHM", 2010) == [(286, "lm2011")]


def test_sheet_names_the_additions_pack_beside_its_figure(capsys, org_pack: Path):
    assert run(capsys, "pack", "import", str(org_pack), "--yes")[0] == 0
    from app.core.store import Store
    from app.factsheet.build import build_sheet
    from tests.factsheet.conftest import pdf_text

    with Store.open() as store:
        text = pdf_text(build_sheet(store.profile("KHM"), world_casualties=store.casualties(None)))
    assert "Survivor registry 2025" in text and "data pack org-registry 1.0" in text
    assert "test-1 + org-registry 1.0" in text  # the footer's dataset version


def test_remove_takes_exactly_the_packs_rows_and_is_undoable(capsys, org_pack: Path, fixture_db: Path):
    assert run(capsys, "pack", "import", str(org_pack), "--yes")[0] == 0
    with_pack = paths.database_path()
    code, out, _ = run(capsys, "pack", "remove", "org-registry", "--yes")
    assert code == 0 and "removed" in out
    from app.packs.diff import diff

    assert diff(fixture_db, paths.database_path()) == []  # exactly the pack's rows went
    code, out, _ = run(capsys, "data", "restore", "--list")
    assert "import org-registry 1.0" in out
    state = [line.split()[0] for line in out.splitlines() if "import org-registry" in line][0]
    assert run(capsys, "data", "restore", state, "--yes")[0] == 0
    assert paths.database_path() == with_pack


def test_additions_are_layered_and_a_new_version_replaces_the_old(capsys, tmp_path: Path, key):
    from app.packs.builder import PackInfo
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    first = write_pack(tmp_path / "a.lfpack", members_for({"sources.csv": ORG_SOURCES,
                                                           "casualties.csv": ORG_CASUALTIES}, key))  # fmt: skip
    other_sources = ORG_SOURCES.replace("org-registry-2025", "org2-2025")
    other = write_pack(tmp_path / "b.lfpack", members_for(
        {"sources.csv": other_sources,
         "casualties.csv": ORG_CASUALTIES.replace("KHM", "UKR").replace("org-registry-2025", "org2-2025")},
        key, PackInfo("org-two", "Second", "1", "Other NGO")))  # fmt: skip
    assert run(capsys, "pack", "import", str(first), "--yes")[0] == 0
    assert run(capsys, "pack", "import", str(other), "--yes")[0] == 0
    assert casualty_total(paths.database_path(), "UKR", 2025) == [(50, "org2-2025")]
    assert casualty_total(paths.database_path(), "KHM", 2025) == [(50, "org-registry-2025")]
    newer = write_pack(tmp_path / "c.lfpack", members_for(
        {"sources.csv": ORG_SOURCES, "casualties.csv": ORG_CASUALTIES.replace(",50,10,40,", ",55,15,40,")},
        key, PackInfo("org-registry", "Example", "1.1", "Example NGO")))  # fmt: skip
    code, out, _ = run(capsys, "pack", "import", str(newer), "--yes")
    assert code == 0 and "total 50 -> 55" in out
    code, out, _ = run(capsys, "pack", "list")
    assert "org-registry 1.1" in out and "org-registry 1.0" not in out and "org-two 1" in out


def test_only_the_last_few_states_are_kept(capsys, tmp_path: Path, key):
    from app.packs import states
    from app.packs.builder import PackInfo
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    for n in range(states.KEEP_STATES + 2):
        pack = write_pack(tmp_path / f"p{n}.lfpack", members_for(
            {"sources.csv": ORG_SOURCES, "casualties.csv": ORG_CASUALTIES.replace(",50,", f",{50 + n},")},
            key, PackInfo("org-registry", "Example", f"1.{n}", "Example NGO")))  # fmt: skip
        assert run(capsys, "pack", "import", str(pack), "--yes")[0] == 0
    kept = states.list_states()
    assert len(kept) == states.KEEP_STATES and kept[-1].id == states.active_id()
    assert len(list((paths.user_data_dir() / "packs").glob("*.lfpack"))) == states.KEEP_STATES


def test_data_folder_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert paths.user_data_dir() == tmp_path / "elsewhere" / paths.APP_NAME
    from platformdirs import user_data_path

    assert paths.user_data_dir() == user_data_path(paths.APP_NAME, appauthor=False)


def test_a_hand_edited_active_file_cannot_point_outside(tmp_path: Path, fixture_db: Path):
    root = paths.user_data_dir()
    root.mkdir(parents=True)
    (root / "active").write_text("../../etc", encoding="utf-8")
    assert paths.database_path() == fixture_db


def test_crash_before_the_switch_leaves_the_old_data(capsys, org_pack: Path, fixture_db: Path, monkeypatch):
    from app.packs import states

    def power_cut(state_id: str | None) -> None:
        raise KeyboardInterrupt  # the process dies after the state is written, before `active` changes

    monkeypatch.setattr(states, "switch_to", power_cut)
    with pytest.raises(KeyboardInterrupt):
        from app.packs.importer import import_pack

        import_pack(org_pack, lambda plan: True)
    assert paths.database_path() == fixture_db  # a complete but unused state at most


def test_minisign_round_trip_and_tamper():
    key = minisign.generate()
    signature = minisign.sign(b"manifest", key, "trusted words")
    parsed = minisign.parse_signature(signature.to_file())
    minisign.verify(b"manifest", parsed, minisign.parse_public_key(key.public.to_file()))
    again = minisign.parse_secret_key(key.to_file())
    assert again.seed == key.seed and again.key_id == key.key_id
    with pytest.raises(minisign.SignatureError):
        minisign.verify(b"manifest!", parsed, key.public)
    forged = minisign.Signature(parsed.key_id, True, parsed.signature, "other words", parsed.global_signature)
    with pytest.raises(minisign.SignatureError):
        minisign.verify(b"manifest", forged, key.public)
    lines = signature.to_file().splitlines()
    assert lines[0].startswith("untrusted comment: ") and lines[2] == "trusted comment: trusted words"
    assert len(minisign.base64.b64decode(lines[1])) == 74  # "ED" + key id + Ed25519 signature


def test_done_when_real_sources_with_one_changed_figure(capsys, tmp_path: Path, key, monkeypatch):
    """The issue's check on the real dataset: a copy of db/sources with one changed figure, signed."""
    import csv
    import shutil

    from db.build import load, write
    from db.reader import BuildError

    bundled = tmp_path / "bundled-sources"
    shutil.copytree(paths.Path(__file__).resolve().parents[2] / "db" / "sources", bundled)
    try:
        tables = load(bundled)
    except BuildError:
        pytest.skip("db/sources does not build right now (someone is editing it)")
    bundled_db = tmp_path / "bundled.sqlite"
    write(tables, bundled_db)
    monkeypatch.setattr(paths, "bundled_sources_dir", lambda: bundled)
    monkeypatch.setattr(paths, "bundled_database", lambda: bundled_db)

    release = tmp_path / "release"
    shutil.copytree(bundled, release)
    with (release / "figures.csv").open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    target = next(r for r in rows if r["iso3"] and r["value"].isdigit())
    old_value, target["value"] = target["value"], str(int(target["value"]) + 1)
    with (release / "figures.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    version = next(r["value"] for r in csv.DictReader((bundled / "dataset.csv").open(encoding="utf-8"))
                   if r["key"] == "version")  # fmt: skip
    secret = tmp_path / "k.key"
    secret.write_text(key.to_file(), encoding="utf-8")
    pack = tmp_path / "release.lfpack"
    code, _, err = run(capsys, "pack", "build", str(release), "-o", str(pack), "--sign", str(secret),
                       "--updates", version, "--name", "monitor")  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "pack", "import", str(pack), "--dry-run")
    assert f": value {old_value} -> {int(old_value) + 1}" in out
    assert out.count("changed ") == 2  # the figure and the dataset version, nothing else
    assert f"{target['iso3']}    figures" in out
    assert run(capsys, "pack", "import", str(pack), "--yes")[0] == 0
    assert run(capsys, "data", "restore", "--yes")[0] == 0
    assert paths.database_path() == bundled_db


def test_data_of_an_older_schema_is_not_used_and_says_so(capsys, org_pack: Path, fixture_db: Path):
    assert run(capsys, "pack", "import", str(org_pack), "--yes")[0] == 0
    imported = paths.database_path()
    conn = sqlite3.connect(imported)
    conn.execute("PRAGMA user_version = 1")  # as if an app update had moved the schema on
    conn.commit()
    conn.close()
    assert paths.database_path() == fixture_db
    code, out, _ = run(capsys, "pack", "list")
    assert "built for an older version of the app and is not in use" in out
    code, out, _ = run(capsys, "pack", "import", str(org_pack), "--yes")  # importing again is the way back
    assert code == 0 and paths.database_path() not in (fixture_db, imported)


def test_removing_one_of_two_packs_leaves_exactly_the_other(capsys, tmp_path: Path, key, org_pack: Path):
    from app.packs.builder import PackInfo
    from app.packs.diff import diff
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    other = write_pack(tmp_path / "b.lfpack", members_for(
        {"sources.csv": ORG_SOURCES.replace("org-registry-2025", "org2-2025"),
         "casualties.csv": ORG_CASUALTIES.replace("KHM", "UKR").replace("org-registry-2025", "org2-2025")},
        key, PackInfo("org-two", "Second", "1", "Other NGO")))  # fmt: skip
    assert run(capsys, "pack", "import", str(other), "--yes")[0] == 0
    only_other = paths.database_path()
    assert run(capsys, "pack", "import", str(org_pack), "--yes")[0] == 0
    both = paths.database_path()
    assert len([c for c in diff(only_other, both) if c.table != "dataset_info"]) == 2  # its source and its row
    code, out, _ = run(capsys, "pack", "remove", "org-registry", "--yes")
    assert code == 0 and "Now using dataset test-1 + org-two 1 (state" in out
    assert diff(only_other, paths.database_path()) == []
    code, out, _ = run(capsys, "pack", "remove", "org-two", "--yes")
    assert "Now using the bundled data" in out
    code, _, err = run(capsys, "pack", "remove", "org-two", "--yes")
    assert code == 1 and "no imported pack is named 'org-two'" in err


def test_restore_works_when_the_data_in_use_is_damaged(capsys, org_pack: Path, fixture_db: Path):
    assert run(capsys, "pack", "import", str(org_pack), "--yes")[0] == 0
    active = paths.database_path()
    data = bytearray(active.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header (so it is still chosen), wreck the rest
    active.write_bytes(bytes(data))
    code, _, err = run(capsys, "info")
    assert code == 1 and "damaged" in err
    code, out, err = run(capsys, "data", "restore", "--yes")
    assert code == 0, err
    assert paths.database_path() == fixture_db and run(capsys, "info")[0] == 0
    code, _, err = run(capsys, "data", "diff", str(active), str(fixture_db))
    assert code == 1 and "damaged or not a database" in err and len(err.strip().splitlines()) == 1
