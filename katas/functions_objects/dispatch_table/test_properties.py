import copy
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .router import handle

KNOWN = [
    "user.signup",
    "user.deleted",
    "order.paid",
    "order.completed",
    "order.refunded",
    "payment.failed",
    "ping",
]
# Any JSON value: a decoded webhook may hold one wherever it likes.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)
# Every type legacy.py knows (order.completed too), names that nearly match one,
# any other text, any other JSON value (lists and objects cannot be hashed).


@st.composite
def either(draw: st.DrawFn, *choices: st.SearchStrategy[Any]) -> Any:
    """A value from one of `choices`, each picked as often as the others."""
    return draw(choices[draw(st.integers(0, len(choices) - 1))])


# Every type legacy.py knows (order.completed too) two times in three; otherwise names
# that nearly match one, any other text, or any other JSON value (lists and objects
# cannot be hashed).
types = either(
    st.sampled_from(KNOWN),
    st.sampled_from(KNOWN),
    either(
        st.sampled_from(KNOWN).map(str.upper),
        st.sampled_from(KNOWN).map(lambda kind: f" {kind}\n"),
        st.sampled_from(["order_paid", "order.paid.v2", "coupon.created", ""]),
        st.text(),
        json_values,
    ),
)
numbers = either(st.integers(-5, 5), st.integers(), st.floats(allow_nan=False))
fields = {
    "email": st.text(),
    "user_id": either(st.integers(), st.text()),
    "order_id": either(st.integers(), st.text()),
    "amount": numbers,
    "attempt": numbers,
}
extra_fields = st.dictionaries(
    st.text().filter(lambda key: key != "type" and key not in fields), json_values, max_size=2
)
# Complete events reach every branch; with each field present or not, known events
# sometimes lack what their action needs; some have no type; other fields ride along.
events = st.builds(
    lambda known, extra: {**extra, **known},
    either(
        st.fixed_dictionaries({"type": types, **fields}),
        st.fixed_dictionaries({"type": types}, optional=fields),
        st.fixed_dictionaries({}, optional=fields),
    ),
    extra_fields,
)


def outcome(handle: Any, event: dict[str, Any]) -> tuple[str, Any]:
    """What the caller sees: the action returned, or the kind of exception raised."""
    try:
        return "returns", handle(event)
    except Exception as error:
        return "raises", type(error).__name__


@kata_settings
@given(event=events)
@example(event={"type": "order.paid"})  # a malformed paid order is not an unknown event
@example(event={"type": "order.completed", "order_id": 7})  # the v1 API's name
@example(event={"type": "order.refunded", "order_id": 7, "amount": -5})  # negative: nothing
@example(event={"type": ["ping"]})  # a list cannot be hashed, and is still just unknown
def test_every_event_is_handled_as_legacy_handled_it(event):
    expected = outcome(legacy.handle, copy.deepcopy(event))
    assert_same(outcome(handle, event), expected, event=event)


@kata_settings
@given(event=events)
@example(event={"type": "ping"})  # popping the type changes the second answer
def test_handle_leaves_the_event_as_it_was_and_answers_the_same_twice(event):
    before = copy.deepcopy(event)
    first = outcome(handle, event)
    assert_same(event, before, what="the event after handle(event)")
    assert_same(outcome(handle, event), first, event=before, call="the second")


@kata_settings
@given(kind=st.sampled_from(KNOWN), event=st.fixed_dictionaries(fields))
@example(kind="order.refunded", event={"order_id": 7, "amount": 1})  # 1 is something to refund
@example(kind="payment.failed", event={"order_id": 9, "attempt": 3})  # the third try: cancel
def test_every_complete_event_of_a_known_type_gets_legacys_action(kind, event):
    event = {"type": kind, **event}
    expected = outcome(legacy.handle, copy.deepcopy(event))
    assert_same(outcome(handle, event), expected, event=event)
