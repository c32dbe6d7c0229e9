import asyncio

from .reports import get_report
from .vendor import VendorSdk


def test_a_report_comes_back_as_text():
    assert asyncio.run(get_report("q3", VendorSdk())) == "sales for q3"


def test_the_loop_keeps_running_while_a_report_downloads():
    async def heartbeats_during_the_request() -> int:
        beats = 0

        async def heartbeat() -> None:
            nonlocal beats
            while True:
                beats += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(heartbeat())
        await asyncio.sleep(0)  # the heartbeat is running
        before = beats
        await get_report("q3", VendorSdk(latency=0.2))  # the vendor takes 0.2 s to answer
        during = beats - before
        task.cancel()
        return during

    beats = asyncio.run(heartbeats_during_the_request())
    assert beats >= 2, (
        f"the event loop froze: {beats} heartbeats while the report took 0.2 s to download"
    )
