"""The fault battery: what a field laptop does to the command line, the database and the export.

Every case ends in a check of the three promises: one clear sentence (no
traceback, the right exit code), nothing lost (existing files untouched), and
nothing left behind (no temporary file, folder or process). Most cases run the
CLI in this process for speed; the ones about terminals, bytes in argv and
signals run it as a subprocess. CI runs this module with the rest of the suite;
``python -m tests.test_fault_battery`` runs it alone. The count and the time
are printed at the end.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.factsheet import batch, publish, workers
from app.factsheet.batch import ExportError, ExportRequest, export

REPO = Path(__file__).resolve().parent.parent
CASES: dict[str, Callable[[Path, Path], None]] = {}


def case(name: str):
    def register(function: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
        assert name not in CASES, name
        CASES[name] = function
        return function

    return register


# -- helpers --------------------------------------------------------------------------------


def cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """The CLI in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = exc.code
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return code, out.getvalue(), err.getvalue()


def run_app(*args: str | bytes, env: dict[str, str] | None = None, stdout: object = subprocess.PIPE,
            timeout: float = 60) -> subprocess.CompletedProcess:  # fmt: skip
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, env=os.environ | (env or {}),
                          stdout=stdout, stderr=subprocess.PIPE, timeout=timeout)  # fmt: skip


def one_line(err: str, *words: str) -> None:
    assert "Traceback" not in err, err
    assert err.count("\n") == 1 and err.endswith("\n"), repr(err)
    for word in words:
        assert word in err, (word, err)


def fails(db: Path, code: int, *words: str, command: tuple[str, ...] = ("info",)) -> None:
    got, _, err = cli("--db", str(db), *command)
    assert got == code, (got, err)
    one_line(err, *words)


def writable_copy(fixture_db: Path, tmp: Path, name: str = "copy.sqlite") -> Path:
    path = tmp / name
    shutil.copyfile(fixture_db, path)
    path.chmod(0o644)
    return path


def edited(fixture_db: Path, tmp: Path, *sql: str, loose: str | None = None) -> Path:
    path = writable_copy(fixture_db, tmp)
    conn = sqlite3.connect(path)
    with conn:
        if loose:  # without NOT NULL, as a careless editor would leave it
            conn.execute(f"CREATE TABLE loose AS SELECT * FROM {loose}")
            conn.execute(f"DROP TABLE {loose}")
            conn.execute(f"ALTER TABLE loose RENAME TO {loose}")
        for statement in sql:
            conn.execute(statement)
    conn.close()
    return path


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def request(db: Path, output: Path, codes: tuple[str, ...] = ("KHM",), **kwargs: object) -> ExportRequest:
    return ExportRequest(iso3s=codes, output=output, db_path=db, **kwargs)  # type: ignore[arg-type]


# -- the database file ----------------------------------------------------------------------


@case("db: missing file")
def _(db: Path, tmp: Path) -> None:
    fails(tmp / "nope.sqlite", 1, "does not exist")


@case("db: a folder")
def _(db: Path, tmp: Path) -> None:
    fails(tmp, 1, "is a folder")


@case("db: empty file")
def _(db: Path, tmp: Path) -> None:
    (tmp / "e.sqlite").write_bytes(b"")
    fails(tmp / "e.sqlite", 1, "is empty")


@case("db: a text file")
def _(db: Path, tmp: Path) -> None:
    (tmp / "t.sqlite").write_text("not a database\n" * 200)
    fails(tmp / "t.sqlite", 1, "not a database")


@case("db: random bytes")
def _(db: Path, tmp: Path) -> None:
    (tmp / "r.sqlite").write_bytes(os.urandom(8192))
    fails(tmp / "r.sqlite", 1, "not a database")


@case("db: cut to a third")
def _(db: Path, tmp: Path) -> None:
    (tmp / "c.sqlite").write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    fails(tmp / "c.sqlite", 1, "damaged")


@case("db: cut 100 bytes short")
def _(db: Path, tmp: Path) -> None:
    (tmp / "c.sqlite").write_bytes(db.read_bytes()[:-100])
    fails(tmp / "c.sqlite", 1, "cut short")


@case("db: a FIFO does not hang")
def _(db: Path, tmp: Path) -> None:
    os.mkfifo(tmp / "fifo")
    fails(tmp / "fifo", 1, "not a regular file")


@case("db: a symlink loop is not 'does not exist'")
def _(db: Path, tmp: Path) -> None:
    (tmp / "loop").symlink_to(tmp / "loop")
    fails(tmp / "loop", 1, "loop of symbolic links")


@case("db: a dangling symlink")
def _(db: Path, tmp: Path) -> None:
    (tmp / "link").symlink_to(tmp / "gone")
    fails(tmp / "link", 1, "symbolic link to a file that does not exist")


@case("db: a path through a file")
def _(db: Path, tmp: Path) -> None:
    fails(db / "x.sqlite", 1, "does not exist")


@case("db: a path name too long")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(tmp / ("x" * 300)), "info")
    assert got == 1
    one_line(err, "too long")


@case("db: a folder the user cannot enter")
def _(db: Path, tmp: Path) -> None:
    # Simulated: the suite may run as root, for whom chmod 000 changes nothing.
    real_stat = os.stat

    def denied(path, *args, **kwargs):
        if str(path).startswith(str(tmp / "locked")):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    os.stat = denied
    try:
        fails(tmp / "locked" / "db.sqlite", 1, "permission denied")
    finally:
        os.stat = real_stat


@case("db: wrong user_version")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "PRAGMA user_version = 7"), 1, "schema version 7")


@case("db: another program's database")
def _(db: Path, tmp: Path) -> None:
    conn = sqlite3.connect(tmp / "other.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    fails(tmp / "other.sqlite", 1, "not a Landmine Fact Sheets database")


@case("db: a dropped column")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "ALTER TABLE events DROP COLUMN summary"), 1, "no column events.summary")


@case("db: no schema_version row")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "DELETE FROM dataset_info WHERE key = 'schema_version'"), 1, "schema_version")


@case("db: a text schema_version")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "UPDATE dataset_info SET value = 'v2' WHERE key = 'schema_version'"), 1, "'v2'")


@case("db: a NULL country name")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "UPDATE countries SET name = NULL WHERE iso3 = 'TON'", loose="countries")
    fails(path, 1, "empty countries.name", command=("show", "TON"))


@case("db: a NULL subregion is refused, never printed as None")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "UPDATE countries SET subregion = NULL WHERE iso3 = 'TON'", loose="countries")
    got, out, err = cli("--db", str(path), "show", "TON")
    assert got == 1 and "None" not in out
    one_line(err, "empty countries.subregion")


@case("db: a NULL casualty year")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "UPDATE casualties SET year = NULL", loose="casualties"), 1, "casualties.year")


@case("db: a newer year without a total is shown as given, never summed or dropped")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "INSERT INTO casualties (iso3, year, killed, injured, edition, source_id, preferred) "
                           "SELECT 'KHM', max(year) + 1, 3, 4, max(edition) + 1, 'lm2011', 1 FROM casualties")
    got, out, err = cli("--db", str(path), "show", "KHM")
    assert got == 0, err
    assert "3 killed, 4 injured in" in out and "(no total reported)" in out and "7 casualties" not in out


@case("db: a floor stays a floor in the CSV list")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "UPDATE casualties SET qualifier = 'at_least' WHERE iso3 = 'KHM'")
    got, out, err = cli("--db", str(path), "list", "--format", "csv")
    assert got == 0, err
    header, *rows = out.splitlines()
    assert header.endswith(",latest_casualties_qualifier")
    assert next(r for r in rows if r.startswith("KHM,")).endswith(",at_least")


@case("db: a NULL treaty status")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "UPDATE treaty_standing SET status = NULL", loose="treaty_standing")
    fails(path, 1, "treaty_standing.status", command=("list",))


@case("db: text in a number column")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "UPDATE casualties SET total = 'many'"), 1, "'many' in casualties.total")


@case("db: a dangling source id")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "UPDATE casualties SET source_id = 'nowhere'"), 1, "'nowhere'")


@case("db: a dangling indicator id")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "INSERT INTO figures (iso3, indicator, year, value, source_id, preferred) "
                           "VALUES ('KHM', 'nope', 2024, 1, (SELECT id FROM sources LIMIT 1), 1)")  # fmt: skip
    fails(path, 1, "figures.indicator 'nope'")


@case("db: an unknown standing")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "UPDATE treaty_standing SET status = 'perhaps'"), 1, "'perhaps'")


@case("db: no countries exits 1, not 2")
def _(db: Path, tmp: Path) -> None:
    fails(edited(db, tmp, "DELETE FROM countries"), 1, "has no countries", command=("export", "--all", "-o",
                                                                                   str(tmp / "o")))  # fmt: skip


@case("db: a stray -wal is refused and nothing is written beside it")
def _(db: Path, tmp: Path) -> None:
    path = writable_copy(db, tmp)
    Path(f"{path}-wal").write_bytes(b"\0" * 100)
    fails(path, 1, "unfinished write")
    assert files(tmp) == ["copy.sqlite", "copy.sqlite-wal"]


@case("db: a leftover -journal is not called damage")
def _(db: Path, tmp: Path) -> None:
    path = writable_copy(db, tmp)
    Path(f"{path}-journal").write_bytes(b"\0" * 100)
    got, _, err = cli("--db", str(path), "info")
    assert got == 1 and "damaged" not in err
    one_line(err, "-journal")


@case("db: locked by another program")
def _(db: Path, tmp: Path) -> None:
    path = writable_copy(db, tmp)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        got, _, err = cli("--db", str(path), "list")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert got == 1 and "damaged" not in err
    one_line(err, "in use by another program")


@case("db: the bundled file ignores a stray -wal and stays byte-identical")
def _(db: Path, tmp: Path) -> None:
    path = writable_copy(db, tmp, "bundled.sqlite")
    Path(f"{path}-wal").write_bytes(b"\0" * 100)
    before = path.read_bytes()
    real = paths.bundled_database
    paths.bundled_database = lambda: path
    try:
        assert cli("info")[0] == 0
    finally:
        paths.bundled_database = real
    assert path.read_bytes() == before and not Path(f"{path}-shm").exists()


@case("db: the window refuses an inconsistent database in one line")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "UPDATE casualties SET total = 'many'")
    done = run_app("--db", str(path), "gui", "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1
    one_line(done.stderr.decode(), "casualties.total")


# -- arguments ------------------------------------------------------------------------------


@case("args: --db ''")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", "", "info")
    assert got == 2
    one_line(err, "--db")


@case("args: FACTSHEETS_DB=''")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("info", env={"FACTSHEETS_DB": ""})
    assert got == 2
    one_line(err, "FACTSHEETS_DB")


@case("args: -o ''")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "export", "KHM", "-o", "")
    assert got == 2
    one_line(err, "-o")


@case("args: a 100,000-character unknown name is echoed once, cut")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "show", "x" * 100_000)
    assert got == 2 and len(err) < 300 and len(re.findall("x{10,}", err)) == 1
    one_line(err, "unknown country")


@case("args: a thousand-word search is a usage error")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "list", "--search", " ".join(["mine"] * 1000))
    assert got == 2 and "damaged" not in err
    one_line(err, "--search is too long")


@case("args: SQL in a search matches nothing and changes nothing")
def _(db: Path, tmp: Path) -> None:
    before = db.read_bytes()
    got, out, _ = cli("--db", str(db), "list", "--format", "csv", "--search", "'; DROP TABLE countries; --")
    assert got == 0 and out.splitlines()[1:] == [] and db.read_bytes() == before


@case("args: SQL as a country name is an unknown country")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "show", "KHM' OR '1'='1")
    assert got == 2
    one_line(err, "unknown country")


@case("args: LIKE wildcards match literally")
def _(db: Path, tmp: Path) -> None:
    got, out, _ = cli("--db", str(db), "list", "--format", "csv", "--search", "%")
    assert got == 0 and out.splitlines()[1:] == []


@case("args: an unknown region")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "list", "--region", "Atlantis")
    assert got == 2
    one_line(err, "unknown region")


@case("args: an unknown subcommand")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "frobnicate")
    assert got == 2
    one_line(err)


@case("args: countries and --all together")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "export", "KHM", "--all", "-o", str(tmp / "o"))
    assert got == 2 and not (tmp / "o").exists()
    one_line(err, "not both")


@case("args: export with nothing named")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "export", "-o", str(tmp / "o"))
    assert got == 2
    one_line(err)


@case("args: invalid UTF-8 bytes in a country name")
def _(db: Path, tmp: Path) -> None:
    done = run_app(b"--db", os.fsencode(db), b"show", b"\xff\xfeKHM")
    assert done.returncode == 2
    one_line(done.stderr.decode("utf-8", "replace"), "not valid text")


@case("args: invalid UTF-8 bytes in an output path are a fine file name")
def _(db: Path, tmp: Path) -> None:
    done = run_app(b"--db", os.fsencode(db), b"export", b"KHM", b"-o", os.fsencode(tmp) + b"/\xff.pdf")
    assert done.returncode == 0, done.stderr
    assert os.listdir(os.fsencode(tmp)) == [b"\xff.pdf"]


@case("args: a relative XDG_CONFIG_HOME is ignored")
def _(db: Path, tmp: Path) -> None:
    saved = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = "relative/dir"
    try:
        assert paths.user_config_dir().is_absolute()
    finally:
        if saved is None:
            os.environ.pop("XDG_CONFIG_HOME")
        else:
            os.environ["XDG_CONFIG_HOME"] = saved


# -- terminals and output -------------------------------------------------------------------


@case("out: PYTHONIOENCODING=ascii prints Côte d'Ivoire")
def _(db: Path, tmp: Path) -> None:
    done = run_app("show", "CIV", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert b"C\\xf4te" in done.stdout


@case("out: stdout on a full disk (/dev/full)")
def _(db: Path, tmp: Path) -> None:
    with open("/dev/full", "w") as full:
        done = run_app("--db", str(db), "list", stdout=full)
    assert done.returncode == 1
    one_line(done.stderr.decode(), "No space left")


@case("out: a reader that stops early (| head)")
def _(db: Path, tmp: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "app", "list"], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
    process.stdout.read(10)
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(30) == 0 and b"Traceback" not in err and b"Exception ignored" not in err


@case("out: show never prints None for a missing value")
def _(db: Path, tmp: Path) -> None:
    for code in ("TON", "FIN", "KHM", "UKR", "USA"):
        got, out, _ = cli("--db", str(db), "show", code)
        assert got == 0 and "None" not in out, code


# -- export: names and places ---------------------------------------------------------------


@case("export: KHM Cambodia kh is one country")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "export", "KHM", "Cambodia", "kh", "-o", str(tmp / "o"))
    assert got == 0, err
    assert files(tmp / "o") == ["KHM-cambodia.pdf"]


@case("export: -o sheets.pdf/ is a folder")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "export", "KHM", "TON", "-o", f"{tmp / 'sheets.pdf'}/")
    assert got == 0, err
    assert files(tmp / "sheets.pdf") == ["KHM-cambodia.pdf", "TON-tonga.pdf"]


@case("export: an existing file needs --force and stays untouched")
def _(db: Path, tmp: Path) -> None:
    (tmp / "KHM.pdf").write_bytes(b"mine")
    got, _, err = cli("--db", str(db), "export", "KHM", "-o", str(tmp / "KHM.pdf"))
    assert got == 1 and (tmp / "KHM.pdf").read_bytes() == b"mine"
    one_line(err, "already exists")


@case("export: --force replaces and leaves no temporary file")
def _(db: Path, tmp: Path) -> None:
    (tmp / "KHM.pdf").write_bytes(b"old")
    assert cli("--db", str(db), "export", "KHM", "-o", str(tmp / "KHM.pdf"), "--force")[0] == 0
    assert (tmp / "KHM.pdf").read_bytes().startswith(b"%PDF") and files(tmp) == ["KHM.pdf"]


@case("export: a dangling symlink at the target is not replaced")
def _(db: Path, tmp: Path) -> None:
    (tmp / "KHM.pdf").symlink_to(tmp / "elsewhere.pdf")
    got, _, err = cli("--db", str(db), "export", "KHM", "-o", str(tmp / "KHM.pdf"))
    assert got == 1 and (tmp / "KHM.pdf").is_symlink() and files(tmp) == ["KHM.pdf"]
    one_line(err, "already exists")


@case("export: a file that appears mid-export is left alone and the batch taken back")
def _(db: Path, tmp: Path) -> None:
    out = tmp / "o"
    real_publish = publish.publish

    def someone_saves_first(pairs, replace, token):
        (out / "TON-tonga.pdf").write_bytes(b"mine")
        return real_publish(pairs, replace, token)

    publish.publish = someone_saves_first
    try:
        got, _, err = cli("--db", str(db), "export", "KHM", "TON", "UKR", "-o", str(out))
    finally:
        publish.publish = real_publish
    assert got == 1 and files(out) == ["TON-tonga.pdf"] and (out / "TON-tonga.pdf").read_bytes() == b"mine"
    one_line(err, "appeared while the export ran")


@case("export: a second export to the same folder waits its turn")
def _(db: Path, tmp: Path) -> None:
    (tmp / "o").mkdir()
    with publish.folder_lock(tmp / "o") as locked:
        assert locked
        got, _, err = cli("--db", str(db), "export", "KHM", "-o", str(tmp / "o"))
    assert got == 1 and files(tmp / "o") == []
    one_line(err, "Another export is writing")


@case("export: two real concurrent exports never both clobber")
def _(db: Path, tmp: Path) -> None:
    runs = [subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "export", "--all", "-o",
                              str(tmp / "o")], cwd=REPO, stderr=subprocess.PIPE) for _ in range(2)]  # fmt: skip
    codes = sorted(r.wait(60) for r in runs)
    # One writes; the other is refused (folder busy, or its files already exist): never both.
    assert codes == [0, 1], codes
    assert len(files(tmp / "o")) == 5


@case("export: a file name over 255 bytes")
def _(db: Path, tmp: Path) -> None:
    got, _, err = cli("--db", str(db), "export", "KHM", "-o", str(tmp / ("é" * 140 + ".pdf")))
    assert got == 1 and files(tmp) == []
    one_line(err, "too long")


@case("export: a valid 245-character file name works")
def _(db: Path, tmp: Path) -> None:
    name = "k" * 241 + ".pdf"
    assert cli("--db", str(db), "export", "KHM", "-o", str(tmp / name))[0] == 0
    assert files(tmp) == [name]


@case("export: a file where a folder should be")
def _(db: Path, tmp: Path) -> None:
    (tmp / "f").write_text("x")
    got, _, err = cli("--db", str(db), "export", "KHM", "TON", "-o", str(tmp / "f"))
    assert got == 1
    one_line(err, "is a file, not a folder")


@case("export: a read-only disk is called read-only")
def _(db: Path, tmp: Path) -> None:
    real = os.statvfs

    class ReadOnly:
        f_flag = os.ST_RDONLY

    os.statvfs = lambda path: ReadOnly()
    try:
        with pytest.raises(ExportError, match="read-only") as info:
            export(request(db, tmp / "o" / "deeper"))
    finally:
        os.statvfs = real
    assert "permission" not in str(info.value) and files(tmp) == []


@case("export: a failed export removes the folders it created")
def _(db: Path, tmp: Path) -> None:
    real = batch.write_new

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    batch.write_new = full
    try:
        with pytest.raises(ExportError, match="Not enough disk space"):
            export(request(db, tmp / "new" / "a" / "b", ("KHM", "TON")), workers=1)
    finally:
        batch.write_new = real
    assert files(tmp) == []


@case("export: disk full on the third sheet leaves nothing")
def _(db: Path, tmp: Path) -> None:
    real, calls = batch.write_new, [0]

    def third_fails(path, data):
        calls[0] += 1
        if calls[0] == 3:
            Path(path).write_bytes(data[:50])
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    batch.write_new = third_fails
    try:
        with pytest.raises(ExportError, match="Not enough disk space"):
            export(request(db, tmp / "o", ("FIN", "KHM", "TON", "UKR")), workers=1)
    finally:
        batch.write_new = real
    assert files(tmp) == []


@case("export: temporary files of a killed export are removed by the next one")
def _(db: Path, tmp: Path) -> None:
    out = tmp / "o"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()  # fmt: skip
    (out / f".factsheets-{dead}-0123abcd-0.part").write_bytes(b"%PDF-half")
    (out / f".factsheets-{os.getpid()}-0123abcd-1.part").write_bytes(b"live")  # a running export's
    (out / "notes.part").write_text("not ours")
    assert cli("--db", str(db), "export", "KHM", "-o", str(out))[0] == 0
    assert files(out) == [f".factsheets-{os.getpid()}-0123abcd-1.part", "KHM-cambodia.pdf", "notes.part"]


@case("export: a pack with an unknown code is one sentence, not KeyError")
def _(db: Path, tmp: Path) -> None:
    with pytest.raises(ExportError, match="Unknown country code 'XXX'"):
        export(request(db, tmp / "p.pdf", ("KHM", "XXX"), pack=True))
    assert files(tmp) == []


@case("export: separate sheets with an unknown code")
def _(db: Path, tmp: Path) -> None:
    with pytest.raises(ExportError, match="Unknown country code"):
        export(request(db, tmp / "o", ("KHM", "XXX")))
    assert files(tmp) == []


@case("export: an 800-word event summary is a sentence, not LayoutError")
def _(db: Path, tmp: Path) -> None:
    path = edited(db, tmp, "UPDATE events SET summary = '" + "landmine " * 800 + "' WHERE iso3 = 'KHM'")
    got, _, err = cli("--db", str(path), "export", "KHM", "-o", str(tmp / "o"))
    if got == 0:  # the build lays long text out over pages: also a pass
        assert files(tmp / "o") == ["KHM-cambodia.pdf"]
        return
    assert got == 1 and files(tmp / "o") == []
    one_line(err, "KHM")


def _with_bad_resource(kind: str, tmp: Path, damage: str) -> None:
    from app.factsheet import fonts, locator

    folder = tmp / "resources"
    shutil.copytree(paths.resources_dir() / kind, folder / kind)
    target = next((folder / kind).glob("*.ttf" if kind == "fonts" else "locator.json"))
    if damage == "missing":
        target.unlink()
    else:
        target.write_bytes(b"\0garbage" * 64)
    real = paths.resources_dir
    paths.resources_dir = lambda: folder
    fonts.register.cache_clear()
    locator._load.cache_clear()
    try:
        with pytest.raises(ExportError) as info:
            export(request(REPO / "resources" / "factsheets.sqlite", tmp / "o"), workers=1)
    finally:
        paths.resources_dir = real
        fonts.register.cache_clear()
        locator._load.cache_clear()
    message = str(info.value)
    assert "reinstall" in message and "Cannot write" not in message and "\n" not in message
    assert not (tmp / "o").exists()


@case("export: a corrupt bundled font")
def _(db: Path, tmp: Path) -> None:
    _with_bad_resource("fonts", tmp, "corrupt")


@case("export: a missing bundled font is not blamed on the output folder")
def _(db: Path, tmp: Path) -> None:
    _with_bad_resource("fonts", tmp, "missing")


@case("export: a corrupt bundled map")
def _(db: Path, tmp: Path) -> None:
    _with_bad_resource("map", tmp, "corrupt")


# -- workers --------------------------------------------------------------------------------


def _noop() -> None:
    """No per-worker setup."""


def _killed_by_oom(*job: object, report: object = None) -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer does


def _disk_full(*job: object, report: object = None) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@case("workers: one killed by the OOM killer is a sentence, not BrokenProcessPool")
def _(db: Path, tmp: Path) -> None:
    with pytest.raises(workers.WorkerDied) as info, workers.Pool(workers.Task(_noop, (), _killed_by_oom), 2) as pool:
        pool.run([("KHM", "x"), ("TON", "y")], lambda job, result: None)
    message = batch._failure_message(info.value, tmp)
    assert "killed (signal 9)" in message and "no file was written" in message
    assert [p for p in __import__("multiprocessing").active_children() if p.name == "factsheets-worker"] == []


@case("workers: an interrupt while the pool starts reaps the workers already started")
def _(db: Path, tmp: Path) -> None:
    # __exit__ never runs when __enter__ raises, and a worker ignores SIGTERM: before the
    # fix, multiprocessing's exit hook waited for it forever (SIGTERM 0.4 s into export --all).
    started: list[int] = []

    class Interrupted(workers.Pool):
        def _start_workers(self) -> None:
            super()._start_workers()
            started.extend(p.pid for p in self._procs)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), Interrupted(workers.Task(_noop, (), _disk_full), 2):
        pass
    assert len(started) == 2
    assert [p for p in __import__("multiprocessing").active_children() if p.name == "factsheets-worker"] == []
    for pid in started:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # killed and reaped: not even a zombie


@case("workers: an OSError in a worker keeps its meaning")
def _(db: Path, tmp: Path) -> None:
    with pytest.raises(workers.WorkerFailed) as info, workers.Pool(workers.Task(_noop, (), _disk_full), 1) as pool:
        pool.run([("KHM", "x")], lambda job, result: None)
    assert batch._failure_message(info.value, tmp).startswith("Not enough disk space")


@case("workers: a parallel export gives the same bytes as a serial one")
def _(db: Path, tmp: Path) -> None:
    codes = ("FIN", "KHM", "TON", "UKR", "USA")
    serial = export(request(db, tmp / "a", codes, generated=__import__("datetime").date(2026, 1, 1)), workers=1)
    parallel = export(request(db, tmp / "b", codes, generated=__import__("datetime").date(2026, 1, 1)), workers=2)
    assert [p.read_bytes() for p in serial] == [p.read_bytes() for p in parallel]


# -- signals during `export --all` ----------------------------------------------------------


def _interrupted_export(tmp: Path, signum: int, after: float, group: bool = False, repeat: bool = False) -> None:
    """``export --all`` of the bundled 200 countries, signalled after ``after`` seconds.

    ``group``: the whole process group gets it, as from Ctrl+C or a closed terminal."""
    out = tmp / "all"
    process = subprocess.Popen([sys.executable, "-m", "app", "export", "--all", "-o", str(out)], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip
    time.sleep(after)
    (os.killpg if group else os.kill)(process.pid, signum)
    if repeat:  # an impatient second Ctrl+C while the first one's cleanup runs
        time.sleep(0.05)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signum)
    _, err = process.communicate(timeout=30)
    text = err.decode()
    assert "Traceback" not in text, text
    if process.returncode == 0:  # finished before the signal: a complete batch
        assert len([p for p in files(out) if p.endswith(".pdf")]) >= 190 and not [
            p for p in files(out) if p.startswith(".")]  # fmt: skip
    else:
        if signum != signal.SIGKILL:
            # 128 + n once the export runs; killed by the default action before it started.
            assert process.returncode in (128 + signum, -signum), (process.returncode, text)
            assert files(out) == [], files(out)  # no partial batch, no temporary file, not even the folder
    # No process of that export is left: its whole session is gone.
    time.sleep(0.3)
    left = subprocess.run(["ps", "-o", "stat=,pid=,args=", "-s", str(process.pid)], capture_output=True,
                          text=True).stdout.splitlines()  # fmt: skip
    # A zombie has ended; only the container's init (which may not reap) still lists it.
    running = [line for line in left if not line.strip().startswith("Z")]
    assert running == [], f"processes left behind: {running}"
    if signum == signal.SIGKILL:
        leftover = [p for p in files(out) if p.startswith(".factsheets-")]
        assert cli("export", "KHM", "-o", str(out))[0] == 0
        assert not [p for p in files(out) if p in leftover], "stale temporary files were not removed"


def _signal_case(signum: int, after: float, group: bool = False) -> Callable[[Path, Path], None]:
    return lambda db, tmp: _interrupted_export(tmp, signum, after, group)


for _signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    for _after in (0.35, 0.8, 1.5):  # interpreter start, pool start, sheets being written
        case(f"signal: {_signum.name} after {_after} s of export --all")(_signal_case(_signum, _after))
for _after in (0.5, 0.6, 0.7):  # Ctrl+C while the worker pool starts: once tracebacks or a hang
    case(f"signal: SIGINT after {_after} s, as the pool starts")(_signal_case(signal.SIGINT, _after))
for _signum, _after in ((signal.SIGINT, 0.6), (signal.SIGINT, 1.3), (signal.SIGHUP, 1.3), (signal.SIGTERM, 1.3)):
    case(f"signal: {_signum.name} to the whole process group after {_after} s")(
        _signal_case(_signum, _after, group=True))
case("signal: Ctrl+C twice to the process group during the cleanup")(
    lambda db, tmp: _interrupted_export(tmp, signal.SIGINT, 1.3, group=True, repeat=True))
case("signal: SIGKILL after 1.2 s, the next export cleans up")(_signal_case(signal.SIGKILL, 1.2))


# -- the bundled database -------------------------------------------------------------------

BUNDLED = REPO / "resources" / "factsheets.sqlite"
BUNDLED_HASH = hashlib.sha256(BUNDLED.read_bytes()).hexdigest() if BUNDLED.exists() else ""


@case("bundled: every run above left the bundled database byte-identical, with nothing beside it")
def _(db: Path, tmp: Path) -> None:
    assert hashlib.sha256(BUNDLED.read_bytes()).hexdigest() == BUNDLED_HASH
    assert not [p for p in BUNDLED.parent.iterdir() if p.name.startswith("factsheets.sqlite-")]


# -- running --------------------------------------------------------------------------------

_timing = {"start": 0.0, "count": 0}


@pytest.fixture(scope="module", autouse=True)
def _clock() -> None:
    _timing["start"] = time.perf_counter()


def test_the_battery_has_at_least_60_cases() -> None:
    assert len(CASES) >= 60, len(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_fault(name: str, fixture_db: Path, tmp_path: Path) -> None:
    _timing["count"] += 1
    work = tmp_path / "work"
    work.mkdir()
    CASES[name](fixture_db, work)


def test_zz_print_the_count(capsys: pytest.CaptureFixture[str]) -> None:
    """Last in the module (pytest keeps file order): how many cases ran and how long they took."""
    elapsed = time.perf_counter() - _timing["start"]
    with capsys.disabled():
        print(f"\nfault battery: {_timing['count']} of {len(CASES)} cases in {elapsed:.1f} s")
    assert elapsed < 60 or _timing["count"] < len(CASES) // 2, "the battery must stay under a minute"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
