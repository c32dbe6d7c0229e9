import asyncio

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .backend import FakeBackend
from .dashboard import load_widgets


class WidgetError(Exception):
    """An error of the backend's own: a page must not only expect the network's."""


ERRORS = [ConnectionError, TimeoutError, KeyError, ValueError, WidgetError]
NAMES = ["sales", "alerts", "traffic", "weather", "news", "stock", "row 2", "row 3"]
names = st.one_of(st.sampled_from(NAMES), st.text(max_size=4))
bodies = st.one_of(st.just(""), st.text(max_size=6), st.sampled_from(NAMES))


@st.composite
def pages(draw: st.DrawFn, fewest_turns: int = 0, may_fail: bool = True):
    """Widget names (repeats allowed), each one's body, how many loop turns it takes
    to answer, and the ones that fail with which error."""
    widgets = draw(st.lists(names, max_size=10))
    body = {name: draw(bodies) for name in widgets}
    turns = {name: draw(st.integers(fewest_turns, 4)) for name in widgets}
    failing = {}
    if widgets and may_fail and draw(st.booleans()):
        failing = draw(st.dictionaries(st.sampled_from(widgets), st.sampled_from(ERRORS)))
    return widgets, body, turns, failing


def leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


def outcome(load, widgets, body, turns, failing):
    """The page, or how it failed: with the failed requests' own errors, or not."""
    backend = FakeBackend(body, turns, failing)
    asked = list(widgets)
    try:
        page = asyncio.run(load(asked, backend))
    except Exception as error:
        found = leaves(error)
        if found and all(any(e is r for r in backend.raised) for e in found):
            return "raises the error of a failed request"
        return f"raises {', '.join(type(e).__name__ for e in found)}, not a request's own error"
    if asked != widgets:
        return f"changed the caller's names to {asked!r}"
    return page


@settings(parent=kata_settings, max_examples=60)  # a new event loop per example
@given(page=pages())
@example(page=(["sales", "alerts"], {"sales": "s", "alerts": "a"}, {"sales": 2, "alerts": 1}, {}))
@example(page=(["sales", "alerts"], {"sales": "s", "alerts": "a"}, {}, {"alerts": ConnectionError}))
@example(page=(["sales", "alerts"], {"sales": "s", "alerts": "a"}, {}, {"alerts": WidgetError}))
@example(page=(["sales", "alerts"], {"sales": "", "alerts": ""}, {"sales": 3}, {}))
@example(page=(["sales", "sales", "news"], {"sales": "7", "news": ""}, {"news": 0}, {}))
def test_the_page_is_what_the_reference_loads(reference, page):
    widgets, body, turns, failing = page
    assert_same(
        outcome(load_widgets, widgets, body, turns, failing),
        outcome(reference.load_widgets, widgets, body, turns, failing),
        names=widgets,
        bodies=body,
        turns=turns,
        failing=failing,
    )


@settings(parent=kata_settings, max_examples=60)  # a new event loop per example
@given(page=pages(fewest_turns=1))
@example(page=([f"w{i}" for i in range(8)], {f"w{i}": "" for i in range(8)}, {}, {}))
@example(page=(["sales", "sales"], {"sales": "1"}, {}, {}))  # listed twice, asked twice
def test_every_request_is_in_flight_at_once(page):
    widgets, body, turns, failing = page
    backend = FakeBackend(body, turns, failing)
    try:
        asyncio.run(load_widgets(list(widgets), backend))
    except Exception:
        pass  # whether the page fails is the other test's business
    inputs = {"names": widgets, "turns": turns, "failing": failing}
    assert_same(sorted(backend.asked), sorted(widgets), requests="one per name", **inputs)
    assert_same(backend.most_in_flight, len(widgets), most_in_flight=True, **inputs)
