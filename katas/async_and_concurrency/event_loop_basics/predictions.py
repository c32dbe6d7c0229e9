"""What runs when? The event loop, one step at a time.

asyncio runs on one thread. The event loop keeps a queue of the tasks that are
ready to run and runs them in turn: a task runs until an `await` makes it
wait, then the next task in the queue gets the thread.

Part 1. Each snippet in snippets.py appends to a list as it runs:

    log = []
    asyncio.run(snippet(log))   # what does `log` hold now?

Write what `log` holds after each snippet in PREDICTIONS. Think first; the
examples then run the snippets and compare.

Part 2. predict_log(program) says, without running anything, what one of the
programs described in programs.py logs, for any program (the list it is given
stays as it is). It reasons about the queue: it must not import snippets.py,
programs.py or asyncio, nor use exec() or eval().

    >>> predict_log([("spawn", "a", 2), ("pause",)])
    ['a1', 'main', 'a2']

Right now PREDICTIONS holds placeholders, and predict_log() thinks that
create_task() runs the whole task on the spot, like a function call. Nothing
runs on the spot: create_task() only puts the task in the queue.
"""

from typing import Any

#: ("spawn", name, turns) or ("pause",): see programs.py.
Step = tuple[Any, ...]

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... with what `log` holds at the end of the snippet.
    "create_task_then_log": ...,
    "await_the_coroutine": ...,
    "create_task_then_sleep_zero": ...,
    "call_without_await": ...,
    "two_tasks_take_turns": ...,
    "forgotten_task": ...,
    "kept_task": ...,
}


def predict_log(program: list[Step]) -> list[str]:
    log: list[str] = []
    for step in program:
        if step[0] == "spawn":
            _, name, turns = step
            # TODO: create_task() runs nothing yet. When does the task run, and for how long?
            log += [f"{name}{turn}" for turn in range(1, turns + 1)]
        else:
            log.append("main")
    return log
