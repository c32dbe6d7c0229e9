import sqlite3
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import bank

MAX = bank.MAX_BALANCE  # the limit the schema enforces


class AuditDown(Exception):
    pass


# What the audit hook may raise: exceptions of every kind, including the ones
# transfer() raises itself (a KeyError or an IntegrityError that is not its
# own) and BaseExceptions that are not Exceptions.
FAILURES = {
    "AuditDown": lambda: AuditDown("audit down"),
    "RuntimeError": lambda: RuntimeError("boom"),
    "KeyError": lambda: KeyError("alice"),
    "IntegrityError": lambda: sqlite3.IntegrityError("from the hook"),
    "OperationalError": lambda: sqlite3.OperationalError("disk I/O error"),
    "KeyboardInterrupt": lambda: KeyboardInterrupt(),
    "SystemExit": lambda: SystemExit(3),
    "GeneratorExit": lambda: GeneratorExit(),
}

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=4)
names = st.sampled_from(["alice", "Alice", "bob", "", " bob", "é", "名前"]) | text
balances = st.sampled_from([0, 1, MAX - 1, MAX]) | st.integers(0, MAX) | st.integers(0, 300)
amounts = st.sampled_from([0, -1, 1, 30, MAX, MAX + 1]) | st.integers(-(2**40), 2**40)
hooks = st.just(None) | st.just("passes") | st.sampled_from(list(FAILURES))


@st.composite
def histories(draw: st.DrawFn):
    """Accounts, then transfers between them (and unknown names), many of which fail.

    Most transfers start from a known account with the money, so that the hook
    and the credit are reached often; the others fail early, on purpose.
    """
    accounts = draw(st.dictionaries(names, balances, min_size=1, max_size=4))
    known = st.sampled_from(sorted(accounts))
    steps = []
    for _ in range(draw(st.integers(1, 5))):
        often = draw(st.sampled_from(["known"] * 6 + ["any"]))
        source = draw(known if often == "known" else names)
        others = [name for name in sorted(accounts) if name != source]
        often = draw(st.sampled_from(["known"] * 4 + ["any"]))
        target = draw(st.sampled_from(others) if others and often == "known" else names)
        if target == source:
            target += "?"
        room = MAX - accounts.get(target, 0)  # what fills the target to the brim
        within = st.integers(1, max(1, accounts.get(source, 1)))
        often = draw(st.sampled_from(["within", "within", "brim", "any"]))
        if often == "brim":
            amount = draw(st.sampled_from([room, room + 1]))
        else:
            amount = draw(within if often == "within" else amounts)
        steps.append((source, target, amount, draw(hooks)))
    return accounts, steps


def model(accounts, steps):
    """What each transfer must do, step by step, in a plain dict."""
    now = dict(accounts)
    outcomes = []
    for source, target, amount, hook in steps:
        seen = []
        if amount <= 0:
            raised = "ValueError"
        elif source not in now:
            raised = ("KeyError", source)
        elif now[source] < amount:
            raised = "IntegrityError"
        else:
            seen.append({"this connection": {**now, source: now[source] - amount}, "others": now})
            if hook in FAILURES:
                raised = ("the hook's own exception", hook)
            elif target not in now:
                raised = ("KeyError", target)
            elif now[target] + amount > MAX:
                raised = "IntegrityError"
            else:
                raised = None
                now = {**now, source: now[source] - amount, target: now[target] + amount}
        if hook is None:
            seen = []
        outcomes.append(outcome(raised, seen, now, now, False))
    return outcomes


def outcome(raised, seen, mine, others, pending):
    return {
        "raised": raised,
        "the hook saw": seen,
        "balances after, this connection": mine,
        "balances after, other connections": others,
        "transaction left open": pending,
    }


def read(conn):
    try:
        return dict(conn.execute("SELECT name, balance FROM accounts").fetchall())
    except sqlite3.ProgrammingError:
        return "the connection is closed"


def in_transaction(conn):
    try:
        return conn.in_transaction
    except sqlite3.ProgrammingError:
        return "the connection is closed"


def described(error, made):
    """What was raised, as the model names it."""
    if error is None:
        return None
    if error is made:
        return ("the hook's own exception", type(error).__name__)
    if type(error) is KeyError:
        return ("KeyError", *error.args)
    return type(error).__name__


def replay(transfer, accounts, steps):
    """Run the steps against a real file database, watched by a second connection."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.db"
        setup = sqlite3.connect(path)
        setup.execute("PRAGMA synchronous = OFF")  # no fsync: the test needs no durability
        setup.execute(bank.SCHEMA)
        setup.executemany("INSERT INTO accounts VALUES (?, ?)", accounts.items())
        setup.commit()
        setup.close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA synchronous = OFF")
        other = sqlite3.connect(path, timeout=0)
        outcomes = []
        try:
            for source, target, amount, hook in steps:
                seen, made = [], []

                def after_debit(hook=hook, seen=seen, made=made):
                    seen.append({"this connection": read(conn), "others": read(other)})
                    if hook in FAILURES:
                        made.append(FAILURES[hook]())
                        raise made[-1]

                try:
                    transfer(conn, source, target, amount, after_debit if hook else None)
                    error = None
                except BaseException as e:  # the hook raises any of them
                    error = e
                raised = described(error, made[-1] if made else None)
                pending = in_transaction(conn)
                outcomes.append(outcome(raised, seen, read(conn), read(other), pending))
                if pending is True:
                    conn.rollback()  # report this step, not the later ones it spoils
        finally:
            conn.close()
            other.close()
    return outcomes


@settings(parent=kata_settings, max_examples=50)  # a file database per example
@given(history=histories())
@example(history=({"alice": 100, "bob": 5}, [("alice", "bob", 30, "AuditDown")]))
@example(history=({"alice": 100, "bob": 5}, [("alice", "bob", 30, "SystemExit")]))
@example(history=({"alice": 100, "bob": 5}, [("alice", "carol", 30, "AuditDown")]))
@example(history=({"alice": 1, "Alice": MAX - 1}, [("alice", "Alice", 1, None)]))  # to the brim
@example(history=({"alice": 100, "bob": 5}, [("bob", "alice", 5, None)]))  # the whole balance
@example(history=({"alice": 100, "bob": 5}, [("alice", "bob", -5, None)]))
@example(history=({}, [("alice", "bob", 1, "passes")]))
def test_each_transfer_is_all_or_nothing(history):
    accounts, steps = history
    want = model(accounts, steps)
    got = replay(bank.transfer, accounts, steps)
    for step, (mine, expected) in enumerate(zip(got, want, strict=True)):
        assert_same(mine, expected, accounts=accounts, steps=steps[: step + 1])


@settings(parent=kata_settings, max_examples=15)  # two file databases per example
@given(history=histories(), dropped=st.integers(0, 3))
@example(history=({"alice": 100, "bob": 5}, [("alice", "bob", 30, None)]), dropped=1)
def test_each_call_reads_the_database_it_is_given(history, dropped):
    """The same transfers on two databases in turn; the second one lacks an account."""
    accounts, steps = history
    missing = sorted(accounts)[dropped % len(accounts)]
    fewer = {name: cents for name, cents in accounts.items() if name != missing}
    for database in (accounts, fewer):
        got = replay(bank.transfer, database, steps)
        for step, (mine, expected) in enumerate(zip(got, model(database, steps), strict=True)):
            assert_same(mine, expected, accounts=database, steps=steps[: step + 1])
