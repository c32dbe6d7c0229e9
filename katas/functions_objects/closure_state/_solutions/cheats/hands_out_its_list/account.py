"""Cheat: the state is per account, but history() returns the account's own list.

Closure state is private only while the closure keeps it to itself: a caller
who sorts, filters or appends to the list it got back edits the account's
history. The docstring promises a new list on every call.
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
