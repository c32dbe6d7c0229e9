"""Blind cheat: yields to the loop (await asyncio.sleep(0)) around each blocking call,
which still runs on the loop thread.

Differs on get_report("q3", VendorSdk(latency=0.2)): the heartbeat ticks only
at the sleep(0)s (a couple of times) while the loop is frozen for 0.2 s; with
asyncio.to_thread it would tick continuously during the download. Retries
still time.sleep() on the loop.
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
            await asyncio.sleep(0)  # let the other tasks run
            text = sdk.fetch(report_id)
            await asyncio.sleep(0)
            break
        except TimeoutError:
            if attempt == ATTEMPTS:
                raise
            time.sleep(RETRY_DELAY)
    if pdf:
        await asyncio.sleep(0)
        return sdk.render_pdf(text)
    return text
