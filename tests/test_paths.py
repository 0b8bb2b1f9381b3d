"""Bundled files and user folders are found in one place."""

import sys

import pytest

from app import paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast path is Linux only")
@pytest.mark.parametrize("xdg", ["/tmp/some-config", "", None])
def test_config_dir_matches_platformdirs(monkeypatch, xdg):
    from platformdirs import user_config_path

    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    assert paths.user_config_dir() == user_config_path(paths.APP_NAME, appauthor=False)


def test_database_path_order(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.DB_ENV_VAR, str(tmp_path / "env.sqlite"))
    assert paths.database_path(tmp_path / "arg.sqlite") == tmp_path / "arg.sqlite"
    assert paths.database_path() == tmp_path / "env.sqlite"
    monkeypatch.delenv(paths.DB_ENV_VAR)
    assert paths.database_path() == paths.bundled_database()
    assert paths.bundled_database().exists()
