"""Many sheets at once: one file per country, or one briefing pack.

Writes are all-or-nothing. Every sheet is first written to a hidden temporary
file in the target folder; only when the whole batch has succeeded are the
temporary files renamed over their targets (``os.replace``, atomic on one file
system). A permission problem, a full disk or a cancel removes the temporary
files and raises one ``ExportError`` sentence, so no half-written PDF is ever
left behind and existing files stay untouched.

Large batches of separate files run in worker processes, each opening its own
read-only ``Store`` and writing its sheets straight to disk, so memory stays
flat however many countries are exported.
"""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import os
import secrets
import threading
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.store import DatabaseError, Store

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PACK_FILENAME = "landmine-briefing-pack.pdf"
PARALLEL_FROM = 8  # below this many sheets, starting worker processes costs more than it saves


class ExportError(Exception):
    """The export could not be done; the message is one sentence for the user."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ExportRequest:
    iso3s: tuple[str, ...]
    output: Path
    db_path: Path
    paper: str = "a4"
    pack: bool = False
    low_ink: bool = False
    force: bool = False
    language: str = "en"
    description: str = ""
    generated: date | None = None  # printed in the footer; today when None


@dataclass(frozen=True)
class ExportPlan:
    """Where a request will write: one pack file, or one file per country (same order)."""

    pack: bool
    folder: Path
    targets: tuple[Path, ...]

    def existing(self) -> list[Path]:
        return [t for t in self.targets if t.exists()]


def slugify(name: str) -> str:
    """ASCII file-name part: "Côte d'Ivoire" -> ``cote-d-ivoire``."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words) or "country"


def sheet_filename(iso3: str, name: str) -> str:
    return f"{iso3.upper()}-{slugify(name)}.pdf"


def is_pack(request: ExportRequest) -> bool:
    """A pack when asked for, or when several countries go to one ``.pdf`` file."""
    return request.pack or (
        request.output.suffix.lower() == ".pdf" and len(request.iso3s) > 1
    )


def plan(request: ExportRequest, names: dict[str, str] | None = None) -> ExportPlan:
    """The files ``request`` would write. ``names`` maps ISO3 to English name (else read)."""
    if not request.iso3s:
        raise ExportError("No country to export.")
    output = Path(request.output)
    single_file = output.suffix.lower() == ".pdf"
    if is_pack(request):
        target = output if single_file else output / PACK_FILENAME
        return ExportPlan(True, target.parent, (target,))
    if single_file:  # one country to a named file
        return ExportPlan(False, output.parent, (output,))
    if names is None:
        names = _english_names(request)
    targets = tuple(output / sheet_filename(code, names[code]) for code in request.iso3s)
    return ExportPlan(False, output, targets)


def _english_names(request: ExportRequest) -> dict[str, str]:
    try:
        with Store(request.db_path) as store:
            return {code: store.country(code).name for code in request.iso3s}
    except DatabaseError as exc:
        raise ExportError(str(exc)) from None
    except KeyError as exc:
        raise ExportError(f"Unknown country code {exc.args[0]}.") from None


def _os_message(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return f"Not enough disk space in {folder}; no file was written."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Cannot write to {folder}: permission denied; no file was written."
    if exc.errno == errno.EROFS:
        return f"Cannot write to {folder}: the disk is read-only; no file was written."
    reason = exc.strerror or str(exc)
    return f"Cannot write to {folder}: {reason}; no file was written."


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(_os_message(exc, folder)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"Cannot write to {folder}: permission denied; no file was written.")


def _check_existing(the_plan: ExportPlan, force: bool) -> None:
    for target in the_plan.targets:
        if target.is_dir():
            raise ExportError(f"{target} is a folder; choose a file name for the PDF.")
    existing = the_plan.existing()
    if existing and not force:
        if len(existing) == 1:
            raise ExportError(f"{existing[0]} already exists; use --force to replace it.")
        raise ExportError(
            f"{len(existing)} files already exist in {the_plan.folder} "
            f"(first: {existing[0].name}); use --force to replace them."
        )


def write_new(path: Path, data: bytes) -> None:
    """Write a new file (never an existing one) and flush it to the disk."""
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def save_bytes(target: Path, data: bytes) -> Path:
    """Atomically write one ready PDF (the preview's Save): temp file, then rename."""
    target = Path(target)
    _prepare_folder(target.parent)
    temp = _temp_for(target, secrets.token_hex(4))
    try:
        write_new(temp, data)
        os.replace(temp, target)
    except OSError as exc:
        _remove_quietly([temp])
        raise ExportError(_os_message(exc, target.parent)) from None
    return target


def _temp_for(target: Path, token: str) -> Path:
    return target.with_name(f".{target.name}.{token}.part")


def _remove_quietly(paths: Sequence[Path]) -> None:
    for path in paths:
        # If even this fails nothing more can be done; the name is hidden and ends in .part.
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


# -- building (shared by the parent and the worker processes) ------------------------

_worker: dict[str, object] = {}


def _init_worker(db_path: str, language: str, paper: str, low_ink: bool, generated: date) -> None:
    """Per-process setup: its own read-only Store, the world figures, fonts loaded once."""
    from app.factsheet import fonts

    store = Store(Path(db_path))
    fonts.register()
    _worker.update(store=store, world=store.casualties(None), language=language, paper=paper,
                   low_ink=low_ink, generated=generated)  # fmt: skip


def _build_one(iso3: str, temp: str) -> int:
    """Build one country's sheet and write it to ``temp``; returns its size in bytes."""
    from app.factsheet.build import build_sheet

    store: Store = _worker["store"]  # type: ignore[assignment]
    data = build_sheet(
        store.profile(iso3),
        language=_worker["language"],  # type: ignore[arg-type]
        paper=_worker["paper"],  # type: ignore[arg-type]
        low_ink=_worker["low_ink"],  # type: ignore[arg-type]
        world_casualties=_worker["world"],  # type: ignore[arg-type]
        generated=_worker["generated"],  # type: ignore[arg-type]
    )
    write_new(Path(temp), data)
    return len(data)


def _close_worker() -> None:
    store = _worker.pop("store", None)
    if isinstance(store, Store):
        store.close()
    _worker.clear()


def _mp_context() -> multiprocessing.context.BaseContext:
    # fork is fast and safe from a single-threaded CLI; from a GUI (a QThread is
    # running) a forked child could inherit a locked mutex, so start fresh there.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _run_separate(request: ExportRequest, the_plan: ExportPlan, temps: list[Path],
                  generated: date, progress: Progress | None, cancel: Cancel | None,
                  workers: int) -> None:  # fmt: skip
    total = len(request.iso3s)
    jobs = list(zip(request.iso3s, temps, strict=True))
    init_args = (str(request.db_path), request.language, request.paper, request.low_ink, generated)
    if workers <= 1:
        _init_worker(*init_args)
        try:
            for done, (code, temp) in enumerate(jobs, 1):
                if cancel is not None and cancel():
                    raise ExportCancelled("Export cancelled; no file was written.")
                _build_one(code, str(temp))
                if progress is not None:
                    progress(done, total)
        finally:
            _close_worker()
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(),
                             initializer=_init_worker, initargs=init_args) as pool:  # fmt: skip
        pending: set[Future] = {pool.submit(_build_one, code, str(temp)) for code, temp in jobs}
        done = 0
        try:
            while pending:
                finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    future.result()  # re-raises a worker's error here
                    done += 1
                    if progress is not None:
                        progress(done, total)
                if cancel is not None and cancel():
                    raise ExportCancelled("Export cancelled; no file was written.")
        except BaseException:
            for future in pending:
                future.cancel()
            # Let running sheets finish so their temp files exist before cleanup.
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _run_pack(request: ExportRequest, temp: Path, generated: date,
              progress: Progress | None, cancel: Cancel | None) -> None:  # fmt: skip
    from app.factsheet.build import build_pack

    total = len(request.iso3s)
    with Store(request.db_path) as store:
        profiles = [store.profile(code) for code in request.iso3s]
        world = store.casualties(None)

    def on_sheet(done: int) -> None:
        if cancel is not None and cancel():
            raise ExportCancelled("Export cancelled; no file was written.")
        if progress is not None:
            progress(done, total)

    data = build_pack(profiles, request.description or ", ".join(request.iso3s),
                      language=request.language, paper=request.paper, low_ink=request.low_ink,
                      world_casualties=world, generated=generated, on_sheet=on_sheet)  # fmt: skip
    del profiles
    if cancel is not None and cancel():
        raise ExportCancelled("Export cancelled; no file was written.")
    write_new(temp, data)
    if progress is not None:
        progress(total, total)


def default_workers(count: int) -> int:
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4, count // 4))


def export(
    request: ExportRequest,
    progress: Progress | None = None,
    *,
    cancel: Cancel | None = None,
    workers: int | None = None,
) -> list[Path]:
    """Write the PDFs of ``request``; returns the files written.

    ``progress(done, total)`` is called after each sheet; ``cancel()`` is polled
    between sheets and, when it returns True, the batch stops and leaves no file.
    Raises ExportError (one sentence) for anything the user can fix.
    """
    from app.factsheet.styles import PAPER_SIZES
    from app.text.i18n import LANGUAGES

    if request.language not in LANGUAGES:
        raise ExportError(f"Unsupported language {request.language!r}.")
    if request.paper not in PAPER_SIZES:
        raise ExportError(f"Unsupported paper size {request.paper!r}; use a4 or letter.")
    the_plan = plan(request)
    _prepare_folder(the_plan.folder)
    _check_existing(the_plan, request.force)
    generated = request.generated or date.today()
    token = secrets.token_hex(4)
    temps = [_temp_for(t, token) for t in the_plan.targets]
    finished = False
    try:
        if the_plan.pack:
            _run_pack(request, temps[0], generated, progress, cancel)
        else:
            count = workers if workers is not None else default_workers(len(request.iso3s))
            _run_separate(request, the_plan, temps, generated, progress, cancel, count)
        for temp, target in zip(temps, the_plan.targets, strict=True):
            os.replace(temp, target)
        finished = True
    except OSError as exc:
        raise ExportError(_os_message(exc, the_plan.folder)) from None
    except DatabaseError as exc:
        raise ExportError(str(exc)) from None
    finally:
        if not finished:
            _remove_quietly(temps)
    return list(the_plan.targets)
