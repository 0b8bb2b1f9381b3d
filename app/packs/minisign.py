"""Ed25519 keys and signatures in minisign's file formats, with ``cryptography``.

minisign's formats (https://jedisct1.github.io/minisign/) are small and widely
tooled, so a publisher can sign with the ``minisign`` program or with
``factsheets pack keygen/build --sign`` and either verifies the other:

- public key: ``untrusted comment`` line, then base64 of ``"Ed" keyid(8) pk(32)``;
- secret key: base64 of ``"Ed" kdf(2) "B2" salt(32) opslimit(8) memlimit(8)
  keyid(8) sk(64) checksum(32)``. We write unencrypted keys (kdf ``\\0\\0``, as
  ``minisign -G -W`` does): a field office has no password manager, and the key
  file is the secret to guard;
- signature: ``untrusted comment``, base64 of ``"ED" keyid(8) sig(64)`` where
  ``sig`` signs BLAKE2b-512 of the file ("prehashed", minisign's default),
  ``trusted comment``, and base64 of a global signature over
  ``sig + trusted comment`` so the comment cannot be swapped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIG_ALG = b"Ed"
PREHASHED_ALG = b"ED"
KDF_NONE = b"\x00\x00"
CHECKSUM_ALG = b"B2"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "


class SignatureError(Exception):
    """A key or signature file that is malformed, or a signature that does not verify."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes; minisign prints it as 16 upper-case hex digits
    raw: bytes  # 32 bytes

    @property
    def key_id_hex(self) -> str:
        return self.key_id[::-1].hex().upper()  # minisign shows the little-endian integer

    def to_file(self, comment: str | None = None) -> str:
        comment = comment or f"minisign public key {self.key_id_hex}"
        blob = base64.b64encode(SIG_ALG + self.key_id + self.raw).decode()
        return f"{UNTRUSTED}{comment}\n{blob}\n"


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # 32 bytes: Ed25519 private key
    public: PublicKey

    def to_file(self, comment: str = "minisign secret key (unencrypted)") -> str:
        sk = self.seed + self.public.raw  # libsodium's 64-byte secret key layout
        checksum = hashlib.blake2b(SIG_ALG + self.key_id + sk, digest_size=32).digest()
        blob = SIG_ALG + KDF_NONE + CHECKSUM_ALG + bytes(32) + bytes(8) + bytes(8)
        blob += self.key_id + sk + checksum
        return f"{UNTRUSTED}{comment}\n{base64.b64encode(blob).decode()}\n"


@dataclass(frozen=True)
class Signature:
    key_id: bytes
    prehashed: bool
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        return self.key_id[::-1].hex().upper()

    def to_file(self, untrusted_comment: str = "signature from factsheets pack build") -> str:
        alg = PREHASHED_ALG if self.prehashed else SIG_ALG
        return (
            f"{UNTRUSTED}{untrusted_comment}\n"
            f"{base64.b64encode(alg + self.key_id + self.signature).decode()}\n"
            f"{TRUSTED}{self.trusted_comment}\n"
            f"{base64.b64encode(self.global_signature).decode()}\n"
        )


def generate() -> SecretKey:
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())  # fmt: skip
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key_id = os.urandom(8)
    return SecretKey(key_id, seed, PublicKey(key_id, raw))


def _payload_line(text: str, what: str) -> bytes:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[0].startswith(UNTRUSTED):
        raise SignatureError(f"{what} is not in minisign's format")
    try:
        return base64.b64decode(lines[1].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"{what} is not valid base64") from None


def parse_public_key(text: str) -> PublicKey:
    # minisign also accepts the bare base64 line (as printed by `minisign -P`).
    stripped = text.strip()
    if stripped and not stripped.startswith(UNTRUSTED) and "\n" not in stripped:
        text = f"{UNTRUSTED}public key\n{stripped}\n"
    blob = _payload_line(text, "the public key")
    if len(blob) != 42 or blob[:2] != SIG_ALG:
        raise SignatureError("the public key is not an Ed25519 minisign key")
    return PublicKey(blob[2:10], blob[10:42])


def parse_secret_key(text: str) -> SecretKey:
    blob = _payload_line(text, "the secret key")
    if len(blob) != 158 or blob[:2] != SIG_ALG or blob[4:6] != CHECKSUM_ALG:
        raise SignatureError("the secret key is not an Ed25519 minisign key")
    if blob[2:4] != KDF_NONE:
        raise SignatureError(
            "the secret key is password-protected; re-create it without a password (minisign -G -W)"
        )
    key_id, sk, checksum = blob[54:62], blob[62:126], blob[126:158]
    # minisign 0.11 leaves the checksum of an unencrypted key zero (measured with `minisign -G -W`).
    if checksum != bytes(32) and hashlib.blake2b(SIG_ALG + key_id + sk, digest_size=32).digest() != checksum:
        raise SignatureError("the secret key file is damaged (checksum mismatch)")
    seed, raw = sk[:32], sk[32:]
    if Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ) != raw:
        raise SignatureError("the secret key file is damaged (public half does not match)")
    return SecretKey(key_id, seed, PublicKey(key_id, raw))


def parse_signature(text: str) -> Signature:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise SignatureError("the signature is not in minisign's format")
    try:
        blob = base64.b64decode(lines[1].strip(), validate=True)
        global_sig = base64.b64decode(lines[3].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("the signature is not valid base64") from None
    if len(blob) != 74 or blob[:2] not in (SIG_ALG, PREHASHED_ALG) or len(global_sig) != 64:
        raise SignatureError("the signature is not an Ed25519 minisign signature")
    return Signature(blob[2:10], blob[:2] == PREHASHED_ALG, blob[10:74], lines[2][len(TRUSTED):], global_sig)


def sign(message: bytes, key: SecretKey, trusted_comment: str) -> Signature:
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise SignatureError("a trusted comment is one line")
    private = Ed25519PrivateKey.from_private_bytes(key.seed)
    signature = private.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
    return Signature(key.key_id, True, signature, trusted_comment, global_signature)


def verify(message: bytes, signature: Signature, key: PublicKey) -> None:
    """Raise SignatureError unless ``signature`` is ``key``'s over ``message`` and its comment."""
    if signature.key_id != key.key_id:
        raise SignatureError(f"the signature is by key {signature.key_id_hex}, not {key.key_id_hex}")
    public = Ed25519PublicKey.from_public_bytes(key.raw)
    signed = hashlib.blake2b(message, digest_size=64).digest() if signature.prehashed else message
    try:
        public.verify(signature.signature, signed)
        public.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError("the signature does not match the pack (altered after signing?)") from None
