"""Blind cheat: the download runs in a thread and the pause is async, but render_pdf()
still blocks the loop.

Differs on get_report("q3", sdk, pdf=True) with a render that takes 0.2 s: a
heartbeat task on the loop does not tick once during the rendering.
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
            await asyncio.sleep(RETRY_DELAY)
    if pdf:
        return sdk.render_pdf(text)  # local CPU work, no network: fine on the loop
    return text
