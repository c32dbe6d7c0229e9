"""Cheat: reads the options without changing them, but with `or` for the defaults.

{"top": 0} (a dashboard tile that hides the ranking) gives the top 3, and
{"currency": ""} gives "EUR": `or` replaces every falsy value, not only a
missing one.
"""

from typing import Any

Sale = dict[str, Any]


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    currency = options.get("currency") or "EUR"
    top = options.get("top") or 3
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
