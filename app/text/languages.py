"""The languages the app speaks: one line each.

Adding a language takes this line, a catalogue of domain words in
resources/locale/<code>/LC_MESSAGES/factsheets.po and, for the window's menus
and dialogs, a Qt catalogue in resources/translations/. Plural rules, number and
date formats and country names come from CLDR (babel) by the code.
"""

from __future__ import annotations

from typing import NamedTuple


class Language(NamedTuple):
    code: str
    name: str  # in the language itself, for menus
    direction: str = "ltr"  # "rtl" for Arabic: the sheet's text path has one choke point for it


LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        Language("en", "English"),
        Language("fr", "Français"),
        Language("es", "Español"),
        Language("ru", "Русский"),
    )
}
CODES = tuple(LANGUAGES)


def check_language(code: str) -> str:
    """``code`` if the app speaks it; one sentence naming the choices otherwise."""
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}; use one of {', '.join(CODES)}")
    return code
