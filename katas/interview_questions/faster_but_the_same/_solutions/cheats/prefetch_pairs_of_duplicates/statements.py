"""Blind cheat: prefetches the rate of every (currency, day) in the month up front, including those of duplicate deliveries that legacy skips, so it raises where legacy does not (or a different error first).

Differs on: [Transaction("t1","acme","2024-05-02","EUR",1), Transaction("t1","acme","2024-05-09","GBP",1)]
-> UnknownRate, while legacy skips the duplicate and returns {'acme': 1}.
"""

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    # one call per distinct pair, asked before the loop
    known: dict[tuple[str, str], float] = {}
    for transaction in transactions:
        pair = (transaction.currency, transaction.day)
        if transaction.currency != "EUR" and pair not in known:
            known[pair] = rates.rate(*pair)
    totals: dict[str, int] = {}
    seen: set[str] = set()
    for transaction in transactions:
        if transaction.id in seen:
            continue  # the feed delivered it twice
        seen.add(transaction.id)
        if transaction.currency == "EUR":
            euro_cents = transaction.cents
        else:
            euro_cents = round(transaction.cents * known[transaction.currency, transaction.day])
        totals[transaction.account] = totals.get(transaction.account, 0) + euro_cents
    return totals
