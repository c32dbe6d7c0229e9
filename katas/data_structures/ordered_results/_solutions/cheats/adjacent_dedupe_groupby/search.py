"""Blind cheat: groupby drops only adjacent repeats (like uniq), so a repeat further down stays.

Differs: unique_hits([1, 2, 1]) -> [1, 2, 1] (should be [1, 2]).
"""

from itertools import groupby

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return [hit for hit, _ in groupby(ids)]


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: product[1], reverse=True)
