from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .pricing import invoice_total

# What int() and float() accept is more than digits: signs, underscores, spaces,
# other scripts' digits, exponents, "inf" and "nan". The legacy code's answer, or
# its error, for each of them is the behaviour to keep.
QUANTITIES = ["0", "-0", "+3", " 7 ", "1_000", "٣", "3.0", "two", "", "10" * 12]
PRICES = ["2.50", "19.99", "2.30", "0.125", "0.005", "-2.50", "7", ".5", "1e2", "1_0.5"]
PRICES += ["inf", "nan", "1e400", "٣.5", "", "2,50"]
skus = st.one_of(st.sampled_from(["pen", "book", " tea ", ""]), st.text(max_size=4))
quantities = st.one_of(st.integers(-20, 10**6).map(str), st.sampled_from(QUANTITIES))
prices = st.one_of(
    st.builds("{}.{:02d}".format, st.integers(-1000, 1000), st.integers(0, 99)),
    st.sampled_from(PRICES),
)
separators = st.sampled_from([", ", ",", " ,\t"])
items = st.builds(
    lambda sku, a, quantity, b, price: f"{sku}{a}{quantity}{b}{price}",
    skus,
    separators,
    quantities,
    separators,
    prices,
)
others = st.one_of(
    st.sampled_from(
        [
            "",
            "   ",
            "\t",
            "\u3000",
            "#",
            "# gift wrap is free",
            "  # note",
            "pen, 1",
            "pen, 1, 2.50, 9",
        ]
    ),
    st.text(max_size=8),
)
invoices = st.lists(st.one_of(items, items, others), max_size=6)
codes = st.one_of(
    st.sampled_from([None, "SAVE10", "HALF", "FREE", "", "save10", " SAVE10"]), st.text(max_size=3)
)


def outcome(invoice_total, lines, code):
    """The total and its type, or the type of error raised; and the caller's lines after."""
    asked = list(lines)
    try:
        total = invoice_total(asked, code)
        result = f"{type(total).__name__} {total!r}"
    except Exception as error:
        result = f"raises {type(error).__name__}"
    return {"result": result, "the caller's lines after": asked}


@kata_settings
@given(lines=invoices, code=codes)
@example(lines=["mug, 1, 19.99"], code=None)  # 19.99 * 100 is 1998.9999999999998
@example(lines=["pen, 1, 2.30"], code=None)  # and 2.30 * 100 is 229.99999999999997
@example(lines=["# gift wrap is free", "pen, 1, 2.50"], code=None)
@example(lines=["pen, 1, 17.51"], code="SAVE10")  # the discount is rounded down
@example(lines=["pen, -1, 17.51"], code="SAVE10")
@example(lines=["pen, 3, 2.50"], code="")  # an empty code is not None
@example(lines=["pen, 3, 2.50", "# note", ""], code=None)  # the caller's lines stay as they are
@example(lines=["pen, 1, 0.125"], code="HALF")  # half a cent: to even
@example(lines=["book, 2, 19.99", "pen, 3, 2.50"], code="HALF")
@example(lines=["pen, 1, inf"], code=None)
def test_every_invoice_totals_as_legacy_totalled_it(lines, code):
    assert_same(
        outcome(invoice_total, lines, code),
        outcome(legacy.invoice_total, lines, code),
        lines=lines,
        code=code,
    )
