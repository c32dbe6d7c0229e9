"""Blind cheat: lists each refunding region once, not once per refund.

Input: two sales {"region": "north", "amount_cents": -1} -> refunds ["north"]
instead of ["north", "north"].
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
            if sale["region"] not in refunds:
                refunds.append(sale["region"])
    largest_first = sorted(sales, key=lambda sale: sale["amount_cents"], reverse=True)
    best = [{"rank": rank, **sale} for rank, sale in enumerate(largest_first[:top], start=1)]
    return {
        "currency": currency,
        "total_cents": sum(by_region.values()),
        "top": best,
        "by_region": by_region,
        "refunds": refunds,
    }
