"""Reference: read the arguments, build everything in the report new, keep nothing between calls.

sorted() makes a new list (and is stable: ties keep their order); .get() reads
options without removing anything; the top rows are new dicts; the refunds are
a local list.
"""

from typing import Any

Sale = dict[str, Any]


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    currency = options.get("currency", "EUR")
    top = options.get("top", 3)
    by_region: dict[str, int] = {}
    refunds: list[str] = []
    for sale in sales:
        by_region[sale["region"]] = by_region.get(sale["region"], 0) + sale["amount_cents"]
        if sale["amount_cents"] < 0:
            refunds.append(sale["region"])
    largest_first = sorted(sales, key=lambda sale: sale["amount_cents"], reverse=True)
    best = [
        {"rank": rank, "region": sale["region"], "amount_cents": sale["amount_cents"]}
        for rank, sale in enumerate(largest_first[:top], start=1)
    ]
    return {
        "currency": currency,
        "total_cents": sum(sale["amount_cents"] for sale in sales),
        "top": best,
        "by_region": by_region,
        "refunds": refunds,
    }
