"""Cheat: collects the refunds while walking the ranked copy, not the table.

Nothing is changed any more, but the refunds come out smallest-last instead
of in the table's order: a refund of 1 cent in "a" then one of 5 cents in
"b" gives ["a", "b"] only by luck; -5 in "a" then -1 in "b" gives ["b", "a"].
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
    largest_first = sorted(sales, key=lambda sale: sale["amount_cents"], reverse=True)
    for sale in largest_first:
        if sale["amount_cents"] < 0:
            refunds.append(sale["region"])
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
