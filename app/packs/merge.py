"""One database from a base (the bundled sources or a full release) plus additions packs.

The merged copy of the CSVs goes through the very code ``python -m db.build``
runs (``db.load.load`` then ``db.build.write``), so a pack's rows meet every
rule the bundled data meets, against the bundled data: a figure must cite a
source, a country must exist, keys must not repeat.

Which pack a fact came from shows wherever its citation shows: an additions
pack's sources get "data pack NAME VERSION" (and "unsigned" when nobody
trusted signed it) added to their edition, and the dataset version names the
packs, which the status bar, ``info``, every sheet's footer and JSON print.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from app.packs.errors import PackError
from app.packs.pack import Pack
from app.packs.tables import tables


@dataclass(frozen=True)
class Origin:
    label: str  # "" for the base data
    line: int


def provenance(pack: Pack) -> str:
    mark = f"data pack {pack.name} {pack.version}"
    return mark if pack.signer.trusted else f"{mark}, unsigned"


def _read_folder(folder: Path) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
    found = {}
    for name in tables():
        path = folder / name
        if path.exists():
            with path.open(newline="", encoding="utf-8") as handle:
                reader = csv.DictReader(handle)
                rows = list(reader)
                found[name] = (list(reader.fieldnames or []), rows)
    return found


def _from_pack(pack: Pack) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
    return {name: (pack.headers[name], rows) for name, rows in pack.tables.items()}


def base_version(base: Path | Pack) -> str:
    found = _read_folder(base) if isinstance(base, Path) else _from_pack(base)
    for row in found.get("dataset.csv", ([], []))[1]:
        if row.get("key") == "version":
            return row.get("value", "")
    return "?"


def dataset_label(base: Path | Pack, additions: list[Pack]) -> str:
    """The dataset version as every view prints it: the base's, naming each pack on it."""
    label = base_version(base)
    if isinstance(base, Pack):
        label += f" ({base.name} pack{'' if base.signer.trusted else ', unsigned'})"
    for pack in additions:
        label += f" + {pack.name} {pack.version}" + ("" if pack.signer.trusted else " (unsigned)")
    return label


def merge_sources(base: Path | Pack, additions: list[Pack], out: Path) -> dict[str, list[Origin]]:
    """Write the merged CSVs into ``out``; return, per file, where each written row came from."""
    base_tables = _read_folder(base) if isinstance(base, Path) else _from_pack(base)
    base_label = "" if isinstance(base, Path) else base.label
    merged: dict[str, tuple[list[str], list[dict[str, str]], list[Origin]]] = {}
    for name, (header, rows) in base_tables.items():
        lines = base.line_numbers[name] if isinstance(base, Pack) else range(2, len(rows) + 2)
        merged[name] = (list(header), list(rows), [Origin(base_label, n) for n in lines])
    for pack in additions:
        mark = provenance(pack)
        for name, rows in pack.tables.items():
            header, target, origins = merged.setdefault(name, ([], [], []))
            for column in pack.headers[name]:
                if column not in header:
                    header.append(column)
            for row, line in zip(rows, pack.line_numbers[name], strict=True):
                if name == "sources.csv":
                    edition = (row.get("edition") or "").strip()
                    row = {**row, "edition": f"{edition}; {mark}" if edition else mark}
                target.append(row)
                origins.append(Origin(pack.label, line))
    for row in merged.get("dataset.csv", ([], [], []))[1]:
        if row.get("key") == "version":
            row["value"] = dataset_label(base, additions)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, list[Origin]] = {}
    for name, (header, rows, origins) in merged.items():
        with (out / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n", extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        written[name] = _line_origins(out / name, origins)
    return written


def _line_origins(path: Path, origins: list[Origin]) -> list[Origin]:
    """Index = CSV line of the merged file (quoted cells may span lines), value = origin."""
    by_line: list[Origin] = [Origin("", 0), Origin("", 1)]
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        for origin, _row in zip(origins, reader, strict=False):
            while len(by_line) < reader.line_num:
                by_line.append(origin)
            by_line.append(origin)
    return by_line


DUPLICATE = re.compile(r"duplicate of line (\d+)")


def explain(problems: list, origins: dict[str, list[Origin]], context: str) -> PackError:
    """The first build problem, located in the pack that caused it, as one sentence."""

    def where(file: str, line: int) -> str:
        lines = origins.get(file, [])
        origin = lines[line] if 0 < line < len(lines) else None
        if origin is None or line <= 1:
            return f"{file}"
        if origin.label:
            return f"{origin.label}: {file} line {origin.line}"
        return f"the current data: {file} line {origin.line}"

    first = problems[0]
    message = DUPLICATE.sub(lambda m: "duplicate of " + where(first.file, int(m.group(1))), first.message)
    more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
    return PackError(f"{where(first.file, first.line)}, {first.column}: {message}{more}; {context}.")


def build_database(base: Path | Pack, additions: list[Pack], work: Path, out: Path) -> None:
    """Validate the merged data completely and write ``out``; PackError names the first problem."""
    try:
        from db.build import write
        from db.load import load
        from db.reader import BuildError
    except ImportError as exc:  # a binary built without the dataset build code (packaging/slim.py)
        raise PackError(f"this copy of the app cannot build data ({exc.name} is not installed); "
                        "nothing imported.") from None
    if isinstance(base, Path) and not (base / "dataset.csv").is_file():
        raise PackError(f"the bundled source tables are missing ({base}), so packs cannot be merged; "
                        "nothing imported.")
    origins = merge_sources(base, additions, work)
    try:
        loaded = load(work)
    except BuildError as exc:
        raise explain(exc.problems, origins, "nothing imported") from None
    write(loaded, out)
