"""Cheat: turns each `global` into `nonlocal`, and so moves only the balance.

The history list is never named in a `global` statement (appending to it
rebinds nothing), so it stays at module level: every account still shares one
history, and opening an account wipes the history of the others. The examples
compare two accounts' balances, never their histories.
"""

from collections.abc import Callable
from typing import NamedTuple


class Account(NamedTuple):
    deposit: Callable[[int], int]
    withdraw: Callable[[int], int]
    balance: Callable[[], int]
    history: Callable[[], list[int]]


_history: list[int] = []


def make_account(opening: int = 0) -> Account:
    current = opening
    _history.clear()

    def deposit(amount: int) -> int:
        nonlocal current
        current += amount
        _history.append(amount)
        return current

    def withdraw(amount: int) -> int:
        nonlocal current
        if amount > current:
            raise ValueError(f"cannot withdraw {amount}: the balance is {current}")
        current -= amount
        _history.append(-amount)
        return current

    def balance() -> int:
        return current

    def history() -> list[int]:
        return list(_history)

    return Account(deposit, withdraw, balance, history)
