from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import orders as learner

# Each example is cheap, but the reference has some 70 mutants: keep the check fast.
fewer_examples = settings(parent=kata_settings, max_examples=60)

MISSING = object()  # a key left out of the body

# Any value json.loads can return (NaN aside: it equals nothing, not even itself).
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
# Values next to the valid ones: falsy, a bool for an int, a whole float, a number as text.
near_misses = st.sampled_from(
    [None, True, False, 0, -1, 1.0, 2.0, "", "2", [], {}, ["x"], {"sku": "A"}]
)


def field(*valid):
    """Mostly a valid value, else a near miss, any JSON value, or nothing at all."""
    return st.one_of(*valid, *valid, near_misses, json_values, st.just(MISSING))


def body(**fields):
    return {key: value for key, value in fields.items() if value is not MISSING}


texts = st.text(min_size=1, max_size=5)
quantities = st.integers(min_value=1, max_value=2**70)
item = st.builds(body, sku=field(texts), quantity=field(quantities))
items = st.one_of(item, item, item, near_misses, json_values)  # mostly objects, some not
extras = st.dictionaries(
    st.sampled_from(["id", "coupon", "Customer", "item"]), json_values, max_size=2
)


@st.composite
def orders(draw: st.DrawFn):
    """A body close to a valid order: any field may be wrong or left out; unknown keys too."""
    data = draw(extras)
    data |= body(
        customer=draw(field(texts)),
        items=draw(field(st.lists(items, min_size=1, max_size=4), st.just([]))),
        note=draw(st.one_of(st.just(MISSING), st.none(), texts, near_misses, json_values)),
    )
    return data


bodies = st.one_of(orders(), orders(), orders(), json_values)


def outcome(module, data):
    """What a client gets from module.parse_order(data): the typed order, every problem, or a crash.

    The order is shown by its repr, which tells 2.0 from 2 and a list from a
    tuple; problems in sorted order, since their order is free.
    """
    try:
        order = module.parse_order(data)
    except module.ValidationError as error:
        return "invalid", sorted(tuple(problem) for problem in error.problems)
    except Exception as error:
        return "crashed", type(error).__name__
    try:
        hash(order)  # an order is an immutable value, items and all
    except TypeError:
        return "ok", repr(order), "mutable"
    return "ok", repr(order)


@fewer_examples
@given(data=bodies)
@example(data={"customer": "ada", "items": [{"sku": "A", "quantity": False}]})
@example(data={"customer": None, "items": [{"sku": "A", "quantity": 1}]})
@example(data={"customer": "ada", "items": []})
@example(data={"customer": "ada", "items": [{"sku": "A", "quantity": 2.0}]})
@example(data={"customer": "ada", "items": [{"sku": "A", "quantity": 1}], "note": 5})
@example(data={"customer": "ada", "items": [{"sku": "A", "quantity": 1}, 7, {"quantity": -1}]})
@example(data={"customer": "ada", "items": [{"sku": "A", "quantity": "2"}]})
@example(data={"customer": "ada", "items": [{"sku": "A", "quantity": 1}]})
@example(data={"customer": "", "items": [{"sku": "", "quantity": 1}]})
@example(data="ada")
def test_every_body_gets_an_order_or_every_problem(reference, data):
    before = repr(data)
    got = outcome(learner, data)
    assert_same(repr(data), before, data=before, promise="parse_order never changes data")
    assert_same(
        got,
        outcome(reference, data),
        data=data,
    )
