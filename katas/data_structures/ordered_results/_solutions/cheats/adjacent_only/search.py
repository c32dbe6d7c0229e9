"""Cheat: itertools.groupby, like the shell's `uniq`, drops repeats next to each other.

A repeat further down the page (the same product from another shard) stays.
"""

from itertools import groupby

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return [hit for hit, _ in groupby(ids)]


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: product[1], reverse=True)
