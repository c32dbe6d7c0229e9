"""Blind cheat: caches the decision per job name, so a job whose profile changes keeps
its first pool.

Differs on executor_for(Job("nightly", 100, 90)) then
executor_for(Job("nightly", 100, 10)): the second should be "threads", this
returns "processes" again.
"""

from dataclasses import dataclass
from typing import Literal

Executor = Literal["threads", "processes"]


@dataclass(frozen=True)
class Job:
    name: str
    wall_ms: int  # start to finish
    cpu_ms: int  # of which computing; the rest is waiting


_decided: dict[str, Executor] = {}  # the runner asks about the same jobs every night


def executor_for(job: Job) -> Executor:
    if job.name not in _decided:
        _decided[job.name] = "processes" if job.cpu_ms * 2 > job.wall_ms else "threads"
    return _decided[job.name]
