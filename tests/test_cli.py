"""The command line: output formats and every exit code."""

import json
import shutil

import pytest

from app.cli import main


@pytest.fixture
def run(fixture_db, capsys):
    def runner(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(fixture_db), *args])
        except SystemExit as exc:  # argparse exits for --help/--version/usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return runner


def test_show_json_has_cited_apmbc_dates(run):
    code, out, err = run("show", "UKR", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["iso3"] == "UKR" and data["name"] == "Ukraine"
    apmbc = next(t for t in data["treaties"] if t["treaty"] == "APMBC")
    assert apmbc["deposited"] == "2005-12-27"
    assert apmbc["withdrawal_effective"] is None  # unknown is null, never invented
    assert apmbc["source"]["url"].startswith("https://")
    assert data["casualties"][0] == {
        "year": 2024, "total": 293, "qualifier": None, "killed": None, "injured": None, "unknown": None,
        "civilian": None, "child": None, "edition": 2025, "note": None, "source": data["casualties"][0]["source"],
    }  # fmt: skip


def test_show_text_for_a_country_without_casualty_data(run):
    code, out, _ = run("show", "tonga")
    assert code == 0
    assert out.startswith("Tonga\nPolynesia · Oceania · TON\n")
    # The dataset says what it lacks and what was searched; it never claims the source said nothing.
    assert "No casualty figure in this dataset (searched: Landmine Monitor 2011, 2025)." in out
    assert "Not in this dataset: casualty figures, survivors, victim assistance, clearance, stockpiles." in out
    assert " 0" not in out.split("Key figures")[1].split("Sources")[0]


@pytest.mark.parametrize(("language", "heading"), [("fr", "Chiffres clés"), ("es", "Cifras clave")])
def test_show_speaks_the_lang_language(run, language, heading):
    code, out, _ = run("--lang", language, "show", "KHM")
    assert code == 0 and heading in out


def test_list_json_shape(run):
    code, out, _ = run("list", "--format", "json", "--region", "Europe")
    assert code == 0
    assert json.loads(out) == [
        {"iso3": "FIN", "name": "Finland", "region": "Europe", "apmbc_status": "withdrawn", "ccm_status": None},
        {"iso3": "UKR", "name": "Ukraine", "region": "Europe", "apmbc_status": "withdrawal_pending",
         "ccm_status": None},
    ]  # fmt: skip


def test_list_filters_and_csv(run):
    code, out, _ = run("list", "--status", "party", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("iso3,name,region")
    assert [line.split(",")[0] for line in lines[1:]] == ["KHM", "TON"]
    code, out, _ = run("list", "--treaty", "CCM", "--status", "not_party", "--format", "csv")
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["KHM"]
    code, out, _ = run("list", "--search", "cambodge", "--no-has-casualties", "--format", "csv")
    assert out.splitlines()[1:] == []


def test_info_and_coverage(run):
    code, out, _ = run("info", "--coverage")
    assert code == 0
    assert "Dataset version: test-1" in out
    assert "As of:           2026-11-30" in out
    assert "APMBC standing" in out and "casualties (any year)" in out


def test_version(run):
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("factsheets ")


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("show",),
        ("list", "--status", "maybe"),
        ("list", "--region", "Atlantis"),
        ("show", "ATL"),
        ("list", "--format", "xml"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run, args):
    code, out, err = run(*args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [("info",), ("list",), ("show", "KHM")])
def test_bad_database_exits_1_with_one_line(tmp_path, capsys, command, fixture_db):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("garbage" * 1000)
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(fixture_db.read_bytes()[:5000])
    for path in (tmp_path / "missing.sqlite", bad, truncated, tmp_path):
        code = main(["--db", str(path), *command])
        _, err = capsys.readouterr()
        assert code == 1, path
        assert len(err.strip().splitlines()) == 1 and str(path) in err


def test_db_from_environment(fixture_db, tmp_path, monkeypatch, capsys):
    copy = tmp_path / "env.sqlite"
    shutil.copyfile(fixture_db, copy)
    monkeypatch.setenv("FACTSHEETS_DB", str(copy))
    assert main(["info"]) == 0
    assert str(copy) in capsys.readouterr().out


def test_only_the_named_subcommand_is_built_but_help_lists_all():
    from app.cli import SUBCOMMANDS, build_parser

    def commands(parser):
        return set(parser._subparsers._group_actions[0].choices)  # argparse keeps them here

    assert commands(build_parser(["--db", "show", "list"])) == {"list"}  # "show" is --db's value
    assert commands(build_parser(["--help"])) == set(SUBCOMMANDS)
    assert commands(build_parser(["frobnicate"])) == set(SUBCOMMANDS)


def test_lang_after_the_subcommand_and_list_in_the_language(run):
    code, out, err = run("list", "--lang", "ru")
    assert code == 0 and "Камбоджа" in out and "Государство-участник" in out
    assert "5 стран" in err
    code, out, _ = run("show", "KHM", "--lang", "es")
    assert code == 0 and out.startswith("Camboya\n")
