"""The bundled world map: every country we report on can be drawn and clicked."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.core.geometry import load_world

REPO = Path(__file__).resolve().parents[2]
# Not in every version of countries.csv, but always on the map.
ALWAYS = {"VAT", "PSE", "COK", "NIU", "XKX", "ESH", "TWN"}
SMALL_STATES = {
    "AND", "MLT", "TON", "TUV", "MHL", "VAT", "MCO", "SMR", "LIE", "SGP", "BHR",
    "MDV", "NRU", "PLW", "KIR", "FSM", "COK", "NIU", "WSM", "KNA", "LCA", "VCT",
    "GRD", "BRB", "DMA", "ATG", "SYC", "MUS", "COM", "STP", "CPV",
}  # fmt: skip


def listed_codes() -> set[str]:
    with (REPO / "db" / "sources" / "countries.csv").open(encoding="utf-8") as f:
        return {row["iso3"] for row in csv.DictReader(f)} | ALWAYS


def inside(point, rings) -> bool:
    """Even-odd point in polygon, the rule the map's rings are drawn with."""
    x, y = point
    hit = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
    return hit


def test_every_listed_country_is_on_the_map():
    world = load_world()
    assert listed_codes() - set(world.shapes) == set()
    assert len(world.shapes) >= 200


def test_small_states_are_points_and_the_rest_polygons():
    world = load_world()
    points = {iso3 for iso3, shape in world.shapes.items() if shape.is_point}
    assert points == SMALL_STATES
    assert all(not world.shapes[c].polygons for c in points)
    assert all(shape.polygons for shape in world.shapes.values() if not shape.is_point)


def test_geometry_lies_within_the_bounds():
    world = load_world()
    min_x, min_y, max_x, max_y = world.bounds
    for shape in world.shapes.values():
        for x, y in [p for ring in shape.polygons for p in ring] + [shape.label]:
            assert min_x <= x <= max_x and min_y <= y <= max_y, shape.iso3


@pytest.mark.parametrize("iso3", ["FRA", "NOR", "XKX", "ZAF", "LSO", "CHL", "IDN", "PSE"])
def test_label_point_is_inside_the_country(iso3):
    shape = load_world().shapes[iso3]
    assert inside(shape.label, shape.polygons)


def test_load_is_cached():
    assert load_world() is load_world()


def test_missing_file_is_a_clear_error(tmp_path):
    missing = tmp_path / "nowhere.json"
    with pytest.raises(ValueError, match="nowhere.json"):
        load_world(missing)


@pytest.mark.parametrize("text", ["{not json", '{"countries": {}}', '{"points": [1]}'])
def test_corrupt_file_is_a_clear_error(tmp_path, text):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        load_world(bad)
