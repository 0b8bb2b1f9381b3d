"""Worker processes for batch exports: started clean, silent on Ctrl+C, never outliving the export.

Why not ``ProcessPoolExecutor``: a worker killed by the OOM killer turns into a
``BrokenProcessPool`` traceback, Ctrl+C while the pool starts prints worker
tracebacks or hangs its shutdown, and a parent that dies leaves workers
blocked on their pipe. Here each worker has one pipe; the parent waits on the
pipes and the process sentinels together, so a dead worker is noticed at once
and every exit path kills and reaps every worker.

Start method: ``fork`` only when this process holds no Qt state. A fork of a
process running Qt copies locked mutexes and the window's widgets; the child
deadlocks when it frees them. From the window, workers come from a
``forkserver`` (or ``spawn``) and import only the PDF code.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

WORKER_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
PARENT_POLL_S = 0.25
POLL_S = 0.1
JOIN_S = 5.0


class WorkerFailed(Exception):
    """A task raised in a worker; ``kind`` says how the parent should word it."""

    def __init__(self, kind: str, detail: object, job: object):
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail, self.job = kind, detail, job


class WorkerDied(Exception):
    """A worker process ended without answering (killed, out of memory, crashed)."""

    def __init__(self, exitcode: int | None, job: object):
        super().__init__(f"worker exit code {exitcode}")
        self.exitcode, self.job = exitcode, job


@dataclass(frozen=True)
class Task:
    """What a worker runs: ``initializer(*init_args)`` once, then ``function(*job)`` per job.

    ``function`` may take a ``report`` keyword (progress within one job). Both
    must be module-level functions so that ``spawn`` can import them by name.
    """

    initializer: Callable[..., None]
    init_args: tuple
    function: Callable[..., object]
    finalizer: Callable[[], None] | None = None


def qt_loaded() -> bool:
    """True when this process holds Qt state: a Q(Core)Application exists.

    Merely imported PySide6 modules (pytest-qt imports them) hold nothing a fork
    could trip on; a running application has threads, mutexes and widgets.
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return False
    try:
        return qtcore.QCoreApplication.instance() is not None
    except Exception:  # noqa: BLE001 - a half-imported Qt: assume the worst
        return True


def start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not qt_loaded() and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def context() -> multiprocessing.context.BaseContext:
    method = start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        # The server imports the PDF code once; every worker forks from it, Qt-free.
        ctx.set_forkserver_preload(["app.factsheet.batch"])
    return ctx


@contextlib.contextmanager
def signals_blocked():
    """Block SIGINT/SIGTERM/SIGHUP while a worker starts: the child inherits the mask and
    sets its own handlers before unblocking, so an early Ctrl+C never reaches Python's
    default handler there (no traceback), and the parent sees it right after the start."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, WORKER_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _die_with_parent(parent_pid: int) -> None:
    """End this worker when the exporting process is gone (even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)

    def watch() -> None:
        # pdeathsig follows the thread that forked us, and a forkserver child's parent
        # is the server: poll the exporter itself as well.
        while True:
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass
            threading.Event().wait(PARENT_POLL_S)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_main(conn: multiprocessing.connection.Connection, task: Task, parent_pid: int) -> None:
    # The parent handles interrupts and kills us (SIGKILL): Ctrl+C, a closed terminal or
    # `kill -TERM -<group>` reach the whole process group, and a worker that died of them
    # first would turn the parent's clean interrupt into a "worker was killed" error.
    for name in ("SIGINT", "SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, WORKER_SIGNALS)
    _die_with_parent(parent_pid)
    try:
        task.initializer(*task.init_args)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which words it
        _send(conn, ("error", *_describe(exc)))
        return
    try:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:
                return

            def report(done: int) -> None:
                _send(conn, ("progress", done))

            try:
                result = task.function(*job, report=report)
            except BaseException as exc:  # noqa: BLE001
                _send(conn, ("error", *_describe(exc)))
            else:
                _send(conn, ("ok", result))
    finally:
        if task.finalizer is not None:
            task.finalizer()


def _send(conn: multiprocessing.connection.Connection, message: tuple) -> None:
    try:
        conn.send(message)
    except (OSError, EOFError):
        os._exit(1)  # the parent is gone


def _describe(exc: BaseException) -> tuple[str, object]:
    """A picklable (kind, detail): the parent rebuilds the user's sentence from it."""
    if isinstance(exc, OSError):
        return "os", (exc.errno, exc.strerror, exc.filename)
    return type(exc).__name__, str(exc)


class Pool:
    """``size`` workers running ``task`` over jobs; a context manager that always reaps them."""

    def __init__(self, task: Task, size: int):
        self.task, self.size = task, size
        self._procs: list[multiprocessing.process.BaseProcess] = []
        self._conns: list[multiprocessing.connection.Connection] = []

    def __enter__(self) -> Pool:
        from app.factsheet.interrupts import deferred

        try:
            # An interrupt while the workers start is raised when the last one has started
            # (deferred), inside this try: ``__exit__`` never runs when ``__enter__`` raises,
            # and a started worker ignores SIGTERM, so multiprocessing's exit hook would
            # wait for it forever (seen: SIGTERM 0.4 s into `export --all` hung).
            with deferred():
                self._start_workers()
        except BaseException:
            with deferred():  # as in __exit__: a second Ctrl+C must not cut the reaping short
                self._shut_down(finished=False)
            raise
        return self

    def _start_workers(self) -> None:
        ctx = context()
        for _ in range(self.size):
            parent_end, child_end = ctx.Pipe(duplex=True)
            process = ctx.Process(target=_worker_main, args=(child_end, self.task, os.getpid()),
                                  name="factsheets-worker", daemon=True)  # fmt: skip
            with signals_blocked():
                process.start()
                self._procs.append(process)
                self._conns.append(parent_end)
            child_end.close()

    def __exit__(self, exc_type: object, *rest: object) -> None:
        from app.factsheet.interrupts import deferred

        with deferred():  # a second Ctrl+C must not cut the reaping short
            self._shut_down(exc_type is None)

    def _shut_down(self, finished: bool) -> None:
        if finished:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.send(None)
            for process in self._procs:
                process.join(JOIN_S)
        # Whatever is left (an error, a cancel, Ctrl+C): kill, then reap, so no
        # worker is still writing when the caller removes the temporary files.
        for process in self._procs:
            if process.is_alive():
                with contextlib.suppress(OSError):
                    process.kill()
        for process in self._procs:
            process.join(JOIN_S)
            with contextlib.suppress(ValueError):
                process.close()
        for conn in self._conns:
            conn.close()

    def run(self, jobs: Sequence[tuple], on_result: Callable[[tuple, object], None],
            cancel: Callable[[], bool] | None = None,
            on_progress: Callable[[tuple, int], None] | None = None) -> None:  # fmt: skip
        """Run every job; raises WorkerFailed or WorkerDied on the first problem,
        or returns early (jobs unfinished) when ``cancel()`` turns True."""
        queue = list(jobs)
        busy: dict[int, tuple] = {}
        for index, conn in enumerate(self._conns):
            if queue:
                busy[index] = queue.pop(0)
                conn.send(busy[index])
        while busy:
            if cancel is not None and cancel():
                return
            watched = [self._conns[i] for i in busy] + [self._procs[i].sentinel for i in busy]
            ready = multiprocessing.connection.wait(watched, timeout=POLL_S)
            for index in list(busy):
                conn, process = self._conns[index], self._procs[index]
                if conn in ready or conn.poll():
                    try:
                        message = conn.recv()
                    except (EOFError, OSError):
                        process.join(JOIN_S)
                        raise WorkerDied(process.exitcode, busy[index]) from None
                    if message[0] == "progress":
                        if on_progress is not None:
                            on_progress(busy[index], message[1])
                        continue
                    if message[0] == "error":
                        raise WorkerFailed(message[1], message[2], busy[index])
                    on_result(busy[index], message[1])
                    if queue:
                        busy[index] = queue.pop(0)
                        conn.send(busy[index])
                    else:
                        del busy[index]
                elif process.sentinel in ready:
                    process.join(JOIN_S)
                    raise WorkerDied(process.exitcode, busy[index])
