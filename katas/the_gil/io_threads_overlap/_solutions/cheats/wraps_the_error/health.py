"""Blind cheat: waits for every check, then reports a failure as a new RuntimeError("<host> is
down")
chained from the original, so the caller no longer gets the check's own error type.

Differs: check_all(["db"], check) where check raises ConnectionError raises RuntimeError; an
`except ConnectionError` in the caller no longer catches it.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def check_all(hosts: list[str], check: Callable[[str], str]) -> list[str]:
    if not hosts:
        return []
    with ThreadPoolExecutor(max_workers=len(hosts)) as pool:
        futures = [pool.submit(check, host) for host in hosts]
    answers = []
    for host, future in zip(hosts, futures, strict=True):
        try:
            answers.append(future.result())
        except Exception as error:
            raise RuntimeError(f"{host} is down") from error
    return answers
