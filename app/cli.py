"""The ``factsheets`` command: argument parsing only, handing off to core, factsheet or ui.

Exit codes: 0 success, 1 data or file error, 2 usage error. A user error is one
line on stderr, never a traceback. ``info``, ``list`` and ``show`` import
neither Qt nor reportlab: those imports happen inside the handlers that need them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.core.models import STATUS_LABELS, Filter
from app.core.store import DatabaseError, Store
from app.packs.cli import PACK_SUBCOMMANDS, run_pack_command
from app.text.describe import describe
from app.text.languages import CODES as LANGUAGES  # the one registry of languages

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments that argparse itself cannot see (an unknown country code...)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + error
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status", action="append", choices=sorted(STATUS_LABELS), help="standing (repeatable)"
    )
    parser.add_argument(
        "--treaty", choices=("APMBC", "CCM"), default="APMBC", help="treaty that --status refers to"
    )
    parser.add_argument("--region", action="append", help="UN M49 region or sub-region (repeatable)")
    parser.add_argument("--search", default="", help="part of a name or code, accents ignored")
    parser.add_argument(
        "--has-casualties",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="only countries with (or without) casualty data",
    )


def _add_info(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--coverage", action="store_true", help="how many countries have each indicator")


def _add_list(parser: argparse.ArgumentParser) -> None:
    _add_filter_options(parser)
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _add_show(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("country", help="ISO 3166 alpha-3 (or alpha-2) code, or name")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _add_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("countries", nargs="*", help="ISO codes or names")
    # A string, not a Path: Path("") is "." and Path("sheets.pdf/") loses the slash that says "folder".
    parser.add_argument("-o", "--output", required=True, help="PDF (or HTML) file or folder")
    parser.add_argument("--format", choices=("pdf", "html"), default="pdf",
                        help="pdf, or html: the accessible sheet (headings, tables, text for charts)")  # fmt: skip
    parser.add_argument("--all", action="store_true", help="every country in the database")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--pack", action="store_true", help="one briefing pack (one PDF or HTML file)")
    parser.add_argument("--low-ink", action="store_true", help="minimal fills for printing")
    parser.add_argument("--force", action="store_true", help="replace existing files")
    _add_filter_options(parser)


def _add_gui(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--smoke", action="store_true", help="open, paint, print timing, exit")


SUBCOMMANDS = {
    "info": ("dataset version, as-of date, counts, sources", _add_info),
    "list": ("list countries, optionally filtered", _add_list),
    "show": ("one country's profile", _add_show),
    "export": ("write PDF (or accessible HTML) fact sheets", _add_export),
    "gui": ("open the main window (the default)", _add_gui),
    **PACK_SUBCOMMANDS,  # pack ..., data ...: app/packs/cli.py
}
GLOBAL_OPTIONS_WITH_VALUE = {"--db", "--lang"}


def _requested_command(argv: Sequence[str]) -> str | None:
    """The subcommand named in argv, skipping the values of global options."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


class Formatter(argparse.HelpFormatter):
    """Measures the terminal once: argparse builds a formatter for every add_argument."""

    _width: int | None = None

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:  # fmt: skip
        if Formatter._width is None:
            Formatter._width = _terminal_width() - 2
        super().__init__(prog, indent_increment, max_help_position, width or Formatter._width)


def _terminal_width() -> int:
    # os.get_terminal_size directly: shutil's wrapper drags in bz2 and lzma (~3 ms).
    import os

    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return 80


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; when argv names a subcommand, only that one is built.

    argparse costs about 0.4 ms per option and 1 ms per subparser, so building
    all five for every run would spend a fifth of ``factsheets show``'s budget
    on options it never reads. With no (or an unknown) command, or
    ``argv=None``, all are built, so --help and error messages list them all.
    """
    parser = Parser(prog="factsheets", description="Offline landmine treaty and casualty fact sheets.",
                    formatter_class=Formatter)  # fmt: skip
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file to read (default: $FACTSHEETS_DB, then imported data, then bundled)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="language of output")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    wanted = None if argv is None else _requested_command(argv)
    for name, (help_text, add_options) in SUBCOMMANDS.items():
        if wanted in SUBCOMMANDS and name != wanted:
            continue  # a known command was named: the others cannot be parsed anyway
        command = sub.add_parser(name, help=help_text, formatter_class=Formatter)
        # Also after the subcommand (`factsheets show KHM --lang fr`); given there, it wins.
        command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of output")
        add_options(command)
    return parser


def filter_from_args(args: argparse.Namespace, store: Store) -> Filter:
    regions = set(args.region or [])
    known = store.regions()
    subregions = {s for subs in known.values() for s in subs}
    unknown = regions - set(known) - subregions
    if unknown:
        raise UsageError(
            f"unknown region {', '.join(sorted(unknown))!r}; known: {', '.join(sorted(known))}"
        )
    statuses = frozenset(args.status or [])
    return Filter(
        search=args.search,
        regions=frozenset(regions & set(known)),
        subregions=frozenset(regions & subregions),
        apmbc_status=statuses if args.treaty == "APMBC" else frozenset(),
        ccm_status=statuses if args.treaty == "CCM" else frozenset(),
        has_casualties=args.has_casualties,
    )


# -- info -------------------------------------------------------------------


def cmd_info(args: argparse.Namespace, store: Store) -> int:
    info = store.dataset_info()
    out = [
        f"Landmine Fact Sheets {__version__}",
        f"Database:        {store.path}",
        f"Dataset version: {info.version}",
        f"As of:           {info.as_of}",
        f"Schema version:  {info.schema_version}",
        "Rows per table:",
    ]
    out += [f"  {name:<14} {count:>6}" for name, count in store.table_counts().items()]
    out.append(f"Sources cited:   {len(store.sources())}")
    if args.coverage:
        out.append("")
        out.append(f"{'Indicator':<48} {'countries':>9}  {'of':>4}  {'%':>5}")
        for row in store.coverage():
            note = f"  ({row.note})" if row.note else ""
            if row.countries_applicable:
                share = f"{100 * row.countries_with_data / row.countries_applicable:>4.0f}%"
                of = f"{row.countries_applicable:>4}"
            else:  # world-only figures count years, not countries
                share, of = "    -", "   -"
            out.append(f"{row.indicator:<48} {row.countries_with_data:>9}  {of}  {share}{note}")
    print("\n".join(out))
    return EXIT_OK


# -- list -------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    flt = filter_from_args(args, store)
    rows = store.summaries(flt)
    if args.format == "json":
        import json

        data = [
            {
                "iso3": r.iso3,
                "name": r.name,
                "region": r.region,
                "apmbc_status": r.apmbc_status,
                "ccm_status": r.ccm_status,
            }
            for r in rows
        ]
        print(json.dumps(data, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["iso3", "name", "region", "subregion", "apmbc_status", "ccm_status",
                         "latest_casualty_year", "latest_casualties", "latest_casualties_qualifier"])  # fmt: skip
        for r in rows:
            writer.writerow([r.iso3, r.name, r.region, r.subregion, r.apmbc_status or "",
                             r.ccm_status or "", r.latest_casualty_year or "",
                             "" if r.latest_casualties is None else r.latest_casualties,
                             r.latest_casualty_qualifier or ""])  # fmt: skip
        sys.stdout.write(buffer.getvalue())
    else:
        from app.core.regions import region_name
        from app.text.i18n import label, status_label

        lang = args.lang or "en"
        names = {r.iso3: r.display_name(lang) for r in rows}
        width = max((len(n) for n in names.values()), default=4)
        no_data = label("no_data", lang)
        for r in rows:
            apmbc = status_label(r.apmbc_status, lang) if r.apmbc_status else no_data
            ccm = status_label(r.ccm_status, lang) if r.ccm_status else no_data
            print(f"{r.iso3}  {names[r.iso3]:<{width}}  {region_name(r.region, lang):<8}  "
                  f"APMBC: {apmbc:<20}  CCM: {ccm}")  # fmt: skip
        print(describe(flt, len(rows), lang), file=sys.stderr)
    return EXIT_OK


# -- show -------------------------------------------------------------------


def _resolve_countries(store: Store, names: Sequence[str]) -> list[str]:
    """ISO3 codes, each once ("KHM Cambodia kh" is one country), in the order first named."""
    from app.cli_guard import echo

    codes: dict[str, None] = {}
    for name in names:
        code = store.resolve(name)
        if code is None:
            raise UsageError(f"unknown country {echo(name)} (try: factsheets list --search NAME)")
        codes[code] = None
    return list(codes)


def cmd_show(args: argparse.Namespace, store: Store) -> int:
    (code,) = _resolve_countries(store, [args.country])
    profile = store.profile(code)
    if args.format == "json":
        import json

        from app.text.plain import profile_json

        print(json.dumps(profile_json(profile), ensure_ascii=False, indent=1))
    else:
        from app.text.plain import profile_text

        world = next((y for y in reversed(store.casualties(None)) if y.total is not None), None)
        print(profile_text(profile, args.lang or "en", world))
    return EXIT_OK


# -- export and gui (heavy imports stay inside) -------------------------------


def cmd_export(args: argparse.Namespace, store: Store) -> int:
    from app.factsheet.batch import ExportError, ExportRequest, export

    if args.all and args.countries:
        raise UsageError("give country codes or --all, not both")
    flt = filter_from_args(args, store)
    if args.countries:
        codes = _resolve_countries(store, args.countries)
    elif args.all or not flt.is_empty:
        codes = [s.iso3 for s in store.summaries(flt)]
        if not codes:
            raise UsageError(f"no country matches: {describe(flt)}")
    else:
        raise UsageError("name at least one country, a filter, or --all")
    request = ExportRequest(
        iso3s=tuple(codes),
        output=Path(args.output).expanduser(),
        output_is_folder=args.output.endswith(("/", os.sep)),
        db_path=store.path,
        paper=args.paper,
        pack=args.pack,
        low_ink=args.low_ink,
        force=args.force,
        language=args.lang or "en",
        format=args.format,
        description=describe(flt, len(codes), args.lang or "en") if not args.countries else ", ".join(codes),
    )
    try:
        written = export(request, progress=_print_progress if len(codes) > 1 else None)
    except ExportError as exc:
        print(f"factsheets: {exc}", file=sys.stderr)
        return EXIT_DATA
    for path in written[:5]:
        print(path)
    if len(written) > 5:
        print(f"... and {len(written) - 5} more in {args.output}")
    return EXIT_OK


def _print_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run

    return run(db_path=args.db, smoke=getattr(args, "smoke", False), language=args.lang)


COMMANDS = {"info": cmd_info, "list": cmd_list, "show": cmd_show, "export": cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    from app import cli_guard

    cli_guard.tolerant_streams()
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        cli_guard.check_arguments(args)
    except cli_guard.BadArguments as exc:
        cli_guard.say(str(exc))
        return EXIT_USAGE
    if args.command in (None, "gui"):
        return cmd_gui(args)
    if args.command in PACK_SUBCOMMANDS:
        return run_pack_command(args)
    code = _run(args)
    failure = cli_guard.flush_output()
    if failure is not None:
        cli_guard.say(f"cannot write the output: {failure}")
        return EXIT_DATA
    return code


def _run(args: argparse.Namespace) -> int:
    from app import cli_guard

    try:
        with Store.open(args.db) as store:
            return COMMANDS[args.command](args, store)
    except UsageError as exc:
        cli_guard.say(str(exc))
        return EXIT_USAGE
    except DatabaseError as exc:
        cli_guard.say(str(exc))
        return EXIT_DATA
    except BrokenPipeError:  # `factsheets list | head`
        cli_guard.flush_output()
        return EXIT_OK
    except OSError as exc:  # stdout on a full disk, a closed terminal
        cli_guard.say(f"cannot write the output: {exc.strerror or exc}")
        return EXIT_DATA
    except KeyboardInterrupt as exc:  # Ctrl+C, or SIGTERM/SIGHUP during an export
        # Imported here: app.factsheet loads reportlab, which info/list/show never need.
        from app.factsheet.interrupts import exit_code

        cli_guard.say("interrupted; no file was written" if args.command == "export" else "interrupted")
        return exit_code(exc)


if __name__ == "__main__":
    sys.exit(main())
