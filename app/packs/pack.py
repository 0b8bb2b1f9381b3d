"""A verified data pack: manifest, tables and who signed it, checked before anything is built.

The manifest (``datapackage.json``) is a Frictionless Data Package; each
resource names one CSV of the ``db/sources`` layout with its Table Schema and
``sha256:`` hash. ``datapackage.json.minisig`` signs the manifest's exact
bytes, and the manifest's hashes cover every table, so one signature covers
the pack.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.packs import archive, minisign
from app.packs.errors import PackError
from app.packs.keys import trusted_keys
from app.packs.tables import FULL_RELEASE_REQUIRED, known_columns, tables

MANIFEST = "datapackage.json"
SIGNATURE = MANIFEST + ".minisig"
ADDITIONS = "additions"
SCHEMA_VERSION = 2  # db/load.py SCHEMA_VERSION: the database layout packs build into
MAX_CELL_CHARS = 10_000  # the longest note in db/sources is a few hundred characters
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")  # Frictionless: lower-case, ., -, _
MANIFEST_FIELDS = ("name", "title", "version", "publisher", "created", "updates", "schema_version", "resources")


@dataclass(frozen=True)
class Signer:
    """Who vouches for a pack: ``status`` is ``trusted``, ``unknown_key`` or ``unsigned``."""

    status: str
    key_id: str = ""
    label: str = ""

    @property
    def trusted(self) -> bool:
        return self.status == "trusted"

    def describe(self) -> str:
        if self.status == "trusted":
            return f"signed by {self.label} (key {self.key_id})"
        if self.status == "unknown_key":
            return f"signed by key {self.key_id}, which is not trusted"
        return "not signed"


@dataclass
class Pack:
    label: str  # the file name, for messages
    sha256: str  # of the whole .lfpack file
    data: bytes
    manifest: dict
    tables: dict[str, list[dict[str, str]]]  # file -> rows (header order kept by dicts)
    headers: dict[str, list[str]]
    line_numbers: dict[str, list[int]]  # file -> the CSV line of each row, for messages
    signer: Signer
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.manifest["name"]

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    @property
    def is_additions(self) -> bool:
        return self.manifest["updates"] == ADDITIONS

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def describe(self) -> str:
        kind = "additions pack" if self.is_additions else f"full dataset release (updates {self.manifest['updates']})"
        return f"{self.name} {self.version}: {kind} by {self.manifest['publisher']}, {self.signer.describe()}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise PackError(f"{path} is a folder, not a data pack file.") from None
    except OSError as exc:
        raise PackError(f"cannot read {path}: {exc.strerror or exc}.") from None


def open_pack(path: Path) -> Pack:
    """Read and verify a pack file; PackError (one sentence) if anything is wrong."""
    return verify_bytes(read_file(path), path.name)


def verify_bytes(data: bytes, label: str) -> Pack:
    members = archive.read_members(data, label)
    manifest_bytes = members.get(MANIFEST)
    if manifest_bytes is None:
        raise PackError(f"{label} has no {MANIFEST}, so it is not a data pack.")
    manifest = _parse_manifest(manifest_bytes, label)
    signer = _check_signature(manifest_bytes, members.get(SIGNATURE), label)
    resources = manifest["resources"]
    listed = {r["path"] for r in resources}
    for name in sorted(set(members) - listed - {MANIFEST, SIGNATURE}):
        raise PackError(f"{label} holds {name}, which its {MANIFEST} does not list.")
    tables, headers, lines = {}, {}, {}
    for resource in resources:
        path = resource["path"]
        content = members.get(path)
        if content is None:
            raise PackError(f"{label}: {MANIFEST} lists {path}, which is not in the pack.")
        if resource["hash"] != f"sha256:{sha256_hex(content)}":
            raise PackError(f"{label}: {path} does not match its hash in {MANIFEST} (altered or damaged).")
        header, rows, numbers = _read_table(path, content, resource, label)
        tables[path], headers[path], lines[path] = rows, header, numbers
    _check_table_set(manifest, tables, label)
    if not any(tables.values()):
        raise PackError(f"{label} is empty: its tables hold no rows.")
    return Pack(label, sha256_hex(data), data, manifest, tables, headers, lines, signer)


def _parse_manifest(content: bytes, label: str) -> dict:
    try:
        manifest = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"{label}: {MANIFEST} is not valid JSON ({exc}).") from None
    except RecursionError:  # "[[[[..." thousands deep: valid JSON that no manifest needs
        raise PackError(f"{label}: {MANIFEST} is nested too deeply to be a manifest.") from None
    if not isinstance(manifest, dict):
        raise PackError(f"{label}: {MANIFEST} is not a JSON object.")
    missing = [f for f in MANIFEST_FIELDS if f not in manifest]
    if missing:
        raise PackError(f"{label}: {MANIFEST} lacks {', '.join(missing)}.")
    version = manifest["schema_version"]
    if version != SCHEMA_VERSION:
        raise PackError(
            f"{label} is made for database schema version {version!r}; this program reads version "
            f"{SCHEMA_VERSION} (a newer or older app is needed)."
        )
    if not isinstance(manifest["name"], str) or not NAME_PATTERN.match(manifest["name"]):
        raise PackError(f"{label}: the pack name {manifest['name']!r} must be lower-case letters, digits, . - _.")
    for key in ("title", "version", "publisher", "created", "updates"):
        if not isinstance(manifest[key], str) or not manifest[key].strip():
            raise PackError(f"{label}: {MANIFEST} field {key!r} must be a non-empty text.")
    resources = manifest["resources"]
    if not isinstance(resources, list) or not resources:
        raise PackError(f"{label}: {MANIFEST} lists no resources.")
    known = tables()
    seen = set()
    for resource in resources:
        if not isinstance(resource, dict) or not all(isinstance(resource.get(k), str) for k in ("path", "hash")):
            raise PackError(f"{label}: every resource in {MANIFEST} needs a path and a hash.")
        if resource["path"] in seen:
            raise PackError(f"{label}: {MANIFEST} lists {resource['path']} twice.")
        seen.add(resource["path"])
        if resource["path"] not in known:
            raise PackError(f"{label}: {resource['path']} is not a table of the dataset "
                            f"(known: {', '.join(known)}).")  # fmt: skip
        fields = (resource.get("schema") or {}).get("fields") if isinstance(resource.get("schema"), dict) else None
        if not isinstance(fields, list) or not all(isinstance(f, dict) and "name" in f for f in fields):
            raise PackError(f"{label}: {resource['path']} has no Table Schema (schema.fields) in {MANIFEST}.")
    return manifest


def _check_signature(manifest_bytes: bytes, signature_bytes: bytes | None, label: str) -> Signer:
    if signature_bytes is None:
        return Signer("unsigned")
    try:
        signature = minisign.parse_signature(signature_bytes.decode("utf-8"))
    except (UnicodeDecodeError, minisign.SignatureError) as exc:
        raise PackError(f"{label}: {SIGNATURE} is unreadable ({exc}).") from None
    known = trusted_keys().get(signature.key_id)
    if known is None:
        return Signer("unknown_key", signature.key_id_hex)
    try:
        minisign.verify(manifest_bytes, signature, known.key)
    except minisign.SignatureError as exc:
        raise PackError(f"{label}: {exc}.") from None
    return Signer("trusted", signature.key_id_hex, known.label)


def _read_table(path: str, content: bytes, resource: dict, label: str) -> tuple[list[str], list[dict], list[int]]:
    spec = tables()[path]
    if content.startswith(b"\xef\xbb\xbf"):
        raise PackError(f"{label}: {path} starts with a byte-order mark; save it as UTF-8 without BOM.")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(f"{label}: {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8.") from None
    if "\x00" in text:
        raise PackError(f"{label}: {path} holds NUL characters; it is not a CSV text file.")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        raw_rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise PackError(f"{label}: {path} line {reader.line_num} is not valid CSV ({exc}).") from None
    _check_header(path, header, resource, label)
    rows, numbers = [], []
    for line, cells in raw_rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise PackError(f"{label}: {path} line {line} has {len(cells)} cells for {len(header)} columns.")
        for column, cell in zip(header, cells, strict=True):
            if len(cell) > MAX_CELL_CHARS:
                raise PackError(f"{label}: {path} line {line}, {column}: a cell of {len(cell)} characters "
                                f"is longer than {MAX_CELL_CHARS}.")  # fmt: skip
            if column in spec.integers and cell.strip() and not cell.strip().isdigit():
                raise PackError(f"{label}: {path} line {line}, {column}: {cell!r} is not a whole number.")
        rows.append(dict(zip(header, cells, strict=True)))
        numbers.append(line)
    return header, rows, numbers


def _check_header(path: str, header: list[str], resource: dict, label: str) -> None:
    spec = tables()[path]
    known = known_columns(path)
    unknown = [c for c in header if c not in known]
    if unknown:
        raise PackError(f"{label}: {path} has unknown column(s) {', '.join(unknown)} "
                        f"(expected {', '.join(known)}).")  # fmt: skip
    missing = [c for c in spec.required if c not in header]
    if missing:
        raise PackError(f"{label}: {path} lacks column(s) {', '.join(missing)}.")
    if len(set(header)) != len(header):
        raise PackError(f"{label}: {path} names a column twice.")
    fields = resource["schema"]["fields"]
    if [f.get("name") for f in fields] != header:
        raise PackError(f"{label}: {path}'s columns differ from its Table Schema in {MANIFEST}.")
    for f in fields:
        if f.get("type", "string") != spec.field_type(f["name"]):
            raise PackError(f"{label}: {path} column {f['name']} is declared {f.get('type')!r}; "
                            f"the dataset stores it as {spec.field_type(f['name'])!r}.")  # fmt: skip


def _check_table_set(manifest: dict, carried: dict, label: str) -> None:
    specs = tables()
    if manifest["updates"] == ADDITIONS:
        for path in carried:
            if not specs[path].in_additions:
                raise PackError(f"{label}: an additions pack cannot carry {path}; only a full dataset release can.")
    else:
        missing = [f for f in FULL_RELEASE_REQUIRED if f not in carried]
        if missing:
            raise PackError(f"{label} is a full dataset release but lacks {', '.join(missing)}.")
