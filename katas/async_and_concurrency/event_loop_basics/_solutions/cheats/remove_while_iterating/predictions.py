"""Blind cheat: removes finished tasks from the list it is looping over, so the task
after a finished one skips its turn.

Differs on [("spawn", "a", 1), ("spawn", "b", 1), ("pause",)]: correct is
['a1', 'b1', 'main']; a finishes, is removed mid-loop, b is skipped until
main is done: this returns ['a1', 'main', 'b1'].
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
    log: list[str] = []
    tasks: list[list[Any]] = []  # [name, turns done, turns], in the order of the queue

    def everyone_takes_a_turn() -> None:
        for task in tasks:
            task[1] += 1
            log.append(f"{task[0]}{task[1]}")
            if task[1] == task[2]:
                tasks.remove(task)

    for step in program:
        if step[0] == "spawn":
            _, name, turns = step
            tasks.append([name, 0, turns])
        else:
            everyone_takes_a_turn()  # main goes to the back of the queue
            log.append("main")
    while tasks:
        everyone_takes_a_turn()
    return log
