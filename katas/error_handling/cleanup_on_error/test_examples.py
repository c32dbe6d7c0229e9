import pytest

from .fakes import FakePool
from .queries import run_query


def test_a_query_returns_its_rows_and_gives_the_connection_back():
    pool = FakePool(size=1)
    assert run_query(pool, lambda connection: [(1,)]) == [(1,)]
    assert pool.out == []


def test_a_failing_query_gives_its_connection_back():
    pool = FakePool(size=1)

    def broken(connection: str) -> list[tuple[int]]:
        raise ValueError("syntax error at or near 'selct'")

    with pytest.raises(ValueError, match="selct"):
        run_query(pool, broken)
    assert pool.out == []


def test_the_querys_own_error_reaches_the_caller():
    pool = FakePool()
    missing = KeyError("user 7")

    def lookup(connection: str) -> str:
        raise missing

    with pytest.raises(KeyError) as raised:
        run_query(pool, lookup)
    assert raised.value is missing


def test_failed_queries_do_not_drain_the_pool():
    pool = FakePool(size=2)
    for _ in range(3):
        with pytest.raises(ZeroDivisionError):
            run_query(pool, lambda connection: 1 / 0)
    assert run_query(pool, lambda connection: "still serving") == "still serving"
    assert pool.problems == []
