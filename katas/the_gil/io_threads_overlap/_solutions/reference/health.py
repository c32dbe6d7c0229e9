"""Reference: a thread pool with one thread per host; map() keeps the order.

Iterating over pool.map() gives the answers in the order of the hosts and
re-raises the first error a check raised.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def check_all(hosts: list[str], check: Callable[[str], str]) -> list[str]:
    if not hosts:
        return []
    with ThreadPoolExecutor(max_workers=len(hosts)) as pool:
        return list(pool.map(check, hosts))
