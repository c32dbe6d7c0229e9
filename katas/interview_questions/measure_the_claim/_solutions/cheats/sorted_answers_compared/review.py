"""Blind cheat: compares each answer with the baseline's after sorting, so a proposal that returns the right names in the wrong order is not "breaks".

Differs on: a proposal returning list(reversed(one_by_one(backend, ids))) on Workload({1: "Ada", 2: "Bo"}, (1, 2))
-> verdict "no gain" instead of "breaks".
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
                if sorted(run(backend, list(workload.ids))) != sorted(expected):  # same names?
                    broken = True
            except Exception:
                broken = True
            trips += backend.round_trips
            rows += backend.rows
        findings[name] = Finding(
            trips, rows, _verdict(broken, trips - base_trips, rows - base_rows)
        )
    return findings
