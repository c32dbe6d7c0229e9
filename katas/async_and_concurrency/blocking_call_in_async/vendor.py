"""The vendor's client library, faked for the tests. Read it, do not edit it."""

import asyncio
import threading
from collections.abc import Mapping
from time import sleep as block_this_thread


def on_the_event_loop() -> bool:
    """True when called from the thread that runs an event loop (not from a worker thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class VendorSdk:
    """A reporting vendor's SDK. It has no async API: every call blocks its thread.

    fetch(report_id) downloads a report (network IO); for each report id, its
    first `timeouts[report_id]` calls raise TimeoutError. render_pdf(text) lays
    a report out as a PDF (CPU-heavy C code). Each call takes `latency`
    seconds. Every call made on the event loop's own thread, where it freezes
    every other request, is noted in `blocked_the_loop`.
    """

    def __init__(self, latency: float = 0.0, timeouts: Mapping[str, int] = {}) -> None:
        self.latency = latency
        self.timeouts = dict(timeouts)
        self.blocked_the_loop: list[str] = []
        self.lock = threading.Lock()

    def block(self, call: str) -> None:
        if on_the_event_loop():
            self.blocked_the_loop.append(call)
        if self.latency:
            block_this_thread(self.latency)

    def fetch(self, report_id: str) -> str:
        self.block(f"fetch({report_id!r})")
        with self.lock:
            if self.timeouts.get(report_id, 0) > 0:
                self.timeouts[report_id] -= 1
                raise TimeoutError(f"{report_id}: the vendor did not answer")
        return f"sales for {report_id}"

    def render_pdf(self, text: str) -> str:
        self.block("render_pdf()")
        return f"%PDF {text}"
