"""An exception in a Qt slot is shown to the user, not only printed to a terminal they never see.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and carries
on: the default hook prints a traceback to stderr and the view that failed
stays silently stale (the database file changed under the window, say). This
hook keeps the traceback on stderr for support and shows one sentence in a
non-modal message box, one at a time, so a burst of failures is one box.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.store import DatabaseError


def sentence(exc: BaseException) -> str:
    """What the box says: a DatabaseError is already one sentence for the user."""
    if isinstance(exc, DatabaseError):
        return f"{exc} The window may show out-of-date data; restart it once the file is fixed."
    text = " ".join(str(exc).split())[:200] or type(exc).__name__
    return f"Something went wrong ({type(exc).__name__}: {text}). The window may show out-of-date data."


class SlotErrorReporter:
    """Installed as ``sys.excepthook`` while the window runs; ``uninstall`` restores the previous hook."""

    def __init__(self, parent: QWidget | None):
        self.parent = parent
        self.box: QMessageBox | None = None
        self.shown: list[str] = []  # every sentence shown (tests, and repeated errors)
        self._previous = sys.excepthook

    def install(self) -> SlotErrorReporter:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        message = sentence(exc)
        self.shown.append(message)
        # Shown from the event loop, not from inside the failing slot's call stack.
        QTimer.singleShot(0, lambda: self._show(message))

    def _show(self, message: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one box at a time; the traceback of each is on stderr
        self.box = QMessageBox(QMessageBox.Icon.Warning, "Landmine Fact Sheets", message,
                               QMessageBox.StandardButton.Ok, self.parent)  # fmt: skip
        self.box.setObjectName("slotErrorBox")
        self.box.setModal(False)
        self.box.show()
