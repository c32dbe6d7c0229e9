import json

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import bookings as mine

rooms = st.sampled_from(["Red", "Blue"])
days = st.sampled_from(["mon", "tue", "wed"])
people = st.sampled_from(["ana", "bo", "cy"])
# Bookings and questions, interleaved: a question may come before or after the booking.
operations = st.lists(
    st.tuples(st.just("book"), rooms, days, people)
    | st.tuples(st.sampled_from(["who_booked", "is_free"]), rooms, days)
    | st.tuples(st.just("busy_days"), rooms),
    max_size=10,
)


def run(module, operations):
    """Run the operations with one module's functions: every answer, then the export."""
    bookings = module.new_bookings()
    answers = []
    for name, *args in operations:
        result = getattr(module, name)(bookings, *args)
        if name != "book":
            answers.append(result)
    return {"answers": answers, "export": json.loads(json.dumps(bookings))}


@kata_settings
@given(operations=operations)
@example(operations=[("book", "Red", "mon", "ana"), ("is_free", "Red", "tue")])  # a free day
def test_looking_never_books_anything(reference, operations):
    got = run(mine, operations)
    want = run(reference, operations)
    assert_same(got, want, operations=operations)
