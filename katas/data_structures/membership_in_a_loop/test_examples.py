from .counting import measure
from .invites import new_subscribers


def test_only_new_addresses_are_returned_in_order():
    got = new_subscribers(["ana@x.io", "bo@x.io", "cy@x.io", "di@x.io"], ["di@x.io", "bo@x.io"])
    assert got == ["ana@x.io", "cy@x.io"]


def test_an_address_listed_twice_is_returned_twice():
    assert new_subscribers(["ana@x.io", "ana@x.io"], []) == ["ana@x.io", "ana@x.io"]


def test_nothing_new():
    assert new_subscribers(["bo@x.io"], ["ana@x.io", "bo@x.io"]) == []


def test_a_modest_import_makes_a_linear_number_of_comparisons():
    imported = [f"new{i}@x.io" for i in range(30)] + [f"old{i}@x.io" for i in range(10)]
    subscribers = [f"old{i}@x.io" for i in range(40)]
    got, comparisons, _ = measure(new_subscribers, imported, subscribers)
    assert got == [f"new{i}@x.io" for i in range(30)]
    budget = 3 * (len(imported) + len(subscribers)) + 10
    assert comparisons <= budget
