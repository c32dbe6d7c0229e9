import sqlite3

import pytest

from .bank import MAX_BALANCE, SCHEMA, transfer

START = {"alice": 100, "bob": 5, "carol": MAX_BALANCE - 10}


@pytest.fixture
def path(tmp_path):
    """A file database holding START, committed."""
    path = tmp_path / "bank.db"
    with sqlite3.connect(path) as setup:
        setup.execute(SCHEMA)
        setup.executemany("INSERT INTO accounts VALUES (?, ?)", START.items())
    setup.close()
    return path


@pytest.fixture
def conn(path):
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def committed(path) -> dict[str, int]:
    """The balances another connection sees: what has been committed."""
    other = sqlite3.connect(path, timeout=0)
    try:
        return dict(other.execute("SELECT name, balance FROM accounts").fetchall())
    finally:
        other.close()


class AuditDown(Exception):
    pass


def audit_down():
    raise AuditDown("the audit service does not answer")


def test_a_transfer_moves_the_money(conn, path):
    transfer(conn, "alice", "bob", 30)
    assert committed(path) == {**START, "alice": 70, "bob": 35}
    assert not conn.in_transaction


def test_a_failing_hook_after_the_debit_leaves_both_balances(conn, path):
    with pytest.raises(AuditDown):
        transfer(conn, "alice", "bob", 30, after_debit=audit_down)
    assert committed(path) == START


def test_a_full_target_refuses_the_money_and_the_source_keeps_it(conn, path):
    with pytest.raises(sqlite3.IntegrityError):
        transfer(conn, "alice", "carol", 11)
    assert committed(path) == START


def test_an_unknown_target_gives_the_money_back(conn, path):
    with pytest.raises(KeyError):
        transfer(conn, "alice", "dave", 30)
    assert committed(path) == START


def test_an_insufficient_balance_changes_nothing_and_leaves_no_transaction(conn, path):
    with pytest.raises(sqlite3.IntegrityError):
        transfer(conn, "bob", "alice", 6)
    assert not conn.in_transaction
    assert committed(path) == START


def test_other_connections_see_nothing_until_the_commit(conn, path):
    seen = {}

    def look():
        seen["this connection"] = dict(conn.execute("SELECT name, balance FROM accounts"))
        seen["another connection"] = committed(path)

    transfer(conn, "alice", "bob", 30, after_debit=look)
    assert seen["this connection"] == {**START, "alice": 70}  # its own debit, not yet the credit
    assert seen["another connection"] == START
    assert committed(path) == {**START, "alice": 70, "bob": 35}


def test_the_connection_stays_usable_after_a_failure(conn, path):
    with pytest.raises(KeyError):
        transfer(conn, "alice", "dave", 30)
    transfer(conn, "alice", "bob", 10)
    assert committed(path) == {**START, "alice": 90, "bob": 15}


def test_ctrl_c_halfway_changes_nothing(conn, path):
    def interrupted():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        transfer(conn, "alice", "bob", 30, after_debit=interrupted)
    assert not conn.in_transaction
    assert committed(path) == START
