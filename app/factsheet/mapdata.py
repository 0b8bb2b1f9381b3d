"""Print-resolution copies of the world map for the sheets' locator maps.

reportlab writes every vertex out as text, and a whole-world locator 58 mm wide
shows about 200 km per point on paper, while the map data has a vertex every
10-20 km: nine in ten vertices cannot be seen and only cost time and bytes.
The sheet therefore hands ``locator_map`` a world simplified to a fraction of a
point at the scale the locator will use (one copy per scale step, per process).
"""

from __future__ import annotations

import functools
import math

from app.core.geometry import CountryShape, Ring, WorldMap, load_world

VISIBLE_PT = 0.35  # vertices closer than this on paper are dropped


def simplify_ring(ring: Ring, tolerance: float) -> Ring:
    """Drop each vertex within ``tolerance`` of the last kept one (radial distance)."""
    if len(ring) <= 4 or tolerance <= 0:
        return ring
    limit = tolerance * tolerance
    kept = [ring[0]]
    last_x, last_y = ring[0]
    for x, y in ring[1:-1]:
        if (x - last_x) ** 2 + (y - last_y) ** 2 >= limit:
            kept.append((x, y))
            last_x, last_y = x, y
    kept.append(ring[-1])
    # A small island must stay a polygon, not collapse to a line.
    return tuple(kept) if len(kept) >= 4 else ring


@functools.cache
def simplified_world(tolerance_km: float) -> WorldMap:
    world = load_world()
    shapes = {
        iso3: CountryShape(shape.iso3,
                           tuple(simplify_ring(r, tolerance_km) for r in shape.polygons),
                           shape.label, shape.is_point)  # fmt: skip
        for iso3, shape in world.shapes.items()
    }
    context = tuple(simplify_ring(ring, tolerance_km) for ring in world.context)
    return WorldMap(shapes, world.bounds, context)


def world_for(iso3: str, width: float, height: float) -> WorldMap | None:
    """The world to draw ``iso3``'s locator with, or None to let the locator load its own."""
    from app.factsheet.locator import view_window

    world = load_world()
    shape = world.shapes.get(iso3)
    if shape is None:
        return None
    window = view_window(shape.bounds, world.bounds, width / height)
    km_per_pt = max((window[2] - window[0]) / width, (window[3] - window[1]) / height)
    # Round down to a power of two so that a handful of copies serve every country.
    step = 2 ** math.floor(math.log2(max(km_per_pt * VISIBLE_PT, 1.0)))
    return simplified_world(float(step))
