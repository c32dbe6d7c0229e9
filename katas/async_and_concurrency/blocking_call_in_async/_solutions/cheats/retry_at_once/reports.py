"""Cheat: removes time.sleep() instead of replacing it: a timeout is retried at once.

Nothing blocks the loop any more, but the vendor that just timed out gets the
next attempt with no pause at all, and the three attempts are over in the blink
of an eye.
"""

import asyncio
from typing import Protocol

RETRY_DELAY = 0.02  # seconds between two attempts
ATTEMPTS = 3


class Sdk(Protocol):
    def fetch(self, report_id: str) -> str: ...
    def render_pdf(self, text: str) -> str: ...


async def get_report(report_id: str, sdk: Sdk, pdf: bool = False) -> str:
    for attempt in range(1, ATTEMPTS + 1):
        try:
            text = await asyncio.to_thread(sdk.fetch, report_id)
            break
        except TimeoutError:
            if attempt == ATTEMPTS:
                raise
            continue  # no need to wait: nothing blocks the loop
    if pdf:
        return await asyncio.to_thread(sdk.render_pdf, text)
    return text
