"""Helpers for reading generated PDFs back."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest

GENERATED = date(2026, 12, 1)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    # Lines are joined with spaces: table cells may wrap a phrase across lines.
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture(scope="session")
def world(fixture_db):
    from app.core.store import Store

    with Store(fixture_db) as store:
        return store.casualties(None)
