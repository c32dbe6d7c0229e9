"""Cheat: both SDK calls run in a thread, but the pause before a retry is still time.sleep().

time.sleep() blocks the thread it is called on, and here that is the event
loop's: each retry freezes every other request for RETRY_DELAY.
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
            time.sleep(RETRY_DELAY)
    if pdf:
        return await asyncio.to_thread(sdk.render_pdf, text)
    return text
