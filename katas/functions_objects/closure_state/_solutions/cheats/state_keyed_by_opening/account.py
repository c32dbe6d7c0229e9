"""Blind cheat: keeps module-level state, one ledger per opening balance, so two accounts opened
with the same amount share one balance.

Differs on: a = make_account(100); b = make_account(100); a.deposit(5); b.balance() ->
correct 100, this returns 105 (within each example the accounts open with different amounts).
"""

from collections.abc import Callable
from typing import NamedTuple


class Account(NamedTuple):
    deposit: Callable[[int], int]
    withdraw: Callable[[int], int]
    balance: Callable[[], int]
    history: Callable[[], list[int]]


_ledgers: dict[int, dict] = {}  # one ledger per account, found by its opening balance


def make_account(opening: int = 0) -> Account:
    _ledgers[opening] = {"balance": opening, "history": []}

    def deposit(amount: int) -> int:
        ledger = _ledgers[opening]
        ledger["balance"] += amount
        ledger["history"].append(amount)
        return ledger["balance"]

    def withdraw(amount: int) -> int:
        ledger = _ledgers[opening]
        if amount > ledger["balance"]:
            raise ValueError(f"cannot withdraw {amount}: the balance is {ledger['balance']}")
        ledger["balance"] -= amount
        ledger["history"].append(-amount)
        return ledger["balance"]

    def balance() -> int:
        return _ledgers[opening]["balance"]

    def history() -> list[int]:
        return list(_ledgers[opening]["history"])

    return Account(deposit, withdraw, balance, history)
