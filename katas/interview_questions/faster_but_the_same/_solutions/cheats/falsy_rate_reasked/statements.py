"""Blind cheat: the per-statement rate cache tests truthiness, so a rate of 0.0 is asked for again on every transaction.

Differs on: three USD transactions on 2024-05-02 where that rate is 0.0: the rate service
is called three times, not once.
"""

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    totals: dict[str, int] = {}
    seen: set[str] = set()
    known: dict[tuple[str, str], float] = {}
    for transaction in transactions:
        if transaction.id in seen:
            continue  # the feed delivered it twice
        seen.add(transaction.id)
        if transaction.currency == "EUR":
            euro_cents = transaction.cents
        else:
            pair = (transaction.currency, transaction.day)
            rate = known.get(pair) or rates.rate(*pair)
            known[pair] = rate
            euro_cents = round(transaction.cents * rate)
        totals[transaction.account] = totals.get(transaction.account, 0) + euro_cents
    return totals
