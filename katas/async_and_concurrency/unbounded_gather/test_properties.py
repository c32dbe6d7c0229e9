from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .crawler import fetch_pages
from .shop import FakeShop

URLS = ["/a", "/b", "/c", "/d", "/e", "/f"]


@st.composite
def shops(draw: st.DrawFn) -> tuple[list[str], int, dict[str, int], set[str]]:
    """URLs, the shop's limit, how many ticks each page takes, and the pages that fail."""
    urls = draw(st.lists(st.sampled_from(URLS), unique=True, max_size=6))
    limit = draw(st.integers(1, 3))
    latency = {url: draw(st.integers(1, 3)) for url in urls}
    failing = draw(st.sets(st.sampled_from(urls), max_size=2)) if urls else set()
    return urls, limit, latency, failing


def leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


def crawl(fetch_pages, urls, limit, latency, failing):
    """The pages (or "raises ...") and the shop that served them."""
    shop = FakeShop(limit, latency, failing)
    try:
        return shop.run(fetch_pages(list(urls), shop, limit)), shop
    except Exception as error:
        raised = sorted({type(leaf).__name__ for leaf in leaves(error)})
        return f"raises {', '.join(raised)}", shop


@settings(parent=kata_settings, max_examples=60)  # a new event loop per example
@given(shop=shops())
@example(shop=(["/a", "/b"], 2, {"/a": 2, "/b": 1}, set()))  # /b answers first
def test_the_pages_are_what_the_reference_fetches(reference, shop):
    urls, limit, latency, failing = shop
    mine, _ = crawl(fetch_pages, urls, limit, latency, failing)
    theirs, _ = crawl(reference.fetch_pages, urls, limit, latency, failing)
    assert_same(mine, theirs, urls=urls, limit=limit, latency=latency, failing=failing)


@settings(parent=kata_settings, max_examples=60)  # a new event loop per example
@given(shop=shops())
@example(shop=(["/a", "/b", "/c"], 2, {"/a": 1, "/b": 2, "/c": 1}, set()))  # /b is slow
def test_a_new_request_goes_out_as_soon_as_a_reply_arrives(shop):
    urls, limit, latency, failing = shop
    _, served = crawl(fetch_pages, urls, limit, latency, failing)
    in_flight = [count for _, count in served.rounds]
    full = [min(limit, len(urls) - replies) for replies, _ in served.rounds]
    key = "requests in flight, round after round"
    assert_same(
        {key: in_flight}, {key: full}, urls=urls, limit=limit, latency=latency, failing=failing
    )
