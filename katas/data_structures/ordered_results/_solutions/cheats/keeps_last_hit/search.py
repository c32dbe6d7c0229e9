"""Blind cheat: keeps an id where it appears for the last time, not the first.

Differs: unique_hits([1, 2, 1]) -> [2, 1] (should be [1, 2]).
"""

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return [hit for i, hit in enumerate(ids) if hit not in ids[i + 1 :]]


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: product[1], reverse=True)
