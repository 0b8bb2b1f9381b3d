"""The screen map's ready-made QPainterPaths: ``resources/map/world.qpaths``.

Building ~170 QPainterPaths from ``world.json`` costs ~35 ms at start-up
(parsing the JSON, then ~18,000 Python ``lineTo`` calls). The same paths,
serialised with QDataStream at build time, load in about a millisecond: Qt
reads them in C++. ``world.json`` stays the one source of truth (the PDF
locator map reads it too); this file is derived from it by
``python -m db.build_map`` (or ``python -m app.ui.map_paths`` on its own) and
records the CRC-32 of the ``world.json`` it came from. If the two disagree (a
rebuilt world.json without this file) the map view builds its paths from
world.json the slow way, so a stale file can never show stale borders.

Paths are in Equal Earth km with y flipped to point down (screen convention),
filled with the even-odd rule.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF
from PySide6.QtGui import QPainterPath

MAGIC = 0x4C4D5150  # "LMQP"
FORMAT_VERSION = 1
STREAM_VERSION = QDataStream.Version.Qt_6_0


class ScreenMap(NamedTuple):
    paths: dict[str, QPainterPath]  # countries drawn as polygons
    points: dict[str, QPointF]  # small states drawn as markers
    context: QPainterPath  # land that is no country of ours
    world_rect: QRectF


def default_paths() -> tuple[Path, Path]:
    from app.paths import resource

    return resource("map", "world.json"), resource("map", "world.qpaths")


def ring_path(rings) -> QPainterPath:
    """One country's rings (x, y north) as an even-odd path with y flipped."""
    from PySide6.QtCore import Qt

    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # rings include holes (Lesotho)
    for ring in rings:
        path.moveTo(ring[0][0], -ring[0][1])
        for x, y in ring[1:]:
            path.lineTo(x, -y)
        path.closeSubpath()
    return path


def from_world(world) -> ScreenMap:
    """Build the paths from ``app.core.geometry.WorldMap`` (the slow way)."""
    paths: dict[str, QPainterPath] = {}
    points: dict[str, QPointF] = {}
    for iso3, shape in world.shapes.items():
        if shape.is_point:
            points[iso3] = QPointF(shape.label[0], -shape.label[1])
        else:
            paths[iso3] = ring_path(shape.polygons)
    min_x, min_y, max_x, max_y = world.bounds
    rect = QRectF(min_x, -max_y, max_x - min_x, max_y - min_y)
    return ScreenMap(paths, points, ring_path(world.context), rect)


def serialise(screen: ScreenMap, source_crc: int) -> bytes:
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(STREAM_VERSION)
    stream.writeUInt32(MAGIC)
    stream.writeUInt32(FORMAT_VERSION)
    stream.writeUInt32(source_crc)
    rect = screen.world_rect
    for value in (rect.x(), rect.y(), rect.width(), rect.height()):
        stream.writeDouble(value)
    stream.writeUInt32(len(screen.paths))
    for iso3 in sorted(screen.paths):
        stream.writeQString(iso3)
        stream << screen.paths[iso3]
    stream.writeUInt32(len(screen.points))
    for iso3 in sorted(screen.points):
        stream.writeQString(iso3)
        stream.writeDouble(screen.points[iso3].x())
        stream.writeDouble(screen.points[iso3].y())
    stream << screen.context
    return bytes(data.data())


def deserialise(blob: bytes, source_crc: int | None) -> ScreenMap | None:
    """The map in ``blob``; None if it is not ours, or not made from this world.json."""
    stream = QDataStream(QByteArray(blob))
    stream.setVersion(STREAM_VERSION)
    if stream.readUInt32() != MAGIC or stream.readUInt32() != FORMAT_VERSION:
        return None
    if stream.readUInt32() != source_crc and source_crc is not None:
        return None
    read = stream.readDouble
    rect = QRectF(read(), read(), read(), read())
    paths: dict[str, QPainterPath] = {}
    for _ in range(stream.readUInt32()):
        iso3 = stream.readQString()
        paths[iso3] = path = QPainterPath()
        stream >> path
    points: dict[str, QPointF] = {}
    for _ in range(stream.readUInt32()):
        iso3 = stream.readQString()
        points[iso3] = QPointF(read(), read())
    context = QPainterPath()
    stream >> context
    if stream.status() != QDataStream.Status.Ok or not paths or rect.isEmpty():
        return None
    return ScreenMap(paths, points, context, rect)


def load(world_json: Path | None = None, cache: Path | None = None) -> ScreenMap:
    """The screen map: from the cache when it matches world.json, else built from world.json."""
    if world_json is None:
        world_json, default_cache = default_paths()
        cache = cache or default_cache
    try:
        source = world_json.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"world map file is missing: {world_json} "
                         "(run python -m db.build_map)") from None
    try:
        screen = deserialise(cache.read_bytes(), zlib.crc32(source)) if cache else None
    except OSError:
        screen = None
    if screen is not None:
        return screen
    from app.core.geometry import load_world

    return from_world(load_world(world_json))


def write(world_json: Path | None = None, cache: Path | None = None) -> Path:
    """(Re)derive the cache file from world.json; the map builder calls this."""
    from app.core.geometry import load_world

    default_json, default_cache = default_paths()
    world_json = world_json or default_json
    cache = cache or default_cache
    source = world_json.read_bytes()
    blob = serialise(from_world(load_world(world_json)), zlib.crc32(source))
    cache.write_bytes(blob)
    return cache


if __name__ == "__main__":
    written = write()
    print(f"wrote {written} ({written.stat().st_size // 1024} KB)", file=sys.stderr)
