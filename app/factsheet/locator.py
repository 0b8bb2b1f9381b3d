"""A small vector locator map for a fact sheet: where in the world is this country.

The world is light grey, the country dark with a black outline (so it reads in
grayscale too), a small state a ringed dot. The view is regional, centred on
the country, unless the country is so large (or straddles the date line) that
the whole world says more. Pure Python + reportlab: no Qt here.
"""

from __future__ import annotations

from reportlab.graphics.shapes import FILL_EVEN_ODD, Circle, Drawing, Path, Rect
from reportlab.lib import colors

from app.core.geometry import Bounds, Ring, WorldMap, load_world

MIN_SPAN_KM = 3500.0  # narrowest regional view: enough to show the neighbours
GROW, PAD_KM = 1.4, 2400.0  # view extent = country extent * GROW + PAD_KM
WORLD_FRACTION = 0.55  # a view wider than this share of the world: show it all
TINY_PT = 6.0  # a country smaller than this on paper also gets a ring

SEA = colors.HexColor("#eef2f6")
LAND = colors.HexColor("#cfcfcf")
BORDER = colors.white
HIGHLIGHT = colors.HexColor("#8c1c13")  # dark red: ~25% luminance, dark in grayscale
OUTLINE = colors.black
FRAME = colors.HexColor("#9a9a9a")

LOW_INK = {
    "sea": None,
    "land": colors.HexColor("#e4e4e4"),
    "border": colors.white,
    "highlight": colors.HexColor("#4d4d4d"),
}


def locator_map(
    iso3: str,
    width: float,
    height: float,
    low_ink: bool = False,
    world: WorldMap | None = None,
) -> Drawing:
    """A width x height (points) Drawing locating iso3; KeyError if it is not on the map."""
    world = world if world is not None else load_world()
    shape = world.shapes[iso3]
    sea, land, border, highlight = (
        (LOW_INK["sea"], LOW_INK["land"], LOW_INK["border"], LOW_INK["highlight"])
        if low_ink
        else (SEA, LAND, BORDER, HIGHLIGHT)
    )
    window = view_window(shape.bounds, world.bounds, width / height)
    to_page = _page_transform(window, width, height)

    drawing = Drawing(width, height)
    if sea is not None:
        drawing.add(Rect(0, 0, width, height, fillColor=sea, strokeColor=None))
    for rings in (world.context, *(s.polygons for c, s in world.shapes.items() if c != iso3)):
        path = _path(rings, window, to_page)
        if path is not None:
            path.fillColor, path.strokeColor, path.strokeWidth = land, border, 0.3
            drawing.add(path)
    # Every other small state as a faint dot, so an archipelago region is not empty.
    for other in world.shapes.values():
        if other.is_point and other.iso3 != iso3 and _inside(other.label, window):
            x, y = to_page(other.label)
            drawing.add(Circle(x, y, 1.0, fillColor=land, strokeColor=None))

    path = _path(shape.polygons, window, to_page)
    if path is not None:
        path.fillColor, path.strokeColor, path.strokeWidth = highlight, OUTLINE, 0.6
        drawing.add(path)
    min_x, min_y, max_x, max_y = shape.bounds
    scale = to_page((1.0, 0.0))[0] - to_page((0.0, 0.0))[0]
    if shape.is_point or max(max_x - min_x, max_y - min_y) * scale < TINY_PT:
        x, y = to_page(shape.label)
        ring = min(width, height) / 14
        drawing.add(Circle(x, y, ring, fillColor=None, strokeColor=OUTLINE, strokeWidth=1.0))
        drawing.add(Circle(x, y, max(ring / 3, 1.5), fillColor=highlight, strokeColor=OUTLINE, strokeWidth=0.4))
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=FRAME, strokeWidth=0.5))
    return drawing


def view_window(country: Bounds, world: Bounds, aspect: float) -> Bounds:
    """The map area to show (km): regional around the country, or the whole world."""
    min_x, min_y, max_x, max_y = country
    span_x = max((max_x - min_x) * GROW + PAD_KM, MIN_SPAN_KM)
    span_y = max((max_y - min_y) * GROW + PAD_KM, MIN_SPAN_KM / aspect)
    span_x, span_y = max(span_x, span_y * aspect), max(span_y, span_x / aspect)
    world_w, world_h = world[2] - world[0], world[3] - world[1]
    if span_x > WORLD_FRACTION * world_w:
        # Whole world, letterboxed to the drawing's shape.
        span_x, span_y = max(world_w, world_h * aspect), max(world_h, world_w / aspect)
        cx, cy = (world[0] + world[2]) / 2, (world[1] + world[3]) / 2
    else:
        cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
        # Slide the window off the poles, but not off the date line: a Pacific
        # island state must stay in the middle, with open sea beyond the edge.
        cy = min(max(cy, world[1] + span_y / 2), world[3] - span_y / 2)
    return (cx - span_x / 2, cy - span_y / 2, cx + span_x / 2, cy + span_y / 2)


def _page_transform(window: Bounds, width: float, height: float):
    scale = min(width / (window[2] - window[0]), height / (window[3] - window[1]))

    def to_page(point: tuple[float, float]) -> tuple[float, float]:
        return ((point[0] - window[0]) * scale, (point[1] - window[1]) * scale)

    return to_page


def _inside(point: tuple[float, float], window: Bounds) -> bool:
    return window[0] <= point[0] <= window[2] and window[1] <= point[1] <= window[3]


def _path(rings: tuple[Ring, ...], window: Bounds, to_page) -> Path | None:
    """One even-odd Path of the rings, clipped to the window; None if nothing shows."""
    path = Path(fillMode=FILL_EVEN_ODD, strokeLineJoin=1)
    drawn = False
    for ring in rings:
        clipped = _clip(ring, window)
        if len(clipped) < 3:
            continue
        x, y = to_page(clipped[0])
        path.moveTo(x, y)
        for point in clipped[1:]:
            x, y = to_page(point)
            path.lineTo(x, y)
        path.closePath()
        drawn = True
    return path if drawn else None


def _clip(ring: Ring, window: Bounds) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the ring cut to the window (a PDF does not clip for us)."""
    xs = [x for x, _ in ring]
    ys = [y for _, y in ring]
    if max(xs) < window[0] or min(xs) > window[2] or max(ys) < window[1] or min(ys) > window[3]:
        return []
    if min(xs) >= window[0] and max(xs) <= window[2] and min(ys) >= window[1] and max(ys) <= window[3]:
        return list(ring)
    points = list(ring)
    for axis, limit, keep_above in (
        (0, window[0], True),
        (0, window[2], False),
        (1, window[1], True),
        (1, window[3], False),
    ):
        if not points:
            break

        def inside(p, axis=axis, limit=limit, keep_above=keep_above):
            return p[axis] >= limit if keep_above else p[axis] <= limit

        result = []
        prev = points[-1]
        for point in points:
            if inside(point):
                if not inside(prev):
                    result.append(_cross(prev, point, axis, limit))
                result.append(point)
            elif inside(prev):
                result.append(_cross(prev, point, axis, limit))
            prev = point
        points = result
    return points


def _cross(a, b, axis: int, limit: float) -> tuple[float, float]:
    t = (limit - a[axis]) / (b[axis] - a[axis])
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
