"""Blind cheat: largest-first by reversing an ascending sort, so ties come out in reverse "sales" order.

Input: [{"region": "a", "amount_cents": 5}, {"region": "b", "amount_cents": 5}], {"top": 1}
-> top is region "b"; ties must keep their order in sales, so "a".
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
    largest_first = sorted(sales, key=lambda sale: sale["amount_cents"])[::-1]
    best = [{"rank": rank, **sale} for rank, sale in enumerate(largest_first[:top], start=1)]
    return {
        "currency": currency,
        "total_cents": sum(by_region.values()),
        "top": best,
        "by_region": by_region,
        "refunds": refunds,
    }
