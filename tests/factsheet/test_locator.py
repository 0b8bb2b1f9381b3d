"""Locator maps render to PDF, frame the country sensibly and stay small."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from reportlab.pdfgen.canvas import Canvas

from app import paths
from app.core.geometry import load_world
from app.factsheet.locator import LocatorMap, load_locator_world, view_window


def draw(*maps: LocatorMap) -> bytes:
    out = BytesIO()
    canvas = Canvas(out, pagesize=(200, 120), invariant=1)
    canvas.setPageCompression(0)
    for locator in maps:
        locator.drawOn(canvas, 20, 10)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize(("iso3", "low_ink"), [("DEU", False), ("MLT", False), ("RUS", False), ("TUV", True)])
def test_renders_to_pdf(iso3, low_ink):
    locator = LocatorMap(iso3, 160, 100, low_ink=low_ink)
    assert locator.wrap(500, 500) == (160, 100)
    data = draw(locator)
    assert data.startswith(b"%PDF")
    assert b" B*" in data or locator.country.is_point


def width(window):
    return window[2] - window[0]


def test_regional_view_for_a_mid_sized_country_world_for_a_giant():
    world = load_locator_world()
    world_width = world.bounds[2] - world.bounds[0]
    germany = view_window(world.countries["DEU"].bounds, world.bounds, 1.6)
    russia = view_window(world.countries["RUS"].bounds, world.bounds, 1.6)
    assert width(germany) < world_width / 4
    assert width(russia) >= world_width


def test_view_keeps_the_drawing_aspect_and_contains_the_country():
    world = load_locator_world()
    country = world.countries["NGA"]
    window = view_window(country.bounds, world.bounds, 2.0)
    assert width(window) / (window[3] - window[1]) == pytest.approx(2.0)
    x, y = country.label
    assert window[0] < x < window[2] and window[1] < y < window[3]


def test_finest_level_is_the_world_map_itself():
    # The locator's level 0 is world.json's geometry, so both maps agree.
    world, locator = load_world(), load_locator_world()
    assert locator.bounds == world.bounds
    for iso3, shape in world.shapes.items():
        assert locator.countries[iso3].is_point == shape.is_point
        assert locator.countries[iso3].bounds == pytest.approx(shape.bounds)


def test_coarser_levels_for_wider_views():
    world = load_locator_world()
    assert world.tolerances == tuple(sorted(world.tolerances))
    assert world.level_for(21) == 0  # the narrowest regional view (3,500 km on 58 mm)
    assert world.level_for(204) == len(world.tolerances) - 1  # the whole world
    vertices = [sum(len(ring) // 2 for c in world.countries.values() if c.levels for ring in c.levels[i])
                for i in range(len(world.tolerances))]  # fmt: skip
    assert vertices == sorted(vertices, reverse=True)
    assert vertices[-1] < 4000  # a whole-world locator writes a few thousand points, not 20,000


def test_world_background_is_one_form_shared_by_world_views():
    usa, russia = LocatorMap("USA", 164, 102), LocatorMap("RUS", 164, 102)
    assert usa.whole_world and russia.whole_world
    data = draw(usa, russia)
    assert data.count(b"/Subtype /Form") == 1
    assert data.count(b" Do") == 2
    finland = LocatorMap("FIN", 164, 102)
    assert not finland.whole_world
    assert b"/Subtype /Form" not in draw(finland)  # a regional view draws only its neighbours


def test_unknown_country_is_a_key_error():
    with pytest.raises(KeyError):
        LocatorMap("XXX", 100, 60)


def test_damaged_locator_file_is_a_value_error(tmp_path):
    from app.factsheet.locator import load_locator_world as load

    broken = tmp_path / "locator.json"
    data = json.loads(paths.resource("map", "locator.json").read_text(encoding="utf-8"))
    data["context"] = data["context"][:1]
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="corrupt"):
        load(broken)
    with pytest.raises(ValueError, match="missing"):
        load(tmp_path / "absent.json")
