"""Reference: `with conn:` makes the debit, the hook and the credit one transaction.

Connection.__exit__ commits when the block ends normally and rolls back when it
ends with any exception (BaseException included); it does not close the
connection.
"""

import sqlite3
from collections.abc import Callable

MAX_BALANCE = 1_000_000

SCHEMA = """
CREATE TABLE accounts (
    name TEXT PRIMARY KEY,
    balance INTEGER NOT NULL CHECK (balance BETWEEN 0 AND 1000000)
)
"""


def transfer(
    conn: sqlite3.Connection,
    source: str,
    target: str,
    amount: int,
    after_debit: Callable[[], object] | None = None,
) -> None:
    if amount <= 0:
        raise ValueError(f"a transfer moves a positive amount, not {amount}")
    with conn:
        debit = conn.execute(
            "UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source)
        )
        if debit.rowcount == 0:
            raise KeyError(source)
        if after_debit is not None:
            after_debit()
        credit = conn.execute(
            "UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target)
        )
        if credit.rowcount == 0:
            raise KeyError(target)
