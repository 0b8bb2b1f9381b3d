"""Every domain word and sentence, looked up by key in the language's gettext catalogue.

The English text is ``app.text.messages.MESSAGES``; each other language has a
compiled catalogue (``factsheets.mo``) whose entries are keyed by context = the
message key, so a change to the English text shows up as a missing translation
instead of silently matching. Plurals follow the language's own rule (Russian
has three forms) through ``npgettext``.
"""

from __future__ import annotations

import gettext
from functools import cache

from app.text.messages import MESSAGES

DOMAIN = "factsheets"


@cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    from app.paths import resource

    try:
        return gettext.translation(DOMAIN, resource("locale"), languages=[language])
    except OSError:
        return gettext.NullTranslations()


def text(key: str, language: str = "en", **values: object) -> str:
    """The wording of ``key`` in ``language`` (English where a catalogue lacks it)."""
    english = MESSAGES[key]  # an unknown key is a bug, not a word to print
    if isinstance(english, tuple):
        raise TypeError(f"{key!r} is a plural message: use plural()")
    found = _translations(language).pgettext(key, english) if english else english
    return found.format(**values) if values else found


def plural(key: str, count: int, language: str = "en", **values: object) -> str:
    """The form of plural message ``key`` for ``count``; ``{n}`` is the count unless ``values`` gives it
    (a number already formatted for the language)."""
    singular, plural_form = MESSAGES[key]  # type: ignore[misc]
    found = _translations(language).npgettext(key, singular, plural_form, count)
    return found.format(**{"n": count, **values})


def has(key: str) -> bool:
    return key in MESSAGES
