"""The report's current code, and what the design review proposed instead. Do not edit it.

Each one is a run: run(backend, ids) -> list[str], the name of each customer
id in `ids`, in order, repeats included. The docstrings are the proposers'
claims, word for word. Nobody has measured any of them.
"""

from collections.abc import Callable

from .harness import CountingBackend

Run = Callable[[CountingBackend, list[int]], list[str]]


def one_by_one(backend: CountingBackend, ids: list[int]) -> list[str]:
    """The current code."""
    names = []
    for customer_id in ids:
        names.append(backend.get(customer_id))
    return names


def with_a_cache(backend: CountingBackend, ids: list[int]) -> list[str]:
    """ "Add a cache: a report names the same customers again and again." """
    cache: dict[int, str] = {}
    names = []
    for customer_id in ids:
        if customer_id not in cache:
            cache[customer_id] = backend.get(customer_id)
        names.append(cache[customer_id])
    return names


def batched(backend: CountingBackend, ids: list[int]) -> list[str]:
    """ "Batch the calls: one get_many per 100 ids instead of a get per id." """
    names = []
    for start in range(0, len(ids), 100):
        chunk = ids[start : start + 100]
        found = backend.get_many(chunk)
        names.extend(found[customer_id] for customer_id in chunk)
    return names


def tight_loop(backend: CountingBackend, ids: list[int]) -> list[str]:
    """ "Micro-optimise the loop: bind the method once, build the list in a comprehension." """
    get = backend.get
    return [get(customer_id) for customer_id in ids]


def prefetch_everyone(backend: CountingBackend, ids: list[int]) -> list[str]:
    """ "One round trip, whatever the report: load every customer up front." """
    everyone = backend.get_all()
    return [everyone[customer_id] for customer_id in ids]


def each_customer_once(backend: CountingBackend, ids: list[int]) -> list[str]:
    """ "Never ask twice: fetch each distinct customer once, in a single call." """
    found = backend.get_many(sorted(set(ids)))
    return [found[customer_id] for customer_id in sorted(found)]


def cache_for_the_process() -> Run:
    """ "Cache across reports: customers hardly ever change." Returns a run with its own cache."""
    cache: dict[int, str] = {}

    def run(backend: CountingBackend, ids: list[int]) -> list[str]:
        for customer_id in ids:
            if customer_id not in cache:
                cache[customer_id] = backend.get(customer_id)
        return [cache[customer_id] for customer_id in ids]

    return run
