"""A power cut at any step of an import leaves the old data or the new, never a mix.

The import is run once to count its file-system steps (every ``os.replace``
and ``os.fsync``), then once per step with the process "dying" at that step
(an exception nothing catches). Each time, what the app would open next must
be a complete database: the old one or the new one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import paths
from app.core.store import Store
from app.packs.importer import import_pack
from app.packs.keys import trust


class PowerCut(BaseException):
    """Not an Exception: no handler in the code under test may swallow it."""


def _fresh_folder(tmp_path: Path, name: str, key, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / name))
    pub = tmp_path / f"{name}.pub"
    pub.write_text(key.public.to_file(), encoding="utf-8")
    trust(pub)


def test_power_cut_at_every_step(tmp_path: Path, org_pack: Path, key, fixture_db: Path, monkeypatch):
    real = {"replace": os.replace, "fsync": os.fsync}
    steps: list[str] = []

    def counting(name):
        def step(*args):
            steps.append(name)
            return real[name](*args)
        return step

    _fresh_folder(tmp_path, "count", key, monkeypatch)
    monkeypatch.setattr(os, "replace", counting("replace"))
    monkeypatch.setattr(os, "fsync", counting("fsync"))
    import_pack(org_pack, lambda plan: True)
    total = len(steps)
    assert total >= 6, steps  # 15 when written: the build, the stored pack, database, state.json, folders, `active`

    for cut in range(total):
        _fresh_folder(tmp_path, f"cut{cut}", key, monkeypatch)
        calls = {"n": 0}

        def dying(name, cut=cut, calls=calls):
            def step(*args):
                if calls["n"] == cut:
                    raise PowerCut
                calls["n"] += 1
                return real[name](*args)
            return step

        monkeypatch.setattr(os, "replace", dying("replace"))
        monkeypatch.setattr(os, "fsync", dying("fsync"))
        with pytest.raises(PowerCut):
            import_pack(org_pack, lambda plan: True)
        monkeypatch.setattr(os, "replace", real["replace"])
        monkeypatch.setattr(os, "fsync", real["fsync"])
        opened = paths.database_path()
        with Store(opened) as store:
            version = store.dataset_info().version
            khm_2025 = [c for c in store.profile("KHM").casualties if c.year == 2025]
        if opened == fixture_db:
            assert version == "test-1" and not khm_2025
        else:
            assert version == "test-1 + org-registry 1.0" and khm_2025, (cut, steps[cut])
        if opened == fixture_db:  # what the cut left behind does not stop the next import
            assert import_pack(org_pack, lambda plan: True) is not None
