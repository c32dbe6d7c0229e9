from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .query import where, where_null

Row = dict[str, object]


class Anything:
    """Says it equals everything, None included, like unittest.mock.ANY."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "Anything()"


def build(kind: str, n: int) -> object:
    """A fresh value, as a parser builds it: int(str(1000)) twice gives two objects."""
    if kind == "int":
        return int(str(n))
    if kind == "str":
        return str(n)
    if kind == "anything":
        return Anything()
    return None


# Numbers well outside CPython's cache of small ints (-5..256), and inside it; 0 often,
# because a falsy value is where `not x` and `x is None` part ways.
numbers = st.sampled_from([0, 1, 256, 257, 1000]) | st.integers(-100_000, 100_000)


@st.composite
def columns(draw: st.DrawFn, kinds: list[str]) -> tuple[list[object], object]:
    """A column of values and a query, drawn from a few numbers so that matches happen."""
    pool = draw(st.lists(numbers, min_size=1, max_size=3, unique=True))
    cells = draw(st.lists(st.tuples(st.sampled_from(kinds), st.sampled_from(pool)), max_size=8))
    query = draw(st.tuples(st.sampled_from(["int", "str"]), st.sampled_from(pool)))
    return [build(*cell) for cell in cells], build(*query)


def table(values: list[object]) -> list[Row]:
    return [{"row": i, "id": value} for i, value in enumerate(values)]


def row_numbers(rows: list[Row]) -> list[object]:
    return [row["row"] for row in rows]


@kata_settings
@given(column=columns(["int", "str", "none"]))
@example(column=([int("1000"), "1000", None], int("1000")))  # an int is not its text
def test_where_keeps_the_rows_whose_value_equals_the_query(reference, column):
    values, value = column
    got = row_numbers(where(table(values), "id", value))
    want = row_numbers(reference.where(table(values), "id", value))
    assert_same(got, want, ids=values, value=value)


@kata_settings
@given(column=columns(["int", "str", "none", "anything"]))
@example(column=([int("0"), "", None, Anything()], 0))  # 0 and "" are set, not null
def test_where_null_keeps_exactly_the_rows_holding_none(reference, column):
    values, _ = column
    got = row_numbers(where_null(table(values), "id"))
    want = row_numbers(reference.where_null(table(values), "id"))
    assert_same(got, want, ids=values)
