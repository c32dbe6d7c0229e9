from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .inventory import Inventory

skus = st.sampled_from(["cup", "mug", "tea"])
# A day at the shop: stocktakes (often 0), deliveries, and questions, in any order.
operations = st.lists(
    st.tuples(st.just("set_level"), skus, st.integers(0, 9) | st.just(0))
    | st.tuples(st.just("receive"), skus, st.integers(1, 9))
    | st.tuples(st.just("level"), skus)
    | st.tuples(st.just("skus")),
    max_size=12,
)


def answers(shop, operations):
    """Run the operations on `shop`; return what each question answered."""
    answered = []
    for name, *args in operations:
        result = getattr(shop, name)(*args)
        if name in ("level", "skus"):
            answered.append(result)
    return answered


@kata_settings
@given(operations=operations)
@example(operations=[("set_level", "mug", 0), ("receive", "tea", 1), ("skus",)])  # an empty shelf
@example(operations=[("level", "mug"), ("skus",)])  # asking is not recording
def test_every_question_gets_the_right_answer(reference, operations):
    got = answers(Inventory(), operations)
    want = answers(reference.Inventory(), operations)
    assert_same(got, want, operations=operations)
