"""What the parts of one kata-mode run share: its inputs, and what it has seen so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from ..core.catalog import Catalog, Kata
from ..core.judge import Outcome
from ..core.progress import Progress
from .kinds import kind_of
from .selection import Selection


@dataclass
class KataRun:
    """One ``pytest --katas`` run, built once by :meth:`.mode.KataSession.start`."""

    config: pytest.Config
    catalog: Catalog
    state_path: Path
    progress: Progress
    #: Seconds per test (``katas_timeout``); 0 means no limit.
    timeout: float
    today: date
    #: One line each, shown at the top of the summary.
    warnings: list[str]
    #: Whether the lines that tests run are recorded, for the special-casing check.
    special_cases: bool
    selection: Selection
    #: kata id -> what happened to its tests and its collection, in order.
    outcomes: dict[str, list[Outcome]] = field(default_factory=dict)
    #: kata id -> phase -> learner file (relative to the kata) -> lines its tests ran.
    lines_run: dict[str, dict[str, dict[str, set[int]]]] = field(default_factory=dict)
    #: Why the special-casing check cannot run in this run (another tracer is active),
    #: or None. A kata that needs the check is then ``unconfirmed``, never ``solved``.
    unconfirmable: str | None = None

    @property
    def is_worker(self) -> bool:
        """Whether this process is a pytest-xdist worker (the controller judges and saves)."""
        return hasattr(self.config, "workerinput")

    def kata_of(self, path: Path) -> Kata | None:
        return self.catalog.kata_for_path(path)

    def locate(self, nodeid: str) -> tuple[Kata | None, str]:
        """The kata and the phase of a test or collector, from its node id."""
        path = self.config.rootpath / nodeid.split("::")[0]
        kata = self.kata_of(path)
        if kata is None:
            return None, ""
        return kata, kind_of(kata).phase(kata, path)

    def add(self, kata: Kata, outcome: Outcome) -> None:
        self.outcomes.setdefault(kata.id, []).append(outcome)
