"""Dataset states in the user data folder, and the atomic switch between them.

::

    <user data>/landmine-factsheets/
      active                  the id of the state in use (absent or "bundled": the bundled database)
      states/<id>/factsheets.sqlite, state.json
      packs/<sha256>.lfpack   every pack a kept state was built from (for rebuilds on remove)
      staging/                a state being built; never read by the app
      trusted-keys/*.pub

A state is built completely in ``staging/``, flushed to disk, renamed into
``states/`` and only then named in ``active`` by an atomic ``os.replace``. A
crash or power cut at any moment leaves ``active`` naming either the old or
the new complete state, never a mix. The bundled database is never written.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app import paths
from app.packs.errors import PackError

KEEP_STATES = 5  # enough to step back over a few imports; each is a ~1.5 MB database
BUNDLED = "bundled"
DB_NAME = "factsheets.sqlite"


@dataclass(frozen=True)
class PackRef:
    name: str
    version: str
    sha256: str
    kind: str  # "full" or "additions"
    signer: str  # Signer.status
    signer_label: str
    rows: int
    title: str = ""
    publisher: str = ""


@dataclass(frozen=True)
class State:
    id: str
    created: str
    reason: str
    dataset_version: str
    base: PackRef | None = None
    additions: tuple[PackRef, ...] = field(default_factory=tuple)

    @property
    def packs(self) -> tuple[PackRef, ...]:
        return ((self.base,) if self.base else ()) + self.additions

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> State:
        raw = json.loads(text)
        base = PackRef(**raw["base"]) if raw.get("base") else None
        additions = tuple(PackRef(**p) for p in raw.get("additions", ()))
        return cls(raw["id"], raw["created"], raw["reason"], raw["dataset_version"], base, additions)


def root() -> Path:
    return paths.user_data_dir()


def state_dir(state_id: str) -> Path:
    return root() / "states" / state_id


def database_of(state_id: str) -> Path:
    return state_dir(state_id) / DB_NAME


def pack_file(sha256: str) -> Path:
    return root() / "packs" / f"{sha256}.lfpack"


def folder_error(exc: OSError, what: str = "nothing imported") -> PackError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return PackError(f"the user data folder {root()} is full (no space left on the device); {what}.")
    return PackError(f"cannot write to the user data folder {root()} ({exc.strerror or exc}); {what}.")


def active_id() -> str | None:
    try:
        name = (root() / "active").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name.isalnum() or name == BUNDLED:
        return None
    return name if paths.active_user_database() == database_of(name) else None


def outdated_state() -> State | None:
    """The state ``active`` names when its database is of another schema (an app update came between)."""
    try:
        name = (root() / "active").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name.isdigit() or active_id() == name:
        return None
    schema = paths.database_schema(database_of(name))
    return load_state(name) if schema is not None and schema != paths.expected_schema() else None


def outdated_message(state: State) -> str:
    return (f"the imported data ({state.dataset_version}) was built for an older version of the app and is not "
            "in use; the bundled data is shown. Import the packs again to use their figures.")  # fmt: skip


def active_state() -> State | None:
    state_id = active_id()
    return load_state(state_id) if state_id else None


def load_state(state_id: str) -> State | None:
    try:
        return State.from_json((state_dir(state_id) / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_states() -> list[State]:
    """Complete states, oldest first."""
    folder = root() / "states"
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        state = load_state(path.name) if path.name.isdigit() else None
        if state and database_of(state.id).is_file():
            found.append(state)
    return found


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is already durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def switch_to(state_id: str | None) -> None:
    """Make ``state_id`` (None: the bundled database) the data in use, atomically."""
    try:
        root().mkdir(parents=True, exist_ok=True)
        _write_atomic(root() / "active", f"{state_id or BUNDLED}\n".encode())
    except OSError as exc:
        raise folder_error(exc, "nothing changed") from None


@contextmanager
def staging() -> Iterator[Path]:
    """A fresh folder to build a state in, removed afterwards unless committed (renamed away).

    Held under a lock on the data folder, so an import in the window and one on
    the command line cannot both pick the same next state id.
    """
    try:
        root().mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(exc) from None
    lock = _lock(root())
    try:
        folder = root() / "staging" / f"{os.getpid()}-{time.monotonic_ns()}"
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise folder_error(exc) from None
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            with contextlib.suppress(OSError):
                folder.parent.rmdir()  # leave no empty staging folder behind
    finally:
        if lock is not None:
            os.close(lock)  # closing the descriptor releases the lock


def _lock(folder: Path) -> int | None:
    """An exclusive lock on ``folder`` (flock on its descriptor: no lock file to leave behind)."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; two simultaneous imports there are the user's race
        return None
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise PackError("another import, removal or restore is running; try again when it has finished.") from None
    return fd


def next_id() -> str:
    existing = [int(s.id) for s in list_states()]
    folder = root() / "states"
    if folder.is_dir():
        existing += [int(p.name) for p in folder.iterdir() if p.name.isdigit()]
    return f"{max(existing, default=0) + 1:06d}"


def commit(staged_db: Path, state: State, pack_blobs: dict[str, bytes]) -> State:
    """Store the packs, move the staged database into ``states/`` and switch to it."""
    try:
        (root() / "packs").mkdir(parents=True, exist_ok=True)
        for sha256, data in pack_blobs.items():
            target = pack_file(sha256)
            if not target.exists():
                _write_atomic(target, data)
        work = staged_db.parent
        with staged_db.open("rb+") as handle:
            os.fsync(handle.fileno())
        _write_atomic(work / "state.json", state.to_json().encode("utf-8"))
        (root() / "states").mkdir(parents=True, exist_ok=True)
        final = state_dir(state.id)
        keep = {staged_db.name, "state.json"}
        final.mkdir()
        for name in keep:
            os.replace(work / name, final / name)
        _fsync_dir(final)
        _fsync_dir(final.parent)
    except OSError as exc:
        shutil.rmtree(state_dir(state.id), ignore_errors=True)
        raise folder_error(exc) from None
    switch_to(state.id)
    prune()
    return state


def prune(keep: int = KEEP_STATES) -> None:
    """Drop the oldest states beyond ``keep`` (never the active one) and packs no state uses."""
    states = list_states()
    current = active_id()
    for state in states[: max(0, len(states) - keep)]:
        if state.id != current:
            shutil.rmtree(state_dir(state.id), ignore_errors=True)
    used = {ref.sha256 for s in list_states() for ref in s.packs}
    folder = root() / "packs"
    if folder.is_dir():
        for path in folder.glob("*.lfpack"):
            if path.stem not in used:
                path.unlink(missing_ok=True)
