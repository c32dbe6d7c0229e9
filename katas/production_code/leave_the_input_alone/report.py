"""The sales report on the dashboard, built from the day's sales table.

sales_report(sales, options) returns a new dict:

    "currency"     options["currency"], or "EUR" when it is not given
    "total_cents"  the sum of every sale's amount_cents
    "top"          the options["top"] (default 3) largest sales, largest first,
                   ties in their order in `sales`; each one a new dict
                   {"rank": 1, "region": ..., "amount_cents": ...}, ranks 1, 2, 3...
    "by_region"    {region: sum of its amount_cents}, regions in the order they
                   first appear in `sales`
    "refunds"      the region of each sale with a negative amount, in `sales` order

`sales` is a list (perhaps empty) of {"region": str, "amount_cents": int} dicts;
an amount may be zero or negative (a refund), regions may repeat. `options` may
hold "currency" (a str) and "top" (an int, 0 or more; more than there are sales
means all of them), or neither; other keys are ignored.

    >>> sales = [{"region": "north", "amount_cents": 500},
    ...          {"region": "south", "amount_cents": 1200}]
    >>> sales_report(sales, {"top": 1})["top"]
    [{'rank': 1, 'region': 'south', 'amount_cents': 1200}]
    >>> sales[0]
    {'region': 'north', 'amount_cents': 500}

sales_report only reads. It leaves its arguments exactly as they were: the
list keeps its order, every sale keeps its keys and values, options keeps its
keys. So asking twice with the same arguments gives the same report. And each
report is new: it shares no list or dict with the arguments or with another
report, so a caller who changes one report changes nothing else.

Right now the dashboard's table comes back sorted, each top sale gains a
"rank" key, the second report has forgotten the currency and the top count,
and the refunds of every report ever built pile up in one module-level list.
Find every change this function makes outside itself, and remove it.
"""

from typing import Any

Sale = dict[str, Any]

# TODO: this list outlives every call. What else here changes something it does not own?
_refunds: list[str] = []


def sales_report(sales: list[Sale], options: dict[str, Any]) -> dict[str, Any]:
    currency = options.pop("currency", "EUR")
    top = options.pop("top", 3)
    sales.sort(key=lambda sale: sale["amount_cents"], reverse=True)  # largest first
    by_region: dict[str, int] = {}
    for sale in sales:
        by_region[sale["region"]] = by_region.get(sale["region"], 0) + sale["amount_cents"]
        if sale["amount_cents"] < 0:
            _refunds.append(sale["region"])
    best = sales[:top]
    for rank, sale in enumerate(best, start=1):
        sale["rank"] = rank
    return {
        "currency": currency,
        "total_cents": sum(by_region.values()),
        "top": best,
        "by_region": by_region,
        "refunds": _refunds,
    }
