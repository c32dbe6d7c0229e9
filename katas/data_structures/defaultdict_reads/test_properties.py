import json

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import bookings as mine

# A few names that come back often, so that questions meet bookings; now and then any str.
rooms = st.sampled_from(["Red", "Blue"]) | st.text(max_size=3)
days = st.sampled_from(["mon", "tue", "Wed"]) | st.text(max_size=3)
people = st.sampled_from(["ana", "bo", "cy"]) | st.text(max_size=3)
which = st.integers(0, 1)  # two bookings, to see that they are independent
# Bookings and questions, interleaved: a question may come before or after the booking.
operations = st.lists(
    st.tuples(which, st.just("book"), rooms, days, people)
    | st.tuples(which, st.sampled_from(["who_booked", "is_free"]), rooms, days)
    | st.tuples(which, st.just("busy_days"), rooms),
    max_size=12,
)


def run(module, operations):
    """Run the operations with one module's functions: every answer, then the exports."""
    all_bookings = [module.new_bookings(), module.new_bookings()]
    answers = []
    for index, name, *args in operations:
        result = getattr(module, name)(all_bookings[index], *args)
        if name == "book":
            continue
        if isinstance(result, list):
            answers.append(list(result))
            result.append("a caller's own note")  # the caller may change its answer
        else:
            answers.append(result)
    return {"answers": answers, "exports": [json.loads(json.dumps(b)) for b in all_bookings]}


@kata_settings
@given(operations=operations)
@example(operations=[(0, "book", "Red", "mon", "ana"), (0, "is_free", "Red", "tue")])  # a free day
@example(operations=[(0, "book", "Red", "mon", "ana"), (0, "who_booked", "Red", "tue")])
@example(operations=[(0, "book", "Red", "mon", "ana"), (0, "busy_days", "Blue")])
@example(
    operations=[(0, "is_free", "Blue", "tue"), (0, "book", "Blue", "tue", "ana")]
)  # book after
@example(
    operations=[
        (0, "book", "Red", "mon", "ana"),
        (0, "who_booked", "Red", "mon"),  # the caller adds to this answer
        (0, "who_booked", "Red", "mon"),
    ]
)
@example(operations=[(0, "book", "Red", "mon", "ana"), (1, "busy_days", "Red")])  # another bookings
def test_looking_never_books_anything(reference, operations):
    got = run(mine, operations)
    want = run(reference, operations)
    assert_same(got, want, operations=operations)
