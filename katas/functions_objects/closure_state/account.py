"""Bank accounts kept in closures: no class, just functions that share state.

make_account(opening) opens an account and returns its four functions.
deposit(amount) and withdraw(amount) return the new balance; balance()
returns it; history() returns the accepted transactions so far, oldest first
(a deposit as +amount, a withdrawal as -amount; the opening balance is not a
transaction), as a new list. Amounts are positive ints. A withdrawal larger
than the balance raises ValueError and changes nothing. Every account is
independent of every other one:

    >>> a = make_account(100)
    >>> b = make_account()
    >>> a.withdraw(30), b.deposit(5), a.balance(), b.history()
    (70, 5, 70, [5])

Right now every account shares one balance and one history, kept at module
level: opening b wipes a's money (a.withdraw(30) raises), and each account
sees the other's transactions. Keep each account's state in its own call of
make_account(), shared by that account's four functions and nothing else.
"""

from collections.abc import Callable
from typing import NamedTuple


class Account(NamedTuple):
    deposit: Callable[[int], int]
    withdraw: Callable[[int], int]
    balance: Callable[[], int]
    history: Callable[[], list[int]]


# TODO: one balance and one history for the whole program. Whose money is this?
_balance = 0
_history: list[int] = []


def make_account(opening: int = 0) -> Account:
    global _balance
    _balance = opening
    _history.clear()

    def deposit(amount: int) -> int:
        global _balance
        _balance += amount
        _history.append(amount)
        return _balance

    def withdraw(amount: int) -> int:
        global _balance
        if amount > _balance:
            raise ValueError(f"cannot withdraw {amount}: the balance is {_balance}")
        _balance -= amount
        _history.append(-amount)
        return _balance

    def balance() -> int:
        return _balance

    def history() -> list[int]:
        return list(_history)

    return Account(deposit, withdraw, balance, history)
