"""Reference: each call of make_account() is a new scope holding that account's state.

`balance` is rebound (an int cannot change), so the functions that assign to
it declare it `nonlocal`; `entries` is only mutated, so no declaration is
needed. history() hands out a copy, so no caller can edit the account.
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
        return list(entries)

    return Account(deposit, withdraw, balance, history)
