"""Packs built in the test: the five-country fixture is the 'bundled' data, keys are made per test."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.packs import archive, minisign
from app.packs.builder import PackInfo, manifest_for
from app.packs.pack import MANIFEST, SIGNATURE
from tests.conftest import FIXTURE_SOURCES

ORG_SOURCES = (
    "id,publisher,title,edition,url,published,seen,quality\n"
    "org-registry-2025,Example NGO,Survivor registry 2025,,https://example.org/registry,2025-12,2026-11-30,primary\n"
)
ORG_CASUALTIES = (
    "iso3,year,total,killed,injured,unknown,edition,source_id,note\n"
    "KHM,2025,50,10,40,,2026,org-registry-2025,\n"
)
ORG = PackInfo("org-registry", "Example NGO survivor registry", "1.0", "Example NGO", created="2026-11-30T00:00:00Z")


@pytest.fixture(autouse=True)
def bundled_is_fixture(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Imports merge onto the fixture sources; 'bundled' means the fixture database."""
    from app import paths

    monkeypatch.setattr(paths, "bundled_sources_dir", lambda: FIXTURE_SOURCES)
    monkeypatch.setattr(paths, "bundled_database", lambda: fixture_db)
    return fixture_db


@pytest.fixture
def key(tmp_path: Path) -> minisign.SecretKey:
    """A signing key the user trusts (as after `factsheets pack trust`)."""
    from app.packs.keys import trust

    secret = minisign.generate()
    pub = tmp_path / "org.pub"
    pub.write_text(secret.public.to_file(), encoding="utf-8")
    trust(pub)
    return secret


def members_for(tables: dict[str, str], key: minisign.SecretKey | None, info: PackInfo = ORG) -> dict[str, bytes]:
    """A pack's files: tables, a manifest with their hashes, and a signature when ``key`` is given."""
    encoded = {name: text.encode("utf-8") for name, text in tables.items()}
    manifest = manifest_for(info, encoded)
    members = {MANIFEST: manifest, **encoded}
    if key is not None:
        members[SIGNATURE] = minisign.sign(manifest, key, "test pack").to_file().encode()
    return members


def write_pack(path: Path, members: dict[str, bytes]) -> Path:
    path.write_bytes(archive.write_members(members))
    return path


@pytest.fixture
def org_pack(tmp_path: Path, key: minisign.SecretKey) -> Path:
    """A signed additions pack: one source and one Cambodian casualty count."""
    members = members_for({"sources.csv": ORG_SOURCES, "casualties.csv": ORG_CASUALTIES}, key)
    return write_pack(tmp_path / "org.lfpack", members)


@pytest.fixture
def release_sources(tmp_path: Path) -> Path:
    """A copy of the fixture sources with one changed figure: Cambodia's 2010 casualties 286 -> 300."""
    folder = tmp_path / "release"
    shutil.copytree(FIXTURE_SOURCES, folder)
    casualties = folder / "casualties.csv"
    text = casualties.read_text(encoding="utf-8")
    assert "KHM,2010,286," in text
    casualties.write_text(text.replace("KHM,2010,286,", "KHM,2010,300,"), encoding="utf-8")
    dataset = folder / "dataset.csv"
    dataset.write_text(dataset.read_text(encoding="utf-8").replace("test-1", "test-2"), encoding="utf-8")
    return folder


def snapshot(*roots: Path) -> dict[str, str]:
    """Every file under ``roots`` with its hash: equal before and after means nothing changed."""
    found = {}
    for root in roots:
        if root.is_file():
            found[str(root)] = hashlib.sha256(root.read_bytes()).hexdigest()
        elif root.exists():
            for path in sorted(root.rglob("*")):
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return found


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from app.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
