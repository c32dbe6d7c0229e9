import asyncio
from types import MappingProxyType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import LazyParams, Unreadable
from .paging import page_size

# What a user may type: whole numbers as int() reads them (spaces, signs, underscores,
# digits of other scripts), and typos (including digits that int() does not read).
SAMPLES = [
    "50",
    " 7 ",
    "-3",
    "+8",
    "007",
    "0",
    "-0",
    "1_000",
    "\t12\n",
    "٣",
    "١٢",
    "²",
    "fifty",
    "",
    "2.5",
    "1e3",
    "5x",
]
typed = st.sampled_from(SAMPLES)
typed |= st.text(st.sampled_from("0123456789 +-_.x\t\n٣²\u3000"), max_size=5)
typed |= st.integers().map(str)
typed |= st.text(max_size=4)
# A value is text or, when our own code has a bug, parse_qs's list of texts, or None.
values = typed | st.lists(typed, min_size=1, max_size=2) | st.none()
texts = st.dictionaries(st.sampled_from(["size", "page", "sort", "Size"]), values, max_size=3)
defaults = st.sampled_from([20, 10, 0, -1]) | st.integers()
#: The kinds of Mapping a framework may hand over.
KINDS = {
    "dict": dict,
    "mappingproxy": MappingProxyType,
    "lazy": LazyParams,
}


class FormParserBug(Exception):
    """An error of the framework's own, raised while reading a value."""


#: What reading a request may raise when the client goes away or the framework has a bug.
READ_ERRORS = {
    "ConnectionResetError": lambda: ConnectionResetError(104, "Connection reset by peer"),
    "TimeoutError": lambda: TimeoutError("timed out reading the request body"),
    "OSError": lambda: OSError(5, "Input/output error"),
    "RuntimeError": lambda: RuntimeError("request body already consumed"),
    "TypeError": lambda: TypeError("a bug in the form parser"),
    "AttributeError": lambda: AttributeError("'NoneType' object has no attribute 'read'"),
    "KeyError": lambda: KeyError("content-length"),
    "KeyError('size')": lambda: KeyError("size"),
    "IndexError": lambda: IndexError("list index out of range"),
    "ValueError": lambda: ValueError("invalid chunk length"),
    "UnicodeDecodeError": lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    "FormParserBug": lambda: FormParserBug("boundary not found"),
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(2),
    "GeneratorExit": GeneratorExit,
    "CancelledError": asyncio.CancelledError,
}
#: How the read error is chained: not at all, `from` another error, or raised while handling one.
CHAINS = ["plain", "cause", "context"]


def outcome(
    page_size,
    params,
    default,
    planted: BaseException | None = None,
    underlying: BaseException | None = None,
) -> str:
    """What the caller sees: a number, or an exception (the very one reading raised, if any)."""
    try:
        return f"returns {page_size(params, default)!r}"
    except BaseException as error:  # the test must see Ctrl-C too, not be stopped by it
        if planted is None:
            # Which exception a bug raises depends on how the code reads the text: any will do.
            return "raises (the bug is not hidden)"
        if error is not planted:
            return f"raises a {type(error).__name__}, not the one reading the request raised"

        def which(other: BaseException | None) -> str:
            return (
                "none"
                if other is None
                else "the underlying error"
                if other is underlying
                else repr(other)
            )

        return (
            f"raises the {type(error).__name__} that reading the request raised, "
            f"cause {which(error.__cause__)}, context {which(error.__context__)}"
        )


@kata_settings
@given(texts=texts, kind=st.sampled_from(sorted(KINDS)), default=defaults)
@example(texts={"size": ["50"]}, kind="dict", default=20)  # parse_qs gives lists: a bug, not a typo
@example(texts={"size": None}, kind="dict", default=20)  # None is a bug too, not a missing size
@example(texts={"size": "-5"}, kind="dict", default=20)  # int() reads signs ...
@example(texts={"size": "1_000"}, kind="dict", default=20)  # ... underscores ...
@example(texts={"size": "٣"}, kind="dict", default=20)  # ... and digits of other scripts
@example(texts={"size": "²"}, kind="dict", default=20)  # isdigit() is true, int() says ValueError
@example(texts={"size": "0"}, kind="dict", default=20)  # 0 is an answer, not a missing size
@example(texts={}, kind="dict", default=0)
def test_only_a_missing_or_mistyped_size_means_the_default(reference, texts, kind, default):
    got = outcome(page_size, KINDS[kind](dict(texts)), default)
    want = outcome(reference.page_size, KINDS[kind](dict(texts)), default)
    assert_same(got, want, params=texts, kind=kind, default=default)


@kata_settings
@given(texts=texts, default=defaults)
def test_params_are_left_as_they_were(texts, default):
    params = dict(texts)
    try:
        page_size(params, default)
    except Exception:  # a bug may raise: that is the other test's business
        pass
    assert_same(params, texts, default=default)


@kata_settings
@given(
    error=st.sampled_from(sorted(READ_ERRORS)),
    chain=st.sampled_from(CHAINS),
    lazy=st.booleans(),
    text=typed,
    default=defaults,
)
@example(error="RuntimeError", chain="plain", lazy=False, text="50", default=20)  # not only OSError
@example(
    error="OSError", chain="plain", lazy=False, text="50", default=20
)  # not only ConnectionError
@example(error="IndexError", chain="plain", lazy=True, text="50", default=20)
@example(
    error="UnicodeDecodeError", chain="plain", lazy=True, text="50", default=20
)  # a ValueError
@example(error="KeyError", chain="plain", lazy=True, text="50", default=20)  # Mapping.get hides it
@example(error="KeyError('size')", chain="cause", lazy=True, text="50", default=20)
@example(error="KeyboardInterrupt", chain="context", lazy=False, text="50", default=20)
def test_a_failure_to_read_the_request_propagates_unchanged(
    reference, error, chain, lazy, text, default
):
    def request() -> tuple[object, BaseException, BaseException]:
        planted = READ_ERRORS[error]()
        underlying = ConnectionAbortedError(103, "Software caused connection abort")
        if chain == "cause":
            planted.__cause__ = underlying
        elif chain == "context":
            planted.__context__ = underlying
        params = LazyParams({"size": text, "page": "2"}, planted) if lazy else Unreadable(planted)
        return params, planted, underlying

    params, planted, underlying = request()
    got = outcome(page_size, params, default, planted, underlying)
    params, planted, underlying = request()
    want = outcome(reference.page_size, params, default, planted, underlying)
    assert_same(got, want, reading_raises=error, chain=chain, lazy=lazy, size=text, default=default)
