import logging
from contextlib import contextmanager

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import orders

# What every LogRecord has; anything else on a record is a field the code added.
STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def every_record():
    """Every record any logger sends up to the root while the block runs, DEBUG included."""
    root, orders_logger = logging.getLogger(), logging.getLogger("shop.orders")
    levels = root.level, orders_logger.level
    capture = Capture()
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    orders_logger.setLevel(logging.DEBUG)
    try:
        yield capture.records
    finally:
        root.removeHandler(capture)
        root.setLevel(levels[0])
        orders_logger.setLevel(levels[1])


def seen_by_the_pipeline(record: logging.LogRecord) -> tuple[str, str, str, dict[str, object]]:
    """The logger, the level, whether the message formats (its wording is free), and the
    fields, each with its type: "1999" is not 1999."""
    try:
        message = "a message" if isinstance(record.getMessage(), str) else "no text"
    except Exception as error:  # a handler would print a traceback instead of the record
        message = f"the message does not format: {error!r}"
    fields = {
        name: (type(value).__name__, value)
        for name, value in sorted(vars(record).items())
        if name not in STANDARD
    }
    return record.name, record.levelname, message, fields


class Unexpected(Exception):
    """An error the gateway raises that is not a decline."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C while the gateway call runs."""


class FakeGateway:
    """Answers each charge from a script: a payment id, or an exception to raise."""

    def __init__(self, outcome: object) -> None:
        self.outcome = outcome
        self.charges: list[tuple[str, int]] = []

    def charge(self, customer_id: str, amount_cents: int) -> str:
        self.charges.append((customer_id, amount_cents))
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


ids = st.text(min_size=1, max_size=8) | st.sampled_from(
    ["A-17", "B-3", "cus_42", "ordre-été", "注文-1"]
)
amounts = st.integers(min_value=1) | st.integers(min_value=1, max_value=100_000)
reasons = st.text(max_size=12) | st.sampled_from(["insufficient funds", "expired card", ""])


def others():
    return st.sampled_from([ValueError, TimeoutError, ConnectionError, KeyError, Unexpected])


outcomes = (
    ids  # a payment id
    | st.builds(orders.CardDeclined, reasons)
    | st.builds(lambda kind, text: kind(text), others(), st.text(max_size=5))
    | st.builds(Interrupted)
)
calls = st.lists(st.tuples(ids, ids, amounts, outcomes), min_size=1, max_size=4)


def outcome_for(module, outcome: object) -> object:
    """The same scripted outcome, with a decline built from the module's own CardDeclined."""
    if isinstance(outcome, orders.CardDeclined):
        return module.CardDeclined(outcome.reason)
    return outcome


def observe(module, call) -> dict[str, object]:
    """What one call returned or raised, what it charged, and every record it logged."""
    order_id, customer_id, amount_cents, outcome = call
    gateway = FakeGateway(outcome_for(module, outcome))
    with every_record() as records:
        try:
            answer = module.charge_order(order_id, customer_id, amount_cents, gateway)
            result = ("returned", type(answer).__name__, answer)
        except BaseException as error:  # what propagates is part of the contract
            same = error is gateway.outcome
            result = ("raised", type(error).__name__, "the very error" if same else repr(error))
    seen = [seen_by_the_pipeline(record) for record in records]
    observed = {
        "result": result,
        "charged": gateway.charges,
        "records (logger, level, message)": [record[:3] for record in seen],
    }
    for number, record in enumerate(seen, start=1):
        observed[f"the fields of record {number}"] = record[3]
    return observed


def check_calls(reference, script) -> None:
    """Each call in turn, against the reference, with the calls before it (state must not leak)."""
    for number, call in enumerate(script):
        got, want = observe(orders, call), observe(reference, call)
        for part in want:
            assert_same(
                got.get(part), want[part], call=call, calls_before=script[:number], looking_at=part
            )


@kata_settings
@given(script=calls)
@example(script=[("A-17", "cus_42", 1999, "pay_9")])
@example(script=[("A-17", "cus_42", 1999, TimeoutError(""))])  # not a decline: it propagates
@example(script=[("ordre-été", "注文-1", 1999, "pay_9")])  # ids are unicode, kept as they are
@example(script=[("A-1", "cus_1", 100, "pay_1"), ("A-1", "cus_2", 25000, "pay_2")])  # same order
@example(script=[("C-1", "cus_1", 25000, "pay_1")])  # a big charge has the same fields
@example(script=[("A-17", "cus_42", 1999, ConnectionError("timeout"))])  # logged by the caller
def test_every_call_logs_one_event_with_its_fields(reference, script):
    check_calls(reference, script)
