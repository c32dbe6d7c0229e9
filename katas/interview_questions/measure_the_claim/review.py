"""Settle the design review with counts, not opinions.

The report names customers one by one (proposals.one_by_one), and the review
brought proposals: a cache, batching, a tighter loop, a prefetch. Each comes
with a claim. review() measures every claim on the workloads it is given and
says which proposals help. Contract:

review(baseline, proposals, workloads) -> dict[str, Finding]
    baseline: a run, run(backend, ids) -> list[str] (see proposals.py), that
        does not raise on these workloads: the behaviour and cost to beat.
    proposals: a mapping of name -> run; the answer has one Finding per name.
    workloads: a sequence of harness.Workload (possibly empty), left as it is.

    Every run, the baseline's and each proposal's, happens exactly ONCE per
    workload, in the workloads' order, on a fresh store (workload.backend())
    and a list of its own (list(workload.ids)): no run can see another's
    counters or changes. A run may keep state between its own calls (a cache);
    that is part of what is measured.

Finding(round_trips, rows, verdict)
    round_trips, rows: the proposal's totals over all workloads, read from
        the stores' counters after each run (a run that raised counts what it
        did before it raised).
    verdict, by these rules, in this order:
        "breaks"     on some workload the run raised an Exception, or returned
                     something that is not == the baseline's result there
                     (what is not an Exception, such as KeyboardInterrupt or
                     SystemExit, propagates: review() does not swallow it)
        "no gain"    both totals equal the baseline's
        "helps"      neither total above the baseline's, one below
        "worse"      neither total below the baseline's, one above
        "trade-off"  one total below the baseline's, the other above

    >>> review(one_by_one, {"batched": batched}, [Workload({1: "Ada", 2: "Bo"}, (1, 2, 1))])
    {'batched': Finding(round_trips=1, rows=2, verdict='helps')}

Right now review() counts only round trips, takes every answer on trust and
stops at the first exception: the prefetch looks free, and a fast wrong
answer "helps". Measure everything the rules above need.
"""

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .harness import Workload
from .proposals import Run


class Finding(NamedTuple):
    round_trips: int
    rows: int
    verdict: str


def review(
    baseline: Run, proposals: Mapping[str, Run], workloads: Sequence[Workload]
) -> dict[str, Finding]:
    baseline_trips = 0
    for workload in workloads:
        backend = workload.backend()
        baseline(backend, list(workload.ids))
        baseline_trips += backend.round_trips
    findings = {}
    for name, run in proposals.items():
        trips = 0
        for workload in workloads:
            backend = workload.backend()
            run(backend, list(workload.ids))  # TODO: is the answer still right?
            trips += backend.round_trips
        verdict = "helps" if trips < baseline_trips else "no gain"  # TODO: rows, worse, breaks
        findings[name] = Finding(trips, 0, verdict)
    return findings
