"""SIGTERM and SIGHUP end an export the way Ctrl+C does: through its cleanup.

Python's default for SIGTERM and SIGHUP is to die on the spot, so ``finally``
blocks never run: `timeout 2 factsheets export --all` or closing the terminal
left hidden temporary files and workers behind. Inside ``signals_raise`` both
raise ``Interrupted`` (a KeyboardInterrupt), which unwinds through the export's
cleanup and lets the command exit with 128 + the signal number.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

HANDLED = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Interrupted(KeyboardInterrupt):
    """A signal asked the export to stop; ``signum`` says which."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise(signum: int, frame: object) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into ``Interrupted`` while the block runs (main thread only:
    Python delivers signals there; an export on a GUI thread is stopped by its cancel flag)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in HANDLED:
        if signal.getsignal(signum) is signal.SIG_IGN:
            continue  # `nohup` asked for SIGHUP to be ignored: keep it so
        with contextlib.suppress(ValueError, OSError):
            previous[signum] = signal.signal(signum, _raise)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(signum, handler)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP back while a cleanup runs, then raise the first one.

    A second Ctrl+C while temporary files are being removed or workers reaped
    would otherwise cut the cleanup short and leave exactly what it removes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = {}
    for signum in (signal.SIGINT, *HANDLED):
        if signal.getsignal(signum) is signal.SIG_IGN:
            continue
        with contextlib.suppress(ValueError, OSError):
            previous[signum] = signal.signal(signum, lambda number, frame: pending.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(signum, handler)
    if pending:
        if pending[0] == signal.SIGINT:
            raise KeyboardInterrupt
        raise Interrupted(pending[0])


def exit_code(exc: KeyboardInterrupt) -> int:
    """The shell's convention: 128 + signal number (130 for Ctrl+C)."""
    return 128 + getattr(exc, "signum", signal.SIGINT)
