"""Many sheets: file names, packs, atomic writes and every way an export can fail."""

from __future__ import annotations

import errno
import os
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.factsheet import batch
from app.factsheet.batch import ExportError, ExportRequest, export, plan, slugify
from tests.factsheet.conftest import GENERATED, pdf_text

ALL = ("FIN", "KHM", "TON", "UKR", "USA")


def request(fixture_db: Path, output: Path, codes=ALL, **kwargs) -> ExportRequest:
    kwargs.setdefault("generated", GENERATED)
    return ExportRequest(iso3s=tuple(codes), output=output, db_path=fixture_db, **kwargs)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Côte d'Ivoire", "cote-d-ivoire"), ("Türkiye", "turkiye"), ("Bosnia & Herzegovina",
     "bosnia-herzegovina"), ("Россия", "country")],
)  # fmt: skip
def test_slugify(name, slug):
    assert slugify(name) == slug


def test_separate_files_one_per_country(fixture_db, tmp_path):
    progress: list[tuple[int, int]] = []
    written = export(request(fixture_db, tmp_path / "out"), lambda d, t: progress.append((d, t)))
    assert [p.name for p in written] == [
        "FIN-finland.pdf", "KHM-cambodia.pdf", "TON-tonga.pdf", "UKR-ukraine.pdf",
        "USA-united-states.pdf",
    ]  # fmt: skip
    assert leftovers(tmp_path / "out") == sorted(p.name for p in written)  # no temp files
    assert progress[-1] == (5, 5)
    assert "Tonga" in pdf_text(written[2].read_bytes())


def test_parallel_workers_give_the_same_bytes(fixture_db, tmp_path):
    serial = export(request(fixture_db, tmp_path / "a"), workers=1)
    parallel = export(request(fixture_db, tmp_path / "b"), workers=2)
    assert [p.read_bytes() for p in serial] == [p.read_bytes() for p in parallel]


def test_several_countries_to_a_pdf_name_make_a_pack(fixture_db, tmp_path):
    target = tmp_path / "brief.pdf"
    assert plan(request(fixture_db, target)).pack
    (written,) = export(request(fixture_db, target, description="Five test countries"))
    reader = PdfReader(BytesIO(written.read_bytes()))
    titles = [i.title for i in reader.outline if not isinstance(i, list)]
    assert titles.count("Tonga") == 1 and "Contents" in titles
    assert leftovers(tmp_path) == ["brief.pdf"]


def test_pack_into_a_folder(fixture_db, tmp_path):
    (written,) = export(request(fixture_db, tmp_path, ("KHM", "TON"), pack=True))
    assert written == tmp_path / batch.PACK_FILENAME


def test_existing_file_needs_force(fixture_db, tmp_path):
    target = tmp_path / "KHM.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists; use --force"):
        export(request(fixture_db, target, ("KHM",)))
    assert target.read_bytes() == b"old"
    export(request(fixture_db, target, ("KHM",), force=True))
    assert target.read_bytes().startswith(b"%PDF")
    assert leftovers(tmp_path) == ["KHM.pdf"]


def test_unwritable_folder_leaves_no_file(fixture_db, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod cannot make a folder unwritable")
        with pytest.raises(ExportError, match="permission denied"):
            export(request(fixture_db, folder))
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_permission_denied_while_writing_leaves_no_file(fixture_db, tmp_path, monkeypatch):
    """The same path as an unwritable folder, simulated so that it also runs as root."""

    def denied(path: Path, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(batch, "write_new", denied)
    monkeypatch.setattr(batch.workers, "qt_loaded", lambda: False)  # in-process, where the patch applies
    with pytest.raises(ExportError, match="permission denied; no file was written"):
        export(request(fixture_db, tmp_path / "out"), workers=1)
    assert leftovers(tmp_path / "out") == []


@pytest.mark.parametrize("pack", [False, True])
def test_disk_full_while_writing_leaves_no_file(fixture_db, tmp_path, monkeypatch, pack):
    calls = {"n": 0}
    real_write = batch.write_new

    def fill_up(path: Path, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 3 or pack:
            with open(path, "xb") as handle:  # a partial temp file, as a real ENOSPC leaves
                handle.write(data[:100])
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(batch, "write_new", fill_up)
    monkeypatch.setattr(batch.workers, "qt_loaded", lambda: False)  # in-process, where the patch applies
    with pytest.raises(ExportError, match="Not enough disk space") as info:
        export(request(fixture_db, tmp_path / "out", pack=pack), workers=1)
    assert "\n" not in str(info.value)
    assert leftovers(tmp_path / "out") == []


def test_failure_while_publishing_leaves_no_partial_file(fixture_db, tmp_path, monkeypatch):
    real_link = os.link
    calls = {"n": 0}

    def no_space_at_second(src, dst, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # the first sheet is already in place: it must be taken back
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_link(src, dst, **kwargs)

    monkeypatch.setattr(os, "link", no_space_at_second)
    with pytest.raises(ExportError, match="Not enough disk space"):
        export(request(fixture_db, tmp_path / "out", ("KHM", "TON")))
    assert leftovers(tmp_path / "out") == []


@pytest.mark.parametrize("pack", [False, True])
def test_cancel_leaves_no_file(fixture_db, tmp_path, pack):
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 2

    with pytest.raises(batch.ExportCancelled, match="cancelled"):
        export(request(fixture_db, tmp_path / "out", pack=pack),
               lambda done, total: seen.append(done), cancel=cancel, workers=1)  # fmt: skip
    assert leftovers(tmp_path / "out") == []


def test_output_path_that_is_a_file_used_as_folder(fixture_db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export(request(fixture_db, blocker))
    with pytest.raises(ExportError, match="Not a directory"):
        export(request(fixture_db, blocker / "sub"))


def test_cli_export_end_to_end(fixture_db, tmp_path, capsys):
    out = tmp_path / "sheets"
    assert main(["--db", str(fixture_db), "export", "KHM", "-o", str(out)]) == 0
    assert leftovers(out) == ["KHM-cambodia.pdf"]
    assert "Cambodia" in pdf_text((out / "KHM-cambodia.pdf").read_bytes())
    # Again without --force: one line on stderr, exit 1, the file untouched.
    before = (out / "KHM-cambodia.pdf").read_bytes()
    assert main(["--db", str(fixture_db), "export", "KHM", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and err.count("\n") == 1
    assert (out / "KHM-cambodia.pdf").read_bytes() == before


def test_cli_pack_in_french(fixture_db, tmp_path):
    target = tmp_path / "pack.pdf"
    code = main(["--db", str(fixture_db), "--lang", "fr", "export", "--all", "--pack",
                 "--paper", "letter", "--low-ink", "-o", str(target)])  # fmt: skip
    assert code == 0
    text = pdf_text(target.read_bytes())
    assert "Sommaire" in text and "Cambodge" in text
