"""Keep the gettext catalogues in step with app/text/messages.py and compile them.

    python -m tools.catalogs          # add new keys (empty), drop removed ones, compile .mo
    python -m tools.catalogs --check  # exit 1 if a catalogue is out of step or untranslated

A changed English text marks its translation fuzzy (it must be looked at again);
the app never shows a fuzzy translation.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.text.languages import CODES  # noqa: E402
from app.text.messages import MESSAGES  # noqa: E402

LOCALE = ROOT / "resources" / "locale"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "factsheets.po"


def synced(language: str) -> Catalog:
    """The language's catalogue with exactly the keys of MESSAGES, in their order."""
    path = po_path(language)
    old = read_po(path.open("rb"), locale=language) if path.exists() else Catalog(locale=language)
    by_key = {m.context: m for m in old if m.id and m.context}
    # Fixed dates: the files must not change unless a message does (a test compares bytes).
    new = Catalog(locale=language, domain="factsheets", project="Landmine Fact Sheets", fuzzy=False,
                  creation_date=FIXED_DATE, revision_date=FIXED_DATE)  # fmt: skip
    for key, english in MESSAGES.items():
        previous = by_key.get(key)
        translation = previous.string if previous else ("",) * new.num_plurals if isinstance(english, tuple) else ""
        flags = set()
        if previous and previous.id != english and previous.string:
            flags.add("fuzzy")  # the English changed: the translation needs a look
        if previous and "fuzzy" in previous.flags:
            flags.add("fuzzy")
        new.add(english, translation, context=key, flags=flags)
    return new


def problems(language: str, catalog: Catalog) -> list[str]:
    found = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            found.append(f"{po_path(language)}: {message.context}: untranslated or fuzzy")
    return found


def render(catalog: Catalog) -> tuple[bytes, bytes]:
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, width=0, sort_output=False, omit_header=False)
    write_mo(mo, catalog, use_fuzzy=False)
    return po.getvalue(), mo.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report; change nothing")
    args = parser.parse_args(argv)
    issues: list[str] = []
    for language in CODES:
        if language == "en":
            continue
        catalog = synced(language)
        issues += problems(language, catalog)
        po, mo = render(catalog)
        mo_path = po_path(language).with_suffix(".mo")
        if args.check:
            if not mo_path.exists() or mo_path.read_bytes() != mo:
                issues.append(f"{mo_path}: out of date (run python -m tools.catalogs)")
        else:
            po_path(language).parent.mkdir(parents=True, exist_ok=True)
            po_path(language).write_bytes(po)
            mo_path.write_bytes(mo)
    for issue in issues:
        print(issue)
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
