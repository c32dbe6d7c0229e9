"""The statement as it runs in production today. Do not edit: the tests compare with it."""

from .model import Rates, Transaction


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    totals: dict[str, int] = {}
    seen: list[str] = []
    for transaction in transactions:
        if transaction.id in seen:
            continue  # the feed delivered it twice
        seen.append(transaction.id)
        if transaction.currency == "EUR":
            euro_cents = transaction.cents
        else:
            rate = rates.rate(transaction.currency, transaction.day)
            euro_cents = round(transaction.cents * rate)
        totals[transaction.account] = totals.get(transaction.account, 0) + euro_cents
    return totals
