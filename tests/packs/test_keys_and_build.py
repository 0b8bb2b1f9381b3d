"""Keys (the shipped publisher key, trusting others) and `pack build` refusals."""

from __future__ import annotations

from pathlib import Path

from app import paths
from app.packs import minisign
from app.packs.keys import trusted_keys
from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES, members_for, run, write_pack


def test_the_shipped_publisher_key_is_a_minisign_key_and_trusted():
    key = minisign.parse_public_key((paths.resources_dir() / "publisher.pub").read_text(encoding="utf-8"))
    trusted = trusted_keys()[key.key_id]
    assert trusted.bundled and trusted.label == "the app's publisher"


def test_a_pack_signed_by_the_publisher_key_needs_no_trust_step(capsys, tmp_path: Path, monkeypatch):
    publisher = minisign.generate()
    (tmp_path / "publisher.pub").write_text(publisher.public.to_file(), encoding="utf-8")
    real = paths.resource
    monkeypatch.setattr(paths, "resource", lambda *p: tmp_path / "publisher.pub" if p == ("publisher.pub",)
                        else real(*p))  # fmt: skip
    pack = write_pack(tmp_path / "p.lfpack", members_for({"sources.csv": ORG_SOURCES,
                                                         "casualties.csv": ORG_CASUALTIES}, publisher))  # fmt: skip
    code, out, _ = run(capsys, "pack", "verify", str(pack))
    assert code == 0 and "signed by the app's publisher" in out


def test_keygen_will_not_overwrite_and_trust_refuses_garbage(capsys, tmp_path: Path):
    assert run(capsys, "pack", "keygen", "-o", str(tmp_path / "k"))[0] == 0
    assert oct((tmp_path / "k.key").stat().st_mode & 0o777) == "0o600"
    code, _, err = run(capsys, "pack", "keygen", "-o", str(tmp_path / "k"))
    assert code == 1 and "exists; add --force" in err
    (tmp_path / "bad.pub").write_text("hello\n")
    code, _, err = run(capsys, "pack", "trust", str(tmp_path / "bad.pub"))
    assert code == 1 and ("not valid base64" in err or "not an Ed25519" in err)
    code, _, err = run(capsys, "pack", "trust", str(tmp_path / "missing.pub"))
    assert code == 1 and "cannot read" in err and len(err.strip().splitlines()) == 1


def test_build_refuses_unknown_tables_and_bad_keys(capsys, tmp_path: Path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "weapons.csv").write_text("a\n1\n")
    code, _, err = run(capsys, "pack", "build", str(folder), "-o", str(tmp_path / "x.lfpack"))
    assert code == 1 and "weapons.csv is not a table of the dataset" in err
    (folder / "weapons.csv").unlink()
    (folder / "sources.csv").write_text(ORG_SOURCES)
    (tmp_path / "pub-as-key").write_text(minisign.generate().public.to_file())
    code, _, err = run(capsys, "pack", "build", str(folder), "-o", str(tmp_path / "x.lfpack"),
                       "--sign", str(tmp_path / "pub-as-key"))  # fmt: skip
    assert code == 1 and "not an Ed25519 minisign key" in err
    code, _, err = run(capsys, "pack", "build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.lfpack"))
    assert code == 1 and "is not a folder" in err
    assert not (tmp_path / "x.lfpack").exists()


def test_build_strips_a_spreadsheet_bom(capsys, tmp_path: Path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "sources.csv").write_bytes(b"\xef\xbb\xbf" + ORG_SOURCES.encode())
    (folder / "casualties.csv").write_text(ORG_CASUALTIES)
    code, _, err = run(capsys, "pack", "build", str(folder), "-o", str(tmp_path / "x.lfpack"))
    assert code == 0, err
    code, out, err = run(capsys, "pack", "verify", str(tmp_path / "x.lfpack"))
    assert code == 0 and "not signed" in err


def test_build_of_a_full_folder_without_updates_says_what_to_add(capsys, tmp_path: Path, release_sources: Path):
    code, _, err = run(capsys, "pack", "build", str(release_sources), "-o", str(tmp_path / "x.lfpack"))
    assert code == 1 and "give --updates VERSION" in err


def test_columns_the_bundled_sources_gained_are_accepted(capsys, tmp_path: Path, monkeypatch, key):
    """db/load.py grows optional columns; a pack may carry them once the bundled sources have them."""
    import shutil

    from app.packs import tables
    from tests.conftest import FIXTURE_SOURCES

    grown = tmp_path / "grown"
    shutil.copytree(FIXTURE_SOURCES, grown)
    text = (grown / "casualties.csv").read_text(encoding="utf-8").splitlines()
    (grown / "casualties.csv").write_text("\n".join([text[0] + ",reviewer", *(t + "," for t in text[1:])]) + "\n")
    monkeypatch.setattr(paths, "bundled_sources_dir", lambda: grown)
    tables._header.cache_clear()
    casualties = ORG_CASUALTIES.splitlines()
    pack = write_pack(tmp_path / "p.lfpack", members_for(
        {"sources.csv": ORG_SOURCES, "casualties.csv": f"{casualties[0]},reviewer\n{casualties[1]},A. N.\n"}, key))
    assert tables.known_columns("casualties.csv")[-1] == "reviewer"
    code, out, err = run(capsys, "pack", "verify", str(pack))
    assert code == 0, err
    tables._header.cache_clear()


def test_a_file_the_bundled_sources_gained_travels_in_full_releases_only(tmp_path: Path, monkeypatch, key):
    import shutil

    import pytest

    from app.packs import archive, tables
    from app.packs.builder import PackInfo, build
    from app.packs.errors import PackError
    from app.packs.pack import verify_bytes
    from tests.conftest import FIXTURE_SOURCES

    grown = tmp_path / "grown"
    shutil.copytree(FIXTURE_SOURCES, grown)
    (grown / "texts.csv").write_text("english,language,text\n")
    monkeypatch.setattr(paths, "bundled_sources_dir", lambda: grown)
    tables._header.cache_clear()
    try:
        assert "texts.csv" in tables.tables() and not tables.tables()["texts.csv"].in_additions
        release = build(grown, PackInfo("r", "R", "2", "P", updates="test-1"), key)
        assert "texts.csv" in verify_bytes(release, "r.lfpack").tables
        members = members_for({"sources.csv": ORG_SOURCES, "texts.csv": "english,language,text\nA,fr,B\n"}, key)
        with pytest.raises(PackError, match="only a full dataset release"):
            verify_bytes(archive.write_members(members), "a.lfpack")
    finally:
        tables._header.cache_clear()


def test_a_copy_without_cryptography_says_so(capsys, tmp_path: Path, monkeypatch):
    import sys

    import app.packs

    for name in [m for m in sys.modules if m.startswith(("app.packs.", "cryptography"))
                 and m not in ("app.packs.cli", "app.packs.errors")]:  # fmt: skip
        monkeypatch.delitem(sys.modules, name)
        if name.startswith("app.packs."):  # `from app.packs import x` would find the attribute
            monkeypatch.delattr(app.packs, name.removeprefix("app.packs."), raising=False)
    monkeypatch.setitem(sys.modules, "cryptography", None)
    (tmp_path / "p.lfpack").write_bytes(b"PK")
    code, _, err = run(capsys, "pack", "verify", str(tmp_path / "p.lfpack"))
    assert code == 1 and err.strip() == ("factsheets: this copy of the app lacks cryptography, which data packs "
                                         "need; nothing changed.")  # fmt: skip
