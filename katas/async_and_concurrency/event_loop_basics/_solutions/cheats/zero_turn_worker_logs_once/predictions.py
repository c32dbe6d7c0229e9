"""Cheat: the ready queue is right, but a worker always logs its first turn.

A worker of 0 turns logs nothing at all; this one logs name + "1" anyway, as
if every task had at least one line to write.
"""

from collections import deque
from collections.abc import Iterator
from typing import Any

Step = tuple[Any, ...]

PREDICTIONS: dict[str, object] = {
    # create_task() queues the child; it runs when main awaits.
    "create_task_then_log": ["main", "child"],
    # Awaiting a coroutine runs it now, inside main: no task, no queue.
    "await_the_coroutine": ["child", "main"],
    # sleep(0) puts main behind the child in the queue.
    "create_task_then_sleep_zero": ["child", "main"],
    # Calling a coroutine function only makes a coroutine object; nothing runs it.
    "call_without_await": ["main"],
    # Each sleep(0) sends the task to the back of the queue: they take turns.
    "two_tasks_take_turns": ["a 1", "b 1", "a 2", "b 2"],
    # The loop keeps only weak references to tasks: the collector destroyed the job.
    "forgotten_task": ["job started"],
    # The set keeps the task alive until it is done, then the callback lets it go.
    "kept_task": ["job started", "job finished"],
}


def worker(name: str, turns: int, log: list[str]) -> Iterator[None]:
    log.append(f"{name}1")  # a task's first step always logs
    for turn in range(2, turns + 1):
        yield  # await asyncio.sleep(0)
        log.append(f"{name}{turn}")


def main(program: list[Step], log: list[str], ready: deque[Iterator[None]]) -> Iterator[None]:
    for step in program:
        if step[0] == "spawn":
            _, name, turns = step
            ready.append(worker(name, turns, log))  # create_task(): queued, not run
        else:
            yield  # await asyncio.sleep(0)
            log.append("main")
    # Awaiting the tasks logs nothing: main just waits until they are done.


def predict_log(program: list[Step]) -> list[str]:
    log: list[str] = []
    ready: deque[Iterator[None]] = deque()
    ready.append(main(program, log, ready))  # asyncio.run() queues main first
    while ready:
        task = ready.popleft()
        try:
            next(task)  # run it until its next await
        except StopIteration:
            continue  # done: it leaves the queue
        ready.append(task)
    return log
