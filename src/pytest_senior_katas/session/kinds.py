"""Kata kinds as kata mode sees them: how each kind's katas are run and judged.

Every kind of kata has a :class:`Kind` in :data:`KINDS`. A kind that runs or
judges its katas differently gets a module beside this one, with a class that
has the methods of :class:`Kind` (no need to import it), and its entry here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from ..core.catalog import KINDS as KIND_NAMES
from ..core.catalog import Kata
from ..core.judge import Outcome, Verdict
from .examples_then_properties import ExamplesThenProperties
from .write_tests import WriteTests


class Kind(Protocol):
    """How kata mode runs and judges the katas of one kind."""

    def phase(self, kata: Kata, path: Path) -> str:
        """The phase of the kata's tests in the file ``path`` (what the judge weighs)."""
        ...

    def skip_reason(self, kata: Kata, path: Path, outcomes: Sequence[Outcome]) -> str | None:
        """Why a test in ``path`` is skipped, given the kata's outcomes so far; None: it runs."""
        ...

    def judge(self, kata: Kata, outcomes: Sequence[Outcome]) -> Verdict | None:
        """The kata's verdict from the outcomes of its tests; None when none of them ran."""
        ...


EXAMPLES_THEN_PROPERTIES = ExamplesThenProperties()

#: The :class:`Kind` of each kind name that ``kata.toml`` accepts.
KINDS: dict[str, Kind] = {name: EXAMPLES_THEN_PROPERTIES for name in KIND_NAMES}
KINDS["write-tests"] = WriteTests()


def kind_of(kata: Kata) -> Kind:
    return KINDS.get(kata.kind, EXAMPLES_THEN_PROPERTIES)
