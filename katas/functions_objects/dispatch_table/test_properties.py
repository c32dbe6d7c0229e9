from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .router import handle

# Every type legacy.py knows (order.completed too), a few it does not, and sometimes none.
types = st.sampled_from(
    [
        "user.signup",
        "user.deleted",
        "order.paid",
        "order.completed",
        "order.refunded",
        "payment.failed",
        "ping",
        "coupon.created",
        "",
    ]
)
fields = {
    "email": st.sampled_from(["ada@example.com", "bo@example.com"]),
    "user_id": st.integers(1, 99),
    "order_id": st.integers(1, 999),
    "amount": st.integers(-5, 50),
    "attempt": st.integers(1, 5),
}
# Complete events reach every branch; with each field present or not, known events
# sometimes lack what their action needs.
events = st.fixed_dictionaries({"type": types, **fields}) | st.fixed_dictionaries(
    {}, optional={"type": types, **fields}
)


def outcome(handle: Any, event: dict[str, Any]) -> tuple[str, str]:
    """What the caller sees: the action returned, or the kind of exception raised."""
    try:
        return "returns", handle(dict(event))
    except Exception as error:
        return "raises", type(error).__name__


@kata_settings
@given(event=events)
@example(event={"type": "order.paid"})  # a malformed paid order is not an unknown event
@example(event={"type": "order.completed", "order_id": 7})  # the v1 API's name
def test_every_event_is_handled_as_legacy_handled_it(event):
    assert_same(outcome(handle, event), outcome(legacy.handle, event), event=event)
