"""The one error a parser raises for input it cannot read, with a one-line reason."""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a report; `stage` says where it failed."""

    def __init__(self, path: str, problem: str, stage: str = "read") -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.stage = stage
