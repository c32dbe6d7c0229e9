import asyncio
from collections.abc import Callable, Iterable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .batch import run_batch


class BadRecord(Exception):
    """An error of the application's own, as handle() may raise."""


class ShutdownRequested(BaseException):
    """An application's own "stop" signal: not an error, so it must stop the batch."""


#: Exceptions handle() may raise, by name. Errors (Exception) are recorded ...
ERRORS: dict[str, Callable[[], BaseException]] = {
    "ValueError": lambda: ValueError("not a number"),
    "KeyError": lambda: KeyError("sku-7"),
    "OSError": lambda: OSError(28, "No space left on device"),
    "ZeroDivisionError": lambda: ZeroDivisionError("division by zero"),
    "TypeError": lambda: TypeError("unsupported operand"),
    "BadRecord": lambda: BadRecord("checksum mismatch"),
    "ExceptionGroup": lambda: ExceptionGroup("two bad fields", [ValueError("a"), KeyError("b")]),
}
#: ... and everything else stops the batch.
STOPS: dict[str, Callable[[], BaseException]] = {
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(1),
    "SystemExit(0)": lambda: SystemExit(0),
    "CancelledError": asyncio.CancelledError,
    "GeneratorExit": GeneratorExit,
    "ShutdownRequested": lambda: ShutdownRequested("deploy in progress"),
    "BaseExceptionGroup": lambda: BaseExceptionGroup("stop", [KeyboardInterrupt()]),
}
RAISES = {**ERRORS, **STOPS}

#: How handle() raises: plainly, `from` another error, or while handling another error.
CHAINS = ["plain", "cause", "context", "from None"]

items = st.one_of(st.sampled_from(["a", "b", ""]), st.text(max_size=4))
steps = st.tuples(items, st.sampled_from(["ok", "ok", *RAISES]), st.sampled_from(CHAINS))
batches = st.lists(st.lists(steps, max_size=6), min_size=1, max_size=3)


def raise_as(error: BaseException, chain: str, underlying: Exception) -> None:
    if chain == "cause":
        raise error from underlying
    if chain == "from None":
        raise error from None
    if chain == "context":
        try:
            raise underlying
        except LookupError:
            raise error  # noqa: B904 - the implicit __context__ is the point
    raise error


def replay(run_batch, plan: list[list[tuple[str, str, str]]], lazy: bool) -> list[object]:
    """Run one batch per plan[n], all with the same handle(); report all the caller can see.

    handle()'s k-th call does what the k-th step (counted across batches) says,
    so a batch that skips, repeats or reorders calls shows up in `handled`.
    """
    planned = [step for batch in plan for step in batch]
    underlying = [LookupError(f"underlying {k}") for k in range(len(planned))]
    planted = [None if kind == "ok" else RAISES[kind]() for _, kind, _ in planned]
    handled: list[str] = []

    def handle(item: str) -> None:
        k = len(handled)
        handled.append(item)
        if k < len(planted) and planted[k] is not None:
            raise_as(planted[k], planned[k][2], underlying[k])

    def describe(error: BaseException) -> str:
        name = type(error).__name__
        k = next((k for k, e in enumerate(planted) if e is error), None)
        if k is None:
            return f"a new {name}, not the one handle() raised"

        def which(other: BaseException | None) -> str:
            return (
                "none"
                if other is None
                else "the underlying error"
                if other is underlying[k]
                else repr(other)
            )

        return (
            f"the {name} of call {k}: cause {which(error.__cause__)}, "
            f"context {which(error.__context__)}, suppress_context {error.__suppress_context__}, "
            f"args {error.args!r}"
        )

    def snapshot(report) -> dict[str, object]:
        return {
            "done": list(report.done),
            "failed": [(item, describe(error)) for item, error in report.failed],
        }

    def given_items(batch: list[tuple[str, str, str]]) -> Iterable[str]:
        names = [item for item, _, _ in batch]
        return iter(names) if lazy else names

    seen: list[object] = []
    reports = []
    for batch in plan:
        start = len(handled)
        try:
            report = run_batch(given_items(batch), handle)
        except BaseException as stopped:  # the test must see Ctrl-C too, not be stopped by it
            outcome: object = f"raised {describe(stopped)}"
        else:
            reports.append(report)
            outcome = snapshot(report)
        seen.append({"handled": handled[start:], "outcome": outcome})
    seen.append({"earlier reports, after every batch ran": [snapshot(r) for r in reports]})
    return seen


@kata_settings
@given(plan=batches, lazy=st.booleans())
@example(
    plan=[[("a", "ok", "plain"), ("b", "CancelledError", "plain"), ("c", "ok", "plain")]],
    lazy=False,
)
@example(plan=[[("a", "GeneratorExit", "plain"), ("b", "ok", "plain")]], lazy=False)
@example(plan=[[("a", "ShutdownRequested", "plain"), ("b", "ok", "plain")]], lazy=False)
@example(plan=[[("a", "OSError", "plain"), ("b", "ok", "plain")]], lazy=False)
@example(plan=[[("a", "SystemExit", "cause"), ("b", "ok", "plain")]], lazy=False)
@example(plan=[[("x", "ok", "plain")], [("x", "ok", "plain")]], lazy=False)
@example(plan=[[("x", "ok", "plain"), ("x", "ok", "plain")]], lazy=True)
def test_errors_are_recorded_and_everything_else_stops_the_batch(reference, plan, lazy):
    got = replay(run_batch, plan, lazy)
    want = replay(reference.run_batch, plan, lazy)
    assert_same(got, want, plan=plan, lazy=lazy)
