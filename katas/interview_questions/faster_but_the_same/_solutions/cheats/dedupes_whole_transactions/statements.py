"""Cheat: keeps a set of the transactions seen, not of their ids.

A redelivery that is the same tuple is skipped; one with the same id but
another amount (a corrected redelivery) is counted again.
Differs: [t1 for 5 cents, t1 for 7 cents] -> 12 (should be 5).
"""

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    totals: dict[str, int] = {}
    seen: set[Transaction] = set()
    known: dict[tuple[str, str], float] = {}  # this statement's rates only: they get corrected
    for transaction in transactions:
        if transaction in seen:
            continue
        seen.add(transaction)
        if transaction.currency == "EUR":
            euro_cents = transaction.cents
        else:
            pair = (transaction.currency, transaction.day)
            if pair not in known:
                known[pair] = rates.rate(*pair)
            euro_cents = round(transaction.cents * known[pair])
        totals[transaction.account] = totals.get(transaction.account, 0) + euro_cents
    return totals
