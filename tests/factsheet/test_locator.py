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


# -- small island states: a zoomed map with an overview inset (issue 11) -------------------

SHEET_MAP = (164.4, 102.0)  # 58 x 36 mm, the sheet's map
PACIFIC_AND_OTHER_ISLANDS = ["TON", "MHL", "TUV", "NRU", "KIR", "PLW", "FSM", "WSM", "MDV", "COK", "NIU",
                             "SYC", "MUS", "COM", "CPV", "STP", "MLT", "SGP", "BHR", "BRB", "LCA", "TTO"]  # fmt: skip


@pytest.mark.parametrize("iso3", PACIFIC_AND_OTHER_ISLANDS)
def test_small_island_states_get_the_zoomed_map_with_an_inset(iso3):
    locator = LocatorMap(iso3, *SHEET_MAP)
    assert locator.inset is not None and not locator.whole_world
    b = locator.inset.bounds
    extent_pt = max(b[2] - b[0], b[3] - b[1]) * locator.scale
    assert extent_pt >= 4  # its islands are seen, not one dot for all (Nauru: one small island)
    # The zoomed area holds all of the country's islands (the date line splits none).
    w = locator.window
    assert w[0] <= b[0] and b[2] <= w[2] and w[1] <= b[1] and b[3] <= w[3]
    x, y, ow, oh = locator.overview_box()
    assert x >= 0 and y >= 0 and x + ow <= SHEET_MAP[0] + 0.01 and y + oh <= SHEET_MAP[1] + 0.01
    assert ow * oh < SHEET_MAP[0] * SHEET_MAP[1] / 4  # an inset, not a second map
    assert locator.inset.overview  # the overview shows land around (Australia, Africa, ...)
    data = draw(locator)
    assert data.count(b" re W n") == 2  # two clipped frames: the zoomed map and the overview


def test_every_country_too_small_to_see_is_zoomed_unless_it_has_land_neighbours():
    # Before: 35 countries were a ringed dot, most of them in an empty box of sea. Now only
    # states with a land border keep the ring, where the neighbours around it place them.
    world = load_locator_world()
    ringed = {iso3 for iso3 in world.countries
              if (m := LocatorMap(iso3, *SHEET_MAP, world=world)).ringed and m.inset is None}  # fmt: skip
    assert ringed == {"AND", "BRN", "LIE", "LUX", "MCO", "SMR", "VAT", "XKX"}


def test_kiribati_is_one_group_across_the_date_line():
    locator = LocatorMap("KIR", *SHEET_MAP)
    b = locator.inset.bounds
    assert b[2] - b[0] < 5000  # Gilbert to Line Islands, ~4,000 km: not split to the map's two edges


def test_countries_with_room_keep_the_regional_view():
    for iso3 in ("DEU", "FJI", "JAM", "AND", "LUX"):
        assert LocatorMap(iso3, *SHEET_MAP).inset is None


def test_overview_sits_where_it_hides_no_island():
    for iso3 in ("TON", "MDV", "MHL", "TUV", "WSM"):
        locator = LocatorMap(iso3, *SHEET_MAP)
        x, y, ow, oh = locator.overview_box()
        s, w = locator.scale, locator.window
        area = (w[0] + x / s, w[1] + y / s, w[0] + (x + ow) / s, w[1] + (y + oh) / s)
        for ring in locator.inset.rings:
            xs, ys = ring[0::2], ring[1::2]
            assert not (area[0] <= min(xs) and max(xs) <= area[2] and area[1] <= min(ys) and max(ys) <= area[3])


def test_a_damaged_insets_file_falls_back_to_the_ringed_view(tmp_path):
    from app.factsheet.locator import load_locator_world as load

    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "locator.json").write_text(paths.resource("map", "locator.json").read_text(encoding="utf-8"),
                                         encoding="utf-8")  # fmt: skip
    (folder / "insets.json").write_text("{not json", encoding="utf-8")
    world = load(folder / "locator.json")
    locator = LocatorMap("TON", *SHEET_MAP, world=world)
    assert locator.inset is None and locator.ringed
    assert draw(locator).startswith(b"%PDF")
    with pytest.raises(ValueError, match="corrupt"):
        world.inset("TON")


def test_low_ink_inset_renders():
    assert draw(LocatorMap("MDV", *SHEET_MAP, low_ink=True)).startswith(b"%PDF")


# -- disputed areas: a neutral hatch, never a claimant's fill (issue 11) --------------------


def test_disputed_areas_come_from_natural_earths_own_attributes():
    world = load_locator_world()
    assert {"ESH", "FLK"} <= world.disputed  # Western Sahara; Falkland Is. (Malvinas)
    data = json.loads(paths.resource("map", "world.json").read_text(encoding="utf-8"))
    assert set(data["disputed"]) == world.disputed
    assert "FLK" in world.disputed_context  # context land, kept apart to be hatched
    un_members = {"MAR", "ARG", "GBR", "CHN", "ISR", "EGY", "SDN", "UKR", "RUS", "IND", "PAK"}
    assert not world.disputed & un_members  # a claimant's own territory is never hatched


def test_a_neighbours_map_hatches_the_disputed_area_in_neutral_grey():
    from app.factsheet.locator import HATCH

    morocco = LocatorMap("MAR", *SHEET_MAP)
    hatches = morocco._hatches()
    assert len(hatches) >= 1  # Western Sahara, next door
    grey = f"{HATCH.red:.3f} G"
    assert all(h.startswith("q ") and " W* n " in h and grey in h and h.endswith(" S Q") for h in hatches)
    assert HATCH.red == HATCH.green == HATCH.blue  # a grey, not a claimant's colour
    page = draw(morocco).decode("latin-1")
    assert grey in page
    assert "ESH" in morocco.disputed_in_view()
    # Its own sheet highlights it like any country's.
    assert "ESH" not in LocatorMap("ESH", *SHEET_MAP).disputed_in_view()
    # The Falkland Is. (Malvinas): hatched, in neither Argentina's nor the UK's fill.
    assert "FLK" in LocatorMap("ARG", *SHEET_MAP).disputed_in_view()
    assert "TWN" in LocatorMap("PHL", *SHEET_MAP).disputed_in_view()


def test_a_far_away_map_draws_no_hatch():
    finland = LocatorMap("FIN", *SHEET_MAP)
    assert finland.disputed_in_view() == [] and finland._hatches() == []


def test_a_zoomed_map_has_a_round_scale_bar_in_the_sheets_smallest_type():
    from app.factsheet.locator import SCALE_FONT_PT, SCALE_SHARE, SCALE_STEPS_KM

    assert SCALE_FONT_PT >= 7.5  # the sheets' floor for any text (issue 11)
    for iso3 in ("TON", "MLT", "KIR", "NRU"):
        locator = LocatorMap(iso3, *SHEET_MAP)
        km = locator.scale_bar_km()
        assert km in SCALE_STEPS_KM
        assert km * locator.scale <= SHEET_MAP[0] * SCALE_SHARE
        assert km * locator.scale >= SHEET_MAP[0] * SCALE_SHARE / 2.5  # long enough to read
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(draw(LocatorMap("TON", *SHEET_MAP)))
    assert "500\u00a0km" in document[0].get_textpage().get_text_range().replace(" ", "\u00a0")
    document.close()


def test_every_inset_has_its_islands_and_an_overview_with_land():
    world = load_locator_world()
    assert len(world.inset_codes) >= 25
    for iso3 in sorted(world.inset_codes):
        inset = world.inset(iso3)
        assert inset.rings and inset.overview, iso3


def test_land_that_no_feature_covers_is_hatched_not_left_as_sea():
    # This edition leaves the Abyei area, the Golan and the Southern Patagonian Ice Field
    # unassigned; drawn as holes they looked like lakes. They are disputed context land now.
    from shapely.geometry import Point, Polygon

    from db.build_map import equal_earth

    world = load_locator_world()
    gaps = {code: rings for code, rings in world.disputed_context.items() if code.startswith("GAP")}
    for lon, lat in ((28.4, 9.6), (35.75, 33.0), (-73.3, -49.5)):  # Abyei, Golan, the ice field
        point = Point(equal_earth(lon, lat))
        assert any(Polygon(list(zip(ring[0::2], ring[1::2], strict=True))).buffer(20).contains(point)
                   for rings in gaps.values() for ring in rings[0]), (lon, lat)  # fmt: skip
        assert all(code in world.disputed for code in gaps)
    assert "GAP2" in LocatorMap("SSD", *SHEET_MAP).disputed_in_view()  # Abyei beside South Sudan


def test_the_scale_bar_writes_the_unit_in_russian_when_asked():
    import pypdfium2 as pdfium

    for language, unit in (("en", "km"), ("fr", "km"), ("ru", "км")):
        document = pdfium.PdfDocument(draw(LocatorMap("TON", *SHEET_MAP, language=language)))
        assert f"500\u00a0{unit}" in document[0].get_textpage().get_text_range().replace(" ", "\u00a0")
        document.close()
