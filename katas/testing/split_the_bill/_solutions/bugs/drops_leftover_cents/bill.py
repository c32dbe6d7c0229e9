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


def split(total_cents: int, shares: list[int]) -> list[int]:
    if total_cents < 0:
        raise ValueError(f"total_cents must be >= 0, got {total_cents}")
    if not shares:
        raise ValueError("shares is empty: nobody to split the bill between")
    if any(share < 0 for share in shares):
        raise ValueError(f"shares must be >= 0, got {shares}")
    whole = sum(shares)
    if whole == 0:
        raise ValueError("every share is 0: nobody pays")

    amounts = []
    remainders = []
    for position, share in enumerate(shares):
        amount, remainder = divmod(total_cents * share, whole)
        amounts.append(amount)
        remainders.append((remainder, position))

    # Largest remainder first; between equal remainders, the earlier person.
    remainders.sort(key=lambda pair: (-pair[0], pair[1]))
    return amounts
