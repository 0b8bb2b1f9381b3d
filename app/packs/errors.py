"""The one exception of the pack code: its message is one sentence for the user."""

from __future__ import annotations


class PackError(Exception):
    """A pack that cannot be used, or a user data folder that cannot take it. Nothing was changed."""


def printable(text: str) -> str:
    """``text`` on one line: a file name inside a zip may hold newlines or terminal escapes."""
    return "".join(c if c.isprintable() else "?" for c in text)
