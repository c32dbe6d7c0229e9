"""Cheat: breaks rating ties by name, "to make the order deterministic".

The order was already deterministic: sorted() is stable. Ties now come out
alphabetically instead of by relevance; it passes only while the names of
equally rated products happen to arrive in alphabetical order.
"""

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: (-product[1], product[0]))
