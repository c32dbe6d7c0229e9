"""Blind cheat: the seen-set is a mutable default, so ids seen in an earlier call are dropped
from later calls.

Differs: unique_hits([1]); unique_hits([1]) -> [] (should be [1]).
"""

Product = tuple[str, int]


def unique_hits(ids: list[int], seen: set[int] = set()) -> list[int]:
    hits = []
    for hit in ids:
        if hit not in seen:
            seen.add(hit)
            hits.append(hit)
    return hits


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: product[1], reverse=True)
