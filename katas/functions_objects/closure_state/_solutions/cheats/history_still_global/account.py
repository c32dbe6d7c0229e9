"""Blind cheat: swaps `global` for `nonlocal` on the balance only; the history stays one
module-level list, cleared by every new account.

Differs on: a = make_account(); a.deposit(5); b = make_account(); a.history() ->
correct [5], this returns [] (and b.deposit(1) shows up in a.history()).
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
