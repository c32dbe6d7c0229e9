"""Money moves between accounts in SQLite: all of it, or none of it.

The accounts live in one table (SCHEMA). A balance is a whole number of cents,
from 0 to MAX_BALANCE; the CHECK constraint refuses any other value.

transfer(conn, source, target, amount, after_debit=None) moves `amount` cents
from `source` to `target`. `conn` is a sqlite3.Connection opened with the
default settings (the sqlite3 module opens a transaction before an UPDATE and
waits for commit() or rollback()), with no transaction open on entry. The two
names differ; any str is a name, and case matters. `amount` is an int. The
steps, in this order:

1. amount <= 0: ValueError.
2. Debit the source: KeyError(source) if there is no such account,
   sqlite3.IntegrityError (the CHECK constraint) if its balance is under amount.
3. Call after_debit() when it is given (the audit hook; tests use it to fail
   halfway). Whatever it raises, any BaseException, propagates unchanged.
4. Credit the target: KeyError(target) if there is no such account,
   sqlite3.IntegrityError if its balance would go over MAX_BALANCE.
5. Commit: both balances change together, and only now can other connections
   to the database see the change.

    >>> transfer(conn, "alice", "bob", 30)   # alice 100 -> 70, bob 5 -> 35
    >>> transfer(conn, "alice", "bob", 500)  # raises sqlite3.IntegrityError

Whenever transfer() raises, whichever step fails, both balances stay exactly as
they were, for this connection and for every other one. Success or failure, it
returns with no transaction open (conn.in_transaction is False) and `conn`
still open and usable for the next call. While a transfer is under way, other
connections keep reading the last committed balances (they are never locked
out), and this connection sees its own debit.

Right now a failure after the debit loses the money: the debit is already
committed when the hook or the credit fails. Make the whole transfer one
transaction.
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
    debit = conn.execute(
        "UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source)
    )
    if debit.rowcount == 0:
        raise KeyError(source)
    conn.commit()  # TODO: the debit is saved on its own; what if the next step fails?
    if after_debit is not None:
        after_debit()
    credit = conn.execute(
        "UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target)
    )
    if credit.rowcount == 0:
        raise KeyError(target)
    conn.commit()
