"""Find the input files of a corpus run: every regular file under the given paths, hashed.

Files are told apart by content later (parsers.sniff), so nothing is skipped by its name. What cannot
be an input (a symlink loop, a dangling link, a FIFO, a file that cannot be opened) is kept as an
error row, so every path the walk meets ends somewhere in the dataset.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field

_HASH_CHUNK = 1 << 20


@dataclass(slots=True)
class Input:
    """One path met by the walk: hashed (`sha256`) or failed (`problem`, a one-line reason)."""

    path: str
    sha256: str | None = None
    size: int = 0
    problem: str | None = None


@dataclass
class Discovery:
    inputs: list[Input] = field(default_factory=list)

    @property
    def readable(self) -> list[Input]:
        return [i for i in self.inputs if i.problem is None]

    @property
    def failed(self) -> list[Input]:
        return [i for i in self.inputs if i.problem is not None]

    def unique(self) -> dict[str, list[Input]]:
        """sha256 -> the inputs holding that content, first path (sorted) first."""
        groups: dict[str, list[Input]] = {}
        for item in self.readable:
            groups.setdefault(item.sha256, []).append(item)
        return groups


def discover(paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()) -> Discovery:
    """Walk files and folders (following symlinks, once per real folder), in sorted order.

    `exclude` names folders never entered (the run's own output folder).
    """
    excluded = {os.path.realpath(p) for p in exclude}
    found = Discovery()
    seen_paths: set[str] = set()
    for root in paths:
        _walk(str(root), found, seen_paths, excluded, set())
    found.inputs.sort(key=lambda i: i.path)
    return found


def _walk(path: str, found: Discovery, seen_paths: set[str], excluded: set[str], ancestors: set) -> None:
    if path in seen_paths:
        return
    try:
        st = os.stat(path)
    except OSError as err:
        seen_paths.add(path)
        found.inputs.append(Input(path, problem=_stat_problem(path, err)))
        return
    if stat.S_ISDIR(st.st_mode):
        real = os.path.realpath(path)
        if real in excluded:
            return
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            seen_paths.add(path)
            found.inputs.append(Input(path, problem=f"symlink loop: folder leads back to its parent {real}"))
            return
        try:
            names = sorted(os.listdir(path))
        except OSError as err:
            seen_paths.add(path)
            found.inputs.append(Input(path, problem=f"cannot list folder: {err.strerror or err}"))
            return
        for name in names:
            _walk(os.path.join(path, name), found, seen_paths, excluded, ancestors | {key})
        return
    seen_paths.add(path)
    if not stat.S_ISREG(st.st_mode):
        found.inputs.append(Input(path, size=0, problem=f"not a regular file ({_kind(st.st_mode)})"))
        return
    try:
        sha = _sha256(path)
    except OSError as err:
        found.inputs.append(Input(path, size=st.st_size, problem=f"cannot read: {err.strerror or err}"))
        return
    found.inputs.append(Input(path, sha256=sha, size=st.st_size))


def _stat_problem(path: str, err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symlink loop: the link resolves to itself"
    if err.errno == errno.ENOENT and os.path.islink(path):
        return f"dangling symlink to {os.readlink(path)}"
    return f"cannot read: {err.strerror or err}"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

