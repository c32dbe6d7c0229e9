"""Alternative: each id's first delivery kept in a dict; rates through a per-statement cache."""

from functools import cache

from .model import Rates, Transaction


def first_deliveries(transactions: list[Transaction]) -> list[Transaction]:
    """Each id's first delivery, in feed order."""
    first: dict[str, Transaction] = {}
    for transaction in transactions:
        first.setdefault(transaction.id, transaction)
    return list(first.values())


def statement(transactions: list[Transaction], rates: Rates) -> dict[str, int]:
    rate = cache(rates.rate)  # a new cache for every statement: rates get corrected
    totals: dict[str, int] = {}
    for t in first_deliveries(transactions):
        euro_cents = t.cents if t.currency == "EUR" else round(t.cents * rate(t.currency, t.day))
        totals[t.account] = totals.get(t.account, 0) + euro_cents
    return totals
