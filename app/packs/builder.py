"""``pack build``: a folder of CSVs in the db/sources layout -> a (signed) .lfpack.

The folder may hold a few tables (an additions pack: an organisation's own
figures with the sources they cite) or all of them with ``dataset.csv`` (a
full release). HXL-tagged CSVs are accepted: the hashtag row maps the columns
and is dropped. The result is verified exactly as an import would verify it,
so a pack that builds is a pack that passes ``verify`` (signature aside).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.packs import archive, hxl, minisign
from app.packs.errors import PackError
from app.packs.pack import ADDITIONS, MANIFEST, SCHEMA_VERSION, SIGNATURE, sha256_hex, verify_bytes
from app.packs.tables import table_schema, tables


@dataclass(frozen=True)
class PackInfo:
    name: str
    title: str
    version: str
    publisher: str
    updates: str = ADDITIONS  # or the dataset version a full release replaces
    created: str = ""  # RFC 3339 date-time, as Frictionless requires; now when empty


def read_tables(folder: Path) -> dict[str, bytes]:
    """The known CSVs of ``folder`` as UTF-8 bytes, HXL rows removed."""
    if not folder.is_dir():
        raise PackError(f"{folder} is not a folder of CSV files.")
    found = {}
    known = tables()
    for path in sorted(folder.glob("*.csv")):
        if path.name not in known:
            raise PackError(f"{path.name} is not a table of the dataset (known: {', '.join(known)}).")
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")  # spreadsheet exports often add a BOM: the pack will not carry it
        except UnicodeDecodeError as exc:
            raise PackError(f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8.") from None
        found[path.name] = hxl.untag(path.stem, text).encode("utf-8")
    if not found:
        raise PackError(f"{folder} holds none of the dataset's CSV files ({', '.join(known)}).")
    return found


def manifest_for(info: PackInfo, carried: dict[str, bytes]) -> bytes:
    specs = tables()
    resources = []
    for name, content in sorted(carried.items()):
        header = next(csv.reader(io.StringIO(content.decode("utf-8"))), [])
        resources.append({
            "name": specs[name].name, "path": name, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "profile": "tabular-data-resource", "bytes": len(content),
            "hash": f"sha256:{sha256_hex(content)}", "schema": table_schema(specs[name], header),
        })  # fmt: skip
    manifest = {
        "profile": "tabular-data-package", "name": info.name, "title": info.title, "version": info.version,
        "publisher": info.publisher, "contributors": [{"title": info.publisher, "role": "publisher"}],
        "created": info.created or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updates": info.updates, "schema_version": SCHEMA_VERSION, "resources": resources,
    }  # fmt: skip
    return (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build(folder: Path, info: PackInfo, secret_key: minisign.SecretKey | None = None) -> bytes:
    """The .lfpack bytes; raises PackError if the result would not verify."""
    carried = read_tables(folder)
    specs = tables()
    base_tables = [name for name in carried if not specs[name].in_additions]
    if info.updates == ADDITIONS and base_tables:
        raise PackError(f"{folder} holds {', '.join(base_tables)}, which only a full release carries: give "
                        "--updates VERSION (the dataset version it replaces), or leave them out.")  # fmt: skip
    manifest = manifest_for(info, carried)
    members = {MANIFEST: manifest, **carried}
    if secret_key is not None:
        comment = f"pack {info.name} {info.version} by {info.publisher}".replace("\n", " ")
        members[SIGNATURE] = minisign.sign(manifest, secret_key, comment).to_file().encode("utf-8")
    data = archive.write_members(members)
    verify_bytes(data, f"{info.name}.lfpack")
    return data


def dataset_version(folder: Path) -> str | None:
    """The ``version`` row of a sources folder's dataset.csv."""
    path = folder / "dataset.csv"
    if not path.exists():
        return None
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            if row.get("key") == "version":
                return (row.get("value") or "").strip() or None
    return None
