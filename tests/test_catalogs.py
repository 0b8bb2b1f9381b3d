"""The gettext catalogues: every message translated in every language, placeholders kept, .mo fresh."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from app.text import catalog
from app.text.languages import CODES
from app.text.messages import MESSAGES
from tools import catalogs

PLACEHOLDER = re.compile(r"\{\w+\}")
TRANSLATED = [code for code in CODES if code != "en"]


def test_catalogues_are_in_step_and_compiled():
    """Run ``python -m tools.catalogs`` after changing app/text/messages.py."""
    assert catalogs.main(["--check"]) == 0


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_keeps_its_placeholders(language):
    po = read_po(catalogs.po_path(language).open("rb"), locale=language)
    for message in po:
        if not message.id:
            continue
        english = MESSAGES[message.context]
        sources = english if isinstance(english, tuple) else (english,)
        wanted = sorted(set(PLACEHOLDER.findall(" ".join(sources))))
        for text in message.string if isinstance(message.string, tuple) else (message.string,):
            assert sorted(set(PLACEHOLDER.findall(text))) <= wanted, (language, message.context, text)


@pytest.mark.parametrize(
    ("language", "counts"),
    [("en", {1: "1 country", 2: "2 countries", 5: "5 countries"}),
     ("ru", {1: "1 страна", 3: "3 страны", 5: "5 стран", 21: "21 страна"})],
)  # fmt: skip
def test_plurals_follow_the_language_rule(language, counts):
    for n, expected in counts.items():
        assert catalog.plural("countries_count", n, language) == expected
