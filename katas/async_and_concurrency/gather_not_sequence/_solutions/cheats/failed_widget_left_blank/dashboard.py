"""Blind cheat: a failed request becomes an empty widget instead of failing the page.

Differs when api.get("alerts") raises ConnectionError: correct raises it (or
an ExceptionGroup holding it); this returns ["<sales>", ""].
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Api(Protocol):
    async def get(self, name: str) -> str: ...


async def load_widgets(names: Sequence[str], api: Api) -> list[str]:
    replies = await asyncio.gather(*(api.get(name) for name in names), return_exceptions=True)
    # one broken widget should not take the whole dashboard down
    return [reply if isinstance(reply, str) else "" for reply in replies]
