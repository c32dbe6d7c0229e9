"""Blind cheat: keeps the module-level refunds list and clears it per call, so every report shares one list.

Input: a = sales_report([{"region": "w", "amount_cents": -1}], {}); then
sales_report([], {}) empties a["refunds"] (it is the same list object).
"""

from typing import Any

Sale = dict[str, Any]

_refunds: list[str] = []


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    _refunds.clear()  # each report starts with no refunds
    currency = options.get("currency", "EUR")
    top = options.get("top", 3)
    by_region: dict[str, int] = {}
    refunds = _refunds
    for sale in sales:
        by_region[sale["region"]] = by_region.get(sale["region"], 0) + sale["amount_cents"]
        if sale["amount_cents"] < 0:
            _refunds.append(sale["region"])
    largest_first = sorted(sales, key=lambda sale: sale["amount_cents"], reverse=True)
    best = [{"rank": rank, **sale} for rank, sale in enumerate(largest_first[:top], start=1)]
    return {
        "currency": currency,
        "total_cents": sum(by_region.values()),
        "top": best,
        "by_region": by_region,
        "refunds": refunds,
    }
