"""Cheat: predict_log() rebuilds the program with asyncio and runs it on an event loop.

It never imports programs.py, but it runs the very code it should reason
about: asyncio gives the answer, no model of the ready queue does.
"""

import asyncio
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


async def _worker(name: str, turns: int, log: list[str]) -> None:
    for turn in range(1, turns + 1):
        if turn > 1:
            await asyncio.sleep(0)
        log.append(f"{name}{turn}")


async def _main(program: list[Step], log: list[str]) -> None:
    tasks = []
    for step in program:
        if step[0] == "spawn":
            tasks.append(asyncio.create_task(_worker(step[1], step[2], log)))
        else:
            await asyncio.sleep(0)
            log.append("main")
    for task in tasks:
        await task


def predict_log(program: list[Step]) -> list[str]:
    log: list[str] = []
    asyncio.run(_main(program, log))
    return log
