"""Our minisign files are minisign's: checked against files minisign 0.11 wrote, and against the program."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.packs import minisign

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minisign"


def test_we_verify_what_minisign_signed():
    key = minisign.parse_public_key((FIXTURES / "ms.pub").read_text())
    signature = minisign.parse_signature((FIXTURES / "m.json.minisig").read_text())
    minisign.verify((FIXTURES / "m.json").read_bytes(), signature, key)
    assert signature.trusted_comment == "trusted words"
    with pytest.raises(minisign.SignatureError):
        minisign.verify(b"something else", signature, key)


def test_we_read_minisigns_unencrypted_secret_key():
    secret = minisign.parse_secret_key((FIXTURES / "ms.key").read_text())
    assert secret.public == minisign.parse_public_key((FIXTURES / "ms.pub").read_text())
    ours = minisign.sign(b"data", secret, "c")
    minisign.verify(b"data", ours, secret.public)


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the minisign program is not installed")
def test_minisign_verifies_what_we_sign_and_signs_with_our_key(tmp_path: Path):
    key = minisign.generate()
    (tmp_path / "k.pub").write_text(key.public.to_file())
    (tmp_path / "k.key").write_text(key.to_file())
    (tmp_path / "m.json").write_bytes(b'{"name": "x"}')
    (tmp_path / "m.json.minisig").write_text(minisign.sign(b'{"name": "x"}', key, "ours").to_file())
    subprocess.run(["minisign", "-V", "-q", "-p", tmp_path / "k.pub", "-m", tmp_path / "m.json"], check=True)
    (tmp_path / "n.json").write_bytes(b"by minisign")
    subprocess.run(["minisign", "-S", "-s", tmp_path / "k.key", "-m", tmp_path / "n.json", "-t", "theirs"],
                   check=True, stdin=subprocess.DEVNULL, capture_output=True)  # fmt: skip
    signature = minisign.parse_signature((tmp_path / "n.json.minisig").read_text())
    minisign.verify(b"by minisign", signature, key.public)
