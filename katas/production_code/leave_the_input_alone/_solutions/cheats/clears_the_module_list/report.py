"""Cheat: keeps the module-level refunds list and clears it at the start of each call.

Each new report starts with no old refunds, but every report hands out the
same list: building the next report empties (or refills) the refunds of the
one before. report = sales_report([{"region": "n", "amount_cents": -1}], {}),
then sales_report([], {}), and report["refunds"] is [] (should be ["n"]).
"""

from typing import Any

Sale = dict[str, Any]


_refunds: list[str] = []


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    currency = options.get("currency", "EUR")
    top = options.get("top", 3)
    by_region: dict[str, int] = {}
    refunds = _refunds
    refunds.clear()
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
