import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import migrate as learner
from .schema import VERSION_0, snapshot

# Emails that give the same key (case, spaces, ß and ss, composed letters),
# beside text of any script: a database may or may not be migratable.
LOOKALIKES = ["ann@example.com", "Ann@Example.com", " ann@example.com", "ann@example.com\t"]
LOOKALIKES += ["STRASSE@example.de", "straße@example.de", "Zoë@example.com", "zoë@example.com"]
LOOKALIKES += ["", " ", "o'neil@example.ie", "李@example.cn"]
text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=8)
emails = st.sampled_from(LOOKALIKES) | text
names = st.none() | st.sampled_from(["", "Ann", "Zoë", "O'Neil"]) | text
ids = st.integers(min_value=-(2**62), max_value=2**62)
cents = st.integers(min_value=-(2**63), max_value=2**63 - 1)
# More than a hundred users, the first two sharing a key: the failure comes late.
MANY = [(n, f"user{n}@example.com", None) for n in range(3, 150)]
MANY_AND_A_DUPLICATE = [(1, "ann@example.com", "Ann"), (2, "ANN@example.com", None), *MANY]


@st.composite
def databases(draw):
    """A database at version 0 (users, orders of those users, perhaps many rows), how it is
    connected, and whether a first migration already ran."""
    users = draw(st.lists(st.tuples(ids, emails, names), max_size=8, unique_by=lambda u: u[0]))
    if draw(st.booleans()):  # many rows, all with distinct keys
        start = max([user_id for user_id, _, _ in users], default=0) + 1
        count = draw(st.integers(1, 150))
        users += [(start + n, f"user{n}@Example.com", None) for n in range(count)]
    orders = []
    if users:
        orders = draw(
            st.lists(st.tuples(st.sampled_from([u[0] for u in users]), cents), max_size=4)
        )
    isolation = draw(st.sampled_from(["", None, "DEFERRED", "IMMEDIATE"]))
    return users, orders, isolation, draw(st.booleans())


def build(path, users, orders):
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA synchronous = OFF")  # a test database need not survive a crash
        connection.executescript(VERSION_0)
        connection.executemany("INSERT INTO users (id, email, name) VALUES (?, ?, ?)", users)
        connection.executemany("INSERT INTO orders (user_id, total_cents) VALUES (?, ?)", orders)
        connection.commit()


def interrupt_once(at: int):
    """A progress handler that interrupts the statement running at its at-th call, once."""
    calls = 0

    def handler() -> int:
        nonlocal calls
        calls += 1
        return calls == at

    return handler


def run(migrate, path, isolation, interrupt_at=None):
    """Call migrate() on a new connection: what happened, and the state of that connection."""
    with closing(sqlite3.connect(path, isolation_level=isolation)) as connection:
        connection.execute("PRAGMA synchronous = OFF")
        if interrupt_at is not None:  # as if the deploy were stopped at that point
            connection.set_progress_handler(interrupt_once(interrupt_at), 20)
        try:
            migrate(connection)
            outcome = "returned"
        except sqlite3.IntegrityError:
            outcome = "raised sqlite3.IntegrityError"
        except Exception as error:  # shown in the summary
            outcome = f"raised {type(error).__name__}: {error}"
        return {
            "outcome": outcome,
            "transaction left open": connection.in_transaction,
            "isolation_level after": connection.isolation_level,
        }


def refused(connection, row):
    try:
        connection.execute(
            "INSERT INTO users (id, email, name, email_key) VALUES (?, ?, ?, ?)", row
        )
    except sqlite3.IntegrityError:
        return "refused"
    except sqlite3.OperationalError as error:  # no email_key column
        return f"OperationalError: {error}"
    return "accepted"


def probes(path):
    """What the table accepts once migrated: NULL keys, a key that exists, a new key."""
    with closing(sqlite3.connect(path)) as connection:
        fresh = (connection.execute("SELECT max(id) FROM users").fetchone()[0] or 0) + 1
        tried = {"NULL key": refused(connection, (fresh, "new@example.com", None, None))}
        connection.rollback()
        tried["a new key"] = refused(
            connection, (fresh, "new@example.com", None, "new@example.com")
        )
        connection.rollback()
        key = connection.execute("SELECT email_key FROM users LIMIT 1").fetchone()
        if key is not None:
            tried["an existing key"] = refused(connection, (fresh, "x", None, key[0]))
            connection.rollback()
    return tried


def migrated_story(
    migrate, migrate_first, directory, users, orders, isolation, already, twice=True
):
    """Build the database, maybe migrate it once already, then run migrate() twice (or once)."""
    path = Path(directory) / "accounts.db"
    build(path, users, orders)
    if already:
        run(migrate_first, path, "")
    story = {"before": snapshot(path), "first run": run(migrate, path, isolation)}
    story["after the first run"] = snapshot(path)
    if not twice:
        return story
    story["second run"] = run(migrate, path, isolation)
    story["after the second run"] = snapshot(path)
    if story["after the second run"]["user_version"] == 1:
        story["inserts afterwards"] = probes(path)
    return story


def both(reference, users, orders, isolation, already):
    with tempfile.TemporaryDirectory() as mine, tempfile.TemporaryDirectory() as theirs:
        got = migrated_story(
            learner.migrate, reference.migrate, mine, users, orders, isolation, already
        )
        want = migrated_story(
            reference.migrate, reference.migrate, theirs, users, orders, isolation, already
        )
    return got, want


@settings(parent=kata_settings, max_examples=20)  # two database files per example
@given(database=databases())
@example(database=([(1, "ann@example.com", "Ann"), (2, "ANN@example.com", None)], [], "", False))
@example(database=([(1, "ann@example.com", "Ann"), (2, "ANN@example.com", None)], [], None, False))
@example(database=([(1, "a@b", None), (2, "A@b", None)], [(2, 5)], "IMMEDIATE", False))
@example(database=([(1, "a@b", "Ann")], [(1, 5)], "", True))
@example(database=([(1, "a@b", "Ann")], [(1, 5)], None, True))
@example(database=([], [], "", False))
@example(database=(MANY_AND_A_DUPLICATE, [], "", False))
@example(database=([(7, "STRASSE@example.de", None), (9, "straße@example.de", "S")], [], "", False))
def test_a_migration_is_all_or_nothing_and_runs_again_safely(reference, database):
    users, orders, isolation, already = database
    got, want = both(reference, users, orders, isolation, already)
    assert_same(got, want, database=database)


@settings(parent=kata_settings, max_examples=20)  # two database files per example
@given(database=databases(), interrupt_at=st.integers(1, 150))
@example(database=([(1, "a@b", "Ann"), (2, "c@d", None)], [(1, 5)], "", False), interrupt_at=3)
@example(database=(MANY, [(3, 1)], "", False), interrupt_at=8)  # in the middle of the backfill
@example(database=(MANY, [], None, False), interrupt_at=8)
@example(database=([], [], "", False), interrupt_at=4)  # after the ALTER TABLE
@example(database=(MANY, [], "", False), interrupt_at=60)  # later in the backfill
@example(database=(MANY, [], None, False), interrupt_at=120)
def test_an_interrupted_migration_leaves_the_database_as_it_was(reference, database, interrupt_at):
    users, orders, isolation, already = database
    with tempfile.TemporaryDirectory() as mine, tempfile.TemporaryDirectory() as theirs:
        expected = migrated_story(
            reference.migrate, reference.migrate, theirs, users, orders, isolation, already, False
        )
        path = Path(mine) / "accounts.db"
        build(path, users, orders)
        if already:
            run(reference.migrate, path, "")
        before = snapshot(path)
        interrupted = run(learner.migrate, path, isolation, interrupt_at=interrupt_at)
        after = snapshot(path)
        again = run(learner.migrate, path, isolation)
        finally_ = snapshot(path)
    allowed = ["raised OperationalError: interrupted", expected["first run"]["outcome"]]
    outcome = interrupted["outcome"]
    migrated = expected["after the first run"]
    got = {
        "interrupted run": dict(interrupted, outcome="allowed" if outcome in allowed else outcome),
        "after it": "as before" if after == before else "migrated" if after == migrated else after,
        "run again": again,
        "after that": finally_,
    }
    unchanged = outcome.startswith("raised") or migrated == before
    want = {
        "interrupted run": dict(expected["first run"], outcome="allowed"),
        "after it": "as before" if unchanged else "migrated",
        "run again": expected["first run"],  # a second run answers as the first did
        "after that": expected["after the first run"],
    }
    assert_same(got, want, database=database, interrupt_at=interrupt_at)
