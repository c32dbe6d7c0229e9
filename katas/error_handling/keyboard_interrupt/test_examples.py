import sys

import pytest

from .batch import run_batch


def test_good_items_are_done():
    report = run_batch(["1", "2", "3"], int)
    assert report.done == ["1", "2", "3"]
    assert report.failed == []


def test_a_bad_item_is_recorded_and_the_batch_goes_on():
    report = run_batch(["1", "two", "3"], int)
    assert report.done == ["1", "3"]
    [(item, error)] = report.failed
    assert item == "two"
    assert isinstance(error, ValueError)


def test_an_unknown_key_is_a_failed_item_too():
    prices = {"apple": 3, "pear": 4}
    report = run_batch(["apple", "kiwi", "pear"], prices.__getitem__)
    assert report.done == ["apple", "pear"]
    assert [(item, type(error)) for item, error in report.failed] == [("kiwi", KeyError)]


def test_ctrl_c_stops_the_batch_at_once():
    handled = []
    ctrl_c = KeyboardInterrupt()

    def handle(item: str) -> None:
        handled.append(item)
        if item == "b":
            raise ctrl_c

    with pytest.raises(KeyboardInterrupt) as stopped:
        run_batch(["a", "b", "c", "d"], handle)
    assert stopped.value is ctrl_c
    assert handled == ["a", "b"]


def test_sys_exit_stops_the_batch_with_its_exit_code():
    handled = []

    def handle(item: str) -> None:
        handled.append(item)
        if item == "stop":
            sys.exit(3)

    with pytest.raises(SystemExit) as stopped:
        run_batch(["a", "stop", "c"], handle)
    assert stopped.value.code == 3
    assert handled == ["a", "stop"]
