"""Blind cheat: uses ThreadPoolExecutor() with its default size, min(32, cpu_count + 4): enough for
the 5 example hosts, but 50 hosts are not all in flight at once on most machines.

Differs: 50 hosts on a 2-core machine: at most 6 checks in flight, so about 9 rounds of 0.2 s
instead of one.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def check_all(hosts: list[str], check: Callable[[str], str]) -> list[str]:
    with ThreadPoolExecutor() as pool:  # the checks wait on the network: threads overlap them
        return list(pool.map(check, hosts))
