"""Blind cheat: sums the cents per (account, currency, day) and converts and rounds each group once, instead of rounding each transaction on its own.

Differs on: two USD transactions of 1 cent each on a day at rate 0.5 for one account:
legacy gives round(0.5) + round(0.5) = 0, this gives round(2 * 0.5) = 1.
"""

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    groups: dict[tuple[str, str, str], int] = {}
    seen: set[str] = set()
    for transaction in transactions:
        if transaction.id in seen:
            continue  # the feed delivered it twice
        seen.add(transaction.id)
        key = (transaction.account, transaction.currency, transaction.day)
        groups[key] = groups.get(key, 0) + transaction.cents
    totals: dict[str, int] = {}
    known: dict[tuple[str, str], float] = {}
    for (account, currency, day), cents in groups.items():
        if currency == "EUR":
            euro_cents = cents
        else:
            if (currency, day) not in known:
                known[currency, day] = rates.rate(currency, day)
            euro_cents = round(cents * known[currency, day])
        totals[account] = totals.get(account, 0) + euro_cents
    return totals
