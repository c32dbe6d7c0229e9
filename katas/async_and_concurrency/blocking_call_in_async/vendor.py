"""The vendor's client library, faked for the tests. Read it, do not edit it."""

import asyncio
import threading
import time
from collections.abc import Callable, Mapping, Sequence


def on_the_event_loop() -> bool:
    """True when called from the thread that runs an event loop (not from a worker thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class VendorSdk:
    """A reporting vendor's SDK. It has no async API: every call blocks its thread.

    fetch(report_id) downloads a report (network IO) and returns
    `reports[report_id]`; for each report id, its first calls raise, in turn, a
    new error of each class in `failures[report_id]`, then it answers.
    render_pdf(text) lays a report out (CPU-heavy C code) and returns
    `layouts[text]`, or raises a new error when that is an exception class.

    Every call is recorded in `calls`, as (call, clock()). A call waits for the
    network until `network` is set (at once unless told). A call made on the
    event loop's own thread cannot wait: nothing else on the loop could run
    while it does, not even the code that would set `network`. So it answers at
    once, and is noted in `blocked_the_loop`.
    """

    def __init__(
        self,
        reports: Mapping[str, str],
        layouts: Mapping[str, str | type[Exception]] = {},
        failures: Mapping[str, Sequence[type[Exception]]] = {},
        network: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.reports = dict(reports)
        self.layouts = dict(layouts)
        self.failures = {report_id: list(errors) for report_id, errors in failures.items()}
        self.network = network
        self.clock = clock
        self.calls: list[tuple[str, float]] = []
        self.raised: list[Exception] = []
        self.blocked_the_loop: list[str] = []
        self.lock = threading.Lock()

    def block(self, call: str) -> None:
        with self.lock:
            self.calls.append((call, self.clock()))
        if on_the_event_loop():
            with self.lock:
                self.blocked_the_loop.append(call)
        elif self.network is not None:
            self.network.wait(timeout=10)  # a safety net: never reached by code that works

    def fail(self, error: Exception) -> Exception:
        with self.lock:
            self.raised.append(error)
        return error

    def fetch(self, report_id: str) -> str:
        self.block(f"fetch({report_id!r})")
        with self.lock:
            errors = self.failures.get(report_id, [])
            error = errors.pop(0) if errors else None
        if error is not None:
            raise self.fail(error(f"{report_id}: the vendor did not answer"))
        return self.reports[report_id]

    def render_pdf(self, text: str) -> str:
        self.block(f"render_pdf({text!r})")
        layout = self.layouts[text]
        if isinstance(layout, type):
            raise self.fail(layout(f"cannot lay out {text!r}"))
        return layout
