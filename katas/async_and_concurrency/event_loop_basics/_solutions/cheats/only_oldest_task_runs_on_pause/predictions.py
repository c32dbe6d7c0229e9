"""Blind cheat: a pause hands the thread to only the oldest waiting task for one turn,
then main resumes.

Differs on [("spawn", "a", 2), ("spawn", "b", 2), ("pause",)]: correct is
['a1', 'b1', 'main', 'a2', 'b2'] (main goes to the back of the queue, behind
every ready task); this returns ['a1', 'main', 'b1', 'a2', 'b2'].
"""

from collections import deque
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
    log: list[str] = []
    waiting: deque[list[Any]] = deque()  # [name, turns done, turns]

    def one_turn() -> None:
        task = waiting.popleft()
        task[1] += 1
        log.append(f"{task[0]}{task[1]}")
        if task[1] < task[2]:
            waiting.append(task)

    for step in program:
        if step[0] == "spawn":
            _, name, turns = step
            waiting.append([name, 0, turns])
        else:
            # sleep(0) lets the task that has waited longest have the thread
            if waiting:
                one_turn()
            log.append("main")
    while waiting:  # main is done: the others take turns
        one_turn()
    return log
