import copy
import logging
from contextlib import contextmanager

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import invoices

LOGGER = "billing.invoices"


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def every_record():
    """Every record any logger sends up to the root while the block runs, DEBUG included."""
    root, ours = logging.getLogger(), logging.getLogger(LOGGER)
    levels = root.level, ours.level
    capture = Capture()
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    ours.setLevel(logging.DEBUG)
    try:
        yield capture.records
    finally:
        root.removeHandler(capture)
        root.setLevel(levels[0])
        ours.setLevel(levels[1])


class Rejected(Exception):
    """An error of the API's own, not a built-in one."""


class Script:
    """send(): raises each scripted error in turn, then returns the id; counts its calls."""

    def __init__(self, errors: list[BaseException], invoice_id: str) -> None:
        self.errors, self.invoice_id = list(errors), invoice_id
        self.calls = 0

    def __call__(self, invoice: dict) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.invoice_id


def what_was_logged(records, invoice, raised) -> list[str]:
    """Each record: its level (its logger, unless it is ours), and what it must carry."""
    seen = []
    debug_records = 0
    for record in records:
        carries = ""
        if record.levelno == logging.DEBUG:
            debug_records += 1
            message = record.getMessage()
            payload = "the invoice" if repr(invoice) in message else "no invoice"
            rest = message.replace(repr(invoice), "")  # digits of the invoice do not count
            number = f"attempt {debug_records}" if str(debug_records) in rest else "no number"
            carries = f"{payload}, {number}"
        elif record.levelno == logging.ERROR:
            error = record.exc_info[1] if record.exc_info else None
            if error is None:
                carries = "no exception"
            else:
                carries = "the raised error" if error is raised else f"another error: {error!r}"
        where = "" if record.name == LOGGER else f" on logger {record.name!r}"
        seen.append(
            f"{record.levelname}{where}: {carries}" if carries else record.levelname + where
        )
    return seen


def observe(module, invoice, attempts, errors, invoice_id) -> dict[str, object]:
    mine = copy.deepcopy(invoice)
    send, sleeps = Script(errors, invoice_id), []
    raised = None
    with every_record() as records:
        try:
            if attempts is None:  # the default number of attempts
                answer = module.push_invoice(mine, send, sleep=sleeps.append)
            else:
                answer = module.push_invoice(mine, send, attempts=attempts, sleep=sleeps.append)
            result = ("returned", type(answer).__name__, answer)
        except BaseException as error:  # what propagates is part of the contract
            raised = error
            same = any(error is scripted for scripted in errors)
            result = (
                "raised",
                type(error).__name__,
                f"scripted error {errors.index(error)}" if same else repr(error),
            )
    return {
        "result": result,
        "attempts made": send.calls,
        "slept (seconds)": sleeps,
        "records": what_was_logged(records, invoice, raised),
        "invoice left as it was": mine == invoice,
    }


def error_of(kind: type[BaseException], text: str) -> BaseException:
    return kind(text)


failures = st.builds(
    error_of,
    st.sampled_from([ConnectionError, TimeoutError, OSError, ValueError, KeyError, Rejected]),
    st.text(max_size=6),
)
interruptions = st.builds(
    error_of, st.sampled_from([KeyboardInterrupt, SystemExit, GeneratorExit]), st.text(max_size=3)
)
json = st.none() | st.booleans() | st.integers() | st.text(max_size=6)
invoices_ = st.dictionaries(st.text(max_size=6), json, max_size=4)


@st.composite
def runs(draw: st.DrawFn):
    attempts = draw(st.integers(min_value=1, max_value=6) | st.integers(min_value=1, max_value=12))
    errors = draw(st.lists(failures, max_size=attempts + 1))
    if draw(st.integers(0, 4)) == 0:
        attempts = None  # push_invoice's default: 4
        errors = draw(st.lists(failures, max_size=5))
    if draw(st.booleans()):
        errors.insert(draw(st.integers(0, len(errors))), draw(interruptions))
    return draw(invoices_), attempts, errors, draw(st.text(max_size=6))


@kata_settings
@given(run=runs())
@example(run=({"number": "INV-7"}, 4, [ValueError("a"), ValueError("b"), ValueError("c")], "acc-1"))
@example(run=({}, 1, [SystemExit("")], ""))  # not a failed attempt: no retry, no record
@example(run=({}, None, [ValueError()] * 5, "acc-2"))  # the default is 4 attempts
def test_each_record_has_the_level_it_means(reference, run):
    invoice, attempts, errors, invoice_id = run
    got = observe(invoices, invoice, attempts, errors, invoice_id)
    want = observe(reference, invoice, attempts, errors, invoice_id)
    inputs = {
        "invoice": invoice,
        "attempts": attempts,
        "send raises": errors,
        "then returns": invoice_id,
    }
    for part in want:
        assert_same(got[part], want[part], looking_at=part, **inputs)
