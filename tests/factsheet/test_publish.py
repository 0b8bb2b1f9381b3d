"""Publishing without replacing: every fallback refuses a taken name, and a failed batch is taken back."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.factsheet import publish


def temps(folder: Path, count: int) -> list[tuple[Path, Path]]:
    pairs = []
    for i in range(count):
        temp = publish.temp_path(folder, "0123abcd", i)
        temp.write_bytes(f"sheet {i}".encode())
        pairs.append((temp, folder / f"S{i}.pdf"))
    return pairs


def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # what FAT and exFAT answer

    monkeypatch.setattr(os, "link", refuse)


@pytest.mark.parametrize("fallback", ["link", "renameat2", "exclusive-copy"])
def test_every_way_of_placing_refuses_a_taken_name(tmp_path: Path, monkeypatch, fallback: str) -> None:
    if fallback != "link":
        no_hard_links(monkeypatch)
    if fallback == "exclusive-copy":
        def unsupported(src: Path, dst: Path) -> None:
            raise OSError(errno.EINVAL, "Invalid argument")

        monkeypatch.setattr(publish, "_renameat2_noreplace", unsupported)
    (temp, target), (temp2, taken) = temps(tmp_path, 2)
    taken.symlink_to(tmp_path / "nowhere")  # dangling: Path.exists() would say False
    publish.place_new(temp, target)
    assert target.read_bytes() == b"sheet 0"
    with pytest.raises(FileExistsError):
        publish.place_new(temp2, taken)
    assert taken.is_symlink() and not taken.exists()


def test_a_conflict_takes_the_whole_batch_back(tmp_path: Path) -> None:
    pairs = temps(tmp_path, 3)
    pairs[2][1].write_bytes(b"the user's")
    with pytest.raises(publish.Conflict) as info:
        publish.publish(pairs, replace=False, token="0123abcd")
    assert info.value.target == pairs[2][1]
    assert not pairs[0][1].exists() and not pairs[1][1].exists()
    assert pairs[2][1].read_bytes() == b"the user's"


def test_replace_restores_the_old_files_when_the_batch_fails(tmp_path: Path, monkeypatch) -> None:
    pairs = temps(tmp_path, 2)
    for _, target in pairs:
        target.write_bytes(b"old")
    real_place, calls = publish.place_new, []

    def second_fails(temp: Path, target: Path) -> None:
        calls.append(target)
        if len(calls) == 4:  # 1st: exists, 2nd: placed after moving aside, 3rd: exists, 4th: fails
            raise OSError(errno.ENOSPC, "No space left on device")
        real_place(temp, target)

    monkeypatch.setattr(publish, "place_new", second_fails)
    with pytest.raises(OSError):
        publish.publish(pairs, replace=True, token="0123abcd")
    assert [t.read_bytes() for _, t in pairs] == [b"old", b"old"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".old") == []


def test_replace_keeps_no_backup_on_success(tmp_path: Path) -> None:
    pairs = temps(tmp_path, 2)
    pairs[0][1].write_bytes(b"old")
    publish.publish(pairs, replace=True, token="0123abcd")
    assert pairs[0][1].read_bytes() == b"sheet 0"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".old")]


def test_the_folder_lock_is_exclusive_and_leaves_no_file(tmp_path: Path) -> None:
    with publish.folder_lock(tmp_path) as first, publish.folder_lock(tmp_path) as second:
        assert first and not second
    with publish.folder_lock(tmp_path) as again:
        assert again
    assert list(tmp_path.iterdir()) == []


def test_stale_temporary_files_are_those_of_dead_processes(tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above the default pid_max: no such process
    (tmp_path / f".factsheets-{dead}-0123abcd-0.part").write_bytes(b"x")
    (tmp_path / f".factsheets-{dead}-0123abcd-1.old").write_bytes(b"x")
    (tmp_path / f".factsheets-{os.getpid()}-0123abcd-0.part").write_bytes(b"x")
    (tmp_path / ".KHM-cambodia.pdf.0123abcd.part").write_bytes(b"x")  # the old naming, fresh
    (tmp_path / "KHM.pdf").write_bytes(b"x")
    assert publish.remove_stale_temps(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".KHM-cambodia.pdf.0123abcd.part", f".factsheets-{os.getpid()}-0123abcd-0.part", "KHM.pdf"]  # fmt: skip
    old = tmp_path / ".KHM-cambodia.pdf.0123abcd.part"
    os.utime(old, (0, 0))  # abandoned long ago
    assert publish.remove_stale_temps(tmp_path) == 1 and not old.exists()


def test_temporary_names_are_short_whatever_the_target(tmp_path: Path) -> None:
    assert len(publish.temp_path(tmp_path, "0123abcd", 199).name) < 48
