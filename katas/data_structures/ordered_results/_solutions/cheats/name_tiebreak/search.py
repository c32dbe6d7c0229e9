"""Blind cheat: breaks rating ties by name, which replaces relevance order with the alphabet.

Differs: by_rating([("mug", 4), ("cup", 4)]) -> [("cup", 4), ("mug", 4)] (should keep mug first).
"""

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: (-product[1], product[0]))
