import asyncio

from .backend import FakeBackend
from .dashboard import load_widgets

BODIES = {
    "sales": "<p>12 orders today</p>",
    "alerts": "",  # nothing to report: an empty widget is still a widget
    "traffic": "<p>3 jams</p>",
    "weather": "<p>sunny</p>",
}
WIDGETS = list(BODIES)


def test_the_page_has_every_widget_in_order():
    page = asyncio.run(load_widgets(WIDGETS, FakeBackend(BODIES)))
    assert page == ["<p>12 orders today</p>", "", "<p>3 jams</p>", "<p>sunny</p>"]


def test_all_the_requests_are_in_flight_at_once():
    backend = FakeBackend(BODIES)
    asyncio.run(load_widgets(WIDGETS, backend))
    assert backend.most_in_flight == len(WIDGETS), (
        f"at most {backend.most_in_flight} of {len(WIDGETS)} requests were waiting at the same time"
    )
