"""Whose signatures count: the publisher key shipped with the app, plus keys the user trusted.

Trusting a key is an explicit step (``factsheets pack trust FILE.pub``): the
file is copied into the user data folder under its key id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.packs import minisign
from app.packs.errors import PackError

PUBLISHER_KEY = "publisher.pub"


@dataclass(frozen=True)
class TrustedKey:
    key: minisign.PublicKey
    label: str  # the comment line, e.g. "minisign public key 1A2B..." or the organisation's own words
    bundled: bool


def trusted_keys_dir() -> Path:
    return paths.user_data_dir() / "trusted-keys"


def _read_key(path: Path, bundled: bool) -> TrustedKey | None:
    try:
        text = path.read_text(encoding="utf-8")
        key = minisign.parse_public_key(text)
    except (OSError, UnicodeDecodeError, minisign.SignatureError):
        return None  # a damaged key file trusts nobody; it must not stop the others
    first = text.splitlines()[0] if text.startswith(minisign.UNTRUSTED) else ""
    comment = first.removeprefix(minisign.UNTRUSTED).strip()
    if bundled:
        label = "the app's publisher"
    elif not comment or comment.startswith("minisign public key"):  # minisign's default says nothing new
        label = "a trusted key"
    else:
        label = comment
    return TrustedKey(key, label, bundled)


def trusted_keys() -> dict[bytes, TrustedKey]:
    """Key id -> key: the bundled publisher key first, then the user's."""
    found: dict[bytes, TrustedKey] = {}
    bundled = _read_key(paths.resource(PUBLISHER_KEY), bundled=True)
    if bundled:
        found[bundled.key.key_id] = bundled
    folder = trusted_keys_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub")):
            key = _read_key(path, bundled=False)
            if key and key.key.key_id not in found:
                found[key.key.key_id] = key
    return found


def trust(public_key_file: Path) -> TrustedKey:
    """Copy a minisign public key into the trusted keys; return it."""
    try:
        text = public_key_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"cannot read {public_key_file}: {getattr(exc, 'strerror', None) or exc}.") from None
    try:
        key = minisign.parse_public_key(text)
    except minisign.SignatureError as exc:
        raise PackError(f"{public_key_file}: {exc}.") from None
    if not text.startswith(minisign.UNTRUSTED):
        text = key.to_file()
    folder = trusted_keys_dir()
    target = folder / f"{key.key_id_hex}.pub"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise PackError(f"cannot write to {folder}: {exc.strerror or exc}.") from None
    return _read_key(target, bundled=False) or TrustedKey(key, key.key_id_hex, False)
