from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .pricing import invoice_total

skus = st.sampled_from(["pen", "book", "mug", " tea "])
prices = st.sampled_from(["2.50", "10.00", "19.99", "4.35", "0.10", "7"])
items = st.builds("{}, {}, {}".format, skus, st.integers(0, 12), prices)
others = st.sampled_from(
    ["", "   ", "# gift wrap is free", "  # note", "pen, two, 2.50", "pen, 1", "pen, 1, 2.50, 9"]
)
invoices = st.lists(st.one_of(items, items, others), max_size=6)
codes = st.sampled_from([None, "SAVE10", "HALF", "FREE"])


def outcome(invoice_total, lines, code):
    """The total, or the kind of error raised."""
    try:
        return invoice_total(list(lines), code)
    except Exception as error:
        return f"raises {type(error).__name__}"


@kata_settings
@given(lines=invoices, code=codes)
@example(lines=["mug, 1, 19.99"], code=None)  # 19.99 * 100 is 1998.9999999999998
@example(lines=["# gift wrap is free", "pen, 1, 2.50"], code=None)
def test_every_invoice_totals_as_legacy_totalled_it(lines, code):
    assert_same(
        outcome(invoice_total, lines, code),
        outcome(legacy.invoice_total, lines, code),
        lines=lines,
        code=code,
    )
