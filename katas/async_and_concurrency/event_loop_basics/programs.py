"""The programs of predictions.py's Part 2, and how the tests run them. Do not edit.

A program is the list of steps main() takes, one after the other:

    ("spawn", "a", 2)   asyncio.create_task(worker("a", 2)); main goes on at once
    ("pause",)          await asyncio.sleep(0), then log "main"

After its last step, main awaits every task it spawned, and logs nothing more.
worker(name, turns) logs name + "1", name + "2", ... up to name + str(turns),
with an `await asyncio.sleep(0)` between one log and the next. A name is any
string (two tasks may share one); turns is 0 or more (0 logs nothing).
"""

import asyncio
from typing import Any

#: ("spawn", name, turns) or ("pause",)
Step = tuple[Any, ...]


async def worker(name: str, turns: int, log: list[str]) -> None:
    for turn in range(1, turns + 1):
        if turn > 1:
            await asyncio.sleep(0)
        log.append(f"{name}{turn}")


async def main(program: list[Step], log: list[str]) -> None:
    tasks = []
    for step in program:
        if step[0] == "spawn":
            _, name, turns = step
            tasks.append(asyncio.create_task(worker(name, turns, log)))
        else:
            await asyncio.sleep(0)
            log.append("main")
    for task in tasks:
        await task


def run(program: list[Step]) -> list[str]:
    """What the program really logs."""
    log: list[str] = []
    asyncio.run(main(program, log))
    return log
