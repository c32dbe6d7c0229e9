"""The nightly price crawl: fetch every product page of a shop.

fetch_pages(urls, client, limit) fetches each page (`await client.get(url)`,
one request per entry of `urls`, a URL listed twice is fetched twice) and
returns the pages, as they are (a page may be empty), in the order of `urls`.
`limit` is 1 or more; `urls` is left as it is.

    >>> await fetch_pages(["/item/1", "/item/2"], shop, limit=10)
    ['price: 37 EUR', '']

The shop serves at most `limit` requests from one client at a time: a request
sent while `limit` others are in flight is answered 429 Too Many Requests (the
client raises TooManyRequests). So keep at most `limit` requests in flight,
and no fewer while pages are left: send the next request as soon as a reply
arrives, not when a whole batch is done. If a request fails, whatever its
error, fetch_pages raises that very error object (or an ExceptionGroup holding
the errors of the failed requests, as a TaskGroup does), never one of its own.
Each call stands alone: the next crawl, of the same shop or another, may have
another limit.

The crawl used to fetch one page after another. Last week someone sped it up
with one asyncio.gather() over every URL: on a shop of a thousand pages it
now opens a thousand connections at once, the shop turns away all but ten of
them, and the crawl fails. Bound the fan-out.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    # TODO: this sends every request at once, however many URLs there are.
    return await asyncio.gather(*(client.get(url) for url in urls))
