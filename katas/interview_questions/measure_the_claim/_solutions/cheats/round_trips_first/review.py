"""Cheat: knows the prefetch's trade-off (fewer round trips, more rows), then ranks by round trips first.

Differs: fewer rows for more round trips (a cache plus wasted calls) -> "worse" (should be "trade-off").
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
    baseline_trips = baseline_rows = 0
    for workload in workloads:
        backend = workload.backend()
        expected.append(baseline(backend, list(workload.ids)))
        baseline_trips += backend.round_trips
        baseline_rows += backend.rows
    findings = {}
    for name, run in proposals.items():
        trips = rows = 0
        broken = False
        for workload, answer in zip(workloads, expected, strict=True):
            backend = workload.backend()
            try:
                broken |= run(backend, list(workload.ids)) != answer
            except Exception:
                broken = True
            trips += backend.round_trips
            rows += backend.rows
        findings[name] = Finding(
            trips, rows, _verdict(broken, trips - baseline_trips, rows - baseline_rows)
        )
    return findings


def _verdict(broken: bool, more_trips: int, more_rows: int) -> str:
    if broken:
        return "breaks"
    if more_trips == more_rows == 0:
        return "no gain"
    if more_trips < 0 < more_rows:
        return "trade-off"  # the prefetch: fewer trips, more rows
    if (more_trips, more_rows) < (0, 0):
        return "helps"
    return "worse"
