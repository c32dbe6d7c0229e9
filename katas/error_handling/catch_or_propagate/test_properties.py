from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import Unreadable
from .paging import page_size

# What a user may type: whole numbers (with spaces and a sign), and typos.
typed = st.sampled_from(["50", " 7 ", "-3", "+8", "007", "fifty", "", "2.5", "1e3", "5x"])
typed |= st.text("0123456789 +-.x", max_size=4)
# A value is text, or, when our own code has a bug, parse_qs's list of texts.
values = typed | st.lists(typed, min_size=1, max_size=2)
params = st.dictionaries(st.sampled_from(["size", "page", "sort"]), values, max_size=3)
defaults = st.sampled_from([20, 10, 100])

#: What reading a request may raise when the client goes away or the framework has a bug.
READ_ERRORS = {
    "ConnectionResetError": lambda: ConnectionResetError(104, "Connection reset by peer"),
    "TimeoutError": lambda: TimeoutError("timed out reading the request body"),
    "RuntimeError": lambda: RuntimeError("request body already consumed"),
    "TypeError": lambda: TypeError("a bug in the form parser"),
}


def outcome(page_size, params, default) -> str:
    """What the caller sees: a number, or an exception (the very one reading raised, if any)."""
    try:
        return f"returns {page_size(params, default)}"
    except Exception as error:
        if error is getattr(params, "error", None):
            return f"raises the {type(error).__name__} that reading the request raised"
        # Which exception a bug raises depends on how the code reads the text: any will do.
        return "raises (the bug is not hidden)"


@kata_settings
@given(params=params, default=defaults)
@example(params={"size": ["50"]}, default=20)  # parse_qs gives lists: a bug, not a typo
def test_only_a_missing_or_mistyped_size_means_the_default(reference, params, default):
    got = outcome(page_size, params, default)
    want = outcome(reference.page_size, params, default)
    assert_same(got, want, params=params, default=default)


@kata_settings
@given(error=st.sampled_from(sorted(READ_ERRORS)), default=defaults)
@example(error="RuntimeError", default=20)  # not only OSError: any failure to read propagates
def test_a_failure_to_read_the_request_propagates_unchanged(reference, error, default):
    got = outcome(page_size, Unreadable(READ_ERRORS[error]()), default)
    want = outcome(reference.page_size, Unreadable(READ_ERRORS[error]()), default)
    assert_same(got, want, reading_raises=error, default=default)
