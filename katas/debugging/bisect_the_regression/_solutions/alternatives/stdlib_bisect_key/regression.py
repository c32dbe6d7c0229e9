"""Alternative: the standard library's bisect over the positions, with is_bad as the key.

bisect_left(range(n), True, key=...) finds the first position whose key is True
(False < True), probing at most ceil(log2(n + 1)) positions; n means none is bad.
"""

from bisect import bisect_left
from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    index = bisect_left(range(len(versions)), True, key=lambda i: bool(is_bad(versions[i])))
    return versions[index] if index < len(versions) else None
