"""Blind cheat: the SDK calls run in a thread, but the pause before a retry is still
time.sleep() on the loop.

Differs on an sdk whose fetch() times out once, then answers: the loop freezes
for RETRY_DELAY (20 ms) between the attempts; a heartbeat does not tick.
"""

import asyncio
import time
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
            time.sleep(RETRY_DELAY)  # only 20 ms, and only on a retry
    if pdf:
        return await asyncio.to_thread(sdk.render_pdf, text)
    return text
