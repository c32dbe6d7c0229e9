"""Cheat: `return_exceptions=True`, so that "one bad widget does not break the page".

A failed request comes back as an exception object in the middle of the page,
and the caller renders it as if it were a widget.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Api(Protocol):
    async def get(self, name: str) -> str: ...


async def load_widgets(names: Sequence[str], api: Api) -> list[str]:
    return await asyncio.gather(*(api.get(name) for name in names), return_exceptions=True)
