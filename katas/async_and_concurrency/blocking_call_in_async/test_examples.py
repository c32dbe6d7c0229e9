import asyncio
import threading

from .reports import get_report
from .vendor import VendorSdk

REPORTS = {"q3": "Q3: 1,204 orders"}
LAYOUTS = {"Q3: 1,204 orders": "%PDF-1.7 (2 pages)"}


def test_a_report_comes_back_as_text():
    assert asyncio.run(get_report("q3", VendorSdk(REPORTS))) == "Q3: 1,204 orders"


def test_a_report_comes_back_as_a_pdf():
    sdk = VendorSdk(REPORTS, LAYOUTS)
    assert asyncio.run(get_report("q3", sdk, pdf=True)) == "%PDF-1.7 (2 pages)"


def test_the_loop_keeps_running_while_a_report_downloads():
    async def heartbeats_during_the_request() -> int:
        network = threading.Event()  # the vendor's reply arrives when this is set
        sdk = VendorSdk(REPORTS, network=network)
        beats = 0

        async def heartbeat() -> None:
            nonlocal beats
            while True:
                beats += 1
                if beats == 3:
                    network.set()  # the reply arrives while the service goes on
                await asyncio.sleep(0)

        task = asyncio.create_task(heartbeat())
        await asyncio.sleep(0)  # the heartbeat is running
        before = beats
        await get_report("q3", sdk)
        task.cancel()
        return beats - before

    beats = asyncio.run(heartbeats_during_the_request())
    assert beats >= 2, f"the event loop froze: {beats} heartbeats while the report downloaded"
