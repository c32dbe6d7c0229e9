from collections.abc import Callable
from itertools import product

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .client import build_client
from .fakes import FakeServer

URLS = ["/a", "/b", "/c"]
failures = st.dictionaries(st.sampled_from(URLS), st.integers(1, 4), max_size=3)
gets = st.lists(st.sampled_from(URLS), min_size=1, max_size=6)
# Options as (retry, log, cache): the combinations legacy.py has a class for,
# and every combination.
LEGACY = [
    (False, False, False),
    (True, False, False),
    (False, True, False),
    (True, True, False),
    (True, True, True),
]
EVERY = list(product([False, True], repeat=3))


def replay(
    build: Callable[..., object], options: tuple[bool, bool, bool], failures: dict, gets: list
) -> dict[str, object]:
    """Build a client with these options on a fresh server, get the urls: all a caller sees."""
    retry, logged, cache = options
    server = FakeServer(failures)
    log: list[str] | None = [] if logged else None
    client = build(server, retry=retry, log=log, cache=cache)
    returned: list[str] = []
    for url in gets:
        try:
            returned.append(client.get(url))  # type: ignore[attr-defined]
        except ConnectionError:
            returned.append("ConnectionError")
    return {"returned": returned, "log": log, "server saw": server.calls}


def options_shown(options: tuple[bool, bool, bool]) -> str:
    retry, logged, cache = options
    return f"retry={retry}, log={'[]' if logged else None}, cache={cache}"


@kata_settings
@given(options=st.sampled_from(LEGACY), failures=failures, gets=gets)
@example(options=(True, True, False), failures={"/a": 1}, gets=["/a"])  # one log per get()
@example(options=(True, True, True), failures={}, gets=["/a", "/a"])  # a cache hit logs nothing
def test_every_combination_that_worked_before_behaves_as_before(options, failures, gets):
    got = replay(build_client, options, failures, gets)
    want = replay(legacy.build_client, options, failures, gets)
    assert_same(got, want, options=options_shown(options), failures=failures, gets=gets)


@kata_settings
@given(options=st.sampled_from(EVERY), failures=failures, gets=gets)
def test_every_combination_works(reference, options, failures, gets):
    got = replay(build_client, options, failures, gets)
    want = replay(reference.build_client, options, failures, gets)
    assert_same(got, want, options=options_shown(options), failures=failures, gets=gets)
