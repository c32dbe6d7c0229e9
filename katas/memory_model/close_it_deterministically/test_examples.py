import pytest

from .copier import copy_table
from .fakedb import DatabaseError, Server


def servers(rows: list[tuple[object, ...]], target_fails: str = "") -> tuple[Server, Server]:
    return Server("source", {"users": rows}), Server("target", fail=target_fails)


def test_the_rows_are_copied_and_both_connections_closed():
    source, target = servers([("ana",), ("bo",)])
    assert copy_table(source, target, "users") == 2
    assert target.tables["users"] == [("ana",), ("bo",)]
    assert source.open == [] and target.open == []
    assert source.problems + target.problems == []


def test_an_empty_table_closes_both_connections_too():
    source, target = servers([])
    assert copy_table(source, target, "users") == 0
    assert source.open == [] and target.open == []
    assert source.problems + target.problems == [], "copy_table() did not close them itself"


def test_a_failed_insert_closes_both_connections_and_reaches_the_caller():
    source, target = servers([("ana",)], target_fails="insert")
    with pytest.raises(DatabaseError) as raised:
        copy_table(source, target, "users")
    assert raised.value is target.raised
    # The caller holds the error (to log it, to retry): are the connections closed meanwhile?
    assert source.open + target.open == [], "still open while the caller handles the error"
