import pytest

from .crawler import fetch_pages
from .shop import FakeShop

LIMIT = 10  # requests the shop serves at a time
CATALOG = [f"/item/{n}" for n in range(1000)]
PAGES = {url: f"price: {n * 37 % 100} EUR" for n, url in enumerate(CATALOG)}


def failed_requests(error: BaseException) -> list[str]:
    """What went wrong, with any ExceptionGroup unpacked."""
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in failed_requests(inner)]
    return [f"{type(error).__name__}: {error}"]


def test_a_thousand_pages_come_back_in_order():
    shop = FakeShop(LIMIT, PAGES)
    pages = shop.run(fetch_pages(CATALOG, shop, limit=LIMIT))
    assert pages == [PAGES[url] for url in CATALOG]


def test_the_crawl_uses_the_whole_limit_and_no_more():
    shop = FakeShop(LIMIT, PAGES)
    try:
        shop.run(fetch_pages(CATALOG, shop, limit=LIMIT))
    except Exception:
        pass  # whether the crawl fails is the other tests' business
    assert shop.most_in_flight == LIMIT, (
        f"the crawl had {shop.most_in_flight} requests in flight at its busiest; "
        f"the shop serves {LIMIT} at a time, and a crawl that waits should use them all"
    )


def test_a_failed_request_fails_the_crawl():
    urls = CATALOG[:30]
    shop = FakeShop(LIMIT, PAGES, failing={"/item/25": ConnectionError})
    with pytest.raises(Exception) as caught:
        shop.run(fetch_pages(urls, shop, limit=LIMIT))
    assert failed_requests(caught.value) == ["ConnectionError: /item/25: connection reset"]
