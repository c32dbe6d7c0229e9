"""Blind cheat: classifies jobs by words in their name, falling back to the old wall-time rule.

Differs on Job("nightly report", wall_ms=2000, cpu_ms=100): correct is
"threads" (it mostly waits), this returns "processes"; and
Job("download and decode", wall_ms=1000, cpu_ms=900) goes to "threads".
"""

from dataclasses import dataclass
from typing import Literal

Executor = Literal["threads", "processes"]


@dataclass(frozen=True)
class Job:
    name: str
    wall_ms: int  # start to finish
    cpu_ms: int  # of which computing; the rest is waiting


IO_WORDS = ("download", "upload", "fetch", "check", "ping", "query", "sync", "send")
CPU_WORDS = ("resize", "train", "compress", "encode", "render", "hash")


def executor_for(job: Job) -> Executor:
    name = job.name.lower()
    if any(word in name for word in IO_WORDS):
        return "threads"
    if any(word in name for word in CPU_WORDS):
        return "processes"
    return "processes" if job.wall_ms >= 1000 else "threads"
