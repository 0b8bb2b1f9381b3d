"""Shared fixtures: a tiny database per session, Qt offscreen, and no network."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

# Qt must never need a display in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURE_SOURCES = Path(__file__).parent / "fixtures" / "sources"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five hand-picked countries built from tests/fixtures/sources by the real build."""
    from db.build import load, write

    path = tmp_path_factory.mktemp("db") / "fixture.sqlite"
    write(load(FIXTURE_SOURCES), path)
    path.chmod(0o444)  # the app must never need to write to its database
    return path


@pytest.fixture
def store(fixture_db: Path):
    from app.core.store import Store

    with Store(fixture_db) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _settings_in_temp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and user folders go to a temp dir, never the developer's home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("FACTSHEETS_DB", raising=False)


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Fail any test that opens an internet socket: the app works offline, always.

    Unix sockets (Qt's local IPC) stay allowed; AF_INET/AF_INET6 connect is refused
    and recorded, so a swallowed exception still fails the session.
    """
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(method):
        def wrapper(self, address, *args, **kwargs):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(address)
                raise NetworkUsed(f"network access attempted: {address!r}")
            return method(self, address, *args, **kwargs)

        return wrapper

    socket.socket.connect = guarded(real_connect)
    socket.socket.connect_ex = guarded(real_connect_ex)
    real_getaddrinfo = socket.getaddrinfo

    def no_lookup(host, *args, **kwargs):
        if host not in (None, "localhost", "127.0.0.1", "::1"):
            attempts.append(host)
            raise NetworkUsed(f"DNS lookup attempted: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.getaddrinfo = no_lookup
    yield attempts
    socket.socket.connect = real_connect
    socket.socket.connect_ex = real_connect_ex
    socket.getaddrinfo = real_getaddrinfo
    assert not attempts, f"the test session tried to use the network: {attempts}"
