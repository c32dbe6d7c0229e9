"""Cheat: every request runs at once, but each body is appended when its reply arrives.

The page is in the order the backend answered, not the order of the names: as
soon as one widget is slower than the next, the widgets swap places.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Api(Protocol):
    async def get(self, name: str) -> str: ...


async def load_widgets(names: Sequence[str], api: Api) -> list[str]:
    bodies: list[str] = []

    async def load(name: str) -> None:
        bodies.append(await api.get(name))

    await asyncio.gather(*(load(name) for name in names))
    return bodies
