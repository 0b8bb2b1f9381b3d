"""Putting finished sheets in place without ever replacing a file by surprise.

An export writes hidden temporary files, then publishes them. Checking for an
existing file before the build and renaming over it at the end (``os.replace``)
clobbers anything that appeared in between: a file the user saved, another
export's sheet, or a dangling symlink (``Path.exists`` follows links). Here
each sheet is published with ``os.link``, which fails if the name exists in
any form, or ``renameat2(RENAME_NOREPLACE)`` / an exclusive create where a
file system has no hard links. On a conflict everything this batch already
published is taken back, so a batch lands whole or not at all.

Temporary names are short and carry the exporting process id, so a target of
any valid length has a valid temporary name, and the next export can remove
files left by a process that was killed (SIGKILL gives no chance to clean up).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

TEMP_RE = re.compile(r"^\.factsheets-(\d+)-[0-9a-f]{8}-\d+\.(part|old)$")
# Names used before this module existed: ".<target>.<8 hex>.part".
LEGACY_TEMP_RE = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")
LEGACY_STALE_AFTER_S = 3600  # no pid in those names: only remove them once surely abandoned
RENAME_NOREPLACE = 1
NAME_MAX_DEFAULT = 255


class Conflict(Exception):
    """A target appeared while the batch was being built; nothing of the batch remains."""

    def __init__(self, target: Path):
        super().__init__(str(target))
        self.target = target


def temp_path(folder: Path, token: str, index: int, kind: str = "part") -> Path:
    return folder / f".factsheets-{os.getpid()}-{token}-{index}.{kind}"


def name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return NAME_MAX_DEFAULT


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    return True


def remove_stale_temps(folder: Path) -> int:
    """Remove temporary files of this app whose process is gone; returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = TEMP_RE.match(entry.name)
        if match:
            stale = not _pid_alive(int(match.group(1)))
        elif LEGACY_TEMP_RE.match(entry.name):
            try:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > LEGACY_STALE_AFTER_S
            except OSError:
                stale = False
        else:
            continue
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[bool]:
    """Hold an exclusive lock on ``folder`` itself (no lock file is left behind).

    Yields False when another export holds it. Where ``flock`` does not exist
    (Windows) or the file system refuses it, yields True: publishing without
    replacing still keeps concurrent exports from clobbering each other.
    """
    try:
        import fcntl
    except ImportError:
        yield True
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield True
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        except OSError:
            yield True
            return
        yield True
    finally:
        os.close(fd)


def _renameat2_noreplace(src: Path, dst: Path) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except (OSError, TypeError):  # no C library to look into (Windows)
        raise OSError(errno.ENOSYS, "renameat2 is not available") from None
    func = getattr(libc, "renameat2", None)
    if func is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    at_fdcwd = -100
    if func(at_fdcwd, os.fsencode(src), at_fdcwd, os.fsencode(dst), RENAME_NOREPLACE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(dst))


def _copy_exclusive(src: Path, dst: Path) -> None:
    # O_EXCL fails on any existing name, a dangling symlink included.
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as data:
            shutil.copyfileobj(data, out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(dst)
        raise
    os.unlink(src)


NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK, errno.EXDEV}


def place_new(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target``; FileExistsError if the name is taken in any form."""
    try:
        os.link(temp, target, follow_symlinks=False)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in NO_HARD_LINKS:
            raise
    try:
        _renameat2_noreplace(temp, target)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise
    _copy_exclusive(temp, target)


def publish(pairs: Sequence[tuple[Path, Path]], replace: bool, token: str) -> None:
    """Publish every (temp, target) pair, or none.

    Without ``replace`` an existing target raises ``Conflict``. With it, the old
    file is moved aside first and restored if the batch fails; it is removed
    only once every sheet is in place. Temporary files are the caller's to remove.
    """
    placed: list[Path] = []
    aside: list[tuple[Path, Path]] = []  # (backup, target)
    try:
        for index, (temp, target) in enumerate(pairs):
            try:
                place_new(temp, target)
            except FileExistsError:
                if not replace or (target.is_dir() and not target.is_symlink()):
                    raise Conflict(target) from None
                backup = temp_path(target.parent, token, index, "old")
                os.rename(target, backup)
                aside.append((backup, target))
                place_new(temp, target)
            placed.append(target)
    except BaseException:
        for target in placed:
            with contextlib.suppress(OSError):
                os.unlink(target)
        for backup, target in aside:
            with contextlib.suppress(OSError):
                os.rename(backup, target)
        raise
    for backup, _ in aside:
        with contextlib.suppress(OSError):
            os.unlink(backup)
