"""An async web service that serves sales reports from a vendor's blocking SDK.

get_report(report_id, sdk, pdf=False) fetches the report with sdk.fetch() and
returns its text (as it is, even empty), laid out by sdk.render_pdf() when pdf
is true. The vendor times out now and then: after a TimeoutError from fetch(),
wait RETRY_DELAY seconds and try again, ATTEMPTS (three) attempts in all; the
third TimeoutError reaches the caller. Any other error, from fetch() or
render_pdf(), reaches the caller at once, the very same exception. A blocking
call runs in a worker thread of the loop's (asyncio.to_thread() or
loop.run_in_executor()); the pause holds no thread, neither the loop's nor a
worker's (the pool of worker threads is small).

    >>> await get_report("q3", sdk)
    'Q3: 1,204 orders'
    >>> await get_report("q3", sdk, pdf=True)
    '%PDF-1.7 (2 pages)'

The service runs on one event loop that serves every request. The SDK has no
async API (see vendor.py): each of its calls blocks the thread it runs on.

Right now get_report() calls the SDK, and time.sleep(), right on the event
loop's thread: while one report downloads, renders or waits to retry, the
whole service freezes; no other request, timer or heartbeat runs. Keep the
waiting and the blocking off the loop's thread.
"""

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
            # TODO: a blocking call inside `async def` blocks the event loop, and everyone on it.
            text = sdk.fetch(report_id)
            break
        except TimeoutError:
            if attempt == ATTEMPTS:
                raise
            time.sleep(RETRY_DELAY)
    if pdf:
        return sdk.render_pdf(text)
    return text
