"""Find the first release that broke checkout, without testing every release.

Reference: bisect over the n + 1 possible answers (index 0..n, where n means
"none is bad"), so at most ceil(log2(n + 1)) <= ceil(log2(n)) + 1 probes.
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    good_below, bad_from = 0, len(versions)  # the answer is an index in [good_below, bad_from]
    while good_below < bad_from:
        middle = (good_below + bad_from) // 2
        if is_bad(versions[middle]):
            bad_from = middle
        else:
            good_below = middle + 1
    return versions[bad_from] if bad_from < len(versions) else None
