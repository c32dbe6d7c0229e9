"""Blind cheat: makes one list(workload.ids) per workload and hands the same list to the baseline and every proposal, so a run that changes its list changes what the next runs see.

Differs on: a proposal that does ids.sort() (or ids.clear()) before answering, followed by
another proposal: the second is measured on the sorted/emptied ids and judged "breaks"/wrong counts.
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
    id_lists = [list(workload.ids) for workload in workloads]  # copy once, not per run
    answers = []
    base_trips = base_rows = 0
    for workload, ids in zip(workloads, id_lists):
        backend = workload.backend()
        answers.append(baseline(backend, ids))
        base_trips += backend.round_trips
        base_rows += backend.rows
    findings = {}
    for name, run in proposals.items():
        trips = rows = 0
        broken = False
        for workload, ids, expected in zip(workloads, id_lists, answers):
            backend = workload.backend()
            try:
                if run(backend, ids) != expected:
                    broken = True
            except Exception:
                broken = True
            trips += backend.round_trips
            rows += backend.rows
        findings[name] = Finding(
            trips, rows, _verdict(broken, trips - base_trips, rows - base_rows)
        )
    return findings
