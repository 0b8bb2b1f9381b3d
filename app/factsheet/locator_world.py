"""The locator's geometry: the world at a few simplification levels, island insets, the
view window a sheet shows, and the PDF path operators each ring becomes (once per process).

Read from resources/map/locator.json and insets.json (db/build_map.py writes both).
Pure Python (no reportlab): app/factsheet/locator.py draws what this module gives.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from app import paths

Bounds = tuple[float, float, float, float]  # min x, min y, max x, max y (km, y north)
Flat = tuple[int, ...]  # one ring: x0, y0, x1, y1, ...

MIN_SPAN_KM = 3500.0  # narrowest regional view: enough to show the neighbours
GROW, PAD_KM = 1.4, 2400.0  # view extent = country extent * GROW + PAD_KM
WORLD_FRACTION = 0.55  # a view wider than this share of the world: show it all
LEVEL_PT = 0.5  # use the coarsest level whose tolerance is under this on paper
INSET_MIN_SPAN_KM = 400.0  # narrowest zoomed view of an island state (Malta and a coast of Sicily)
INSET_GROW, INSET_PAD_KM = 1.3, 160.0  # zoomed extent = islands' extent * INSET_GROW + INSET_PAD_KM


@dataclass(frozen=True)
class LocatorCountry:
    label: tuple[float, float]
    bounds: Bounds  # of the finest level (or the label point of a small state)
    levels: tuple[tuple[Flat, ...], ...]  # rings per level; () for a small state

    @property
    def is_point(self) -> bool:
        return not self.levels


@dataclass(frozen=True)
class Inset:
    """A small island state's zoomed map, in its own projection (km, y north)."""

    bounds: Bounds  # of the country's rings
    rings: tuple[Flat, ...]  # the country's islands
    land: tuple[tuple[Flat, ...], ...]  # nearby land, one group of rings per feature
    overview: tuple[Flat, ...]  # all land, coarse, around the country


@dataclass(frozen=True, eq=False)
class LocatorWorld:
    bounds: Bounds
    tolerances: tuple[float, ...]  # km, finest first
    countries: dict[str, LocatorCountry]
    context: tuple[tuple[Flat, ...], ...]  # land that is no country of ours, per level
    disputed: frozenset[str] = frozenset()  # drawn hatched on other countries' maps
    disputed_context: dict[str, tuple[tuple[Flat, ...], ...]] | None = None  # per level
    inset_codes: frozenset[str] = frozenset()  # countries with an inset in insets_path
    insets_path: Path | None = None

    def inset(self, iso3: str) -> Inset:
        """A country's zoomed map; KeyError if it has none, ValueError if the file is bad."""
        if iso3 not in self.inset_codes or self.insets_path is None:
            raise KeyError(iso3)
        return _load_insets(self.insets_path)[iso3]

    def level_for(self, km_per_pt: float) -> int:
        """The coarsest level whose simplification stays under LEVEL_PT on paper."""
        level = 0
        for index, tolerance in enumerate(self.tolerances):
            if tolerance <= km_per_pt * LEVEL_PT:
                level = index
        return level

    def path_ops(self, iso3: str, level: int) -> str:
        """PDF path operators of a country's rings at a level (km), memoised per process."""
        return _path_ops(self, iso3, level)


def _flat_bounds(rings) -> Bounds:
    xs = [v for ring in rings for v in ring[0::2]]
    ys = [v for ring in rings for v in ring[1::2]]
    return (min(xs), min(ys), max(xs), max(ys))


def _parse(data: dict, insets_path: Path | None = None) -> LocatorWorld:
    countries: dict[str, LocatorCountry] = {}
    for iso3, country in data["countries"].items():
        levels = tuple(tuple(tuple(int(v) for v in ring) for ring in rings)
                       for rings in country["rings"])  # fmt: skip
        if not levels or not levels[0] or any(len(r) < 6 or len(r) % 2 for rs in levels for r in rs):
            raise ValueError(f"{iso3}: a ring needs at least three x,y pairs")
        x, y = country["label"]
        countries[iso3] = LocatorCountry((float(x), float(y)), _flat_bounds(levels[0]), levels)
    for iso3, (x, y) in data["points"].items():
        countries[iso3] = LocatorCountry((float(x), float(y)), (x, y, x, y), ())
    tolerances = tuple(float(t) for t in data["levels"])
    context = tuple(tuple(tuple(int(v) for v in ring) for ring in rings) for rings in data["context"])
    if len(context) != len(tolerances) or any(len(c.levels) not in (0, len(tolerances))
                                              for c in countries.values()):  # fmt: skip
        raise ValueError("levels do not match")
    min_x, min_y, max_x, max_y = (float(v) for v in data["bounds"])
    if not countries or min_x >= max_x or min_y >= max_y:
        raise ValueError("no countries or empty bounds")
    disputed_context = {code: tuple(_rings(level) for level in levels)
                        for code, levels in data.get("disputed_context", {}).items()}  # fmt: skip
    if any(len(levels) != len(tolerances) for levels in disputed_context.values()):
        raise ValueError("levels do not match")
    return LocatorWorld((min_x, min_y, max_x, max_y), tolerances, dict(sorted(countries.items())),
                        context, frozenset(data.get("disputed", ())), disputed_context,
                        frozenset(data.get("insets", ())), insets_path)  # fmt: skip


def _rings(rings) -> tuple[Flat, ...]:
    out = tuple(tuple(int(v) for v in ring) for ring in rings)
    if any(len(r) < 6 or len(r) % 2 for r in out):
        raise ValueError("a ring needs at least three x,y pairs")
    return out


@functools.cache
def _load_insets(path: Path) -> dict[str, Inset]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        insets = {}
        for iso3, inset in data["countries"].items():
            rings = _rings(inset["rings"])
            if not rings:
                raise ValueError(f"{iso3}: no rings")
            insets[iso3] = Inset(_flat_bounds(rings), rings, tuple(_rings(group) for group in inset["land"]),
                                 _rings(inset["overview"]))  # fmt: skip
        return insets
    except FileNotFoundError:
        raise ValueError(f"inset map file is missing: {path} (run python -m db.build_map)") from None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"inset map file is unreadable or corrupt: {path}: {exc}") from exc


def load_locator_world(path: Path | None = None) -> LocatorWorld:
    """The locator geometry; parsed once per path (immutable, share it)."""
    return _load(Path(path) if path is not None else paths.resource("map", "locator.json"))


@functools.cache
def _load(path: Path) -> LocatorWorld:
    try:
        return _parse(json.loads(path.read_text(encoding="utf-8")), path.with_name("insets.json"))
    except FileNotFoundError:
        raise ValueError(f"locator map file is missing: {path} (run python -m db.build_map)") from None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"locator map file is unreadable or corrupt: {path}: {exc}") from exc


def _ring_ops(ring: Flat) -> str:
    pairs = [f"{ring[i]} {ring[i + 1]} l" for i in range(2, len(ring), 2)]
    return f"{ring[0]} {ring[1]} m {' '.join(pairs)} h"


@functools.cache
def _path_ops(world: LocatorWorld, key: str, level: int) -> str:
    if key == "":
        rings = world.context[level]
    elif key in world.countries:
        rings = world.countries[key].levels[level]
    else:  # disputed context land (Falkland Is., Bir Tawil)
        rings = (world.disputed_context or {})[key][level]
    return "\n".join(_ring_ops(ring) for ring in rings)


def _disputed_bounds(world: LocatorWorld, key: str, level: int) -> Bounds | None:
    if key in world.countries:
        country = world.countries[key]
        return _level_bounds(world, key, level) if not country.is_point else None
    rings = (world.disputed_context or {}).get(key, ((),) * (level + 1))[level]
    return _flat_bounds(rings) if rings else None


def _hatch_ops(bounds: Bounds, spacing: float) -> str:
    """45-degree lines across ``bounds``, ``spacing`` apart (km): clip to the area first."""
    min_x, min_y, max_x, max_y = bounds
    height = max_y - min_y
    lines = []
    x = min_x - height
    while x <= max_x:
        lines.append(f"{x:.0f} {min_y:.0f} m {x + height:.0f} {max_y:.0f} l")
        x += spacing
    return " ".join(lines)


def inset_window(country: Bounds, aspect: float) -> Bounds:
    """The zoomed view of an island state (km, in its inset's projection)."""
    min_x, min_y, max_x, max_y = country
    span_x = max((max_x - min_x) * INSET_GROW + INSET_PAD_KM, INSET_MIN_SPAN_KM)
    span_y = max((max_y - min_y) * INSET_GROW + INSET_PAD_KM, INSET_MIN_SPAN_KM / aspect)
    span_x, span_y = max(span_x, span_y * aspect), max(span_y, span_x / aspect)
    cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
    return (cx - span_x / 2, cy - span_y / 2, cx + span_x / 2, cy + span_y / 2)


@functools.cache
def _level_bounds(world: LocatorWorld, iso3: str, level: int) -> Bounds:
    return _flat_bounds(world.countries[iso3].levels[level])


@functools.cache
def _ring_table(world: LocatorWorld, iso3: str, level: int) -> tuple[tuple[Bounds, str], ...]:
    """Each ring's bounds and path operators (a regional view skips rings out of sight)."""
    return tuple((_flat_bounds((ring,)), _ring_ops(ring)) for ring in world.countries[iso3].levels[level])


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


def _overlaps(a: Bounds, b: Bounds) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _overlap_area(a: Bounds, b: Bounds) -> float:
    return max(min(a[2], b[2]) - max(a[0], b[0]), 0.0) * max(min(a[3], b[3]) - max(a[1], b[1]), 0.0)


def _circle_ops(x: float, y: float, r: float) -> str:
    """A circle as four Bezier arcs (the constant is 4/3 (sqrt 2 - 1))."""
    k = 0.5523 * r
    return (f"{x + r:.1f} {y:.1f} m {x + r:.1f} {y + k:.1f} {x + k:.1f} {y + r:.1f} {x:.1f} {y + r:.1f} c "
            f"{x - k:.1f} {y + r:.1f} {x - r:.1f} {y + k:.1f} {x - r:.1f} {y:.1f} c "
            f"{x - r:.1f} {y - k:.1f} {x - k:.1f} {y - r:.1f} {x:.1f} {y - r:.1f} c "
            f"{x + k:.1f} {y - r:.1f} {x + r:.1f} {y - k:.1f} {x + r:.1f} {y:.1f} c h")  # fmt: skip
