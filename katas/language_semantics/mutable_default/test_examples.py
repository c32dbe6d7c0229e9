from .audit import record


def test_calls_without_a_trail_do_not_share_one():
    assert record("ana", "login") == ["ana login"]
    assert record("bo", "login") == ["bo login"]
    assert record("ana", "logout") == ["ana logout"]


def test_a_trail_returned_earlier_does_not_change_later():
    first = record("ana", "login")
    record("bo", "delete")
    assert first == ["ana login"]


def test_a_callers_trail_is_extended_in_place():
    trail = ["ana login"]
    assert record("ana", "logout", trail=trail) is trail
    assert record("bo", "login", trail=trail) is trail
    assert trail == ["ana login", "ana logout", "bo login"]
