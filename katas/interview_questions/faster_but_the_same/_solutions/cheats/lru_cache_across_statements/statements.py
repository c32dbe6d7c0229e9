"""Blind cheat: caches rates with functools.lru_cache keyed by (rates, currency, day), so a rate the provider corrects between two statements is served stale.

Differs on: statement([t USD 2024-05-02 1000], rates) with rate 0.92, then the provider corrects
it to 0.95 on the same `rates` object; the second statement returns {'acme': 920}, not 950.
"""

from functools import cache

from .model import Rates, Transaction


@cache
def _rate(rates: Rates, currency: str, day: str) -> float:
    return rates.rate(currency, day)


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    totals: dict[str, int] = {}
    seen: set[str] = set()
    for transaction in transactions:
        if transaction.id in seen:
            continue  # the feed delivered it twice
        seen.add(transaction.id)
        if transaction.currency == "EUR":
            euro_cents = transaction.cents
        else:
            rate = _rate(rates, transaction.currency, transaction.day)
            euro_cents = round(transaction.cents * rate)
        totals[transaction.account] = totals.get(transaction.account, 0) + euro_cents
    return totals
