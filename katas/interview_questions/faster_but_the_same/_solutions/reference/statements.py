"""Reference: legacy.py with a set of seen ids and the rates remembered for one statement."""

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    totals: dict[str, int] = {}
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
        totals[transaction.account] = totals.get(transaction.account, 0) + euro_cents
    return totals
