"""``factsheets pack ...`` and ``factsheets data ...``: registered by app/cli.py.

Kept out of app/cli.py so that file stays argument parsing for the viewing
commands; nothing heavy is imported until a handler runs (``factsheets show``
never pays for cryptography or the build code). These commands do not open a
Store first: ``data restore`` must work when the data in use is damaged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def _add_pack(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="pack_command", required=True, metavar="COMMAND", parser_class=type(parser))
    keygen = sub.add_parser("keygen", help="create a signing key pair: NAME.key (secret) and NAME.pub")
    keygen.add_argument("-o", "--output", required=True, type=Path, help="NAME (path without extension)")
    keygen.add_argument("--force", action="store_true", help="replace existing key files")
    trust = sub.add_parser("trust", help="trust packs signed by this public key")
    trust.add_argument("public_key", type=Path, metavar="PUBFILE")
    build = sub.add_parser("build", help="make a .lfpack from a folder of CSVs (db/sources layout, HXL accepted)")
    build.add_argument("folder", type=Path, metavar="DIR")
    build.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    build.add_argument("--sign", type=Path, metavar="KEYFILE", help="secret key from `pack keygen` or minisign -W")
    build.add_argument("--name", help="pack name: lower-case letters, digits, . - _ (default: the folder's name)")
    build.add_argument("--title", help="one line for people (default: the name)")
    build.add_argument("--version", dest="pack_version", default=None,
                       help="pack version (default: dataset.csv's version, else 1)")  # fmt: skip
    build.add_argument("--publisher", help="who publishes it (default: the title)")
    build.add_argument("--updates", default=None, metavar="VERSION",
                       help="a full release: the dataset version it replaces (default: an additions pack)")  # fmt: skip
    build.add_argument("--force", action="store_true", help="replace an existing FILE")
    verify = sub.add_parser("verify", help="check a pack: zip, manifest, hashes, signature, tables")
    verify.add_argument("file", type=Path, metavar="FILE")
    imp = sub.add_parser("import", help="preview, confirm, and switch to data with this pack")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    imp.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    imp.add_argument("--allow-unsigned", action="store_true",
                     help="accept a pack not signed by a trusted key (its figures are marked unsigned)")  # fmt: skip
    sub.add_parser("list", help="the packs in the data in use")
    remove = sub.add_parser("remove", help="switch to data without this pack (undo with data restore)")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _add_data(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="data_command", required=True, metavar="COMMAND", parser_class=type(parser))
    restore = sub.add_parser("restore", help="go back to the previous data (or a kept state)")
    restore.add_argument("state", nargs="?", help="a state id from --list, or 'bundled'")
    restore.add_argument("--list", action="store_true", help="list the kept states")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    diff = sub.add_parser("diff", help="what changed between two databases or packs")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument("--format", choices=("text", "csv", "pdf"), default="text")
    diff.add_argument("-o", "--output", type=Path, help="file to write (needed for pdf; default: standard output)")
    diff.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size of the pdf")
    hxl = sub.add_parser("hxl", help="export a table as CSV with an HXL hashtag row")
    hxl.add_argument("table", choices=("countries", "casualties", "figures"))
    hxl.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")


PACK_SUBCOMMANDS = {
    "pack": ("data packs: build, sign, verify, import, list, remove", _add_pack),
    "data": ("dataset states: restore, diff, HXL export", _add_data),
}


def run_pack_command(args: argparse.Namespace) -> int:
    """Run ``pack``/``data``; every refusal is one line on stderr and exit 1, with nothing changed."""
    from app.packs.errors import PackError, printable

    try:
        if args.command == "pack":
            return PACK_HANDLERS[args.pack_command](args)
        return DATA_HANDLERS[args.data_command](args)
    except PackError as exc:
        print(f"factsheets: {printable(str(exc))}", file=sys.stderr)
        return EXIT_DATA
    except ImportError as exc:  # a slimmed binary may leave out cryptography or the build code
        print(f"factsheets: this copy of the app lacks {(exc.name or '?').split('.')[0]}, which data packs need; "
              "nothing changed.",
              file=sys.stderr)  # fmt: skip
        return EXIT_DATA
    except KeyboardInterrupt:
        print("factsheets: interrupted; nothing changed", file=sys.stderr)
        return 130


def _ask(question: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        print(f"{question} [y/N] no (not a terminal: add --yes to confirm)", file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _write_new(path: Path, data: bytes, force: bool) -> None:
    from app.packs.errors import PackError

    if path.exists() and not force:
        raise PackError(f"{path} exists; add --force to replace it.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise PackError(f"cannot write {path}: {exc.strerror or exc}.") from None


# -- pack -----------------------------------------------------------------------


def cmd_keygen(args: argparse.Namespace) -> int:
    import os

    from app.packs import minisign

    key = minisign.generate()
    secret, public = args.output.with_suffix(".key"), args.output.with_suffix(".pub")
    _write_new(public, key.public.to_file().encode(), args.force)
    _write_new(secret, key.to_file().encode(), args.force)
    os.chmod(secret, 0o600)
    print(f"wrote {secret} (secret: keep it safe, never share it) and {public} (give this to users)")
    print(f"key id {key.public.key_id_hex}")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from app.packs.keys import trust

    key = trust(args.public_key)
    print(f"trusting packs signed by key {key.key.key_id_hex} ({key.label})")
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    import re

    from app.packs import minisign
    from app.packs.builder import PackInfo, build, dataset_version
    from app.packs.errors import PackError

    secret = None
    if args.sign:
        try:
            secret = minisign.parse_secret_key(args.sign.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(f"cannot read {args.sign}: {getattr(exc, 'strerror', None) or exc}.") from None
        except minisign.SignatureError as exc:
            raise PackError(f"{args.sign}: {exc}.") from None
    name = args.name or re.sub(r"[^a-z0-9._-]+", "-", args.folder.resolve().name.lower()).strip("-.") or "pack"
    version = args.pack_version or (dataset_version(args.folder) if args.updates else None) or "1"
    title = args.title or name
    info = PackInfo(name, title, version, args.publisher or title, args.updates or "additions")
    data = build(args.folder, info, secret)
    _write_new(args.output, data, args.force)
    signed = f"signed by key {secret.public.key_id_hex}" if secret else "unsigned"
    print(f"wrote {args.output} ({name} {version}, {'full release' if args.updates else 'additions'}, {signed})")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from app.packs.pack import open_pack

    pack = open_pack(args.file)
    print(pack.describe())
    for name, rows in sorted(pack.tables.items()):
        print(f"  {name:<18} {len(rows):>6} rows")
    if not pack.signer.trusted:
        print(f"warning: {args.file.name} is {pack.signer.describe()}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.packs.diff import report_text
    from app.packs.importer import Plan, import_pack

    def confirm(plan: Plan) -> bool:
        assert plan.pack is not None
        print(plan.pack.describe())
        for warning in plan.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(report_text(plan.changes))
        if args.dry_run:
            print("Dry run: nothing changed.")
            return False
        return _ask(f"Switch to the data with {plan.pack.name} {plan.pack.version}?", args.yes)

    # A dry run imports nothing, so it may preview an untrusted pack (with the warning printed).
    state = import_pack(args.file, confirm, allow_unsigned=args.allow_unsigned or args.dry_run)
    if state is None:
        if not args.dry_run:
            print("Nothing changed.")
        return EXIT_OK
    print(f"Now using dataset {state.dataset_version} (state {state.id}; undo: factsheets data restore).")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from app.packs.states import active_state, outdated_message, outdated_state

    state = active_state()
    if state is None:
        outdated = outdated_state()
        print(f"Using the bundled data: {outdated_message(outdated)}" if outdated
              else "Using the bundled data; no packs imported.")  # fmt: skip
        return EXIT_OK
    print(f"Dataset {state.dataset_version} (state {state.id}, {state.reason}, {state.created})")
    if state.base is None:
        print("  base: the bundled data")
    for ref in state.packs:
        kind = "full release" if ref.kind == "full" else "additions"
        signer = {"trusted": f"signed by {ref.signer_label}", "unknown_key": "signed by an untrusted key",
                  "unsigned": "unsigned"}.get(ref.signer, ref.signer)  # fmt: skip
        print(f"  {ref.name} {ref.version}: {kind}, {ref.rows} rows, {signer} ({ref.publisher})")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from app.packs.diff import report_text
    from app.packs.importer import Plan, remove_pack
    from app.packs.states import active_state

    def confirm(plan: Plan) -> bool:
        print(report_text(plan.changes))
        return _ask(f"Remove {args.name}?", args.yes)

    if not remove_pack(args.name, confirm):
        print("Nothing changed.")
        return EXIT_OK
    state = active_state()
    if state is None:
        print("Now using the bundled data (undo: factsheets data restore).")
    else:
        print(f"Now using dataset {state.dataset_version} (state {state.id}; undo: factsheets data restore).")
    return EXIT_OK


# -- data -----------------------------------------------------------------------


def cmd_restore(args: argparse.Namespace) -> int:
    from app.packs import states
    from app.packs.diff import report_text
    from app.packs.errors import PackError
    from app.packs.importer import previous_state_id, restore, restore_changes

    if args.list:
        current = states.active_id()
        print(f"{'*' if current is None else ' '} bundled   the data shipped with the app")
        for state in reversed(states.list_states()):
            mark = "*" if state.id == current else " "
            print(f"{mark} {state.id}    {state.created}  {state.dataset_version}  ({state.reason})")
        return EXIT_OK
    if args.state:
        target = None if args.state == states.BUNDLED else args.state
    else:
        found = previous_state_id()
        if found is False:
            raise PackError("already using the bundled data; nothing to restore (see: data restore --list).")
        target = found  # type: ignore[assignment]
    if target is not None and states.load_state(target) is None:
        restore(target)  # raises the one-sentence "no kept state"
    print(report_text(restore_changes(target)))
    if not _ask(f"Switch to {'the bundled data' if target is None else 'state ' + target}?", args.yes):
        print("Nothing changed.")
        return EXIT_OK
    restore(target)
    print(f"Now using {'the bundled data' if target is None else 'state ' + target}.")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from app.packs.dataset_files import as_database
    from app.packs.diff import diff, report_csv, report_text
    from app.packs.errors import PackError

    if args.format == "pdf" and args.output is None:
        raise PackError("a PDF report needs a file: add -o FILE.pdf.")
    with as_database(args.old) as old, as_database(args.new) as new:
        changes = diff(old, new)
        labels = (dataset_version_of(old), dataset_version_of(new))
    if args.format == "pdf":
        from app.factsheet.changes import build_changes_pdf

        data = build_changes_pdf(changes, *labels, paper=args.paper)
    elif args.format == "csv":
        data = report_csv(changes).encode("utf-8")
    else:
        data = (report_text(changes, limit=10_000) + "\n").encode("utf-8")
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
        return EXIT_OK
    _write_new(args.output, data, force=True)
    print(f"wrote {args.output} ({len(changes)} changes)")
    return EXIT_OK


def dataset_version_of(database: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM dataset_info WHERE key = 'version'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    return row[0] if row else str(database)


def cmd_hxl(args: argparse.Namespace) -> int:
    from app.packs.errors import PackError
    from app.packs.hxl import export
    from app.packs.importer import current_database

    database = Path(args.db) if getattr(args, "db", None) else current_database()
    text = export(database, args.table)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PackError(f"cannot write {args.output}: {exc.strerror or exc}.") from None
    print(f"wrote {args.output}")
    return EXIT_OK


PACK_HANDLERS = {"keygen": cmd_keygen, "trust": cmd_trust, "build": cmd_build, "verify": cmd_verify,
                 "import": cmd_import, "list": cmd_list, "remove": cmd_remove}  # fmt: skip
DATA_HANDLERS = {"restore": cmd_restore, "diff": cmd_diff, "hxl": cmd_hxl}
