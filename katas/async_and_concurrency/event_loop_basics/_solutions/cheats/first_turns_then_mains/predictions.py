"""Blind cheat: every task's first turn comes first, then all of main's lines, then the
remaining turns in rotation, wherever the pauses are.

Differs on [("pause",), ("spawn", "a", 1)]: correct is ['main', 'a1'], this
returns ['a1', 'main']; and on [("spawn", "a", 3), ("pause",), ("pause",)]:
correct ['a1', 'main', 'a2', 'main', 'a3'], this ['a1', 'main', 'main', 'a2', 'a3'].
"""

from typing import Any

#: ("spawn", name, turns) or ("pause",): see programs.py.
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
    spawned = [(step[1], step[2]) for step in program if step[0] == "spawn"]
    pauses = sum(1 for step in program if step[0] == "pause")
    # create_task() only queues the task: it starts once main gives the thread up
    log = [f"{name}1" for name, turns in spawned if turns >= 1]
    log += ["main"] * pauses
    for turn in range(2, max((turns for _, turns in spawned), default=0) + 1):
        log += [f"{name}{turn}" for name, turns in spawned if turns >= turn]
    return log
