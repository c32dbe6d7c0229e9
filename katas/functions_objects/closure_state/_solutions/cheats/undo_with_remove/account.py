"""Blind cheat: records a withdrawal first and undoes a refused one with list.remove(), which drops
the FIRST equal entry, reordering the history.

Differs on: a = make_account(5); a.withdraw(5); a.deposit(2); a.withdraw(5) raises
ValueError, then a.history() -> correct [-5, 2], this returns [2, -5].
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
        entries.append(-amount)
        if amount > current:
            entries.remove(-amount)  # undo: a refused withdrawal changes nothing
            raise ValueError(f"cannot withdraw {amount}: the balance is {current}")
        current -= amount
        return current

    def balance() -> int:
        return current

    def history() -> list[int]:
        return list(entries)

    return Account(deposit, withdraw, balance, history)
