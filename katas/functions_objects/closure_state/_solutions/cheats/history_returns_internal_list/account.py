"""Blind cheat: history() hands out the account's own list instead of a new one, so callers can
edit the account's history.

Differs on: a = make_account(); a.deposit(5); a.history().append(99); a.history() ->
correct [5], this returns [5, 99].
"""

from collections.abc import Callable
from typing import NamedTuple


class Account(NamedTuple):
    deposit: Callable[[int], int]
    withdraw: Callable[[int], int]
    balance: Callable[[], int]
    history: Callable[[], list[int]]


def make_account(opening: int = 0) -> Account:
    current = opening
    entries: list[int] = []

    def deposit(amount: int) -> int:
        nonlocal current
        current += amount
        entries.append(amount)
        return current

    def withdraw(amount: int) -> int:
        nonlocal current
        if amount > current:
            raise ValueError(f"cannot withdraw {amount}: the balance is {current}")
        current -= amount
        entries.append(-amount)
        return current

    def balance() -> int:
        return current

    def history() -> list[int]:
        return entries

    return Account(deposit, withdraw, balance, history)
