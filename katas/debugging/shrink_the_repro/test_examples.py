import pytest

from .repro import minimise


class Recorder:
    """Wraps a failure predicate: counts calls, checks each candidate comes from the input."""

    def __init__(self, items, predicate):
        self.items = list(items)
        self.predicate = predicate
        self.calls = 0

    def __call__(self, candidate):
        self.calls += 1
        assert isinstance(candidate, list), f"fails() got {type(candidate).__name__}, not a list"
        remaining = iter(self.items)
        assert all(entry in remaining for entry in candidate), f"not in input order: {candidate}"
        return self.predicate(candidate)


def test_a_single_bad_log_line_is_found():
    log = [f"INFO request {i} ok" for i in range(15)] + ["ERROR pool exhausted"]
    fails = Recorder(log, lambda lines: "ERROR pool exhausted" in lines)
    assert minimise(log, fails) == ["ERROR pool exhausted"]


def test_a_failure_that_needs_entries_from_both_halves():
    config = ["debug=off", "cache=on", "region=eu", "tls=on", "retries=3", "workers=4"]
    fails = Recorder(config, lambda entries: "cache=on" in entries and "workers=4" in entries)
    assert minimise(config, fails) == ["cache=on", "workers=4"]


def test_the_order_of_events_is_kept():
    events = ["connect", "commit", "auth", "query", "close", "begin"]
    fails = Recorder(events, lambda seen: "commit" in seen and "begin" in seen)
    assert minimise(events, fails) == ["commit", "begin"]


def test_a_removal_can_uncover_a_smaller_repro():
    # legacy_auth breaks login, unless sso=on bypasses it; audit=on forces it back on.
    config = ["audit=on", "sso=on", "legacy_auth=on"]

    def login_fails(entries):
        return "legacy_auth=on" in entries and ("sso=on" not in entries or "audit=on" in entries)

    assert minimise(config, Recorder(config, login_fails)) == ["legacy_auth=on"]


def test_the_input_is_left_as_it_was():
    log = ["a", "b", "boom", "c"]
    minimise(log, Recorder(log, lambda lines: "boom" in lines))
    assert log == ["a", "b", "boom", "c"]


def test_an_input_that_does_not_fail_is_refused():
    with pytest.raises(ValueError):
        minimise(["fine", "also fine"], lambda lines: False)
