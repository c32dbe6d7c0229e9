"""Blind cheat: retries on any OSError (ConnectionError, PermissionError...), not only
on TimeoutError.

Differs on an sdk whose first fetch() raises ConnectionError("reset") and
whose second returns "sales for q3": correct raises ConnectionError at once;
this waits, retries and returns "sales for q3".
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
        except OSError:  # TimeoutError and the other network errors
            if attempt == ATTEMPTS:
                raise
            await asyncio.sleep(RETRY_DELAY)
    if pdf:
        return await asyncio.to_thread(sdk.render_pdf, text)
    return text
