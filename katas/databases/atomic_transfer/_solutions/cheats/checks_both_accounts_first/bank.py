"""Cheat: looks both accounts up before the debit, so an unknown target is refused before the hook.

Differs: with an unknown target and a hook that fails, it raises KeyError(target)
instead of the hook's exception, and the hook is never called.
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
        for name in (source, target):
            found = conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchall()
            if not found:
                raise KeyError(name)
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source))
        if after_debit is not None:
            after_debit()
        conn.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target))
