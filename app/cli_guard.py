"""What the command line meets before and after a command runs: odd input, odd terminals.

Each of these once ended in a traceback or a silent surprise: invalid UTF-8 in
an argument, ``PYTHONIOENCODING=ascii``, output to a full disk (``/dev/full``),
an empty ``--db``, ``FACTSHEETS_DB`` or ``-o`` (read as "the current folder"),
a search of a thousand words, a 100,000-character country name echoed back.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

MAX_SEARCH_WORDS = 50  # no country name has more; SQLite nests one test per word
MAX_SEARCH_CHARS = 500
ECHO_LIMIT = 60  # how much of an unknown name an error message repeats


class BadArguments(Exception):
    """Arguments that parse but cannot be used; the message is one sentence."""


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` quoted for an error message, cut to ``limit`` characters, printable in any encoding."""
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(cut)


def tolerant_streams() -> None:
    """stdout/stderr never raise on a character the terminal's encoding lacks."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse empty paths and text that is not text, before any work."""
    if getattr(args, "db", None) == "":
        raise BadArguments("--db needs a file name; it is empty")
    if args.db is None and os.environ.get("FACTSHEETS_DB") == "":
        raise BadArguments("FACTSHEETS_DB is set but empty; unset it or give a file name")
    output = getattr(args, "output", None)
    if output is not None and not str(output).strip():
        raise BadArguments("-o/--output needs a file or folder name; it is empty")
    texts = list(getattr(args, "countries", None) or [])
    if getattr(args, "country", None) is not None:
        texts.append(args.country)
    texts += [getattr(args, "search", "") or "", *(getattr(args, "region", None) or [])]
    for text in texts:
        if _has_surrogates(text):
            raise BadArguments(f"{echo(text)} is not valid text (the terminal sent bytes that are not UTF-8)")
    search = getattr(args, "search", "") or ""
    if len(search) > MAX_SEARCH_CHARS or len(search.split()) > MAX_SEARCH_WORDS:
        raise BadArguments(
            f"--search is too long (at most {MAX_SEARCH_WORDS} words and {MAX_SEARCH_CHARS} characters)"
        )


def _has_surrogates(text: str) -> bool:
    # Python decodes undecodable argv bytes to lone surrogates (PEP 383).
    return any("\udc80" <= c <= "\udcff" for c in text)


def flush_output() -> str | None:
    """Flush stdout now, where a failure can still be reported; the reason if it failed.

    After a failed flush stdout is pointed at /dev/null, so the interpreter's own
    flush at exit does not print "Exception ignored" on top of our sentence.
    """
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return None  # `factsheets list | head`: the reader has all it wanted
    except OSError as exc:
        _silence_stdout()
        return exc.strerror or str(exc)
    return None


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def say(message: str) -> None:
    """One line on stderr; if even stderr is gone (a closed terminal), stay quiet."""
    with contextlib.suppress(OSError, ValueError):
        print(f"factsheets: {message}", file=sys.stderr, flush=True)
