from dataclasses import dataclass

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import chains
from .service import HTTPError


class Halt(BaseException):
    """A BaseException of the service's own, like KeyboardInterrupt."""


@dataclass
class OrderError(Exception):
    """A dataclass exception: equal to any other with the same order, and unhashable."""

    order_id: int


FACTORIES = {
    "ValueError": lambda: ValueError("bad value"),
    "KeyError": lambda: KeyError("id"),
    "OSError": lambda: OSError(5, "I/O error"),
    "HTTPError": lambda: HTTPError(500, "internal error"),
    "OrderError": lambda: OrderError(7),
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(1),
    "GeneratorExit": GeneratorExit,
    "Halt": lambda: Halt("stop"),
}
TYPES = st.sampled_from(sorted(FACTORIES))
# How the bottom of the chain fails, from the innermost frame.
THROWERS = st.sampled_from(["raise_it", "two_calls_down", "look_up", "parse"])
# How each layer above handles what it caught.
ACTIONS = st.sampled_from(
    [
        "cause",
        "context",
        "from_none",
        "reraise",
        "unraised_cause",
        "cause_raised_elsewhere",
        "group",
    ]
)


def raise_it(error: BaseException) -> None:
    raise error


def two_calls_down(error: BaseException) -> None:
    raise_it(error)


def look_up(key: str) -> None:
    {}[key]


def parse(text: str) -> None:
    int(text)


class Chain:
    """Builds real chained exceptions from a plan, and keeps every exception it made."""

    def __init__(self) -> None:
        self.made: list[BaseException] = []

    def make(self, kind: str) -> BaseException:
        error = FACTORIES[kind]()
        self.made.append(error)
        return error

    def raised(self, kind: str) -> BaseException:
        try:
            two_calls_down(self.make(kind))
        except BaseException as error:
            return error
        raise AssertionError("unreachable")

    def bottom(self, thrower: str, kind: str):
        def fail() -> None:
            if thrower == "look_up":
                look_up("missing")
            elif thrower == "parse":
                parse("forty")
            else:
                globals()[thrower](self.make(kind))

        return fail

    def layer(self, below, action: str, kind: str):
        def handle() -> None:
            elsewhere = self.raised(kind) if action == "cause_raised_elsewhere" else None
            try:
                below()
            except BaseException as caught:
                if action == "reraise":
                    raise
                new = self.make(kind)
                if action == "cause":
                    raise new from caught
                if action == "context":
                    raise new  # noqa: B904 (the implicit context is the point)
                if action == "from_none":
                    raise new from None
                if action == "unraised_cause":
                    raise new from self.make(kind)
                if action == "cause_raised_elsewhere":
                    raise new from elsewhere
                raise BaseExceptionGroup("layer failed", [new])  # noqa: B904

        return handle

    def run(self, plan) -> BaseException:
        (thrower, kind), layers = plan
        call = self.bottom(thrower, kind)
        for action, layer_kind in layers:
            call = self.layer(call, action, layer_kind)
        try:
            call()
        except BaseException as top:
            self.made.append(top)
            return top
        raise AssertionError("unreachable")


def path(error: BaseException) -> list[BaseException]:
    """The chain as Python prints it, from `error` down, stopping on a loop."""
    reached = [error]
    while True:
        if error.__cause__ is not None:
            link = error.__cause__
        elif not error.__suppress_context__:
            link = error.__context__
        else:
            link = None
        if link is None or any(link is seen for seen in reached):
            return reached
        reached.append(link)
        error = link


def loop_back(top: BaseException, loop) -> None:
    """Point one link of the chain back up to an exception above it, by hand."""
    if loop is None:
        return
    at, to, attribute = loop
    chain = path(top)
    source = chain[at % len(chain)]
    target = chain[to % (at % len(chain) + 1)]
    if attribute == "__cause__":
        source.__cause__ = target
    else:
        source.__cause__ = None
        source.__context__ = target
        source.__suppress_context__ = False


def links(errors: list[BaseException]) -> list[tuple[object, ...]]:
    return [
        (e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.args)
        for e in errors
    ]


def named(error: BaseException, chain: Chain) -> str:
    """An exception as the summary shows it: its type and which of the test's exceptions it is."""
    for number, made in enumerate(chain.made):
        if made is error:
            return f"exception #{number} ({type(error).__name__})"
    return f"an exception the test did not make: {error!r}"


plans = st.tuples(
    st.tuples(THROWERS, TYPES),
    st.lists(st.tuples(ACTIONS, TYPES), max_size=8),
)
loops = st.none() | st.tuples(
    st.integers(0, 20), st.integers(0, 20), st.sampled_from(["__cause__", "__context__"])
)


def answers(module, top: BaseException, chain: Chain, start: int):
    errors = path(top)
    asked = errors[start % len(errors)]
    return {
        "root_cause": named(module.root_cause(asked), chain),
        "origin": module.origin(asked),
        "asked again": named(module.root_cause(asked), chain),
    }


@kata_settings
@given(plan=plans, loop=loops, start=st.integers(0, 3))
@example(
    plan=(("raise_it", "ValueError"), [("cause", "ValueError"), ("cause", "ValueError")]),
    loop=None,
    start=0,
)
@example(
    plan=(("look_up", "Halt"), [("from_none", "Halt"), ("context", "HTTPError")]),
    loop=None,
    start=0,
)
@example(plan=(("two_calls_down", "OSError"), [("cause", "HTTPError")]), loop=None, start=0)
@example(
    plan=(("raise_it", "OrderError"), [("context", "OrderError"), ("context", "KeyError")]),
    loop=None,
    start=0,
)
@example(
    plan=(("parse", "Halt"), [("reraise", "Halt"), ("cause", "SystemExit")]), loop=None, start=0
)
@example(
    plan=(("raise_it", "KeyError"), [("group", "KeyboardInterrupt"), ("cause", "GeneratorExit")]),
    loop=None,
    start=0,
)
@example(
    plan=(
        ("raise_it", "KeyError"),
        [("cause_raised_elsewhere", "OSError"), ("unraised_cause", "Halt")],
    ),
    loop=None,
    start=0,
)
@example(
    plan=(
        ("raise_it", "KeyError"),
        [("cause", "OSError"), ("cause", "ValueError"), ("cause", "Halt")],
    ),
    loop=(1, 0, "__cause__"),
    start=0,
)
@example(plan=(("raise_it", "KeyError"), [("cause", "OSError")] * 7), loop=None, start=0)
@example(
    plan=(("raise_it", "KeyError"), [("cause", "OSError"), ("context", "ValueError")]),
    loop=(1, 1, "__context__"),
    start=0,
)
def test_the_root_cause_and_where_it_was_raised(reference, plan, loop, start):
    chain = Chain()
    top = chain.run(plan)
    loop_back(top, loop)
    before = links(chain.made)
    want = answers(reference, top, chain, start)
    got = answers(chains, top, chain, start)
    got["exceptions left as they were"] = links(chain.made) == before
    want["exceptions left as they were"] = True
    assert_same(got, want, plan=plan, loop=loop, start=start)


@kata_settings
@given(plans=st.lists(plans, min_size=2, max_size=4))
@example(
    plans=[
        (("parse", "Halt"), [("context", "HTTPError")]),
        (("look_up", "Halt"), [("context", "HTTPError")]),
    ]
)
def test_each_failure_has_its_own_root_cause(reference, plans):
    """Several failures in a row, with outer errors that look alike."""
    chain = Chain()
    tops = [chain.run(plan) for plan in plans]
    got = [(named(chains.root_cause(top), chain), chains.origin(top)) for top in tops]
    want = [(named(reference.root_cause(top), chain), reference.origin(top)) for top in tops]
    assert_same(got, want, plans=plans)
