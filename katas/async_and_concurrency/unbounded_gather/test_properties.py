from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .crawler import fetch_pages
from .shop import FakeShop, TooManyRequests


class ShopError(Exception):
    """An error of the shop's own, not the network's."""


ERRORS = [ConnectionError, TimeoutError, ValueError, ShopError]
URLS = ["/a", "/b", "/c", "/d", "/e", "/f", "/g", "/h"]
page_bodies = st.one_of(st.just(""), st.text(max_size=5), st.sampled_from(URLS))


@st.composite
def shops(draw: st.DrawFn, may_fail: bool = True):
    """URLs (repeats allowed), the limit, each page, how many ticks it takes, what fails."""
    urls = draw(st.lists(st.sampled_from(URLS) | st.text(max_size=3), max_size=12))
    limit = draw(st.integers(1, 5) | st.integers(1, 15))
    pages = {url: draw(page_bodies) for url in urls}
    latency = {url: draw(st.integers(1, 4)) for url in urls}
    failing = {}
    if urls and may_fail and draw(st.booleans()):
        failing = draw(st.dictionaries(st.sampled_from(urls), st.sampled_from(ERRORS), max_size=2))
    return urls, limit, pages, latency, failing


def leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


def crawl(fetch_pages, urls, limit, pages, latency, failing, shop=None):
    """The pages (or how the crawl failed) and the shop that served them."""
    shop = shop or FakeShop(limit, pages, latency, failing)
    asked = list(urls)
    try:
        got = shop.run(fetch_pages(asked, shop, limit))
    except Exception as error:
        found = leaves(error)
        if found and all(
            any(e is r for r in shop.raised) and not isinstance(e, TooManyRequests) for e in found
        ):
            return "raises the error of a failed page", shop
        return f"raises {', '.join(sorted({type(e).__name__ for e in found}))}", shop
    if asked != urls:
        return f"changed the caller's urls to {asked!r}", shop
    return got, shop


@settings(parent=kata_settings, max_examples=60)  # a new event loop per example
@given(shop=shops())
@example(shop=(["/a", "/b"], 2, {"/a": "a", "/b": "b"}, {"/a": 2, "/b": 1}, {}))  # /b first
@example(shop=(["/a", "/b"], 2, {"/a": "", "/b": ""}, {}, {"/b": ShopError}))
@example(shop=([f"/{n}" for n in range(12)], 3, {f"/{n}": "" for n in range(12)}, {}, {}))
@example(shop=(["/a", "/a", "/b"], 1, {"/a": "x", "/b": ""}, {"/a": 2}, {}))
def test_the_pages_are_what_the_reference_fetches(reference, shop):
    urls, limit, pages, latency, failing = shop
    mine, _ = crawl(fetch_pages, *shop)
    theirs, _ = crawl(reference.fetch_pages, *shop)
    inputs = {"urls": urls, "limit": limit, "pages": pages, "latency": latency}
    assert_same(mine, theirs, **inputs, failing=failing)


def rounds(served, urls, limit):
    in_flight = [count for _, count in served.rounds]
    full = [min(limit, len(urls) - replies) for replies, _ in served.rounds]
    return {"requests in flight, round after round": in_flight}, {
        "requests in flight, round after round": full
    }


@settings(parent=kata_settings, max_examples=60)  # a new event loop per example
@given(shop=shops())
@example(shop=(["/a", "/b", "/c"], 2, {"/a": "", "/b": "", "/c": ""}, {"/b": 2}, {}))  # /b slow
@example(shop=([f"/{n}" for n in range(20)], 15, {f"/{n}": "" for n in range(20)}, {}, {}))
def test_a_new_request_goes_out_as_soon_as_a_reply_arrives(shop):
    urls, limit, _pages, latency, failing = shop
    _, served = crawl(fetch_pages, *shop)
    got, want = rounds(served, urls, limit)
    inputs = {"urls": urls, "limit": limit, "latency": latency, "failing": failing}
    assert_same(got, want, **inputs)


@settings(parent=kata_settings, max_examples=30)
@given(first=shops(may_fail=False), later_limit=st.integers(1, 8))
@example(
    first=(["/a", "/b", "/c", "/d"], 2, dict.fromkeys("/a /b /c /d".split(), ""), {}, {}),
    later_limit=4,
)
@example(
    first=(["/a", "/b", "/c", "/d"], 4, dict.fromkeys("/a /b /c /d".split(), ""), {}, {}),
    later_limit=1,
)
def test_each_crawl_has_its_own_limit(reference, first, later_limit):
    # The same shop, crawled again the next night, now with another limit.
    urls, limit, pages, latency, failing = first
    shop = FakeShop(limit, pages, latency, failing)
    crawl(fetch_pages, *first, shop=shop)
    shop.limit, shop.rounds = later_limit, []
    shop.replies = 0
    got, served = crawl(fetch_pages, urls, later_limit, pages, latency, failing, shop=shop)
    want, _ = crawl(reference.fetch_pages, urls, later_limit, pages, latency, failing)
    inputs = {"urls": urls, "first_limit": limit, "later_limit": later_limit}
    assert_same(got, want, **inputs)
    assert_same(*rounds(served, urls, later_limit), **inputs)
