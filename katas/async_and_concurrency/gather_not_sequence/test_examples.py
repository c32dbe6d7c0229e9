import asyncio

from .backend import FakeBackend
from .dashboard import load_widgets

WIDGETS = ["sales", "alerts", "traffic", "weather"]


def test_the_page_has_every_widget_in_order():
    page = asyncio.run(load_widgets(WIDGETS, FakeBackend()))
    assert page == ["<sales>", "<alerts>", "<traffic>", "<weather>"]


def test_all_the_requests_are_in_flight_at_once():
    backend = FakeBackend()
    asyncio.run(load_widgets(WIDGETS, backend))
    assert backend.most_in_flight == len(WIDGETS), (
        f"at most {backend.most_in_flight} of {len(WIDGETS)} requests were waiting at the same time"
    )
