import asyncio
import string
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .batch import run_batch


class BadRecord(Exception):
    """An error of the application's own, as handle() may raise."""


#: What handle() does with an item: "ok", or raise a new exception of this kind.
#: The first five are errors (Exception); the last three are not.
RAISES: dict[str, Callable[[], BaseException]] = {
    "ValueError": lambda: ValueError("not a number"),
    "KeyError": lambda: KeyError("sku-7"),
    "OSError": lambda: OSError(28, "No space left on device"),
    "ZeroDivisionError": lambda: ZeroDivisionError("division by zero"),
    "BadRecord": lambda: BadRecord("checksum mismatch"),
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(1),
    "CancelledError": asyncio.CancelledError,
}
plans = st.lists(st.sampled_from(["ok", *RAISES]), max_size=8)


def replay(run_batch, plan: list[str]) -> dict[str, object]:
    """Run a batch whose n-th item does plan[n]; report all that the caller can see."""
    items = list(string.ascii_lowercase[: len(plan)])
    planted = {item: RAISES[kind]() for item, kind in zip(items, plan, strict=True) if kind != "ok"}
    handled: list[str] = []

    def handle(item: str) -> None:
        handled.append(item)
        if item in planted:
            raise planted[item]

    def named(item: str, error: BaseException) -> str:
        name = type(error).__name__
        return name if error is planted.get(item) else f"{name}, not the one handle() raised"

    try:
        report = run_batch(items, handle)
    except BaseException as stopped:  # the test must see Ctrl-C too, not be stopped by it
        culprit = next((item for item, e in planted.items() if e is stopped), "")
        outcome: object = f"raised {named(culprit, stopped)}"
    else:
        outcome = {
            "done": report.done,
            "failed": [(item, named(item, error)) for item, error in report.failed],
        }
    return {"handled": handled, "outcome": outcome}


@kata_settings
@given(plan=plans)
@example(plan=["ok", "CancelledError", "ok"])  # a cancelled task is not a failed item
@example(plan=["OSError", "ok"])  # any error is a failed item, not only ValueError and KeyError
def test_errors_are_recorded_and_everything_else_stops_the_batch(reference, plan):
    got = replay(run_batch, plan)
    want = replay(reference.run_batch, plan)
    assert_same(got, want, plan=plan)
