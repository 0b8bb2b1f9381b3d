"""Import, remove and restore: build a new state, preview it, switch only when confirmed.

Every operation is "build completely, show the differences, ask, switch": the
``confirm`` callback sees the whole preview (the CLI prints it and asks, the
window shows it in a dialog) and nothing in use changes until it says yes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app import paths
from app.packs import states
from app.packs.diff import Change, diff
from app.packs.errors import PackError
from app.packs.merge import base_version, build_database
from app.packs.pack import Pack, open_pack, read_file, sha256_hex, verify_bytes
from app.packs.states import PackRef, State


@dataclass
class Plan:
    """A state built in staging and its differences from the data in use."""

    action: str  # "import", "remove"
    pack: Pack | None
    state: State | None  # None: back to the bundled data
    staged_db: Path
    changes: list[Change]
    warnings: list[str] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    source_file: Path | None = None


Confirm = Callable[[Plan], bool]


def current_database() -> Path:
    return paths.active_user_database() or paths.bundled_database()


def _ref(pack: Pack) -> PackRef:
    kind = "additions" if pack.is_additions else "full"
    return PackRef(pack.name, pack.version, pack.sha256, kind, pack.signer.status, pack.signer.label,
                   pack.row_count, pack.manifest.get("title", ""), pack.manifest.get("publisher", ""))  # fmt: skip


def _load_ref(ref: PackRef) -> Pack:
    """A pack of the active state, re-read from the user data folder (and re-verified)."""
    data = read_file(states.pack_file(ref.sha256))
    if sha256_hex(data) != ref.sha256:
        raise PackError(f"the stored copy of pack {ref.name} is damaged; restore or remove it first.")
    return verify_bytes(data, f"{ref.name}.lfpack")


def current_layers() -> tuple[Path | Pack, list[Pack]]:
    state = states.active_state()
    if state is None:
        return paths.bundled_sources_dir(), []
    base = _load_ref(state.base) if state.base else paths.bundled_sources_dir()
    return base, [_load_ref(ref) for ref in state.additions]


def _new_state(reason: str, base: Path | Pack, additions: list[Pack], staged_db: Path) -> State:
    import sqlite3

    conn = sqlite3.connect(f"file:{staged_db}?mode=ro", uri=True)
    try:
        version = conn.execute("SELECT value FROM dataset_info WHERE key = 'version'").fetchone()[0]
    finally:
        conn.close()
    return State(
        states.next_id(), datetime.now(UTC).replace(microsecond=0).isoformat(), reason, version,
        _ref(base) if isinstance(base, Pack) else None, tuple(_ref(p) for p in additions),
    )  # fmt: skip


def _layers_with(pack: Pack) -> tuple[Path | Pack, list[Pack]]:
    base, additions = current_layers()
    in_use = ([base] if isinstance(base, Pack) else []) + additions
    for other in in_use:
        if other.sha256 == pack.sha256:
            raise PackError(f"{pack.label} is already imported ({pack.name} {pack.version}); nothing changed.")
    if pack.is_additions:
        for other in additions:
            if other.name == pack.name and other.version == pack.version:
                raise PackError(f"{pack.label}: a different pack {pack.name} {pack.version} is already imported;"
                                " give the new one a new version; nothing changed.")  # fmt: skip
        # A newer version of the same additions pack replaces the old one.
        return base, [p for p in additions if p.name != pack.name] + [pack]
    in_use_version = base_version(base)
    if pack.manifest["updates"] != in_use_version:
        raise PackError(f"{pack.label} updates dataset {pack.manifest['updates']}, but the data in use is "
                        f"{in_use_version}; nothing imported.")  # fmt: skip
    return pack, additions


def _run(make_plan: Callable[[Path], Plan], confirm: Confirm) -> bool:
    """Build the plan under the data folder's lock, ask, and switch; False when declined."""
    with states.staging() as work:
        plan = make_plan(work)
        if not confirm(plan):
            return False
        _check_unchanged(plan)
        if plan.state is None:
            states.switch_to(None)  # nothing left on top: back to the bundled data
        else:
            states.commit(plan.staged_db, plan.state, plan.blobs)
        return True


def _check_unchanged(plan: Plan) -> None:
    """The preview may have stayed open for minutes: import only the file that was checked."""
    if plan.source_file is None or plan.pack is None:
        return
    if sha256_hex(read_file(plan.source_file)) != plan.pack.sha256:
        raise PackError(f"{plan.source_file.name} changed after it was checked; nothing imported "
                        "(import it again to check the new file).")  # fmt: skip


def _build(work: Path, base: Path | Pack, additions: list[Pack]) -> Path:
    from app.core.store import DatabaseError, Store

    staged = work / states.DB_NAME
    try:
        build_database(base, additions, work / "sources", staged)
    except OSError as exc:
        raise states.folder_error(exc) from None
    try:
        # The app's own checks at open, on the new file, before anything switches to it.
        with Store(staged) as store:
            store.dataset_info()
    except DatabaseError as exc:
        raise PackError(f"the new data would not open ({exc}); nothing imported.") from None
    return staged


def import_pack(path: Path, confirm: Confirm, allow_unsigned: bool = False) -> State | None:
    """Verify, build, preview, and on confirmation switch to the new data. None: declined."""
    try:
        pack = open_pack(path)
    except PackError as exc:  # the same sentence as `verify`, saying that nothing happened
        raise PackError(f"{str(exc).removesuffix('.')}; nothing imported.") from None
    warnings = []
    if not pack.signer.trusted:
        why = pack.signer.describe()
        if not allow_unsigned:
            raise PackError(f"{pack.label} is {why}; import it only if you trust where it came from "
                            "(--allow-unsigned); nothing imported.")  # fmt: skip
        warnings.append(f"{pack.label} is {why}: its figures will be marked unsigned wherever they show.")
    def plan(work: Path) -> Plan:
        base, additions = _layers_with(pack)  # under the lock: a concurrent import cannot be lost
        staged = _build(work, base, additions)
        state = _new_state(f"import {pack.name} {pack.version}", base, additions, staged)
        blobs = {p.sha256: p.data for p in ([base] if isinstance(base, Pack) else []) + additions}
        return Plan("import", pack, state, staged, diff(current_database(), staged), warnings, blobs, path)

    return states.active_state() if _run(plan, confirm) else None


def remove_pack(name: str, confirm: Confirm) -> bool:
    """Switch to data without pack ``name``: exactly its rows go (a full release: its base goes back
    to the bundled data). False when declined."""

    def plan(work: Path) -> Plan:
        base, additions = current_layers()
        if isinstance(base, Pack) and base.name == name:
            base = paths.bundled_sources_dir()
        elif any(p.name == name for p in additions):
            additions = [p for p in additions if p.name != name]
        else:
            raise PackError(f"no imported pack is named {name!r} (see: factsheets pack list); nothing changed.")
        if isinstance(base, Path) and not additions:
            staged, state = paths.bundled_database(), None
        else:
            staged = _build(work, base, additions)
            state = _new_state(f"remove {name}", base, additions, staged)
        blobs = {p.sha256: p.data for p in ([base] if isinstance(base, Pack) else []) + additions}
        return Plan("remove", None, state, staged, diff(current_database(), staged), [], blobs)

    return _run(plan, confirm)


def previous_state_id() -> str | None | bool:
    """The state before the active one; None for the bundled data; False if already there."""
    current = states.active_id()
    if current is None:
        return False
    earlier = [s.id for s in states.list_states() if s.id < current]
    return earlier[-1] if earlier else None


def restore_changes(target: str | None) -> list[Change]:
    """What going back would change; a damaged current database must not block the way back."""
    db = states.database_of(target) if target else paths.bundled_database()
    try:
        return diff(current_database(), db)
    except PackError:
        return []


def restore(target: str | None) -> None:
    """Switch to a kept state (None: the bundled data); nothing is rebuilt."""
    if target is not None and states.load_state(target) is None:
        known = ", ".join(s.id for s in states.list_states()) or "none"
        raise PackError(f"no kept state {target!r} (kept: {known}; or 'bundled'); nothing changed.")
    states.switch_to(target)
