"""Small record factories for tests that need a profile without a database."""

from __future__ import annotations

from app.core.models import Country


def country(iso3: str = "KHM", name: str = "Cambodia") -> Country:
    return Country(iso3, iso3[:2], name, name, name, "Asia", "South-eastern Asia", "un_member")
