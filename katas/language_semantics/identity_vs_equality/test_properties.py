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
    if kind == "float":
        return float(str(n))
    if kind == "tuple":
        return (int(str(n)),)
    if kind == "list":
        return [int(str(n))]
    if kind == "bool":
        return n % 2 == 1
    if kind == "anything":
        return Anything()
    return None


KINDS = ["int", "str", "float", "tuple", "list", "bool", "none", "anything"]
# Numbers well outside CPython's cache of small ints (-5..256), and inside it; 0 often,
# because a falsy value is where `not x` and `x is None` part ways; -1 and -2 share a hash.
numbers = st.sampled_from([0, 1, 2, -1, -2, 256, 257, 1000]) | st.integers()


@st.composite
def columns(draw: st.DrawFn, queries: list[str]) -> tuple[list[object], object]:
    """A column of values and a query, drawn from a few numbers so that matches happen."""
    pool = draw(st.lists(numbers, min_size=1, max_size=3, unique=True))
    cells = draw(st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(pool)), max_size=8))
    query = draw(st.tuples(st.sampled_from(queries), st.sampled_from(pool)))
    return [build(*cell) for cell in cells], build(*query)


def table(values: list[object]) -> list[Row]:
    return [{"row": i, "id": value} for i, value in enumerate(values)]


def found(rows: list[Row], result: list[Row]) -> list[object]:
    """The row numbers of the result, each checked to be one of the rows passed in."""
    return [row["row"] if any(row is r for r in rows) else ("a copy of", row) for row in result]


@kata_settings
@given(column=columns([kind for kind in KINDS if kind != "none"]))
@example(column=([int("1000"), "1000", None], int("1000")))  # an int is not its text
@example(column=([-1], -2))  # hash(-1) == hash(-2), yet -1 != -2
@example(column=([(1000,)], (1000,)))  # equal tuples, two objects
@example(column=(["a", "b", 9], 2))  # the row number is another column
@example(column=([float("1000"), True, 1, "1"], 1000))  # == across types: 1000.0 == 1000
@example(column=([float("1000"), True, 1, "1"], 1))  # True == 1
def test_where_keeps_the_rows_whose_value_equals_the_query(reference, column):
    values, value = column
    rows = table(values)
    got = {"rows found": found(rows, where(rows, "id", value)), "rows after": rows}
    rows = table(values)
    want = {"rows found": found(rows, reference.where(rows, "id", value)), "rows after": rows}
    assert_same(got, want, ids=values, value=value)


@kata_settings
@given(column=columns(["int"]))
@example(column=([int("0"), "", None, Anything(), 0.0, [], False], 0))  # set, not null
def test_where_null_keeps_exactly_the_rows_holding_none(reference, column):
    values, _ = column
    rows = table(values)
    got = {"rows found": found(rows, where_null(rows, "id")), "rows after": rows}
    rows = table(values)
    want = {"rows found": found(rows, reference.where_null(rows, "id")), "rows after": rows}
    assert_same(got, want, ids=values)
