"""Blind cheat: one thread per host with ThreadPoolExecutor(max_workers=len(hosts)), forgetting that
an empty host list makes max_workers 0.

Differs: check_all([], check) raises ValueError("max_workers must be greater than 0") instead of
returning [].
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def check_all(hosts: list[str], check: Callable[[str], str]) -> list[str]:
    with ThreadPoolExecutor(max_workers=len(hosts)) as pool:  # one thread per host
        return list(pool.map(check, hosts))
