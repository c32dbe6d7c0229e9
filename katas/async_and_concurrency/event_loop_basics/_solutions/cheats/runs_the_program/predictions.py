"""Cheat: the predictions are right, but predict_log() runs the program to read its log.

It asks asyncio instead of reasoning about the queue: the rule must say what a
program logs without running anything (and a rule that runs the code it is
about predicts nothing).
"""

from typing import Any

from .programs import run

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


def predict_log(program: list[Step]) -> list[str]:
    return run(program)
