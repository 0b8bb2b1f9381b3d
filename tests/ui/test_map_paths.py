"""The screen map's prebuilt paths (world.qpaths) match world.json, and a stale file is ignored."""

from __future__ import annotations

import zlib

from app.core.geometry import load_world
from app.ui import map_paths


def test_bundled_paths_are_fresh_and_equal_to_world_json(qapp):
    world_json, cache = map_paths.default_paths()
    loaded = map_paths.deserialise(cache.read_bytes(), zlib.crc32(world_json.read_bytes()))
    assert loaded is not None, "world.qpaths is stale or missing: run python -m app.ui.map_paths"
    built = map_paths.from_world(load_world())
    assert loaded.paths.keys() == built.paths.keys()
    assert all(loaded.paths[k] == built.paths[k] for k in built.paths)
    assert loaded.points == built.points
    assert loaded.context == built.context
    assert loaded.world_rect == built.world_rect


def test_a_stale_or_foreign_file_falls_back_to_world_json(qapp, tmp_path):
    world_json, _cache = map_paths.default_paths()
    stale = tmp_path / "world.qpaths"
    stale.write_bytes(map_paths.serialise(map_paths.from_world(load_world()), 12345))
    assert map_paths.deserialise(stale.read_bytes(), zlib.crc32(world_json.read_bytes())) is None
    screen = map_paths.load(world_json, stale)  # built from world.json instead
    assert "UKR" in screen.paths and "MLT" in screen.points
    assert map_paths.deserialise(b"not a map", 1) is None
