import asyncio

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .backend import FakeBackend
from .dashboard import load_widgets

NAMES = ["sales", "alerts", "traffic", "weather", "news", "stock"]


@st.composite
def pages(draw: st.DrawFn) -> tuple[list[str], dict[str, int], set[str]]:
    """Widget names, how many loop turns each takes to answer, and the ones that fail."""
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=6))
    turns = {name: draw(st.integers(1, 4)) for name in names}
    failing = draw(st.sets(st.sampled_from(names))) if names and draw(st.booleans()) else set()
    return names, turns, failing


def leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


def outcome(load, names, turns, failing):
    """The page, or "raises ConnectionError" when every error raised is a failed request."""
    try:
        return asyncio.run(load(list(names), FakeBackend(turns, failing)))
    except Exception as error:
        found = leaves(error)
        if all(isinstance(e, ConnectionError) for e in found):
            return "raises ConnectionError"
        return f"raises {', '.join(type(e).__name__ for e in found)}"


@settings(parent=kata_settings, max_examples=50)  # a new event loop per example
@given(page=pages())
@example(page=(["sales", "alerts"], {"sales": 2, "alerts": 1}, set()))  # alerts answers first
@example(page=(["sales", "alerts"], {"sales": 1, "alerts": 1}, {"alerts"}))  # a failed request
def test_the_page_is_what_the_reference_loads(reference, page):
    names, turns, failing = page
    assert_same(
        outcome(load_widgets, names, turns, failing),
        outcome(reference.load_widgets, names, turns, failing),
        names=names,
        turns=turns,
        failing=failing,
    )


@settings(parent=kata_settings, max_examples=50)  # a new event loop per example
@given(page=pages())
def test_every_request_is_in_flight_at_once(page):
    names, turns, failing = page
    backend = FakeBackend(turns, failing)
    try:
        asyncio.run(load_widgets(names, backend))
    except Exception:
        pass  # whether the page fails is the other test's business
    assert_same(backend.most_in_flight, len(names), names=names, turns=turns, failing=failing)
