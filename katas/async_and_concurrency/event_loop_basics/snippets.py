"""The code predictions.py is about, Part 1. Read it, do not edit it: the tests run it.

Each snippet appends to `log` as it runs, and is run like this:

    log = []
    asyncio.run(snippet(log))
"""

import asyncio
import gc
import weakref
from collections.abc import Awaitable, Callable


async def child(log: list[str]) -> None:
    log.append("child")


async def create_task_then_log(log: list[str]) -> None:
    task = asyncio.create_task(child(log))
    log.append("main")
    await task


async def await_the_coroutine(log: list[str]) -> None:
    await child(log)
    log.append("main")


async def create_task_then_sleep_zero(log: list[str]) -> None:
    task = asyncio.create_task(child(log))
    await asyncio.sleep(0)
    log.append("main")
    await task


async def call_without_await(log: list[str]) -> None:
    child(log)  # Python warns: "coroutine 'child' was never awaited"
    log.append("main")


async def two_tasks_take_turns(log: list[str]) -> None:
    async def worker(name: str) -> None:
        log.append(f"{name} 1")
        await asyncio.sleep(0)
        log.append(f"{name} 2")

    await asyncio.gather(worker("a"), worker("b"))


# A library that waits on something Python cannot see: a socket inside C code, say.
# It keeps no reference to the future the job waits on, only a weak one.
waiting: "weakref.WeakSet[asyncio.Future[None]]" = weakref.WeakSet()


async def job(log: list[str]) -> None:
    log.append("job started")
    reply = asyncio.get_running_loop().create_future()
    waiting.add(reply)
    await reply
    log.append("job finished")


async def then_the_reply_comes(log: list[str]) -> None:
    await asyncio.sleep(0)  # the job starts, and waits for its reply
    gc.collect()  # the garbage collector runs (it would, sooner or later)
    for reply in list(waiting):
        if not reply.done():
            reply.set_result(None)  # the reply arrives
    for _ in range(3):
        await asyncio.sleep(0)  # the job gets a few turns to finish


async def forgotten_task(log: list[str]) -> None:
    asyncio.create_task(job(log))  # noqa: RUF006 (ruff knows: this is the snippet's point)
    await then_the_reply_comes(log)


background: set["asyncio.Task[None]"] = set()


async def kept_task(log: list[str]) -> None:
    task = asyncio.create_task(job(log))
    background.add(task)
    task.add_done_callback(background.discard)
    del task
    await then_the_reply_comes(log)


#: name -> snippet
SNIPPETS: dict[str, Callable[[list[str]], Awaitable[None]]] = {
    "create_task_then_log": create_task_then_log,
    "await_the_coroutine": await_the_coroutine,
    "create_task_then_sleep_zero": create_task_then_sleep_zero,
    "call_without_await": call_without_await,
    "two_tasks_take_turns": two_tasks_take_turns,
    "forgotten_task": forgotten_task,
    "kept_task": kept_task,
}
