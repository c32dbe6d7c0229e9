"""Blind cheat: remembers account names in a module-level set across calls (and databases) and skips the existence check for them.

Differs on: a transfer to "bob" in one database, then transfer(conn2, "alice", "bob", 30) on a
database with no "bob": no KeyError, alice is debited 30 and the money vanishes (committed).
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

_known_accounts: set[str] = set()


def _require(conn: sqlite3.Connection, name: str) -> None:
    if name in _known_accounts:
        return  # already checked once, no need to query again
    if conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone() is None:
        raise KeyError(name)
    _known_accounts.add(name)


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
        _require(conn, source)
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source))
        if after_debit is not None:
            after_debit()
        _require(conn, target)
        conn.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target))
