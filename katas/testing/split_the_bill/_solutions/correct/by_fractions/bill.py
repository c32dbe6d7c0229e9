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

from fractions import Fraction


def split(total_cents: int, shares: list[int]) -> list[int]:
    if total_cents < 0 or not shares or min(shares) < 0 or sum(shares) == 0:
        raise ValueError(f"cannot split {total_cents} cents between shares {shares}")
    exact = [Fraction(total_cents * share, sum(shares)) for share in shares]
    amounts = [int(value) for value in exact]
    order = sorted(range(len(shares)), key=lambda i: exact[i] - amounts[i], reverse=True)
    # sorted() is stable: equal fractional parts keep the earlier person first.
    for i in order[: total_cents - sum(amounts)]:
        amounts[i] += 1
    return amounts
