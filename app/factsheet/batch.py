"""Many sheets at once: one file per country, or one briefing pack.

Writes are all-or-nothing. Every sheet is first written to a hidden temporary
file in the target folder; only when the whole batch has succeeded is it
published (``app.factsheet.publish``): without ``force`` a name that exists in
any form, even one that appeared while the batch ran, is never replaced, and
the batch is taken back instead. A permission problem, a full disk, a cancel,
Ctrl+C, SIGTERM or SIGHUP removes the temporary files (and any folder the
export created) and raises one ``ExportError`` sentence (or the interrupt).
While an export writes to a folder it holds a lock on it, so two exports to
one folder cannot both "succeed"; the next export removes temporary files a
killed export left.

Large batches of separate files run in worker processes
(``app.factsheet.workers``), each opening its own read-only ``Store`` and
writing its sheets straight to disk, so memory stays flat however many
countries are exported. From the window (Qt loaded), every build, a pack or a
single sheet too, runs in such a worker: PDF work never shares a process with Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from app.core.store import DatabaseError, Store
from app.factsheet import publish, workers
from app.factsheet.export_plan import (  # noqa: F401 - the export API is batch's: re-exported
    FORMATS,
    PACK_FILENAME,
    ExportCancelled,
    ExportError,
    ExportPlan,
    ExportRequest,
    _unknown_code,
    is_pack,
    pack_filename,
    plan,
    sheet_filename,
    slugify,
    unique_codes,
)
from app.factsheet.interrupts import deferred, signals_raise

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PARALLEL_FROM = 8  # below this many sheets, starting worker processes costs more than it saves


def _os_message(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return f"Not enough disk space in {folder}; no file was written."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Cannot write to {folder}: permission denied; no file was written."
    if exc.errno == errno.EROFS:
        return f"Cannot write to {folder}: the disk is read-only; no file was written."
    if exc.errno == errno.ENAMETOOLONG:
        return f"Cannot write to {folder}: a file name is too long; no file was written."
    if exc.errno == errno.ELOOP:
        return f"Cannot write to {folder}: the path is a loop of symbolic links; no file was written."
    reason = exc.strerror or str(exc)
    return f"Cannot write to {folder}: {reason}; no file was written."


def _is_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def _prepare_folder(folder: Path) -> list[Path]:
    """Make ``folder`` usable; returns the folders created (removed again if the export fails)."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder.")
    missing: list[Path] = []
    probe = folder
    while not os.path.lexists(probe) and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM) and _is_read_only(probe):
            exc = OSError(errno.EROFS, os.strerror(errno.EROFS))
        raise ExportError(_os_message(exc, folder)) from None
    if _is_read_only(folder):
        _remove_folders(missing)
        raise ExportError(f"Cannot write to {folder}: the disk is read-only; no file was written.")
    if not os.access(folder, os.W_OK | os.X_OK):
        _remove_folders(missing)
        raise ExportError(f"Cannot write to {folder}: permission denied; no file was written.")
    return missing  # deepest first


def _remove_folders(created: Sequence[Path]) -> None:
    for folder in created:  # deepest first; rmdir refuses a folder someone has put a file in
        with contextlib.suppress(OSError):
            folder.rmdir()


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
    """Atomically write one ready PDF (the preview's Save, which has asked before replacing)."""
    target = Path(target)
    _prepare_folder(target.parent)
    temp = publish.temp_path(target.parent, secrets.token_hex(4), 0)
    try:
        write_new(temp, data)
        os.replace(temp, target)
    except OSError as exc:
        _remove_quietly([temp])
        raise ExportError(_os_message(exc, target.parent)) from None
    return target


def _remove_quietly(paths: Sequence[Path]) -> None:
    for path in paths:
        # If even this fails nothing more can be done; the name is hidden, ends in .part,
        # and carries our pid, so the next export removes it.
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


# -- building (shared by the parent and the worker processes) ------------------------

_worker: dict[str, object] = {}


class SheetProblem(Exception):
    """A sheet could not be laid out or built; the message names the country."""


def _init_worker(db_path: str, language: str, paper: str, low_ink: bool, generated: date,
                 format: str = "pdf") -> None:  # fmt: skip
    """Per-process setup: its own read-only Store, the world figures, fonts loaded once."""
    if format == "pdf":
        register_fonts()
    store = Store(Path(db_path))
    _worker.update(store=store, world=store.casualties(None), language=language, paper=paper,
                   low_ink=low_ink, generated=generated, format=format)  # fmt: skip


def register_fonts() -> None:
    """The bundled fonts and map, or one sentence blaming them (not the output folder) when bad."""
    from app.factsheet import fonts
    from app.factsheet.locator import load_locator_world

    try:
        fonts.register()
    except Exception as exc:  # noqa: BLE001 - reportlab raises TTFError, OSError, struct.error...
        raise SheetProblem(
            f"A bundled font is missing or damaged ({' '.join(str(exc).split())[:120]}); "
            "reinstall Landmine Fact Sheets."
        ) from None
    try:
        load_locator_world()
    except ValueError as exc:
        raise SheetProblem(
            f"The bundled map is missing or damaged ({' '.join(str(exc).split())[:120]}); "
            "reinstall Landmine Fact Sheets."
        ) from None


def _build_one(iso3: str, temp: str, report: Callable[[int], None] | None = None) -> int:
    """Build one country's sheet and write it to ``temp``; returns its size in bytes."""
    from app.factsheet.build import build_sheet

    store: Store = _worker["store"]  # type: ignore[assignment]
    try:
        profile = store.profile(iso3)
    except KeyError as exc:
        raise SheetProblem(_unknown_code(exc)) from None
    if _worker.get("format") == "html":
        from app.factsheet.html import build_html_sheet

        data = build_html_sheet(profile, language=_worker["language"], paper=_worker["paper"],  # type: ignore[arg-type]
                                world_casualties=_worker["world"], generated=_worker["generated"])  # type: ignore[arg-type]
        write_new(Path(temp), data)
        return len(data)
    with _layout_guard(iso3):
        data = build_sheet(
            profile,
            language=_worker["language"],  # type: ignore[arg-type]
            paper=_worker["paper"],  # type: ignore[arg-type]
            low_ink=_worker["low_ink"],  # type: ignore[arg-type]
            world_casualties=_worker["world"],  # type: ignore[arg-type]
            generated=_worker["generated"],  # type: ignore[arg-type]
        )
    write_new(Path(temp), data)
    return len(data)


@contextlib.contextmanager
def _layout_guard(what: str):
    """reportlab's LayoutError (a text too long for a page) becomes a sentence naming the sheet."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        yield
    except LayoutError:
        raise SheetProblem(
            f"The sheet for {what} has a text too long to fit on a page; no file was written."
        ) from None


def _close_worker() -> None:
    store = _worker.pop("store", None)
    if isinstance(store, Store):
        store.close()
    _worker.clear()


def _build_pack_job(db_path: str, codes: tuple[str, ...], description: str, language: str, paper: str,
                    low_ink: bool, generated: date, temp: str, format: str = "pdf",
                    report: Callable[[int], None] | None = None) -> int:  # fmt: skip
    """The whole pack, in this process: read, build, write ``temp``; returns its size."""
    if format == "pdf":
        register_fonts()
    with Store(Path(db_path)) as store:
        try:
            profiles = [store.profile(code) for code in codes]
        except KeyError as exc:
            raise SheetProblem(_unknown_code(exc)) from None
        world = store.casualties(None)

    def on_sheet(done: int) -> None:
        if report is not None:
            report(done)

    if format == "html":
        from app.factsheet.html import build_html_pack

        data = build_html_pack(profiles, description, language=language, paper=paper, world_casualties=world,
                               generated=generated, on_sheet=on_sheet)  # fmt: skip
    else:
        from app.factsheet.build import build_pack

        with _layout_guard("the briefing pack"):
            data = build_pack(profiles, description, language=language, paper=paper, low_ink=low_ink,
                              world_casualties=world, generated=generated, on_sheet=on_sheet)  # fmt: skip
    del profiles
    write_new(Path(temp), data)
    return len(data)


def _no_setup() -> None:
    """A pack worker opens its own Store per job: nothing to set up."""


def _failure_message(exc: Exception, folder: Path) -> str:
    """One sentence for whatever a worker reported."""
    if isinstance(exc, workers.WorkerDied):
        code = exc.exitcode
        how = f"was killed (signal {-code})" if code is not None and code < 0 else f"stopped (exit code {code})"
        return (f"A worker process {how} while building {_job_name(exc.job)}, perhaps for lack of memory; "
                "no file was written.")  # fmt: skip
    if isinstance(exc, workers.WorkerFailed):
        if exc.kind == "os":
            number, text, _ = exc.detail  # type: ignore[misc]
            return _os_message(OSError(number, text), folder)
        if exc.kind in ("DatabaseError", "SheetProblem", "ExportError"):
            return str(exc.detail)
        return f"Building {_job_name(exc.job)} failed unexpectedly ({exc.kind}: {str(exc.detail)[:120]})."
    return str(exc)


def _job_name(job: object) -> str:
    if isinstance(job, tuple) and job and isinstance(job[0], str) and len(job[0]) == 3:
        return job[0]
    return "the briefing pack"


def _run_separate(request: ExportRequest, the_plan: ExportPlan, temps: list[Path],
                  generated: date, progress: Progress | None, cancel: Cancel | None,
                  count: int) -> None:  # fmt: skip
    total = len(the_plan.iso3s)
    jobs = [(code, str(temp)) for code, temp in zip(the_plan.iso3s, temps, strict=True)]
    init_args = (str(request.db_path), request.language, request.paper, request.low_ink, generated, request.format)
    if count <= 1 and not workers.qt_loaded():
        _init_worker(*init_args)
        try:
            for done, (code, temp) in enumerate(jobs, 1):
                if cancel is not None and cancel():
                    raise ExportCancelled("Export cancelled; no file was written.")
                _build_one(code, temp)
                if progress is not None:
                    progress(done, total)
        finally:
            _close_worker()
        return
    task = workers.Task(_init_worker, init_args, _build_one, _close_worker)
    done = 0

    def finished(job: tuple, size: object) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    with workers.Pool(task, max(1, min(count, total))) as pool:
        pool.run(jobs, finished, cancel)
        if cancel is not None and cancel():
            raise ExportCancelled("Export cancelled; no file was written.")


def _run_pack(request: ExportRequest, the_plan: ExportPlan, temp: Path, generated: date,
              progress: Progress | None, cancel: Cancel | None) -> None:  # fmt: skip
    total = len(the_plan.iso3s)
    args = (str(request.db_path), the_plan.iso3s, request.description or ", ".join(the_plan.iso3s),
            request.language, request.paper, request.low_ink, generated, str(temp), request.format)  # fmt: skip
    if workers.qt_loaded():
        # From the window: the pack is built in a worker, never beside Qt.
        def on_progress(job: tuple, done: int) -> None:
            if progress is not None:
                progress(done, total)

        with workers.Pool(workers.Task(_no_setup, (), _build_pack_job), 1) as pool:
            pool.run([args], lambda job, size: None, cancel, on_progress)
            if cancel is not None and cancel():
                raise ExportCancelled("Export cancelled; no file was written.")
    else:
        def on_sheet(done: int) -> None:
            if cancel is not None and cancel():
                raise ExportCancelled("Export cancelled; no file was written.")
            if progress is not None:
                progress(done, total)

        _build_pack_job(*args, report=on_sheet)
    if cancel is not None and cancel():
        raise ExportCancelled("Export cancelled; no file was written.")
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
    Raises ExportError (one sentence) for anything the user can fix; SIGTERM and
    SIGHUP raise ``interrupts.Interrupted`` after the same cleanup.
    """
    from app.factsheet.styles import PAPER_SIZES
    from app.text.i18n import LANGUAGES

    if request.language not in LANGUAGES:
        raise ExportError(f"Unsupported language {request.language!r}.")
    if request.format not in FORMATS:
        raise ExportError(f"Unsupported format {request.format!r}; use pdf or html.")
    if request.paper not in PAPER_SIZES:
        raise ExportError(f"Unsupported paper size {request.paper!r}; use a4 or letter.")
    with signals_raise():
        the_plan = plan(request)
        created = _prepare_folder(the_plan.folder)
        finished = False
        try:
            with publish.folder_lock(the_plan.folder) as locked:
                if not locked:
                    raise ExportError(
                        f"Another export is writing to {the_plan.folder}; try again when it has finished."
                    )
                publish.remove_stale_temps(the_plan.folder)
                _check_existing(the_plan, request.force)
                _export_locked(request, the_plan, progress, cancel, workers)
                finished = True
        finally:
            if not finished:
                with deferred():
                    _remove_folders(created)
    return list(the_plan.targets)


def _export_locked(request: ExportRequest, the_plan: ExportPlan, progress: Progress | None,
                   cancel: Cancel | None, count: int | None) -> None:  # fmt: skip
    generated = request.generated or date.today()
    token = secrets.token_hex(4)
    temps = [publish.temp_path(the_plan.folder, token, i) for i in range(len(the_plan.targets))]
    try:
        if the_plan.pack:
            _run_pack(request, the_plan, temps[0], generated, progress, cancel)
        else:
            size = count if count is not None else default_workers(len(the_plan.iso3s))
            _run_separate(request, the_plan, temps, generated, progress, cancel, size)
        publish.publish(list(zip(temps, the_plan.targets, strict=True)), request.force, token)
    except publish.Conflict as exc:
        raise ExportError(
            f"{exc.target} appeared while the export ran and was left alone; "
            "nothing was written (use --force to replace it)."
        ) from None
    except OSError as exc:
        raise ExportError(_os_message(exc, the_plan.folder)) from None
    except DatabaseError as exc:
        raise ExportError(str(exc)) from None
    except SheetProblem as exc:
        raise ExportError(str(exc)) from None
    except (workers.WorkerDied, workers.WorkerFailed) as exc:
        raise ExportError(_failure_message(exc, the_plan.folder)) from None
    finally:
        with deferred():  # a second signal must not leave the temporary files behind
            _remove_quietly(temps)
