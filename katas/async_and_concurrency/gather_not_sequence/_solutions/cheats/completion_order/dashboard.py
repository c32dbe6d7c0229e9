"""Blind cheat: all requests in flight, but the bodies are collected in the order the
replies arrive.

Differs when an earlier widget is slower than a later one, e.g. names
["slow", "fast"] where "slow" takes 50 ms and "fast" 1 ms: correct is
["<slow>", "<fast>"], this returns ["<fast>", "<slow>"].
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Api(Protocol):
    async def get(self, name: str) -> str: ...


async def load_widgets(names: Sequence[str], api: Api) -> list[str]:
    requests = [asyncio.ensure_future(api.get(name)) for name in names]
    return [await reply for reply in asyncio.as_completed(requests)]
