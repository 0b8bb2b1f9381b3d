"""Locator maps render to PDF and frame the country sensibly."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.graphics import renderPDF

from app.core.geometry import load_world
from app.factsheet.locator import locator_map, view_window


@pytest.mark.parametrize(("iso3", "low_ink"), [("DEU", False), ("MLT", False), ("RUS", False), ("TUV", True)])
def test_renders_to_pdf(iso3, low_ink):
    drawing = locator_map(iso3, 160, 100, low_ink=low_ink)
    out = BytesIO()
    renderPDF.drawToFile(drawing, out)
    assert out.getvalue().startswith(b"%PDF")
    assert (drawing.width, drawing.height) == (160, 100)


def width(window):
    return window[2] - window[0]


def test_regional_view_for_a_mid_sized_country_world_for_a_giant():
    world = load_world()
    world_width = world.bounds[2] - world.bounds[0]
    germany = view_window(world.shapes["DEU"].bounds, world.bounds, 1.6)
    russia = view_window(world.shapes["RUS"].bounds, world.bounds, 1.6)
    assert width(germany) < world_width / 4
    assert width(russia) >= world_width


def test_view_keeps_the_drawing_aspect_and_contains_the_country():
    world = load_world()
    shape = world.shapes["NGA"]
    window = view_window(shape.bounds, world.bounds, 2.0)
    assert width(window) / (window[3] - window[1]) == pytest.approx(2.0)
    x, y = shape.label
    assert window[0] < x < window[2] and window[1] < y < window[3]


def test_unknown_country_is_a_key_error():
    with pytest.raises(KeyError):
        locator_map("XXX", 100, 60)
