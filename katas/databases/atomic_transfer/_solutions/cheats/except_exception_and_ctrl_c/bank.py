"""Blind cheat: rolls back on Exception and KeyboardInterrupt only; SystemExit/GeneratorExit from the hook leave the debit pending.

Differs on: transfer(conn, "alice", "bob", 30, after_debit=lambda: sys.exit(1)) -> SystemExit
propagates but conn.in_transaction is still True (the debit is pending; the next commit saves it).
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
    try:
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
    except (Exception, KeyboardInterrupt):  # errors and Ctrl-C
        conn.rollback()
        raise
    conn.commit()
