import logging
import re
from contextlib import contextmanager

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import feed

LOGGER = "catalog.import"
SUMMARY = re.compile(r"imported \d+ of \d+ products, \d+ failed")


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
    """An error of the shop's own, not a built-in one."""


class Save:
    """save(): each call takes the next scripted outcome, None (saved) or an error to raise."""

    def __init__(self, outcomes: list[BaseException | None]) -> None:
        self.outcomes = list(outcomes)
        self.asked: list[str] = []

    def __call__(self, product) -> None:
        self.asked.append(product.sku)
        outcome = self.outcomes[len(self.asked) - 1]
        if outcome is not None:
            raise outcome


def named(sku: str, message: str) -> bool:
    """The sku is in the message, as it is or as repr() shows it (%r makes odd ids visible)."""
    return sku in message or repr(sku) in message


def what_someone_reads(records, products, outcomes, interrupted: bool) -> list[str]:
    """Each record at INFO or above: its level (its logger, unless it is ours), what it carries.

    The n-th ERROR is about the n-th failed product: it names that sku and carries
    that product's exception. After an interruption, a summary is optional.
    """
    failures = [
        (product.sku, error)
        for product, error in zip(products, outcomes, strict=True)
        if isinstance(error, Exception)
    ]
    seen, errors = [], 0
    for record in records:
        if record.levelno < logging.INFO:
            continue
        message = record.getMessage()
        if record.levelno == logging.ERROR:
            carries: tuple = ("an ERROR with nothing to match",)
            if errors < len(failures):
                sku, error = failures[errors]
                attached = record.exc_info[1] if record.exc_info else None
                carries = (
                    "names the sku" if named(sku, message) else f"does not name {sku!r}",
                    "its exception" if attached is error else f"exc_info: {attached!r}",
                )
            errors += 1
        elif interrupted and record.levelno == logging.INFO and SUMMARY.fullmatch(message):
            continue
        else:
            carries = (message,)
        where = "" if record.name == LOGGER else f" on logger {record.name!r}"
        seen.append(f"{record.levelname}{where}: {', '.join(carries)}")
    return seen


def observe(module, products, outcomes) -> dict[str, object]:
    original = list(products)
    mine = [module.Product(p.sku, p.name, p.price_cents) for p in products]
    before = list(mine)
    save = Save(outcomes)
    raised = None
    with every_record() as records:
        try:
            answer = module.import_products(mine, save)
            result = ("returned", type(answer).__name__, answer)
        except BaseException as error:  # what propagates is part of the contract
            raised = error
            same = any(error is outcome for outcome in outcomes)
            result = ("raised", type(error).__name__, "its error" if same else repr(error))
    tried = len(save.asked)
    return {
        "result": result,
        "products tried": save.asked,
        "records at INFO and above": what_someone_reads(
            records, original[:tried], outcomes[:tried], interrupted=raised is not None
        ),
        "products left as they were": mine == before,
    }


def error_of(kind: type[BaseException], text: str) -> BaseException:
    return kind(text)


failure = st.builds(
    error_of,
    st.sampled_from([ValueError, KeyError, TimeoutError, OSError, RuntimeError, Rejected]),
    st.text(max_size=5),
)
interruption = st.builds(
    error_of, st.sampled_from([KeyboardInterrupt, SystemExit, GeneratorExit]), st.text(max_size=3)
)
skus = st.sampled_from(["SKU-1", "SKU-2", "ÉTÉ-3", "商品-4"]) | st.text(min_size=1, max_size=6)
products_ = st.builds(
    feed.Product, skus, st.text(max_size=8), st.integers(min_value=0) | st.integers()
)


@st.composite
def batches(draw: st.DrawFn):
    products = draw(st.lists(products_, max_size=8))
    mode = draw(st.sampled_from(["mixed", "all saved", "all failing"]))
    outcome = {"mixed": st.none() | failure, "all saved": st.none(), "all failing": failure}[mode]
    outcomes = [draw(outcome) for _ in products]
    if products and draw(st.integers(0, 4)) == 0:
        outcomes[draw(st.integers(0, len(products) - 1))] = draw(interruption)
    return products, outcomes


def check(reference, products, outcomes) -> None:
    got = observe(feed, products, outcomes)
    want = observe(reference, products, outcomes)
    for part in want:
        assert_same(got[part], want[part], looking_at=part, products=products, save_raises=outcomes)


@kata_settings
@given(batch=batches())
@example(batch=([], []))
@example(batch=([feed.Product("SKU-1", "", 0)], [SystemExit("")]))  # stops the batch
@example(batch=([feed.Product("SKU-1", "", 0)] * 2, [ValueError("x"), KeyboardInterrupt()]))
@example(batch=([feed.Product("SKU-1", "", 0)] * 6, [ValueError("x")] * 6))  # all failing
@example(batch=([feed.Product("SKU-1", "Kettle", 2999)] * 2, [None, None]))  # a repeated sku
def test_failures_are_loud_and_success_is_quiet(reference, batch):
    check(reference, *batch)
