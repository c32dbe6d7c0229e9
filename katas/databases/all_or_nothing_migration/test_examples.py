import sqlite3
from contextlib import closing

import pytest

from .migrate import migrate
from .schema import create_version_0, snapshot

USERS = [
    (1, "Ann@Example.com ", "Ann"),
    (2, "bob@example.com", None),
    (5, "Zoë@example.com", "Zoë"),
]


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "accounts.db"
    create_version_0(path, USERS, orders=[(1, 1250), (5, 99)])
    return path


def run_migration(path):
    with closing(sqlite3.connect(path)) as connection:
        migrate(connection)
        assert not connection.in_transaction, "migrate() left a transaction open"


def test_every_user_gets_an_email_key(database):
    run_migration(database)
    after = snapshot(database)
    assert after["user_version"] == 1
    assert after["users"] == [
        (1, "Ann@Example.com ", "Ann", "ann@example.com"),
        (2, "bob@example.com", None, "bob@example.com"),
        (5, "Zoë@example.com", "Zoë", "zoë@example.com"),
    ]
    assert after["orders"] == [(1, 1, 1250), (2, 5, 99)]


def test_the_key_is_required_and_unique_afterwards(database):
    run_migration(database)
    with closing(sqlite3.connect(database)) as connection:
        insert = "INSERT INTO users (email, name, email_key) VALUES (?, ?, ?)"
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(insert, ("ANN@example.com", "Ann again", "ann@example.com"))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(insert, ("cy@example.com", "Cy", None))


def test_running_it_again_changes_nothing(database):
    run_migration(database)
    migrated = snapshot(database)
    run_migration(database)
    run_migration(database)
    assert snapshot(database) == migrated


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path):
    path = tmp_path / "accounts.db"
    create_version_0(path, [(1, "ann@example.com", "Ann"), (2, " ANN@example.com", "Ann, twice")])
    before = snapshot(path)
    with closing(sqlite3.connect(path)) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            migrate(connection)
        assert not connection.in_transaction, "migrate() left a transaction open"
    assert snapshot(path) == before


def test_a_failed_migration_can_be_run_again_once_the_data_is_fixed(tmp_path):
    path = tmp_path / "accounts.db"
    create_version_0(path, [(1, "ann@example.com", "Ann"), (2, " ANN@example.com", "Ann, twice")])
    with closing(sqlite3.connect(path)) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            migrate(connection)
        connection.execute("DELETE FROM users WHERE id = 2")
        connection.commit()
        migrate(connection)
    assert snapshot(path)["users"] == [(1, "ann@example.com", "Ann", "ann@example.com")]


def test_autocommit_connections_are_migrated_all_or_nothing_too(tmp_path):
    path = tmp_path / "accounts.db"
    create_version_0(path, [(1, "ann@example.com", "Ann"), (2, "Ann@example.com", None)])
    before = snapshot(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            migrate(connection)
        assert connection.isolation_level is None
    assert snapshot(path) == before
