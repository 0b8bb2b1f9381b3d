"""``data diff`` takes databases or packs: a pack becomes the database its import would build."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.packs.errors import PackError

SQLITE_MAGIC = b"SQLite format 3\x00"


@contextmanager
def as_database(path: Path) -> Iterator[Path]:
    """A database file for ``path``; a pack is built on the data in use, in a temporary folder."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise PackError(f"cannot read {path}: {exc.strerror or exc}.") from None
    if head == SQLITE_MAGIC:
        yield path
        return
    from app.packs.importer import current_layers
    from app.packs.merge import build_database
    from app.packs.pack import open_pack

    pack = open_pack(path)
    base, additions = current_layers()
    if pack.is_additions:
        additions = [p for p in additions if p.name != pack.name] + [pack]
    else:
        base = pack
    with tempfile.TemporaryDirectory(prefix="factsheets-diff-") as tmp:
        out = Path(tmp) / "pack.sqlite"
        build_database(base, additions, Path(tmp) / "sources", out)
        yield out
