"""Reading a ``.lfpack`` zip defensively: it may come from anyone on a USB stick.

Everything is read into memory once, under limits, from bytes the caller
already holds, so what was checked is exactly what gets imported. Names are
checked before anything is decompressed, and sizes are counted while reading
(a zip's own size fields can lie).
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from pathlib import PurePosixPath

from app.packs.errors import PackError, printable

MAX_PACK_BYTES = 100 * 1024 * 1024  # the zip file itself
MAX_MEMBERS = 64  # ten tables, the manifest and its signature fit many times over
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # the whole of db/sources is under 1 MB (measured: 620 KB)
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 100  # CSV deflates about 5:1; a bomb is thousands to one
RATIO_FLOOR = 1024 * 1024  # small members may compress well without being a bomb
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def read_members(data: bytes, label: str) -> dict[str, bytes]:
    """Name -> content of every member, or PackError with one sentence."""
    try:
        return _read_members(data, label)
    except PackError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError,
            NotImplementedError, ValueError, KeyError, OverflowError) as exc:  # fmt: skip
        # zipfile's many ways to reject damaged bytes (random damage finds them all: tests/packs).
        raise PackError(printable(f"{label} is a damaged zip file ({type(exc).__name__}: {exc}).")) from None


def _read_members(data: bytes, label: str) -> dict[str, bytes]:
    if len(data) > MAX_PACK_BYTES:
        raise PackError(f"{label} is larger than {MAX_PACK_BYTES // 2**20} MB, more than any data pack needs.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data.startswith(ZIP_MAGIC):
            raise PackError(f"{label} is an incomplete zip file (truncated while copying?).") from None
        raise PackError(f"{label} is not a data pack: it is not a zip file.") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackError(f"{label} holds {len(infos)} files; a data pack holds at most {MAX_MEMBERS}.")
        seen: set[str] = set()
        for info in infos:
            _check_name(info, label)
            if info.filename in seen:
                raise PackError(f"{label} holds two files named {info.filename!r}.")
            seen.add(info.filename)
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise PackError(f"{label} would unpack to {declared // 2**20} MB (a zip bomb?).")
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise PackError(f"{label}: {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}"
                                f" to 1 (a zip bomb?).")  # fmt: skip
            content = _read_limited(archive, info, label)
            total += len(content)
            if total > MAX_TOTAL_BYTES:
                raise PackError(f"{label} unpacks to more than {_size(MAX_TOTAL_BYTES)} (a zip bomb?).")
            members[info.filename] = content
    return members


def _check_name(info: zipfile.ZipInfo, label: str) -> None:
    name = info.filename
    if not name.isprintable():
        raise PackError(f"{label} holds a file whose name has control characters ({printable(name)}).")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackError(f"{label} holds a symbolic link ({name}); a data pack holds only files.")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise PackError(f"{label} holds a file with an absolute path ({name}).")
    if "\\" in name or ".." in PurePosixPath(name).parts:
        raise PackError(f"{label} holds a file whose path leaves the pack ({name}).")
    if "/" in name or info.is_dir():
        raise PackError(f"{label} holds a folder or nested path ({name}); a data pack keeps its files at the top.")
    if info.flag_bits & 0x1:
        raise PackError(f"{label}: {name} is encrypted; a data pack is not.")


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    chunks, size = [], 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1 << 16):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:
                    raise PackError(f"{label}: {info.filename} unpacks to more than "
                                    f"{_size(MAX_MEMBER_BYTES)} (a zip bomb?).")  # fmt: skip
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise PackError(printable(f"{label}: {info.filename} is damaged inside the zip ({exc}).")) from None
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 else f"{n} bytes"


def write_members(members: dict[str, bytes]) -> bytes:
    """A pack zip with fixed timestamps and order, so the same content gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()
