"""One page of search results, merged from several shards.

unique_hits(ids) keeps each product id once, at its first hit: the shards
return their hits best first, so the first one is the one that counts.
by_rating(products) orders (name, rating) pairs by rating, highest first;
products with the same rating keep the order they came in, which is their
relevance. Ids and ratings are any ints, names any str. Both functions return
a new list, leave their input as it was, and answer each call on its own.

    >>> unique_hits([42, 42, 7, 19, 19])
    [42, 7, 19]
    >>> by_rating([("cup", 4), ("pen", 5), ("mug", 4)])
    [('pen', 5), ('cup', 4), ('mug', 4)]

Right now unique_hits() returns [42, 19, 7], and by_rating() puts "mug"
before "cup". Work out which of Python's orders are promised and which just
happen, and make both functions keep the order of their input.
"""

Product = tuple[str, int]


def unique_hits(ids: list[int]) -> list[int]:
    return list(set(ids))  # TODO: what order does a set promise?


def by_rating(products: list[Product]) -> list[Product]:
    # Sort from the lowest rating, then reverse: the highest rating comes first.
    return sorted(products, key=lambda product: product[1])[::-1]
