"""The casualty chart's value axis, shared by the PDF and the HTML sheet (pure Python)."""

from __future__ import annotations

import math


def nice_step(top: float, ticks: int = 4) -> int:
    """A 1/2/5 x 10^n step so that ``ticks`` steps cover ``top``."""
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(int(factor * power), 1)
    return int(10 * power)
