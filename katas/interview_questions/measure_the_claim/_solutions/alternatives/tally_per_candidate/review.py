"""Alternative: a Tally per candidate that runs and counts, and the verdict read from the signs."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

Run = Callable[[Any, list[int]], list[str]]


class Finding(NamedTuple):
    round_trips: int
    rows: int
    verdict: str


def sign(number: int) -> int:
    return (number > 0) - (number < 0)


VERDICTS = {
    (0, 0): "no gain",
    (-1, -1): "helps",
    (-1, 0): "helps",
    (0, -1): "helps",
    (1, 1): "worse",
    (1, 0): "worse",
    (0, 1): "worse",
    (-1, 1): "trade-off",
    (1, -1): "trade-off",
}


@dataclass
class Tally:
    run: Run
    round_trips: int = 0
    rows: int = 0
    answers: list[object] = field(default_factory=list)
    failed: bool = False

    def measure(self, workload: Any) -> None:
        store = workload.backend()
        try:
            self.answers.append(self.run(store, list(workload.ids)))
        except Exception:
            self.failed = True
            self.answers.append(None)
        finally:
            self.round_trips += store.round_trips
            self.rows += store.rows

    def against(self, baseline: "Tally") -> Finding:
        broken = self.failed or any(
            a != b for a, b in zip(self.answers, baseline.answers, strict=True)
        )
        signs = (sign(self.round_trips - baseline.round_trips), sign(self.rows - baseline.rows))
        verdict = "breaks" if broken else VERDICTS[signs]
        return Finding(self.round_trips, self.rows, verdict)


def review(
    baseline: Run, proposals: Mapping[str, Run], workloads: Sequence[Any]
) -> dict[str, Finding]:
    base = Tally(baseline)
    for workload in workloads:
        base.measure(workload)
    results = {}
    for name, run in proposals.items():
        tally = Tally(run)
        for workload in workloads:
            tally.measure(workload)
        results[name] = tally.against(base)
    return results
