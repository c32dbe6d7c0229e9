"""Split a bill in whole cents, in proportion to each person's share.

``split(total_cents, shares)`` returns one amount in cents per share, in the
order of ``shares``:

- ``total_cents`` is an int >= 0; ``shares`` is a list of ints >= 0 with at
  least one share above 0.
- The amounts always add up to ``total_cents`` exactly: no cent is lost or made.
- Each amount is the exact proportional amount, ``total_cents * share / sum(shares)``,
  rounded down, or rounded down plus one cent. The cents left over after
  rounding down go, one each, to the largest fractional parts first; between
  equal fractional parts, to the person who comes first.
- A share of 0 gets 0.
- ``ValueError`` if ``shares`` is empty, if every share is 0, if a share is
  negative, or if ``total_cents`` is negative.
- ``shares`` is left as it was; the same call always gives the same answer.

>>> split(100, [1, 1, 1])
[34, 33, 33]
>>> split(1000, [1, 3])
[250, 750]
"""

from __future__ import annotations

import heapq


def split(total_cents: int, shares: list[int]) -> list[int]:
    if total_cents < 0:
        raise ValueError("negative total")
    if len(shares) == 0:
        raise ValueError("no shares")
    for share in shares:
        if share < 0:
            raise ValueError("negative share")
    whole = 0
    for share in shares:
        whole += share
    if not whole:
        raise ValueError("all shares are zero")
    result = [total_cents * share // whole for share in shares]
    extra = total_cents - sum(result)
    heap = [(-(total_cents * share % whole), i) for i, share in enumerate(shares)]
    for _, i in heapq.nsmallest(extra, heap):
        result[i] += 1
    return result
