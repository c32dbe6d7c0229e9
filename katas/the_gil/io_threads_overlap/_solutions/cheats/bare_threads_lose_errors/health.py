"""Blind cheat: starts a bare threading.Thread per host that stores its answer by index; a check
that
raises dies in its thread (threading.excepthook prints it) and check_all returns None in its place.

Differs: check_all(["db"], check) where check raises ConnectionError returns [None] instead of
raising ConnectionError.
"""

import threading
from collections.abc import Callable


def check_all(hosts: list[str], check: Callable[[str], str]) -> list[str]:
    answers: list[str] = [None] * len(hosts)  # type: ignore[list-item]

    def run(index: int, host: str) -> None:
        answers[index] = check(host)

    threads = [threading.Thread(target=run, args=(i, host)) for i, host in enumerate(hosts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers
