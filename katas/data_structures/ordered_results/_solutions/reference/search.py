"""Reference: dict keys keep insertion order (a promise since 3.7); sorted() is stable.

reverse=True keeps equal items in their input order, where reversing the
sorted list afterwards flips them.
"""

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def by_rating(products: list[Product]) -> list[Product]:
    return sorted(products, key=lambda product: product[1], reverse=True)
