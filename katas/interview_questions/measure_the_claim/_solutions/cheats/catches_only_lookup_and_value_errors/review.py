"""Blind cheat: catches only the errors a lookup "should" raise (LookupError, ValueError, TypeError), so any other Exception from a proposal escapes review() instead of giving "breaks".

Differs on: a proposal that raises RuntimeError("pool closed") -> review() raises
RuntimeError instead of returning its Finding with verdict "breaks".
"""

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .harness import Workload
from .proposals import Run


class Finding(NamedTuple):
    round_trips: int
    rows: int
    verdict: str


def _verdict(broken: bool, dt: int, dr: int) -> str:
    if broken:
        return "breaks"
    if dt == 0 and dr == 0:
        return "no gain"
    if dt <= 0 and dr <= 0:
        return "helps"
    if dt >= 0 and dr >= 0:
        return "worse"
    return "trade-off"


def review(
    baseline: Run, proposals: Mapping[str, Run], workloads: Sequence[Workload]
) -> dict[str, Finding]:
    answers = []
    base_trips = base_rows = 0
    for workload in workloads:
        backend = workload.backend()
        answers.append(baseline(backend, list(workload.ids)))
        base_trips += backend.round_trips
        base_rows += backend.rows
    findings = {}
    for name, run in proposals.items():
        trips = rows = 0
        broken = False
        for workload, expected in zip(workloads, answers):
            backend = workload.backend()
            try:
                if run(backend, list(workload.ids)) != expected:
                    broken = True
            except (LookupError, ValueError, TypeError):
                broken = True
            trips += backend.round_trips
            rows += backend.rows
        findings[name] = Finding(
            trips, rows, _verdict(broken, trips - base_trips, rows - base_rows)
        )
    return findings
