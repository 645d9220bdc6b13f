"""The one error a corpus run raises for a problem with the run itself (not with one file)."""

from __future__ import annotations


class BuildError(Exception):
    """A run that cannot start: a bad manifest, an unreachable cluster. The message is one line."""
