"""Blind cheat: memoizes the report per table object and options, so a table changed in place gets a stale report.

Input: sales = [{"region": "n", "amount_cents": 1}]; sales_report(sales, {});
sales.append({"region": "s", "amount_cents": 2}); sales_report(sales, {})
still reports total_cents 1 instead of 3.
"""

import copy
from typing import Any

Sale = dict[str, Any]

# the dashboard asks for the same table many times: build each report once
_cache: list[tuple[list[Sale], str, int, dict[str, Any]]] = []


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    currency = options.get("currency", "EUR")
    top = options.get("top", 3)
    for cached_sales, cached_currency, cached_top, cached in _cache:
        if cached_sales is sales and (cached_currency, cached_top) == (currency, top):
            return copy.deepcopy(cached)
    report = _build(sales, options)
    _cache.append((sales, currency, top, copy.deepcopy(report)))
    return report


def _build(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    currency = options.get("currency", "EUR")
    top = options.get("top", 3)
    by_region: dict[str, int] = {}
    refunds: list[str] = []
    for sale in sales:
        by_region[sale["region"]] = by_region.get(sale["region"], 0) + sale["amount_cents"]
        if sale["amount_cents"] < 0:
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
