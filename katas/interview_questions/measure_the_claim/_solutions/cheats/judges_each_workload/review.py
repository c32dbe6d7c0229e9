"""Cheat: judges each workload on its own and sums up the verdicts, not the counts.

Differs: each_customer_once on an empty workload (1 round trip more) and on (1, 2) (1 fewer)
-> "trade-off"; its totals are the baseline's, so it is "no gain".
"""

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

Run = Callable[[Any, list[int]], list[str]]


class Finding(NamedTuple):
    round_trips: int
    rows: int
    verdict: str


def review(
    baseline: Run, proposals: Mapping[str, Run], workloads: Sequence[Any]
) -> dict[str, Finding]:
    expected = []
    costs = []
    baseline_trips = baseline_rows = 0
    for workload in workloads:
        backend = workload.backend()
        expected.append(baseline(backend, list(workload.ids)))
        baseline_trips += backend.round_trips
        baseline_rows += backend.rows
        costs.append((backend.round_trips, backend.rows))
    findings = {}
    for name, run in proposals.items():
        trips = rows = 0
        broken = False
        seen = set()
        for workload, answer, cost in zip(workloads, expected, costs, strict=True):
            backend = workload.backend()
            try:
                broken |= run(backend, list(workload.ids)) != answer
            except Exception:
                broken = True
            trips += backend.round_trips
            rows += backend.rows
            seen.add(_verdict(False, backend.round_trips - cost[0], backend.rows - cost[1]))
        seen.discard("no gain")
        if broken:
            verdict = "breaks"
        elif not seen:
            verdict = "no gain"
        elif len(seen) == 1:
            verdict = seen.pop()
        else:
            verdict = "trade-off"
        findings[name] = Finding(trips, rows, verdict)
    return findings


def _verdict(broken: bool, more_trips: int, more_rows: int) -> str:
    if broken:
        return "breaks"
    if more_trips == more_rows == 0:
        return "no gain"
    if more_trips <= 0 and more_rows <= 0:
        return "helps"
    if more_trips >= 0 and more_rows >= 0:
        return "worse"
    return "trade-off"
