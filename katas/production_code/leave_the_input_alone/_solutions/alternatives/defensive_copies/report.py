"""Alternative: copy the arguments deeply on the way in, then work freely on the copies.

Another senior keeps the old shape of the code and makes it safe at the door:
copy.deepcopy of the sales (so ranking the copies touches nothing of the
caller's), a dict() of the options, and heapq.nlargest for the top (stable, as
sorted(..., reverse=True) is). The refunds are a local list. (deepcopy keeps
aliasing: a table holding one dict twice would get one ranked copy twice. The
tables a dashboard builds never do.)
"""

import copy
import heapq
from typing import Any

Sale = dict[str, Any]


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    sales = copy.deepcopy(sales)
    options = dict(options)
    currency = options.pop("currency", "EUR")
    top = options.pop("top", 3)
    by_region: dict[str, int] = {}
    refunds = []
    for sale in sales:
        by_region[sale["region"]] = by_region.get(sale["region"], 0) + sale["amount_cents"]
        if sale["amount_cents"] < 0:
            refunds.append(sale["region"])
    best = heapq.nlargest(top, sales, key=lambda sale: sale["amount_cents"])
    for rank, sale in enumerate(best, start=1):
        sale["rank"] = rank
    return {
        "currency": currency,
        "total_cents": sum(by_region.values()),
        "top": best,
        "by_region": by_region,
        "refunds": refunds,
    }
