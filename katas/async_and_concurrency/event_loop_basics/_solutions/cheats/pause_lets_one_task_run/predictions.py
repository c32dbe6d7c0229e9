"""Cheat: a pause lets *one* waiting task take a step, then main goes on.

It gets single tasks right, and the turns tasks take once main is done. But
sleep(0) puts main at the back of the queue: every task already waiting runs a
step before main gets the thread back, not only the first one.
"""

from collections import deque
from typing import Any

Step = tuple[Any, ...]

PREDICTIONS: dict[str, object] = {
    "create_task_then_log": ["main", "child"],
    "await_the_coroutine": ["child", "main"],
    "create_task_then_sleep_zero": ["child", "main"],
    "call_without_await": ["main"],
    "two_tasks_take_turns": ["a 1", "b 1", "a 2", "b 2"],
    "forgotten_task": ["job started"],
    "kept_task": ["job started", "job finished"],
}


def predict_log(program: list[Step]) -> list[str]:
    log: list[str] = []
    tasks: deque[list[str]] = deque()  # the logs each task has still to write

    def one_step() -> None:
        logs = tasks.popleft()
        log.append(logs.pop(0))
        if logs:
            tasks.append(logs)

    for step in program:
        if step[0] == "spawn":
            _, name, turns = step
            tasks.append([f"{name}{turn}" for turn in range(1, turns + 1)])
        else:
            if tasks:
                one_step()
            log.append("main")
    while tasks:
        one_step()
    return log
