from collections.abc import Callable
from itertools import product

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .client import build_client


class Abort(BaseException):
    """Not an Exception at all, like KeyboardInterrupt."""


#: What the transport can raise: ConnectionRefusedError and ConnectionResetError are
#: ConnectionErrors; TimeoutError is an OSError but not a ConnectionError.
ERRORS: dict[str, type[BaseException]] = {
    "ConnectionError": ConnectionError,
    "ConnectionRefusedError": ConnectionRefusedError,
    "ConnectionResetError": ConnectionResetError,
    "TimeoutError": TimeoutError,
    "ValueError": ValueError,
    "Abort": Abort,
}


class ScriptedServer:
    """A transport: answers each url as its script says, in turn (raise an error, or
    return a body, maybe an empty one); once a url's script runs out, it answers
    "body of <url>". It records every url it is asked for in `calls`."""

    def __init__(self, scripts: dict[str, list[str]]) -> None:
        self.scripts = {url: list(steps) for url, steps in scripts.items()}
        self.calls: list[str] = []
        self.raised: list[BaseException] = []

    def __call__(self, url: str) -> str:
        self.calls.append(url)
        steps = self.scripts.get(url) or ["body of " + url]
        step = steps.pop(0)
        if step in ERRORS:
            self.raised.append(ERRORS[step](f"{url} did not answer"))
            raise self.raised[-1]
        return step


urls = st.sampled_from(["/a", "/b", ""]) | st.text(max_size=5)
steps = st.sampled_from([*ERRORS, "ConnectionError", "ConnectionError", "", "body"])
scripts = st.dictionaries(urls, st.lists(steps, max_size=5), max_size=3)
gets = st.lists(urls, min_size=1, max_size=8)
logs = st.sampled_from([[], ["an earlier line"]])
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
    build: Callable[..., object],
    options: tuple[bool, bool, bool],
    scripts: dict[str, list[str]],
    gets: list[str],
    log: list[str],
) -> dict[str, object]:
    """Build a client with these options on a fresh server (and a copy of `log`, if
    logged), get the urls, twice from the same client: all a caller sees."""
    retry, logged, cache = options
    server = ScriptedServer(scripts)
    log_given: list[str] | None = list(log) if logged else None
    # Only the options asked for are passed: the others keep their defaults.
    asked: dict[str, object] = {"retry": True} if retry else {}
    if cache:
        asked["cache"] = True
    if log_given is not None:
        asked["log"] = log_given
    client = build(server, **asked)
    returned: list[str] = []
    for url in gets + gets:
        try:
            returned.append(repr(client.get(url)))  # type: ignore[attr-defined]
        except BaseException as error:
            whose = (
                "the server's own" if server.raised and error is server.raised[-1] else "another"
            )
            returned.append(f"raised {whose} {type(error).__name__}")
    return {"returned": returned, "log": log_given, "server saw": server.calls}


def options_shown(options: tuple[bool, bool, bool]) -> str:
    retry, logged, cache = options
    return f"retry={retry}, log={'a list' if logged else None}, cache={cache}"


@kata_settings
@given(options=st.sampled_from(LEGACY), scripts=scripts, gets=gets, log=logs)
@example(options=(True, True, False), scripts={"/a": ["ConnectionError"]}, gets=["/a"], log=[])
@example(options=(True, True, True), scripts={}, gets=["/a"], log=[])  # a cache hit logs nothing
@example(
    options=(True, False, False),
    scripts={"/a": ["ConnectionError"] * 2, "/b": ["ConnectionError"] * 2},
    gets=["/a", "/b"],
    log=[],
)  # every get() gets its own three attempts
@example(options=(True, True, True), scripts={"/a": [""]}, gets=["/a"], log=[])  # an empty body
def test_every_combination_that_worked_before_behaves_as_before(options, scripts, gets, log):
    got = replay(build_client, options, scripts, gets, log)
    want = replay(legacy.build_client, options, scripts, gets, log)
    assert_same(got, want, options=options_shown(options), scripts=scripts, gets=gets + gets)


@kata_settings
@given(options=st.sampled_from(EVERY), scripts=scripts, gets=gets, log=logs)
@example(options=(False, False, True), scripts={"/a": [""]}, gets=["/a"], log=[])
def test_every_combination_works(reference, options, scripts, gets, log):
    got = replay(build_client, options, scripts, gets, log)
    want = replay(reference.build_client, options, scripts, gets, log)
    assert_same(got, want, options=options_shown(options), scripts=scripts, gets=gets + gets)
