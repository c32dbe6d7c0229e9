import asyncio
import time
from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .reports import get_report
from .vendor import VendorSdk, on_the_event_loop


class Request(NamedTuple):
    report_id: str
    pdf: bool = False
    timeouts: int = 0  # how many times the vendor times out on this report first


requests = st.lists(
    st.builds(Request, st.sampled_from(["q1", "q2", "q3", "q4"]), st.booleans(), st.integers(0, 3)),
    unique_by=lambda r: r.report_id,
    max_size=3,
)


def serve(get_report, requests):
    """Serve every request at once; return what each got, and what blocked the loop."""
    sdk = VendorSdk(timeouts={r.report_id: r.timeouts for r in requests})
    sleeps_on_the_loop = []
    real_sleep = time.sleep

    def watched_sleep(seconds: float) -> None:
        if on_the_event_loop():
            sleeps_on_the_loop.append("time.sleep()")
        real_sleep(seconds)

    async def one(r):
        try:
            return await get_report(r.report_id, sdk, pdf=r.pdf)
        except TimeoutError:
            return "raises TimeoutError"

    async def all_at_once():
        return await asyncio.gather(*(one(r) for r in requests))

    time.sleep = watched_sleep
    try:
        got = asyncio.run(all_at_once())
    finally:
        time.sleep = real_sleep
    return {"got": got, "blocked the loop": sorted(sdk.blocked_the_loop + sleeps_on_the_loop)}


@settings(parent=kata_settings, max_examples=15)  # a retry really waits
@given(requests=requests)
@example(requests=[Request("q1", pdf=True)])  # the PDF is rendered off the loop too
@example(requests=[Request("q1", timeouts=1)])  # and the pause before a retry
def test_every_request_is_served_without_blocking_the_loop(reference, requests):
    mine = serve(get_report, requests)
    theirs = serve(reference.get_report, requests)
    assert_same(mine, {**theirs, "blocked the loop": []}, requests=requests)
