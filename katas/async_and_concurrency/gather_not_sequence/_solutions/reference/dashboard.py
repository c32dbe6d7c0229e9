"""Reference: gather() starts every request, then waits for all of them.

The results come back in the order of the arguments, whatever order the replies
arrive in, and the first request to fail raises its error here.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Api(Protocol):
    async def get(self, name: str) -> str: ...


async def load_widgets(names: Sequence[str], api: Api) -> list[str]:
    return await asyncio.gather(*(api.get(name) for name in names))
