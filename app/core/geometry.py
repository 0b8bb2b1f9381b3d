"""World map geometry: loads ``resources/map/world.json`` (see ``db/build_map.py``).

Coordinates are Equal Earth kilometres with y pointing NORTH (a PDF's
convention; a screen view flips y). A country's rings include its holes and
are meant to be filled with the even-odd rule. Pure Python: no Qt here.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from app import paths

Point = tuple[float, float]
Ring = tuple[Point, ...]
Bounds = tuple[float, float, float, float]  # min x, min y, max x, max y


@dataclass(frozen=True, slots=True)
class CountryShape:
    iso3: str
    polygons: tuple[Ring, ...]  # empty for a point (small state)
    label: Point  # inside the shape: where a name or marker goes
    is_point: bool

    @property
    def bounds(self) -> Bounds:
        """Bounding box of the rings, or the label point for a small state."""
        if not self.polygons:
            x, y = self.label
            return (x, y, x, y)
        xs = [x for ring in self.polygons for x, _ in ring]
        ys = [y for ring in self.polygons for _, y in ring]
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True, slots=True)
class WorldMap:
    shapes: dict[str, CountryShape]
    bounds: Bounds
    # Land that is no country of ours (Greenland, Puerto Rico, ...): drawn, never clicked.
    context: tuple[Ring, ...] = ()


def load_world(path: Path | None = None) -> WorldMap:
    """The world map; parsed once per path (the result is immutable, share it)."""
    return _load(Path(path) if path is not None else paths.resource("map", "world.json"))


@functools.cache
def _load(path: Path) -> WorldMap:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _parse(data)
    except FileNotFoundError:
        raise ValueError(f"world map file is missing: {path} (run python -m db.build_map)") from None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"world map file is unreadable or corrupt: {path}: {exc}") from exc


def _ring(flat: list[float]) -> Ring:
    if len(flat) < 6 or len(flat) % 2:
        raise ValueError("a ring needs at least three x,y pairs")
    return tuple(zip(flat[0::2], flat[1::2], strict=True))


def _point(pair: list[float]) -> Point:
    x, y = pair
    return (float(x), float(y))


def _parse(data: dict) -> WorldMap:
    shapes: dict[str, CountryShape] = {}
    for iso3, country in data["countries"].items():
        rings = tuple(_ring(flat) for flat in country["rings"])
        shapes[iso3] = CountryShape(iso3, rings, _point(country["label"]), is_point=False)
    for iso3, pair in data["points"].items():
        shapes[iso3] = CountryShape(iso3, (), _point(pair), is_point=True)
    context = tuple(_ring(flat) for rings in data.get("context", {}).values() for flat in rings)
    min_x, min_y, max_x, max_y = (float(v) for v in data["bounds"])
    if not shapes or min_x >= max_x or min_y >= max_y:
        raise ValueError("no countries or empty bounds")
    return WorldMap(dict(sorted(shapes.items())), (min_x, min_y, max_x, max_y), context)
