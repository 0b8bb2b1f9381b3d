"""Right-to-left source titles print shaped, in reading order and on one line, never scrambled."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.factsheet.textpath import visual

TITLE = "تقرير الألغام 2025: أعلى حصيلة ضحايا خلال خمس سنوات"


def test_left_to_right_text_is_untouched():
    assert visual("Landmine Monitor 2025") == "Landmine Monitor 2025"


def test_arabic_is_shaped_reordered_and_kept_on_one_line():
    shown = visual(TITLE)
    assert " " not in shown  # no break inside the reordered run
    assert all("\ufe70" <= ch <= "\ufeff" or not ("\u0600" <= ch <= "\u06ff") for ch in shown)  # joined forms
    assert shown.endswith("ﺮﻳﺮﻘﺗ")  # the first word of the title is drawn rightmost


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_sheet_citing_an_arabic_title_prints_it_shaped(store, world, tmp_path):
    from app.factsheet.build import build_sheet

    profile = store.profile("KHM")
    casualties = tuple(c._replace(source=c.source._replace(title=TITLE)) for c in profile.casualties)
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(build_sheet(profile._replace(casualties=casualties), "en", world_casualties=world))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Drawn as joined letter forms (poppler reorders them back to reading order);
    # unshaped base letters would mean the title printed scrambled.
    assert "ﺗﻘﺮﻳﺮ" in text
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text)
