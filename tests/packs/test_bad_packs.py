"""Every kind of bad pack is refused in one sentence, exit 1, with nothing changed.

Each case makes a broken pack (or a broken situation) from a good one; the
test imports it through the CLI and compares every file of the user data
folder and the bundled database before and after.
"""

from __future__ import annotations

import errno
import io
import json
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app import paths
from app.packs import archive, minisign
from app.packs.builder import PackInfo
from app.packs.pack import MANIFEST, SIGNATURE
from tests.packs.conftest import ORG, ORG_CASUALTIES, ORG_SOURCES, members_for, run, snapshot, write_pack

GOOD = {"sources.csv": ORG_SOURCES, "casualties.csv": ORG_CASUALTIES}


def raw_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    """A zip written entry by entry, so names and attributes can be anything."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we mean to write
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for info, data in entries:
                zf.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def good_members(key, tables: dict[str, str] | None = None, info: PackInfo = ORG) -> dict[str, bytes]:
    return members_for(tables or GOOD, key, info)


def with_table(key, name: str, text: str, **more: str) -> dict[str, bytes]:
    return good_members(key, {**GOOD, name: text, **more})


def resigned(members: dict[str, bytes], key, edit: Callable[[dict], None]) -> dict[str, bytes]:
    manifest = json.loads(members[MANIFEST])
    edit(manifest)
    members[MANIFEST] = json.dumps(manifest).encode()
    members[SIGNATURE] = minisign.sign(members[MANIFEST], key, "test").to_file().encode()
    return members


# -- the cases: (id, expected words in the sentence, maker(tmp, key) -> pack path) --------------


def not_a_zip(tmp: Path, key) -> Path:
    (tmp / "p.lfpack").write_text("iso3,year\nKHM,2020\n")
    return tmp / "p.lfpack"


def truncated(tmp: Path, key) -> Path:
    data = archive.write_members(good_members(key))
    (tmp / "p.lfpack").write_bytes(data[: len(data) // 2])
    return tmp / "p.lfpack"


def bomb_ratio(tmp: Path, key) -> Path:
    members = good_members(key)
    members["casualties.csv"] = ORG_CASUALTIES.encode() + b"\n" * (4 * 1024 * 1024)
    return write_pack(tmp / "p.lfpack", members)


def bomb_size(tmp: Path, key, monkeypatch) -> Path:
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 200)  # the same check, at a size a test can afford
    return write_pack(tmp / "p.lfpack", good_members(key))


def too_many_files(tmp: Path, key) -> Path:
    return raw_zip(tmp / "p.lfpack", [(f"f{n}.csv", b"x") for n in range(archive.MAX_MEMBERS + 1)])


def traversal(tmp: Path, key) -> Path:
    return raw_zip(tmp / "p.lfpack", [*good_members(key).items(), ("../evil.csv", b"x")])


def absolute(tmp: Path, key) -> Path:
    return raw_zip(tmp / "p.lfpack", [*good_members(key).items(), (zipfile.ZipInfo("/etc/evil.csv"), b"x")])


def symlink(tmp: Path, key) -> Path:
    link = zipfile.ZipInfo("casualties.csv")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    members = good_members(key)
    del members["casualties.csv"]
    return raw_zip(tmp / "p.lfpack", [*members.items(), (link, b"/etc/passwd")])


def control_characters_in_name(tmp: Path, key) -> Path:
    return raw_zip(tmp / "p.lfpack", [*good_members(key).items(), ("evil\x1b[2J.csv", b"x")])


def nested(tmp: Path, key) -> Path:
    return raw_zip(tmp / "p.lfpack", [*good_members(key).items(), ("data/figures.csv", b"x")])


def duplicate_names(tmp: Path, key) -> Path:
    members = good_members(key)
    return raw_zip(tmp / "p.lfpack", [*members.items(), ("casualties.csv", members["casualties.csv"])])


def no_manifest(tmp: Path, key) -> Path:
    members = good_members(key)
    del members[MANIFEST], members[SIGNATURE]
    return write_pack(tmp / "p.lfpack", members)


def malformed_manifest(tmp: Path, key) -> Path:
    members = good_members(key)
    members[MANIFEST] = members[MANIFEST][:-20]
    members[SIGNATURE] = minisign.sign(members[MANIFEST], key, "t").to_file().encode()
    return write_pack(tmp / "p.lfpack", members)


def deeply_nested_manifest(tmp: Path, key) -> Path:
    members = good_members(key)
    members[MANIFEST] = b"[" * 200_000 + b"]" * 200_000
    members[SIGNATURE] = minisign.sign(members[MANIFEST], key, "t").to_file().encode()
    return write_pack(tmp / "p.lfpack", members)


def manifest_lacks_fields(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", resigned(good_members(key), key, lambda m: m.pop("publisher")))


def unknown_schema(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", resigned(good_members(key), key, lambda m: m.update(schema_version=99)))


def hash_mismatch(tmp: Path, key) -> Path:
    members = good_members(key)
    members["casualties.csv"] = members["casualties.csv"].replace(b",50,", b",500,")
    return write_pack(tmp / "p.lfpack", members)


def unsigned(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", good_members(None))


def bad_signature(tmp: Path, key) -> Path:
    members = good_members(key)
    manifest = json.loads(members[MANIFEST])
    manifest["title"] = "Altered after signing"
    members[MANIFEST] = json.dumps(manifest).encode()
    return write_pack(tmp / "p.lfpack", members)


def unknown_key(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", good_members(minisign.generate()))


def garbled_signature(tmp: Path, key) -> Path:
    members = good_members(key)
    members[SIGNATURE] = b"untrusted comment: x\nnot base64!!\n"
    return write_pack(tmp / "p.lfpack", members)


def table_not_in_schema(tmp: Path, key) -> Path:
    members = good_members(key)
    members["weapons.csv"] = b"iso3,kind\nKHM,mine\n"

    def add(manifest: dict) -> None:
        manifest["resources"].append({"name": "weapons", "path": "weapons.csv", "hash": "sha256:0",
                                      "schema": {"fields": [{"name": "iso3"}, {"name": "kind"}]}})  # fmt: skip
        _rehash(manifest, members)

    return write_pack(tmp / "p.lfpack", resigned(members, key, add))


def unlisted_file(tmp: Path, key) -> Path:
    members = good_members(key)
    members["notes.txt"] = b"hello"
    return write_pack(tmp / "p.lfpack", members)


def additions_carry_countries(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", with_table(key, "countries.csv", "iso3,kind,display_name,source_id\n"
                                                   "FRA,un_member,,org-registry-2025\n"))  # fmt: skip


def full_release_lacks_tables(tmp: Path, key) -> Path:
    info = PackInfo("release", "Release", "2", "Monitor", updates="test-1")
    return write_pack(tmp / "p.lfpack", good_members(key, info=info))


def wrong_columns(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", ORG_CASUALTIES.replace("total", "totl")))


def wrong_declared_type(tmp: Path, key) -> Path:
    def edit(manifest: dict) -> None:
        for resource in manifest["resources"]:
            for f in resource["schema"]["fields"]:
                if f["name"] == "year":
                    f["type"] = "number"

    return write_pack(tmp / "p.lfpack", resigned(good_members(key), key, edit))


def wrong_cell_type(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", ORG_CASUALTIES.replace(",50,", ",fifty,")))


def bad_encoding(tmp: Path, key) -> Path:
    members = good_members(key)
    members["casualties.csv"] = ORG_CASUALTIES.replace("2025,\n", "2025,Pays côtier\n").encode("latin-1")
    return write_pack(tmp / "p.lfpack", resigned(members, key, lambda m: _rehash(m, members)))


def bom(tmp: Path, key) -> Path:
    members = good_members(key)
    members["casualties.csv"] = b"\xef\xbb\xbf" + members["casualties.csv"]
    return write_pack(tmp / "p.lfpack", resigned(members, key, lambda m: _rehash(m, members)))


def _rehash(manifest: dict, members: dict[str, bytes]) -> None:
    from app.packs.pack import sha256_hex

    for resource in manifest["resources"]:
        resource["hash"] = f"sha256:{sha256_hex(members[resource['path']])}"


def invalid_iso(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", ORG_CASUALTIES.replace("KHM", "XYZ")))


def country_not_in_dataset(tmp: Path, key) -> Path:
    # FRA is a real ISO code, but not one of the dataset's countries (the fixture has five).
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", ORG_CASUALTIES.replace("KHM", "FRA")))


def bad_date(tmp: Path, key) -> Path:
    status = ("iso3,treaty,status,signed,deposited,deposit_type,entry_into_force,withdrawal_notified,"
              "withdrawal_effective,source_id,note\nKHM,CCM,party,,2025-13-40,ratification,,,,org-registry-2025,\n")
    return write_pack(tmp / "p.lfpack", with_table(key, "treaty_status.csv", status))


def dates_out_of_order(tmp: Path, key) -> Path:
    status = ("iso3,treaty,status,signed,deposited,deposit_type,entry_into_force,withdrawal_notified,"
              "withdrawal_effective,source_id,note\nKHM,CCM,party,2020-01-01,2019-05-01,ratification,,,,"
              "org-registry-2025,\n")  # fmt: skip
    return write_pack(tmp / "p.lfpack", with_table(key, "treaty_status.csv", status))


def cites_no_source(tmp: Path, key) -> Path:
    figures = "iso3,indicator,year,value,edition,source_id,note\nKHM,va_support_usd,2024,1000,2025,nowhere,\n"
    return write_pack(tmp / "p.lfpack", with_table(key, "figures.csv", figures))


def duplicate_key(tmp: Path, key) -> Path:
    line = ORG_CASUALTIES.splitlines()[1]
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", ORG_CASUALTIES + line + "\n"))


def source_id_taken(tmp: Path, key) -> Path:
    text = ORG_SOURCES.replace("org-registry-2025", "lm2011")
    return write_pack(tmp / "p.lfpack", with_table(key, "sources.csv", text,
                                                   **{"casualties.csv": ORG_CASUALTIES.replace("org-registry-2025",
                                                                                              "lm2011")}))  # fmt: skip


def unknown_treaty(tmp: Path, key) -> Path:
    status = ("iso3,treaty,status,signed,deposited,deposit_type,entry_into_force,withdrawal_notified,"
              "withdrawal_effective,source_id,note\nKHM,NPT,party,,1972-06-02,ratification,,,,org-registry-2025,\n")
    return write_pack(tmp / "p.lfpack", with_table(key, "treaty_status.csv", status))


def other_dataset_version(tmp: Path, key, release_sources: Path) -> Path:
    from app.packs.builder import build

    info = PackInfo("release", "Release", "test-2", "Monitor", updates="test-0")
    (tmp / "p.lfpack").write_bytes(build(release_sources, info, key))
    return tmp / "p.lfpack"


def empty_pack(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", good_members(key, {"sources.csv": ORG_SOURCES.splitlines()[0] + "\n"}))


def huge_cell(tmp: Path, key) -> Path:
    casualties = ORG_CASUALTIES.replace("org-registry-2025,\n", "org-registry-2025," + "x" * 20_000 + "\n")
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", casualties))


def ragged_row(tmp: Path, key) -> Path:
    return write_pack(tmp / "p.lfpack", with_table(key, "casualties.csv", ORG_CASUALTIES.strip() + ",extra\n"))


CASES: list[tuple[str, str, Callable]] = [
    ("not a zip", "not a zip file", not_a_zip),
    ("truncated zip", "incomplete zip", truncated),
    ("zip bomb: ratio", "zip bomb", bomb_ratio),
    ("zip bomb: size", "zip bomb", bomb_size),
    ("too many files", "at most", too_many_files),
    ("path traversal", "leaves the pack", traversal),
    ("absolute path", "absolute path", absolute),
    ("symlink", "symbolic link", symlink),
    ("nested folder", "nested path", nested),
    ("control characters in a name", "control characters (evil?[2J.csv)", control_characters_in_name),
    ("duplicate names", "two files named", duplicate_names),
    ("missing datapackage.json", "has no datapackage.json", no_manifest),
    ("malformed datapackage.json", "not valid JSON", malformed_manifest),
    ("deeply nested manifest", "nested too deeply", deeply_nested_manifest),
    ("manifest lacks fields", "lacks publisher", manifest_lacks_fields),
    ("unknown schema version", "schema version 99", unknown_schema),
    ("hash mismatch", "does not match its hash", hash_mismatch),
    ("missing signature", "not signed", unsigned),
    ("bad signature", "does not match the pack", bad_signature),
    ("unknown-key signature", "not trusted", unknown_key),
    ("garbled signature", "unreadable", garbled_signature),
    ("table not in the schema", "not a table of the dataset", table_not_in_schema),
    ("file not in the manifest", "does not list", unlisted_file),
    ("additions carry a base table", "only a full dataset release", additions_carry_countries),
    ("full release lacks tables", "lacks", full_release_lacks_tables),
    ("wrong column names", "unknown column(s) totl", wrong_columns),
    ("wrong declared column type", "declared 'number'", wrong_declared_type),
    ("wrong cell type", "'fifty' is not a whole number", wrong_cell_type),
    ("bad encoding", "not UTF-8", bad_encoding),
    ("byte-order mark", "byte-order mark", bom),
    ("ragged row", "cells for", ragged_row),
    ("invalid ISO code", "unknown country code 'XYZ'", invalid_iso),
    ("country not in the dataset", "unknown country code 'FRA'", country_not_in_dataset),
    ("invalid date", "treaty_status.csv line 2, deposited: '2025-13-40' is not a real date", bad_date),
    ("dates out of order", "is before signed", dates_out_of_order),
    ("figure citing no source", "figures.csv line 2, source_id: unknown source 'nowhere'", cites_no_source),
    ("duplicate keys", "duplicate of p.lfpack: casualties.csv line 2", duplicate_key),
    ("source id already in the data", "duplicate of the current data", source_id_taken),
    ("unknown treaty", "unknown treaty 'NPT'", unknown_treaty),
    ("pack for another dataset version", "updates dataset test-0", other_dataset_version),
    ("empty pack", "is empty", empty_pack),
    ("huge cell", "longer than", huge_cell),
]


@pytest.fixture
def unchanged(fixture_db: Path):
    """Asserts, after the test, that no file in the user data folder or the bundled database changed."""
    roots = (paths.user_data_dir(), fixture_db)
    before = snapshot(*roots)
    yield
    assert snapshot(*roots) == before


def refused(capsys, pack: Path, expected: str, *extra: str) -> str:
    code, out, err = run(capsys, "pack", "import", str(pack), "--yes", *extra)
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one sentence, no traceback
    assert expected in lines[0], lines[0]
    assert lines[0].endswith("."), lines[0]
    return lines[0]


@pytest.mark.parametrize(("kind", "expected", "maker"), CASES, ids=[c[0] for c in CASES])
def test_bad_pack_is_refused_with_nothing_changed(kind, expected, maker, capsys, tmp_path, key, monkeypatch,
                                                  release_sources, unchanged):  # fmt: skip
    import inspect

    wants = inspect.signature(maker).parameters
    extra = {"monkeypatch": monkeypatch} if "monkeypatch" in wants else {}
    extra |= {"release_sources": release_sources} if "release_sources" in wants else {}
    pack = maker(tmp_path, key, **extra)
    refused(capsys, pack, expected)
    # verify refuses it as well, except what only an import can see (the data it would join)
    code, _, err = run(capsys, "pack", "verify", str(pack))
    assert code == 1 or kind in BUILD_ONLY or kind in SIGNER_ONLY, err


BUILD_ONLY = {"invalid ISO code", "country not in the dataset", "invalid date", "dates out of order",
              "figure citing no source", "duplicate keys", "source id already in the data", "unknown treaty",
              "pack for another dataset version"}  # fmt: skip
SIGNER_ONLY = {"missing signature", "unknown-key signature"}  # verify reports them as a warning


def test_already_imported(capsys, org_pack: Path, fixture_db: Path):
    assert run(capsys, "pack", "import", str(org_pack), "--yes")[0] == 0
    before = snapshot(paths.user_data_dir(), fixture_db)
    refused(capsys, org_pack, "is already imported")
    assert snapshot(paths.user_data_dir(), fixture_db) == before


def test_file_changed_between_check_and_import(capsys, org_pack: Path, monkeypatch, unchanged):
    from app.packs import cli

    def swap_then_yes(question: str, assume_yes: bool) -> bool:
        org_pack.write_bytes(org_pack.read_bytes() + b"\0")  # someone replaces the file while the preview shows
        return True

    monkeypatch.setattr(cli, "_ask", swap_then_yes)
    code, out, err = run(capsys, "pack", "import", str(org_pack))
    assert code == 1 and "changed after it was checked" in err and len(err.strip().splitlines()) == 1


def test_user_data_folder_unwritable(capsys, org_pack: Path, tmp_path: Path, monkeypatch, fixture_db):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder's parent should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    before = snapshot(blocker, fixture_db)
    # Trusting needs the same folder: use the bundled-key path by pretending the key is the publisher's.
    monkeypatch.setattr("app.packs.pack.trusted_keys", lambda: _trusting_org(org_pack))
    line = refused(capsys, org_pack, "cannot write to the user data folder")
    assert "nothing imported" in line
    assert snapshot(blocker, fixture_db) == before


def _trusting_org(pack: Path) -> dict:
    from app.packs.keys import TrustedKey

    signature = minisign.parse_signature(zipfile.ZipFile(pack).read(SIGNATURE).decode())
    return {signature.key_id: TrustedKey(_KEYS[signature.key_id], "test", True)}


_KEYS: dict[bytes, minisign.PublicKey] = {}


@pytest.fixture(autouse=True)
def _remember_key(key) -> None:
    _KEYS[key.key_id] = key.public


def test_user_data_folder_full(capsys, org_pack: Path, monkeypatch, unchanged):
    import db.build

    def no_space(tables, out):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db.build, "write", no_space)
    refused(capsys, org_pack, "is full")


def test_another_import_running(capsys, org_pack: Path, unchanged):
    from app.packs import states

    held = states._lock(states.root())  # as the window would hold it mid-import
    try:
        refused(capsys, org_pack, "another import, removal or restore is running")
    finally:
        import os

        os.close(held)


def test_at_least_25_kinds() -> None:
    # + already imported, changed file, unwritable folder, full folder, busy, no build code, no bundled
    # sources, new data the app would not open: the tests after the table
    assert len(CASES) + 8 >= 25


def test_damaged_bytes_never_escape_as_anything_but_one_sentence(key):
    """Random damage anywhere in a good pack: refused with PackError, or (rarely harmless) accepted."""
    import random

    from app.packs.errors import PackError
    from app.packs.pack import verify_bytes

    good = archive.write_members(good_members(key))
    rng = random.Random(12)
    refusals = 0
    for _ in range(400):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            verify_bytes(bytes(damaged), "p.lfpack")
        except PackError as exc:
            refusals += 1
            assert "\n" not in str(exc) and str(exc).endswith(".")
    assert refusals > 300


def test_a_copy_without_the_build_code_says_so(capsys, org_pack: Path, monkeypatch, unchanged):
    """The packaged binary may leave out db/ and its packages: one sentence, not a traceback."""
    import sys

    monkeypatch.setitem(sys.modules, "db.build", None)  # import db.build now raises ImportError
    refused(capsys, org_pack, "cannot build data (db.build is not installed)")


def test_missing_bundled_sources_say_so(capsys, org_pack: Path, monkeypatch, tmp_path: Path, unchanged):
    monkeypatch.setattr(paths, "bundled_sources_dir", lambda: tmp_path / "no-sources")
    refused(capsys, org_pack, "the bundled source tables are missing")


def test_new_data_the_app_would_not_open_is_not_switched_to(capsys, org_pack: Path, monkeypatch, unchanged):
    from app.core import store

    def refuse(self, path):
        raise store.DatabaseError(f"Database file {path} lacks a column the app reads.")

    monkeypatch.setattr(store.Store, "__init__", refuse)
    refused(capsys, org_pack, "the new data would not open")
