"""Cheat: totals in a defaultdict(int), returned as it is.

The totals are right, but the caller now gets 0 for an account that is not in
the statement, where it got KeyError before.
Differs: statement([], rates)["acme"] -> 0 (should raise KeyError).
"""

from collections import defaultdict

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    totals: defaultdict[str, int] = defaultdict(int)
    seen: set[str] = set()
    known: dict[tuple[str, str], float] = {}  # this statement's rates only: they get corrected
    for transaction in transactions:
        if transaction.id in seen:
            continue
        seen.add(transaction.id)
        if transaction.currency == "EUR":
            euro_cents = transaction.cents
        else:
            pair = (transaction.currency, transaction.day)
            if pair not in known:
                known[pair] = rates.rate(*pair)
            euro_cents = round(transaction.cents * known[pair])
        totals[transaction.account] += euro_cents
    return totals
