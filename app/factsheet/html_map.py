"""The HTML sheet's locator map as inline SVG: the PDF locator's regional view, island
insets with an overview, disputed areas hatched, a ring for a country too small to see.

Pure Python over resources/map (no reportlab): app.factsheet.html embeds what
``map_svg`` returns.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from html import escape

# The regional view, as the PDF's locator chooses it (app/factsheet/locator.py).
MAP_W, MAP_H = 290, 180  # the locator's box in CSS px, the PDF's 58 x 36 mm aspect
MIN_SPAN_KM, GROW, PAD_KM, WORLD_FRACTION = 3500.0, 1.4, 2400.0, 0.55
TINY_SHARE = 0.02  # a country narrower than this share of the view also gets a ring
INSET_MIN_SPAN_KM, INSET_GROW, INSET_PAD_KM = 300.0, 1.3, 160.0  # an island state's zoomed view
OVERVIEW_SHARE, OVERVIEW_SPAN_KM = 0.38, 12_000.0  # its overview: share of the map, width on the ground


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def map_svg(iso3: str, alt: str) -> str | None:
    from app.core.geometry import load_world

    try:
        world = load_world()
    except ValueError:  # a damaged map file: the text alternative stands in
        return None
    shape = world.shapes.get(iso3)
    if shape is None:
        return None
    x0, y0, x1, y1 = shape.bounds
    wx0, wy0, wx1, wy1 = world.bounds
    aspect = MAP_H / MAP_W
    width = max(MIN_SPAN_KM, (x1 - x0) * GROW + PAD_KM, ((y1 - y0) * GROW + PAD_KM) / aspect)
    tiny = shape.is_point or (x1 - x0) < width * TINY_SHARE
    inset = _insets().get(iso3) if tiny else None
    if inset is not None:  # a small island state: its islands zoomed, as on the PDF sheet
        return _inset_svg(inset, alt, f"{iso3}-overview")
    if width > WORLD_FRACTION * (wx1 - wx0):
        view = world.bounds
    else:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        view = (cx - width / 2, cy - width * aspect / 2, cx + width / 2, cy + width * aspect / 2)
    tolerance = (view[2] - view[0]) / 400  # finer than a pixel of the drawn map
    land, highlight = [], ""
    for code, other in world.shapes.items():
        if other.is_point or not _overlaps(other.bounds, view):
            continue
        d = _path(other.polygons, tolerance, keep_all=code == iso3)
        if code == iso3:
            highlight = d
        elif d:
            land.append(d)
    land.append(_path([ring for ring in world.context if _overlaps(_ring_bounds(ring), view)], tolerance))
    out = [*_svg_open(view, alt), _land(land)]
    out += _hatched(iso3, view, tolerance)
    if highlight:
        out.append(_highlight(highlight))
    if tiny:
        out.append(_ring_mark(shape.label, (view[2] - view[0]) / 30))
    return "".join([*out, _frame(view), "</svg>"])


def _inset_svg(inset: dict, alt: str, clip_id: str) -> str:
    rings = [_pairs(flat) for flat in inset["rings"]]
    x0, y0, x1, y1 = _ring_bounds([p for ring in rings for p in ring])
    aspect = MAP_H / MAP_W
    span = max((x1 - x0) * INSET_GROW + INSET_PAD_KM, INSET_MIN_SPAN_KM,
               ((y1 - y0) * INSET_GROW + INSET_PAD_KM) / aspect)  # fmt: skip
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    view = (cx - span / 2, cy - span * aspect / 2, cx + span / 2, cy + span * aspect / 2)
    tolerance = span / 400
    land = [_path([_pairs(flat) for flat in group], tolerance) for group in inset["land"]]
    shapes, dots = [], []
    islet = span / 70  # an island smaller than this is a dot this wide, so every island shows
    for ring in rings:
        b = _ring_bounds(ring)
        if max(b[2] - b[0], b[3] - b[1]) < islet:
            dots.append(f'<circle cx="{(b[0] + b[2]) / 2:.1f}" cy="{-(b[1] + b[3]) / 2:.1f}" r="{islet / 2:.1f}"/>')
        else:
            shapes.append(ring)
    out = [*_svg_open(view, alt), _land(land)]
    if shapes:
        out.append(_highlight(_path(shapes, tolerance, keep_all=True)))
    if dots:
        out.append(f'<g fill="#8c1c13">{"".join(dots)}</g>')
    # The overview: the wider region in the top right corner, the zoomed area marked on it.
    ow, oh = span * OVERVIEW_SHARE, span * aspect * OVERVIEW_SHARE
    ox, oy = view[2] - ow, view[3] - oh  # km, y north
    ov_w = OVERVIEW_SPAN_KM
    ov = (cx - ov_w / 2, cy - ov_w * aspect / 2, cx + ov_w / 2, cy + ov_w * aspect / 2)
    overview = _path([_pairs(flat) for flat in inset["overview"]], ov_w / 300)
    k = ow / ov_w  # overview km -> map km; a transform, so no vertex is moved here
    box = f'x="{ox:.1f}" y="{-(oy + oh):.1f}" width="{ow:.1f}" height="{oh:.1f}"'
    marked = (f'<rect x="{view[0]:.0f}" y="{-view[3]:.0f}" width="{span:.0f}" height="{view[3] - view[1]:.0f}" '
              'fill="none" stroke="#000" stroke-width="1.5" vector-effect="non-scaling-stroke"/>')  # fmt: skip
    out.append(f'<clipPath id="{clip_id}"><rect {box}/></clipPath>'
               f'<rect {box} fill="#eef2f6" stroke="#fff" stroke-width="3" vector-effect="non-scaling-stroke"/>'
               f'<g clip-path="url(#{clip_id})"><g transform="translate({ox - k * ov[0]:.2f} {-oy + k * ov[1]:.2f}) '
               f'scale({k:.5f})"><path d="{overview}" fill="#cfcfcf" fill-rule="evenodd"/>{marked}</g></g>'
               f'<rect {box} fill="none" stroke="#777" stroke-width="1" '
               'vector-effect="non-scaling-stroke"/>')  # fmt: skip
    return "".join([*out, _frame(view), "</svg>"])


def _hatched(iso3: str, view: tuple[float, float, float, float], tolerance: float) -> list[str]:
    """A neutral grey hatch over each disputed area in view (never a claimant's fill), as on the PDF."""
    areas = []
    for code, rings in _disputed().items():
        inside = [ring for ring in rings if _overlaps(_ring_bounds(ring), view)]
        if code != iso3 and inside:
            areas.append(_path(inside, tolerance))
    if not areas:
        return []
    step = (view[2] - view[0]) / 90
    pattern = f"{iso3}-hatch"
    return [f'<pattern id="{pattern}" patternUnits="userSpaceOnUse" width="{step:.1f}" height="{step:.1f}" '
            f'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="{step:.1f}" stroke="#7a7a7a" '
            'stroke-width="0.7" vector-effect="non-scaling-stroke"/></pattern>',
            f'<path d="{"".join(areas)}" fill="url(#{pattern})" fill-rule="evenodd"/>']  # fmt: skip


@functools.cache
def _disputed() -> dict[str, list[list[tuple[float, float]]]]:
    """The rings of each disputed area the world map marks (resources/map/world.json "disputed")."""
    from app import paths

    try:
        data = json.loads(paths.resource("map", "world.json").read_text(encoding="utf-8"))
        found = {}
        for code in data.get("disputed", ()):
            flat = data["countries"][code]["rings"] if code in data["countries"] else data["context"].get(code, [])
            found[code] = [_pairs(ring) for ring in flat]
        return found
    except (OSError, ValueError, KeyError, TypeError):
        return {}


@functools.cache
def _insets() -> dict:
    """The zoomed maps of small island states (resources/map/insets.json); none if unreadable."""
    from app import paths

    try:
        return json.loads(paths.resource("map", "insets.json").read_text(encoding="utf-8"))["countries"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _pairs(flat: Sequence[float]) -> list[tuple[float, float]]:
    return list(zip(flat[0::2], flat[1::2], strict=False))


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])


def _viewbox(view: tuple[float, float, float, float]) -> str:
    return f"{view[0]:.0f} {-view[3]:.0f} {view[2] - view[0]:.0f} {view[3] - view[1]:.0f}"


def _svg_open(view: tuple[float, float, float, float], alt: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{_viewbox(view)}" width="{MAP_W}" '
            f'height="{MAP_H}" role="img" aria-label="{_e(alt)}" preserveAspectRatio="xMidYMid slice">',
            f"<title>{_e(alt)}</title>",
            f'<rect x="{view[0]:.0f}" y="{-view[3]:.0f}" width="{view[2] - view[0]:.0f}" '
            f'height="{view[3] - view[1]:.0f}" fill="#eef2f6"/>']  # fmt: skip


def _land(paths_d: Sequence[str]) -> str:
    return (f'<path d="{"".join(d for d in paths_d if d)}" fill="#cfcfcf" fill-rule="evenodd" stroke="#fff" '
            'stroke-width="0.6" vector-effect="non-scaling-stroke"/>')  # fmt: skip


def _highlight(d: str) -> str:
    # Dark red with a black outline: dark in grayscale too, so colour is never the only cue.
    return (f'<path d="{d}" fill="#8c1c13" fill-rule="evenodd" stroke="#000" stroke-width="1" '
            'vector-effect="non-scaling-stroke"/>')  # fmt: skip


def _ring_mark(point: tuple[float, float], r: float) -> str:
    x, y = point
    return (f'<circle cx="{x:.0f}" cy="{-y:.0f}" r="{r:.0f}" fill="none" stroke="#000" stroke-width="2" '
            f'vector-effect="non-scaling-stroke"/><circle cx="{x:.0f}" cy="{-y:.0f}" r="{r / 4:.0f}" '
            'fill="#8c1c13" stroke="#000" stroke-width="1" vector-effect="non-scaling-stroke"/>')  # fmt: skip


def _frame(view: tuple[float, float, float, float]) -> str:
    return (f'<rect x="{view[0]:.0f}" y="{-view[3]:.0f}" width="{view[2] - view[0]:.0f}" '
            f'height="{view[3] - view[1]:.0f}" fill="none" stroke="#777" stroke-width="1" '
            'vector-effect="non-scaling-stroke"/>')  # fmt: skip


def _ring_bounds(ring: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return (min(xs), min(ys), max(xs), max(ys))


def _path(rings: Iterable[Sequence[tuple[float, float]]], tolerance: float, keep_all: bool = False) -> str:
    """SVG path data (y flipped to point down), dropping vertices closer than ``tolerance``."""
    parts = []
    for ring in rings:
        kept = [ring[0]]
        for x, y in ring[1:]:
            px, py = kept[-1]
            if abs(x - px) >= tolerance or abs(y - py) >= tolerance:
                kept.append((x, y))
        if len(kept) < 3:
            if not keep_all:
                continue  # an islet smaller than the tolerance
            kept = list(ring)
        parts.append("M" + " ".join(f"{x:.0f} {-y:.0f}" for x, y in kept) + "Z")
    return "".join(parts)


# -- whole documents ------------------------------------------------------------------
