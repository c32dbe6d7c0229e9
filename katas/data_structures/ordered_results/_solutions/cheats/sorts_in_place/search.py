"""Cheat: by_rating() sorts the caller's list in place and returns it, "to save a copy".

The order is right, and list.sort() is stable too. But the caller's list of
products, which was in relevance order, is now in rating order: the next
thing that reads it (the page's "most relevant" strip) shows the wrong
products. by_rating() returns a new list and leaves its input alone.
"""

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def by_rating(products: list[Product]) -> list[Product]:
    products.sort(key=lambda product: product[1], reverse=True)
    return products
