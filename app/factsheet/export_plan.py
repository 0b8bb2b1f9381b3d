"""What an export will write, decided before any work: the request, the file names
and the plan (one pack file, or one file per country), with the errors a request can
meet before a sheet is built. ``app.factsheet.batch`` carries the plan out."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.store import DatabaseError, Store
from app.factsheet import publish

PACK_FILENAME = "landmine-briefing-pack.pdf"
FORMATS = ("pdf", "html")  # html: the accessible sheet (app.factsheet.html), same publishing path


class ExportError(Exception):
    """The export could not be done; the message is one sentence for the user."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ExportRequest:
    iso3s: tuple[str, ...]
    output: Path
    db_path: Path
    paper: str = "a4"
    pack: bool = False
    low_ink: bool = False
    force: bool = False
    language: str = "en"
    description: str = ""
    generated: date | None = None  # printed in the footer; today when None
    # The user typed a trailing slash ("-o sheets.pdf/"): a folder, whatever its name.
    output_is_folder: bool = False
    format: str = "pdf"  # one of FORMATS


@dataclass(frozen=True)
class ExportPlan:
    """Where a request will write: one pack file, or one file per country (same order)."""

    pack: bool
    folder: Path
    targets: tuple[Path, ...]
    iso3s: tuple[str, ...] = ()  # the request's codes, each once

    def existing(self) -> list[Path]:
        # lexists: a dangling symlink is a name taken too.
        return [t for t in self.targets if os.path.lexists(t)]


def slugify(name: str) -> str:
    """ASCII file-name part: "Côte d'Ivoire" -> ``cote-d-ivoire``."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words) or "country"


def sheet_filename(iso3: str, name: str, format: str = "pdf") -> str:
    return f"{iso3.upper()}-{slugify(name)}.{format}"


def pack_filename(format: str = "pdf") -> str:
    return PACK_FILENAME.removesuffix(".pdf") + f".{format}"


def unique_codes(codes: Sequence[str]) -> tuple[str, ...]:
    """Each code once, first occurrence first ("KHM Cambodia kh" is one country)."""
    return tuple(dict.fromkeys(c.upper() for c in codes))


def _names_a_file(request: ExportRequest) -> bool:
    return request.output.suffix.lower() == f".{request.format}" and not request.output_is_folder


def is_pack(request: ExportRequest) -> bool:
    """A pack when asked for, or when several countries go to one ``.pdf`` (``.html``) file."""
    return request.pack or (_names_a_file(request) and len(unique_codes(request.iso3s)) > 1)


def plan(request: ExportRequest, names: dict[str, str] | None = None) -> ExportPlan:
    """The files ``request`` would write. ``names`` maps ISO3 to English name (else read)."""
    codes = unique_codes(request.iso3s)
    if not codes:
        raise ExportError("No country to export.")
    if not str(request.output).strip():
        raise ExportError("Choose where to save the PDF.")
    output = Path(request.output)
    single_file = _names_a_file(request)
    if is_pack(request):
        target = output if single_file else output / pack_filename(request.format)
        return _checked(ExportPlan(True, target.parent, (target,), codes))
    if single_file:  # one country to a named file
        return _checked(ExportPlan(False, output.parent, (output,), codes))
    if names is None:
        names = _english_names(request, codes)
    targets = tuple(output / sheet_filename(code, names[code], request.format) for code in codes)
    return _checked(ExportPlan(False, output, targets, codes))


def _checked(the_plan: ExportPlan) -> ExportPlan:
    """Refuse a file name the file system cannot hold, before any work."""
    limit = publish.name_max(the_plan.folder) if the_plan.folder.is_dir() else publish.NAME_MAX_DEFAULT
    for target in the_plan.targets:
        if len(os.fsencode(target.name)) > limit:
            raise ExportError(
                f"The file name {target.name[:40]}… is too long (over {limit} bytes); choose a shorter one."
            )
    return the_plan


def _english_names(request: ExportRequest, codes: Sequence[str]) -> dict[str, str]:
    try:
        with Store(request.db_path) as store:
            return {code: store.country(code).name for code in codes}
    except DatabaseError as exc:
        raise ExportError(str(exc)) from None
    except KeyError as exc:
        raise ExportError(_unknown_code(exc)) from None


def _unknown_code(exc: KeyError) -> str:
    return f"Unknown country code {str(exc.args[0])[:40]!r}."
